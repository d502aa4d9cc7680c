import type { Insertable, Selectable } from 'kysely';
import type { DefaultTimestamp, Generated, JsonColumn, Timestamp } from './column-types';

/** One row per finished run of a maintenance workflow: what it did, or why it failed. */
export interface MaintenanceRunsTable {
  /** bigserial: pg returns int8 as a string. */
  id: Generated<string>;
  task: string;
  workflow_id: string;
  run_id: string;
  started_at: Timestamp;
  finished_at: DefaultTimestamp;
  outcome: 'completed' | 'failed';
  summary: JsonColumn<Record<string, unknown>>;
  error_message: string | null;
}

export type MaintenanceRunRow = Selectable<MaintenanceRunsTable>;
export type NewMaintenanceRunRow = Insertable<MaintenanceRunsTable>;
