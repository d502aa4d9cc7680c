import type { RemoteType, SalaryPeriod } from './jobs';
import { GOVERNANCE_REFUSAL_REASONS } from './refusals';

/**
 * The search vocabulary every layer uses: the API (requests and responses), the workflow (its
 * state), the activities, the store (search rows) and the cache lookup (hard filters). Values are
 * `as const` lists and bounds, the types derive from them; the API's zod schema
 * (api/search-schemas.ts) and the workflow's guard (./search-filters-guard.ts) are built from the
 * same constants.
 *
 * Zod-free and pure on purpose: the workflow bundle evaluates its modules again for every workflow
 * it starts, so a schema library here would be paid for on every search.
 */

/** A user's tier: free searches never spend provider credits. */
export const TIERS = ['free', 'paid'] as const;
export type Tier = (typeof TIERS)[number];

export const SEARCH_PHASES = ['cache', 'decide', 'discover', 'enrich', 'rerank', 'done'] as const;
export type SearchPhase = (typeof SEARCH_PHASES)[number];

export const SEARCH_STATUSES = ['running', 'completed', 'cancelled', 'failed'] as const;
export type SearchStatus = (typeof SEARCH_STATUSES)[number];

/** Why live (paid) search is unavailable: a gateway refusal, or the provider or gateway unreachable. */
export const LIVE_SEARCH_UNAVAILABLE_REASONS = [...GOVERNANCE_REFUSAL_REASONS, 'provider_unavailable'] as const;
export type LiveSearchUnavailableReason = (typeof LIVE_SEARCH_UNAVAILABLE_REASONS)[number];

export function isLiveSearchUnavailableReason(value: unknown): value is LiveSearchUnavailableReason {
  return (LIVE_SEARCH_UNAVAILABLE_REASONS as readonly unknown[]).includes(value);
}

/** Longest keyword, and longest location of a keyword search. */
export const SEARCH_KEYWORD_MAX_LENGTH = 200;
export const SEARCH_LOCATION_MAX_LENGTH = 120;

export interface SearchQuery {
  readonly keyword: string;
  readonly location?: string | undefined;
}

/** Above any real salary: a larger minimum is a mistake, not a filter. */
export const MAX_ANNUAL_SALARY = 5_000_000;
/** An ISO 4217 code as a salary filter takes it (any case). */
export const CURRENCY_CODE = /^[A-Za-z]{3}$/;
/** Longest text of a location filter. */
export const LOCATION_FILTER_MAX_LENGTH = 200;
/** What a filter's flags are when the request leaves them out. */
export const FILTER_DEFAULTS = { includeUnknown: false, includeRemote: true } as const;

/** Hard filters: a job that fails one is never shown (nor a candidate of the cache lookup). */
export interface SearchFilters {
  /** Workplace types accepted (e.g. ['remote'] or ['onsite', 'hybrid']); absent: any. */
  readonly remoteTypes?: readonly RemoteType[] | undefined;
  /** Minimum yearly salary: the job's range must reach it (max, or min when only a min is given). */
  readonly minAnnualSalary?:
    | {
        readonly amount: number;
        /** ISO 4217; absent compares amounts whatever their currency. */
        readonly currency?: string | undefined;
        /** Keep jobs that state no comparable salary (most postings state none). */
        readonly includeUnknown: boolean;
      }
    | undefined;
  /** Only jobs that sponsor visas. */
  readonly visaSponsorship?: { readonly includeUnknown: boolean } | undefined;
  /** Jobs whose location contains this text (case-insensitive), plus remote jobs when asked. */
  readonly location?: { readonly text: string; readonly includeRemote: boolean } | undefined;
}

export type SearchFilterKey = keyof SearchFilters;

const filterKeys: Record<SearchFilterKey, true> = {
  remoteTypes: true,
  minAnnualSalary: true,
  visaSponsorship: true,
  location: true,
};
export const SEARCH_FILTER_KEYS = Object.keys(filterKeys) as readonly SearchFilterKey[];

/** One job as shown in a result list: enough to render a card without another request. */
export interface ResultJob {
  readonly id: string;
  readonly title: string;
  readonly company: string | null;
  readonly location: string | null;
  readonly remoteType: RemoteType;
  readonly url: string;
  readonly salary: {
    readonly min: number | null;
    readonly max: number | null;
    readonly currency: string | null;
    readonly period: SalaryPeriod | null;
  } | null;
  readonly postedAt: string | null;
  readonly enriched: boolean;
  /**
   * The job's cluster of duplicates (reposts, other boards): this posting stands for all of them.
   * Absent from results stored before clusters existed.
   */
  readonly cluster?: {
    /** Published postings of this job, this one included. */
    readonly postings: number;
    /** Distinct boards among them. */
    readonly sources: number;
  };
}

export interface ScoreBreakdown {
  /** 0–100, what the list is sorted by. */
  readonly score: number;
  readonly ats: number;
  readonly semantic: number;
  readonly freshness: number;
}

export interface SearchResultItem extends ScoreBreakdown {
  readonly rank: number;
  readonly job: ResultJob;
  /** Why this score: matched/missing skills, experience, title and location fit, with weights. */
  readonly reasons: Readonly<Record<string, unknown>>;
}

export interface SearchCounts {
  readonly cacheCandidates: number;
  readonly freshMatches: number;
  readonly discoveredPages: number;
  readonly discoveredNew: number;
  readonly enrichPlanned: number;
  readonly enrichDone: number;
  readonly enrichJoined: number;
  readonly enrichExpired: number;
  readonly enrichFailed: number;
}

/** A search's counts before anything happened. */
export function emptyCounts(): SearchCounts {
  return {
    cacheCandidates: 0,
    freshMatches: 0,
    discoveredPages: 0,
    discoveredNew: 0,
    enrichPlanned: 0,
    enrichDone: 0,
    enrichJoined: 0,
    enrichExpired: 0,
    enrichFailed: 0,
  };
}

export interface SearchProgress {
  readonly searchId: string;
  readonly status: SearchStatus;
  readonly phase: SearchPhase;
  /** Increases whenever a new ranking is published. */
  readonly version: number;
  readonly counts: SearchCounts;
  /** Credits charged for provider calls this search made (joined enrichments cost it nothing). */
  readonly creditsUsed: number;
  readonly discoveryTriggered: boolean;
  /** Why discovery did not run, when it did not (free tier, good cache, repeat guard, budget…). */
  readonly discoveryDecision: string | null;
  readonly liveSearchUnavailable: { readonly reason: LiveSearchUnavailableReason; readonly message: string } | null;
  readonly bestScore: number | null;
  readonly timings: Readonly<Record<string, number>>;
  readonly startedAt: string;
  readonly updatedAt: string;
}

export interface ResultsPage {
  readonly version: number;
  readonly total: number;
  readonly offset: number;
  readonly items: readonly SearchResultItem[];
}
