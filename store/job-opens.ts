import type { DB } from './database';

/**
 * A user opened a job's page: the analytics count a search result as useful when its user opened
 * it (after the search started). Only the first open is kept.
 */
export async function recordJobOpen(db: DB, userId: string, jobId: string): Promise<void> {
  await db
    .insertInto('job_opens')
    .values({ user_id: userId, job_id: jobId })
    .onConflict((oc) => oc.columns(['user_id', 'job_id']).doNothing())
    .execute();
}
