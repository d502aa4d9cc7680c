import { HirehoundError } from '../common/errors';
import type { DB } from '../store/database';
import { recordJobOpen } from '../store/job-opens';
import { findJobView } from '../store/job-views';
import { currentUser } from './auth';
import { bindRoutes, type BoundRoute } from './contract/mount';
import { ROUTES } from './contract/routes';

/** Jobs are the shared cache: any authenticated user may read one. */
export function jobRoutes(db: DB): BoundRoute[] {
  return bindRoutes(ROUTES.jobs, {
    read: async ({ params }, _req, res) => {
      const job = await findJobView(db, params.id);
      if (!job) throw new HirehoundError('JOB_NOT_FOUND');
      // An open is what makes a search result useful in the analytics (store/analytics.ts).
      await recordJobOpen(db, currentUser(res).id, job.id);
      res.json(job);
    },
  });
}
