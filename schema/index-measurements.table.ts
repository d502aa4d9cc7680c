import type { ColumnType, Insertable, Selectable } from 'kysely';
import type { DefaultTimestamp, Generated } from './column-types';

/** bigint columns: pg returns int8 as a string; written as numbers. */
type Int8 = ColumnType<string, number, number>;
type NullableInt8 = ColumnType<string | null, number | null | undefined, number | null>;

/** Each weekly measurement of a vector index (recall against exact search, size) and what it led to. */
export interface IndexMeasurementsTable {
  id: Generated<string>;
  index_name: string;
  measured_at: DefaultTimestamp;
  sample_queries: number;
  k: number;
  ef_search: number;
  recall: number | null;
  size_bytes: Int8;
  indexed_rows: Int8;
  bytes_per_row: number | null;
  baseline_bytes_per_row: number | null;
  bloat: number | null;
  action: 'none' | 'rebuilt';
  reason: string;
  rebuilt_size_bytes: NullableInt8;
  duration_ms: number;
}

export type IndexMeasurementRow = Selectable<IndexMeasurementsTable>;
export type NewIndexMeasurementRow = Insertable<IndexMeasurementsTable>;
