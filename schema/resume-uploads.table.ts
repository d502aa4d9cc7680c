import type { DefaultTimestamp } from './column-types';

/** Uploaded files waiting to be read; deleted once read (see the migration). */
export interface ResumeUploadsTable {
  resume_id: string;
  bytes: Buffer;
  created_at: DefaultTimestamp;
}
