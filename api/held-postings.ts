import type { DB } from '../store/database';
import { listHeldPostings } from '../store/posting-ingestion';
import { bindRoutes, type BoundRoute } from './contract/mount';
import { ROUTES } from './contract/routes';

/** GET /v1/admin/postings/held (admins): what ingestion held back from search, and why. */
export function heldPostingRoutes(db: DB): BoundRoute[] {
  return bindRoutes(ROUTES.ingestion, {
    held: async ({ query }, _req, res) => {
      const page = await listHeldPostings(db, { limit: query.limit, offset: query.offset });
      res.json({ total: page.total, offset: query.offset, items: page.items });
    },
  });
}
