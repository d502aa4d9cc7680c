import type { ColumnType } from 'kysely';
import type { DefaultTimestamp } from './column-types';

/** One row: the embedding model whose vectors searches compare against. */
export interface EmbeddingServingTable {
  id: ColumnType<boolean, boolean | undefined, never>;
  model_tag: string;
  changed_at: DefaultTimestamp;
}
