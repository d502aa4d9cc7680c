/**
 * The simulated HasData account: its credit balance, its concurrency limit, and what an operator
 * (or a test) wants to know afterwards: calls, credits charged and the peak number of requests in
 * flight, which must never pass the plan's limit when the gateway does its job.
 */

export interface AccountStats {
  readonly calls: number;
  readonly callsByEndpoint: Readonly<Record<string, number>>;
  readonly responsesByStatus: Readonly<Record<string, number>>;
  readonly creditsCharged: number;
  readonly creditsRemaining: number;
  readonly inFlight: number;
  /** Highest number of requests in flight at once, counting the ones refused for concurrency. */
  readonly peakInFlight: number;
  readonly rejectedOverConcurrency: number;
  /** Busy time of admitted requests over (limit × the span from first arrival to last answer). */
  readonly utilisation: number;
  readonly busyMs: number;
  readonly firstCallAt: string | null;
  readonly lastAnswerAt: string | null;
}

export class SimulatedAccount {
  private inFlight = 0;
  private peak = 0;
  private calls = 0;
  private rejected = 0;
  private charged = 0;
  private busyMs = 0;
  private firstCall: number | null = null;
  private lastAnswer: number | null = null;
  private readonly byEndpoint = new Map<string, number>();
  private readonly byStatus = new Map<string, number>();

  constructor(
    private balance: number,
    private limit: () => number,
  ) {}

  /** Counts an authenticated call, whatever becomes of it. */
  countCall(endpoint: string): void {
    this.calls += 1;
    this.byEndpoint.set(endpoint, (this.byEndpoint.get(endpoint) ?? 0) + 1);
    this.firstCall ??= Date.now();
  }

  /** A request arrives: counts it in flight, or refuses it (false) when the plan's limit is passed. */
  enter(endpoint: string): boolean {
    this.countCall(endpoint);
    this.inFlight += 1;
    this.peak = Math.max(this.peak, this.inFlight);
    if (this.inFlight > this.limit()) {
      this.inFlight -= 1;
      this.rejected += 1;
      return false;
    }
    return true;
  }

  /** Called just before the answer is written, so a caller that sees the answer sees the slot free. */
  leave(startedAt: number): void {
    this.inFlight -= 1;
    const now = Date.now();
    this.busyMs += now - startedAt;
    this.lastAnswer = now;
  }

  /** Holds the cost of a call against the balance; false when the balance cannot cover it (403). */
  reserve(cost: number): boolean {
    if (this.balance < cost) return false;
    this.balance -= cost;
    return true;
  }

  /** A reserved call failed: HasData bills only successful calls. */
  refund(cost: number): void {
    this.balance += cost;
  }

  /** A reserved call succeeded. */
  charge(cost: number): void {
    this.charged += cost;
  }

  recordStatus(status: number): void {
    this.byStatus.set(String(status), (this.byStatus.get(String(status)) ?? 0) + 1);
  }

  setBalance(credits: number): void {
    this.balance = credits;
  }

  get creditsRemaining(): number {
    return this.balance;
  }

  get concurrentRequests(): number {
    return this.inFlight;
  }

  /** Clears the counters (not the balance, not the requests still in flight). */
  resetStats(): void {
    this.peak = this.inFlight;
    this.calls = 0;
    this.rejected = 0;
    this.charged = 0;
    this.busyMs = 0;
    this.firstCall = null;
    this.lastAnswer = null;
    this.byEndpoint.clear();
    this.byStatus.clear();
  }

  stats(): AccountStats {
    const span = this.firstCall !== null && this.lastAnswer !== null ? this.lastAnswer - this.firstCall : 0;
    return {
      calls: this.calls,
      callsByEndpoint: Object.fromEntries(this.byEndpoint),
      responsesByStatus: Object.fromEntries(this.byStatus),
      creditsCharged: this.charged,
      creditsRemaining: this.balance,
      inFlight: this.inFlight,
      peakInFlight: this.peak,
      rejectedOverConcurrency: this.rejected,
      utilisation: span > 0 ? Math.min(1, this.busyMs / (this.limit() * span)) : 0,
      busyMs: this.busyMs,
      firstCallAt: this.firstCall === null ? null : new Date(this.firstCall).toISOString(),
      lastAnswerAt: this.lastAnswer === null ? null : new Date(this.lastAnswer).toISOString(),
    };
  }
}
