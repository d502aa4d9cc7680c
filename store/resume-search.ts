import type { DB } from './database';

/** What starting a search needs to know about a resume: that it is the user's and analysed. */
export interface ResumeForSearch {
  readonly id: string;
  readonly analysed: boolean;
  readonly title: string | null;
  readonly location: string | null;
}

export async function findResumeForSearch(
  db: DB,
  userId: string,
  resumeId: string,
): Promise<ResumeForSearch | undefined> {
  const row = await db
    .selectFrom('resumes')
    .select(['id', 'status', 'title', 'location'])
    .where('id', '=', resumeId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row
    ? {
        id: row.id,
        analysed: row.status === 'analysed' || row.status === 'ready',
        title: row.title,
        location: row.location,
      }
    : undefined;
}
