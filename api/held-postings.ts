import { refreshClusters } from '../activities/cluster-upkeep';
import { HirehoundError } from '../common/errors';
import type { DB } from '../store/database';
import { listHeldPostings, releaseHeldPosting } from '../store/posting-ingestion';
import { bindRoutes, type BoundRoute } from './contract/mount';
import { ROUTES } from './contract/routes';

/**
 * GET /v1/admin/postings/held (admins): what ingestion held back from search, and why.
 * POST /v1/admin/postings/:id/release (admins): publish one after reading it.
 */
export function heldPostingRoutes(db: DB, now: () => Date = () => new Date()): BoundRoute[] {
  return bindRoutes(ROUTES.ingestion, {
    held: async ({ query }, _req, res) => {
      const page = await listHeldPostings(db, { limit: query.limit, offset: query.offset });
      res.json({ total: page.total, offset: query.offset, items: page.items });
    },
    release: async ({ params }, _req, res) => {
      const at = now();
      const outcome = await releaseHeldPosting(db, params.id, at);
      if (outcome.kind === 'not_found') throw new HirehoundError('JOB_NOT_FOUND', { details: { jobId: params.id } });
      if (outcome.kind === 'not_held') {
        throw new HirehoundError('INGESTION_POSTING_NOT_HELD', { details: { jobId: params.id } });
      }
      // A released posting may now represent its cluster in search.
      if (outcome.clusterId) await refreshClusters(db, [outcome.clusterId]);
      res.json({ id: params.id, status: 'published', releasedAt: at.toISOString() });
    },
  });
}
