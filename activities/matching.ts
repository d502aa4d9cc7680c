import type { Config } from '../common/config';
import { HirehoundError } from '../common/errors';
import type { SearchFilters } from '../common/vocabulary/search';
import { parseSearchFilters } from '../common/vocabulary/search-filters-guard';
import type { Embedder } from '../matching/embeddings/embedder';
import { lookupCachedMatches, type CacheLookupRequest, type CacheLookupResult } from '../matching/cache-lookup';
import type { RelatedOccupations } from '../matching/scoring/ats-components';
import type { DB } from '../store/database';
import { withApplicationFailures } from './application-failure';

export interface CacheLookupInput {
  readonly resumeId: string;
  /** Absent: no hard filter. */
  readonly filters?: SearchFilters | undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Any client of the task queue may call this activity, so its input is checked like a request. */
function checkedLookup(input: CacheLookupInput): CacheLookupRequest {
  const problems: string[] = [];
  if (typeof input.resumeId !== 'string' || !UUID.test(input.resumeId)) problems.push('resumeId: not a UUID');
  let filters: SearchFilters = {};
  try {
    filters = parseSearchFilters(input.filters ?? {});
  } catch (err) {
    problems.push(`filters: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (problems.length > 0) throw new HirehoundError('MATCHING_INVALID_REQUEST', { message: problems.join('; ') });
  return { resumeId: input.resumeId, filters };
}

export interface MatchingActivityDeps {
  readonly db: DB;
  readonly embedder: Embedder;
  readonly config: Pick<Config, 'matching'>;
  readonly related: RelatedOccupations;
}

/**
 * Activities of the search workflow's cache phase, on the `search` task queue: database work plus
 * one short embedding when the profile has no stored vector of the current model.
 */
export const createMatchingActivities = (deps: MatchingActivityDeps) => ({
  /** ANN top `MATCHING_CANDIDATES` fresh jobs passing the hard filters, composite-scored, top `MATCHING_RESULTS`. */
  async lookupCachedMatches(input: CacheLookupInput): Promise<CacheLookupResult> {
    return withApplicationFailures(async () => {
      return lookupCachedMatches(
        { db: deps.db, embedder: deps.embedder, settings: deps.config.matching, related: deps.related },
        checkedLookup(input),
      );
    });
  },
});

export type MatchingActivities = ReturnType<typeof createMatchingActivities>;
