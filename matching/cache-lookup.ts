import type { Config } from '../common/config';
import { HirehoundError } from '../common/errors';
import type { RemoteType } from '../common/vocabulary/jobs';
import type { SearchFilters } from '../common/vocabulary/search';
import type { ProfileFeatures, SalaryRange } from '../understanding/features';
import type { DB } from '../store/database';
import { findCacheCandidates, type CacheCandidate, type CandidateQuery, type CandidateResult } from '../store/jobs';
import { findMatchingProfile } from '../store/profiles';
import { embedProfile } from './documents';
import { compatibleTags, type Embedder, type SimilarityCalibration } from './embeddings/embedder';
import type { RelatedOccupations } from './scoring/ats-components';
import { evaluateMatch, explainMatch, type MatchEvaluation, type MatchScore } from './scoring/composite';

export type MatchingSettings = Config['matching'];

export interface RankedMatch {
  readonly jobId: string;
  readonly title: string;
  readonly companyName: string | null;
  readonly location: string | null;
  readonly remoteType: RemoteType;
  readonly url: string;
  readonly salary: SalaryRange | null;
  readonly postedAt: string | null;
  readonly match: MatchScore;
}

export interface RankingContext {
  readonly calibration: SimilarityCalibration;
  readonly settings: MatchingSettings;
  readonly related: RelatedOccupations;
  readonly now: Date;
}

const DAY_MS = 86_400_000;

/** A candidate with its score's figures; its reasons are written only if it is shown (`toRankedMatch`). */
export interface ScoredCandidate {
  readonly candidate: CacheCandidate;
  readonly evaluation: MatchEvaluation;
}

/**
 * Composite-scores every candidate, best first. At equal relevance (the same score to the point)
 * the more complete posting goes first (ingestion/quality.ts); then the higher score, the
 * semantically nearer job, and the id, so the order is deterministic. Only the figures are computed
 * here: a ranking keeps hundreds of candidates and shows twenty.
 */
export function scoreCandidates(
  profile: ProfileFeatures,
  candidates: readonly CacheCandidate[],
  context: RankingContext,
): ScoredCandidate[] {
  const now = context.now.getTime();
  const scored = candidates.map((candidate) => ({
    candidate,
    evaluation: evaluateMatch(
      {
        profile,
        job: candidate.features,
        semantic: {
          listingCosine: 1 - candidate.listingDistance,
          fulltextCosine: candidate.fulltextDistance === null ? null : 1 - candidate.fulltextDistance,
          calibration: context.calibration,
        },
        ageDays: (now - (candidate.postedAt ?? candidate.firstDiscoveredAt).getTime()) / DAY_MS,
        freshnessDays: context.settings.freshnessDays,
      },
      context.settings.weights,
      context.related,
    ),
  }));
  scored.sort(
    (a, b) =>
      Math.round(b.evaluation.score) - Math.round(a.evaluation.score) ||
      (b.candidate.qualityScore ?? 0) - (a.candidate.qualityScore ?? 0) ||
      b.evaluation.score - a.evaluation.score ||
      a.candidate.listingDistance - b.candidate.listingDistance ||
      a.candidate.id.localeCompare(b.candidate.id),
  );
  return scored;
}

/** A scored candidate as a result, its reasons written. */
export function toRankedMatch({ candidate: c, evaluation }: ScoredCandidate): RankedMatch {
  return {
    jobId: c.id,
    title: c.title,
    companyName: c.companyName,
    location: c.location,
    remoteType: c.features.remoteType,
    url: c.url,
    salary: c.features.salary,
    postedAt: c.postedAt ? c.postedAt.toISOString() : null,
    match: explainMatch(evaluation),
  };
}

/** The best `settings.results` candidates with their reasons, best first. */
export function rankCandidates(
  profile: ProfileFeatures,
  candidates: readonly CacheCandidate[],
  context: RankingContext,
): RankedMatch[] {
  return scoreCandidates(profile, candidates, context).slice(0, context.settings.results).map(toRankedMatch);
}

