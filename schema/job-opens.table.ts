import type { DefaultTimestamp } from './column-types';

/** Which jobs each user opened (GET /v1/jobs/:id), first time only: what makes a result useful. */
export interface JobOpensTable {
  user_id: string;
  job_id: string;
  first_opened_at: DefaultTimestamp;
}
