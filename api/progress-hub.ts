import type { SearchProgress } from '../common/vocabulary/search';

type Listener = (progress: SearchProgress) => void;

interface Watch {
  readonly listeners: Set<Listener>;
  timer: NodeJS.Timeout | undefined;
  lastKey: string;
  last: SearchProgress | undefined;
}

/**
 * Server-Sent Events fan-out: one poller per search in this API process, however many browsers
 * follow it (poll a query, push on change: docs/architecture.md#temporal-facts). Listeners hear about every change of
 * version, phase, status, credits or counts; polling stops when the last listener leaves or the
 * search ends.
 */
export class ProgressHub {
  private readonly watches = new Map<string, Watch>();

  constructor(
    private readonly read: (searchId: string) => Promise<SearchProgress>,
    private readonly intervalMs: number,
  ) {}

  subscribe(searchId: string, listener: Listener): () => void {
    let watch = this.watches.get(searchId);
    if (!watch) {
      watch = { listeners: new Set(), timer: undefined, lastKey: '', last: undefined };
      this.watches.set(searchId, watch);
      this.schedule(searchId, watch, 0);
    } else if (watch.last) {
      listener(watch.last);
    }
    watch.listeners.add(listener);
    return () => {
      watch.listeners.delete(listener);
      if (watch.listeners.size === 0) this.stop(searchId, watch);
    };
  }

  /** Number of searches currently polled (for tests and metrics). */
  get activeSearches(): number {
    return this.watches.size;
  }

  close(): void {
    for (const [id, watch] of this.watches) this.stop(id, watch);
  }

  private stop(searchId: string, watch: Watch): void {
    clearTimeout(watch.timer);
    watch.timer = undefined;
    if (this.watches.get(searchId) === watch) this.watches.delete(searchId);
  }

  private schedule(searchId: string, watch: Watch, delay: number): void {
    watch.timer = setTimeout(() => void this.poll(searchId, watch), delay);
  }

  private async poll(searchId: string, watch: Watch): Promise<void> {
    let progress: SearchProgress | undefined;
    try {
      progress = await this.read(searchId);
    } catch {
      // A failed read is retried on the next tick; listeners keep their last state.
    }
    if (this.watches.get(searchId) !== watch) return;
    // A read served from the database (the workflow did not answer in time) can lag behind what
    // listeners already saw: never step back in time while the search runs.
    const stale =
      progress !== undefined &&
      watch.last !== undefined &&
      progress.status === 'running' &&
      (progress.version < watch.last.version || Date.parse(progress.updatedAt) < Date.parse(watch.last.updatedAt));
    if (progress && !stale) {
      const key = JSON.stringify([
        progress.version,
        progress.phase,
        progress.status,
        progress.creditsUsed,
        progress.counts,
      ]);
      if (key !== watch.lastKey) {
        watch.lastKey = key;
        watch.last = progress;
        for (const listener of [...watch.listeners]) listener(progress);
      }
      if (progress.status !== 'running') {
        this.stop(searchId, watch);
        return;
      }
    }
    this.schedule(searchId, watch, this.intervalMs);
  }
}
