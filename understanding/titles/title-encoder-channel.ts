import { z } from 'zod';

/**
 * What the caller of the title encoder and its thread share: a state word the caller waits on, the
 * title (UTF-8) and the log-probabilities of the answer. One call at a time.
 */
export interface TitleEncoderChannel {
  readonly state: Int32Array;
  readonly titleLength: Int32Array;
  readonly title: Uint8Array;
  readonly scores: Float32Array;
}

/** The state word: a call posted, answered or failed. */
export const CALL = { posted: 0, answered: 1, failed: 2 } as const;

/** Bytes of a title the thread reads: longer titles are cut (the model reads 24 word pieces). */
export const TITLE_BYTES = 1024;

export const TitleEncoderThreadData = z.object({
  models: z.array(z.string()).min(1),
  tokenizer: z.string(),
  maxTokens: z.number().int(),
  classes: z.number().int().positive(),
  shared: z.instanceof(SharedArrayBuffer),
});
export type TitleEncoderThreadData = z.infer<typeof TitleEncoderThreadData>;

export function channelBytes(classes: number): number {
  return 8 + TITLE_BYTES + 4 * classes;
}

export function openChannel(shared: SharedArrayBuffer, classes: number): TitleEncoderChannel {
  return {
    state: new Int32Array(shared, 0, 1),
    titleLength: new Int32Array(shared, 4, 1),
    title: new Uint8Array(shared, 8, TITLE_BYTES),
    scores: new Float32Array(shared, 8 + TITLE_BYTES, classes),
  };
}

/**
 * Waits until the thread marks the call answered or failed, at most `ms` milliseconds. A wake-up
 * is no answer: the thread marks an answer, then wakes the caller, and a caller quick enough to see
 * the mark, return and post its next call is woken for the previous one. Taken for an answer, that
 * late wake-up once failed a call, and the next got the previous title's scores.
 */
export function waitForAnswer(state: Int32Array, ms: number): 'answered' | 'failed' | 'timed-out' {
  const deadline = performance.now() + ms;
  for (;;) {
    const now = Atomics.load(state, 0);
    if (now === CALL.answered) return 'answered';
    if (now === CALL.failed) return 'failed';
    const left = deadline - performance.now();
    if (left <= 0) return 'timed-out';
    Atomics.wait(state, 0, CALL.posted, left);
  }
}

export function encodeTitle(channel: TitleEncoderChannel, title: string): void {
  const { written } = new TextEncoder().encodeInto(title, channel.title);
  channel.titleLength[0] = written;
}

export function decodeTitle(channel: TitleEncoderChannel): string {
  // A copy: TextDecoder does not read shared memory.
  return new TextDecoder().decode(channel.title.slice(0, channel.titleLength[0]));
}
