import type { Selectable } from 'kysely';
import type { DefaultTimestamp, Generated, NullableTimestamp } from './column-types';

/** Each embedding model change: from which model to which, and how its switch went. */
export interface EmbeddingChangesTable {
  id: Generated<string>;
  from_tag: string;
  to_tag: string;
  workflow_id: string;
  status: 'building' | 'switched';
  started_at: DefaultTimestamp;
  switched_at: NullableTimestamp;
  jobs_switched: number | null;
  switch_ms: number | null;
}

export type EmbeddingChangeRow = Selectable<EmbeddingChangesTable>;
