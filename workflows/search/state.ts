import type { PoolEntry, RankedPage } from '../../activities/search-types';
import {
  emptyCounts,
  type LiveSearchUnavailableReason,
  type ResultsPage,
  type SearchCounts,
  type SearchFilters,
  type SearchPhase,
  type SearchProgress,
  type SearchResultItem,
  type SearchStatus,
} from '../../common/vocabulary/search';
import type { SearchWorkflowInput } from './model';

type MutableCounts = { -readonly [K in keyof SearchCounts]: SearchCounts[K] };

/**
 * Everything the search workflow knows, and the only place that changes it. Queries read from here;
 * the workflow function only orchestrates. Deterministic: time comes from the workflow clock.
 */
export class SearchState {
  status: SearchStatus = 'running';
  phase: SearchPhase = 'cache';
  version = 0;
  creditsUsed = 0;
  discoveryTriggered = false;
  discoveryDecision: string | null = null;
  liveSearchUnavailable: { reason: LiveSearchUnavailableReason; message: string } | null = null;
  cancelReason: string | null = null;
  filters: SearchFilters;
  /** Increases on every filter change; a ranking computed under older filters is dropped. */
  filtersGeneration = 0;
  top: readonly SearchResultItem[] = [];
  pool: readonly PoolEntry[] = [];
  freshMatches = 0;
  /** Fresh matches of the last ANN lookup (or the results cache's answer to it): the cache's breadth. */
  lookupFreshMatches = 0;
  bestScore: number | null = null;
  readonly counts: MutableCounts = emptyCounts();
  readonly timings: Record<string, number> = {};
  private readonly startedAt: number;
  private updatedAt: number;

  constructor(readonly input: SearchWorkflowInput) {
    this.filters = input.filters;
    this.startedAt = Date.now();
    this.updatedAt = this.startedAt;
  }

  get cancelled(): boolean {
    return this.cancelReason !== null;
  }

  /** Publishes a ranking as a new version, unless the filters changed while it was computed. */
  publish(page: RankedPage, generation: number): boolean {
    if (generation !== this.filtersGeneration) return false;
    this.top = page.top;
    this.pool = page.pool;
    this.freshMatches = page.freshMatches;
    this.bestScore = page.bestScore;
    this.counts.freshMatches = page.freshMatches;
    this.version += 1;
    this.touch();
    return true;
  }

  enterPhase(phase: SearchPhase): void {
    this.phase = phase;
    this.touch();
  }

  addCredits(credits: number): void {
    this.creditsUsed += credits;
    this.touch();
  }

  markUnavailable(reason: LiveSearchUnavailableReason, message: string): void {
    this.liveSearchUnavailable ??= { reason, message };
    this.touch();
  }

  /**
   * A free search's end as its ranking persisted it (activities/search-completion.ts), after
   * `publish` of the same page: the status, phase, decision, counts, timings and time of the
   * snapshot become this state's, so its answers match the stored record.
   */
  adoptCompleted(snapshot: SearchProgress): void {
    this.status = snapshot.status;
    this.phase = snapshot.phase;
    this.discoveryDecision = snapshot.discoveryDecision;
    Object.assign(this.counts, snapshot.counts);
    for (const key of Object.keys(this.timings)) delete this.timings[key];
    const { totalMs: _derived, ...timings } = snapshot.timings;
    Object.assign(this.timings, timings);
    this.updatedAt = Date.parse(snapshot.updatedAt);
  }

  time(name: string, since: number): void {
    this.timings[name] = Date.now() - since;
  }

  touch(): void {
    this.updatedAt = Date.now();
  }

  progress(): SearchProgress {
    return {
      searchId: this.input.searchId,
      status: this.status,
      phase: this.phase,
      version: this.version,
      counts: { ...this.counts },
      creditsUsed: this.creditsUsed,
      discoveryTriggered: this.discoveryTriggered,
      discoveryDecision: this.discoveryDecision,
      liveSearchUnavailable: this.liveSearchUnavailable,
      bestScore: this.bestScore,
      timings: { ...this.timings, totalMs: (this.status === 'running' ? Date.now() : this.updatedAt) - this.startedAt },
      startedAt: new Date(this.startedAt).toISOString(),
      updatedAt: new Date(this.updatedAt).toISOString(),
    };
  }

  page(offset: number, limit: number): ResultsPage {
    const start = Math.max(0, Math.floor(offset));
    const size = Math.max(0, Math.min(Math.floor(limit), this.input.settings.shownResults));
    return { version: this.version, total: this.top.length, offset: start, items: this.top.slice(start, start + size) };
  }
}
