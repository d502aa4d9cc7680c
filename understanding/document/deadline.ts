import { HirehoundError } from '../../common/errors';

/** The time left for one read; every external tool gets at most what remains. */
export class Deadline {
  private readonly endsAt: number;

  constructor(readonly budgetMs: number) {
    this.endsAt = Date.now() + budgetMs;
  }

  remainingMs(): number {
    return this.endsAt - Date.now();
  }

  /** Throws RESUME_READ_TIMEOUT once the budget is spent. */
  check(step: string): void {
    if (this.remainingMs() <= 0) throw timeoutError(step, this.budgetMs);
  }
}

export function timeoutError(step: string, budgetMs: number): HirehoundError {
  return new HirehoundError('RESUME_READ_TIMEOUT', {
    message: `Reading the document took longer than ${budgetMs} ms (during ${step})`,
    details: { step, budgetMs },
  });
}
