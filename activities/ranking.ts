import type { Config } from '../common/config';
import { HirehoundError } from '../common/errors';
import type { SearchQuery, SearchResultItem } from '../common/vocabulary/search';
import { profileCandidateQuery, scoreCandidates, toRankedMatch, type RankedMatch } from '../matching/cache-lookup';
import { limitPerCompany } from '../matching/diversity';
import { embedProfile, profileText } from '../matching/documents';
import { compatibleTags, type Embedder } from '../matching/embeddings/embedder';
import type { RelatedOccupations } from '../matching/scoring/ats-components';
import type { DB } from '../store/database';
import { findClusterSpread } from '../store/job-clusters';
import { findCacheCandidates, findCandidatesByIds, type CacheCandidate } from '../store/jobs';
import { findMatchingProfile } from '../store/profiles';
import { analysePosting } from '../understanding/analysis/analyse-posting';
import type { ProfileFeatures } from '../understanding/features';
import type { CandidateRanker } from './search';
import type { PoolEntry, RankRequest, RankedPage } from './search-types';

export interface RankerDeps {
  readonly db: DB;
  readonly embedder: Embedder;
  readonly settings: Config['matching'];
  readonly related: RelatedOccupations;
  /** A candidate counts as a match (for the discovery decision) from this composite score up. */
  readonly matchMinScore: number;
  /** Postings of one employer among the results shown with full detail (matching/diversity.ts). */
  readonly maxPerCompany: number;
  readonly now?: () => Date;
}

interface SearchProfile {
  readonly features: ProfileFeatures;
  readonly embedding: Float32Array;
}

/**
 * A keyword search without a resume is scored as if the keyword were a one-line profile: the same
 * Hermes analysis as a posting's title (occupation, seniority, skills named in it), embedded the
 * same way as a resume profile.
 */
async function queryProfile(embedder: Embedder, query: SearchQuery): Promise<SearchProfile> {
  const analysed = analysePosting({
    title: query.keyword,
    description: query.keyword,
    location: query.location ?? null,
  });
  const features: ProfileFeatures = {
    title: analysed.occupations[0]?.title ?? query.keyword,
    onetCode: analysed.onetCode,
    occupations: analysed.occupations,
    skills: [...new Set([...analysed.skillsRequired, ...analysed.skillsPreferred])],
    yearsExperience: null,
    seniority: analysed.seniority,
    educationLevel: null,
    location: query.location ?? null,
  };
  const [embedding] = await embedder.embed([profileText({ title: query.keyword, skills: features.skills }, null)]);
  return { features, embedding: embedding as Float32Array };
}

async function searchProfile(deps: RankerDeps, request: RankRequest): Promise<SearchProfile> {
  if (request.resumeId) {
    const profile = await findMatchingProfile(deps.db, request.resumeId);
    if (!profile || profile.userId !== request.userId) {
      throw new HirehoundError('MATCHING_PROFILE_NOT_FOUND', { details: { resumeId: request.resumeId } });
    }
    if (profile.status === 'received' || profile.status === 'failed') {
      throw new HirehoundError('MATCHING_PROFILE_NOT_READY', {
        details: { resumeId: request.resumeId, status: profile.status },
      });
    }
    return { features: profile.features, embedding: await embedProfile(deps.db, deps.embedder, profile) };
  }
  if (!request.query) throw new HirehoundError('SEARCH_NEEDS_QUERY_OR_RESUME');
  return queryProfile(deps.embedder, request.query);
}

function toResultItem(
  match: RankedMatch,
  rank: number,
  enrichedAt: Date | null,
  cluster: { readonly postings: number; readonly sources: number } | undefined,
): SearchResultItem {
  return {
    rank,
    score: match.match.score,
    ats: match.match.ats ?? 0,
    semantic: match.match.semantic,
    freshness: match.match.freshnessBoost,
    reasons: {
      components: match.match.reasons,
      matchedSkills: match.match.matchedSkills,
      missingSkills: match.match.missingSkills,
      cosine: match.match.cosine,
      embedding: match.match.embedding,
      atsJudged: match.match.ats !== null,
    },
    job: {
      id: match.jobId,
      title: match.title,
      company: match.companyName,
      location: match.location,
      remoteType: match.remoteType,
      url: match.url,
      salary: match.salary
        ? { min: match.salary.min, max: match.salary.max, currency: match.salary.currency, period: match.salary.period }
        : null,
      postedAt: match.postedAt,
      enriched: enrichedAt !== null,
      cluster: cluster ?? { postings: 1, sources: 1 },
    },
  };
}

/**
 * The search workflow's ranking (cache phase and every re-rank): the matching engine's candidates
 * and composite score, shaped for the workflow — a compact pool for all candidates, full detail
 * with reasons for the shown page.
 */
export function createCandidateRanker(deps: RankerDeps): CandidateRanker {
  return {
    async rank(request: RankRequest): Promise<RankedPage> {
      const now = deps.now?.() ?? new Date();
      const profile = await searchProfile(deps, request);
      const { filters } = request;
      const modelTags = compatibleTags(deps.embedder);
      let candidates: readonly CacheCandidate[];
      if (request.jobIds) {
        candidates = await findCandidatesByIds(deps.db, {
          ids: request.jobIds,
          embedding: profile.embedding,
          modelTags,
          filters,
          freshnessDays: deps.settings.freshnessDays,
          now,
        });
      } else {
        const found = await findCacheCandidates(
          deps.db,
          profileCandidateQuery(profile.features, profile.embedding, {
            settings: deps.settings,
            modelTags,
            filters,
            now,
          }),
        );
        candidates = found.candidates;
      }
      // Every candidate is scored; the ANN lookup always finds neighbours, so "fresh matches" counts
      // only those that score as a plausible match, which is what tells a thin cache from a good one.
      const scored = limitPerCompany(
        scoreCandidates(profile.features, candidates, {
          calibration: deps.embedder.calibration,
          settings: deps.settings,
          related: deps.related,
          now,
        }),
        (s) => s.candidate.company,
        deps.maxPerCompany,
        request.shown,
      );
      const freshMatches = Math.max(
        scored.filter((s) => s.evaluation.score >= deps.matchMinScore).length,
        request.jobIds ? (request.knownFreshMatches ?? 0) : 0,
      );
      const pool: PoolEntry[] = scored.slice(0, request.poolSize).map(({ candidate, evaluation }) => ({
        jobId: candidate.id,
        score: evaluation.score,
        ats: evaluation.ats ?? 0,
        semantic: evaluation.semantic,
        freshness: evaluation.freshnessBoost,
        enrichedAt: candidate.enrichedAt?.toISOString() ?? null,
      }));
      // Reasons are written for the shown page only.
      const shown = scored.slice(0, request.shown);
      // How many postings carry each shown job (its cluster of duplicates): 20 rows by primary key.
      const spread = await findClusterSpread(
        deps.db,
        shown.map((s) => s.candidate.id),
      );
      const top = shown.map((s, i) =>
        toResultItem(toRankedMatch(s), i + 1, s.candidate.enrichedAt, spread.get(s.candidate.id)),
      );
      return { top, pool, freshMatches, bestScore: pool[0]?.score ?? null };
    },
  };
}
