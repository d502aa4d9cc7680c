import { Router } from 'express';
import { z } from 'zod';
import { HirehoundError } from '../common/errors';
import type { DB } from '../store/database';
import { findJobView } from '../store/job-views';
import { parseInput } from './validation';

export const JobIdParam = z.object({ id: z.string().uuid() });

/** Jobs are the shared cache: any authenticated user may read one. */
export function jobRoutes(db: DB): Router {
  const router = Router();
  router.get('/jobs/:id', async (req, res) => {
    const { id } = parseInput(JobIdParam, req.params, 'job id');
    const job = await findJobView(db, id);
    if (!job) throw new HirehoundError('JOB_NOT_FOUND');
    res.json(job);
  });
  return router;
}
