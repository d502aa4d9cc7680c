import type { ColumnType, Insertable, Selectable } from 'kysely';
import type { DeadLetterState, RequeueAction } from '../common/vocabulary/maintenance';
import type { DefaultTimestamp, Generated, JsonColumn, NullableTimestamp } from './column-types';

/** What maintenance could not do, waiting for an operator to requeue it (docs/operations.md). */
export interface DeadLettersTable {
  id: Generated<string>;
  task: string;
  workflow_id: string;
  run_id: string;
  activity: string | null;
  input_summary: JsonColumn<Record<string, unknown>>;
  error_code: string | null;
  error_message: string;
  failed_at: DefaultTimestamp;
  state: ColumnType<DeadLetterState, DeadLetterState | undefined, DeadLetterState>;
  requeue: JsonColumn<RequeueAction>;
  requeue_count: ColumnType<number, number | undefined, number>;
  requeued_at: NullableTimestamp;
  requeued_workflow_id: string | null;
  resolved_at: NullableTimestamp;
}

export type DeadLetterRow = Selectable<DeadLettersTable>;
export type NewDeadLetterRow = Insertable<DeadLettersTable>;
