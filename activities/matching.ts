import { z } from 'zod';
import type { Config } from '../common/config';
import { HirehoundError } from '../common/errors';
import type { Embedder } from '../matching/embeddings/embedder';
import { lookupCachedMatches, type CacheLookupResult } from '../matching/cache-lookup';
import { HardFilters } from '../matching/filters';
import type { RelatedOccupations } from '../matching/scoring/ats-components';
import type { DB } from '../store/database';
import { withApplicationFailures } from './application-failure';

export const CacheLookupInput = z.object({
  resumeId: z.string().uuid(),
  filters: HardFilters.default({}),
});
export type CacheLookupInput = z.input<typeof CacheLookupInput>;

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
      const parsed = CacheLookupInput.safeParse(input);
      if (!parsed.success) {
        throw new HirehoundError('MATCHING_INVALID_REQUEST', {
          message: parsed.error.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`).join('; '),
        });
      }
      return lookupCachedMatches(
        { db: deps.db, embedder: deps.embedder, settings: deps.config.matching, related: deps.related },
        parsed.data,
      );
    });
  },
});

export type MatchingActivities = ReturnType<typeof createMatchingActivities>;