export interface CacheLookupDeps {
  readonly db: DB;
  readonly embedder: Embedder;
  readonly settings: MatchingSettings;
  readonly related: RelatedOccupations;
  readonly now?: () => Date;
}

export interface CacheLookupRequest {
  readonly resumeId: string;
  readonly filters: SearchFilters;
}

export interface CacheLookupResult {
  readonly resumeId: string;
  readonly embeddingTag: string;
  /** Fresh jobs that passed every hard filter (at most `settings.candidates`). */
  readonly candidateCount: number;
  readonly strategy: CandidateResult['strategy'];
  /** At most `settings.results`, best first. */
  readonly results: readonly RankedMatch[];
  readonly bestScore: number | null;
  readonly timingsMs: { readonly embed: number; readonly search: number; readonly score: number };
}

/** The occupation whose jobs are the lookup's second source: the profile's best guess, if any. */
export function candidateOccupation(profile: Pick<ProfileFeatures, 'onetCode' | 'occupations'>): string | undefined {
  return profile.onetCode ?? profile.occupations[0]?.code;
}

/**
 * The cache lookup for a profile: the fresh jobs nearest its vector, and beside them the nearest of
 * its occupation's recent jobs (the profile's best guess; none without one), every hard filter
 * applied to both.
 */
export function profileCandidateQuery(
  profile: Pick<ProfileFeatures, 'onetCode' | 'occupations'>,
  embedding: ArrayLike<number>,
  lookup: {
    readonly settings: MatchingSettings;
    readonly modelTags: readonly string[];
    readonly filters: SearchFilters;
    readonly now: Date;
  },
): CandidateQuery {
  const { settings } = lookup;
  const code = candidateOccupation(profile);
  return {
    embedding,
    modelTags: lookup.modelTags,
    filters: lookup.filters,
    freshnessDays: settings.freshnessDays,
    now: lookup.now,
    limit: settings.candidates,
    efSearch: settings.efSearch,
    maxScanTuples: settings.maxScanTuples,
    ...(code && settings.occupationCandidates > 0
      ? { occupation: { codes: [code], limit: settings.occupationCandidates, scan: settings.occupationScan } }
      : {}),
  };
}

/**
 * Phase 1 of a search (docs/architecture.md#phases): the profile's embedding (stored, or made now), the
 * nearest fresh jobs that pass the hard filters, composite-scored, best first.
 */
export async function lookupCachedMatches(
  deps: CacheLookupDeps,
  request: CacheLookupRequest,
): Promise<CacheLookupResult> {
  const profile = await findMatchingProfile(deps.db, request.resumeId);
  if (!profile) throw new HirehoundError('MATCHING_PROFILE_NOT_FOUND', { details: { resumeId: request.resumeId } });
  if (profile.status === 'received' || profile.status === 'failed') {
    throw new HirehoundError('MATCHING_PROFILE_NOT_READY', {
      details: { resumeId: request.resumeId, status: profile.status },
    });
  }
  const now = deps.now?.() ?? new Date();
  const t0 = performance.now();
  const embedding = await embedProfile(deps.db, deps.embedder, profile);
  const t1 = performance.now();
  const found = await findCacheCandidates(
    deps.db,
    profileCandidateQuery(profile.features, embedding, {
      settings: deps.settings,
      modelTags: compatibleTags(deps.embedder),
      filters: request.filters,
      now,
    }),
  );
  const t2 = performance.now();
  const results = rankCandidates(profile.features, found.candidates, {
    calibration: deps.embedder.calibration,
    settings: deps.settings,
    related: deps.related,
    now,
  });
  const t3 = performance.now();
  const round = (ms: number): number => Math.round(ms * 10) / 10;
  return {
    resumeId: profile.resumeId,
    embeddingTag: deps.embedder.tag,
    candidateCount: found.candidates.length,
    strategy: found.strategy,
    results,
    bestScore: results[0]?.match.score ?? null,
    timingsMs: { embed: round(t1 - t0), search: round(t2 - t1), score: round(t3 - t2) },
  };
}
