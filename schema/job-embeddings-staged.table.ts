import type { Timestamp, VectorColumn } from './column-types';

/** A job's vectors by the model being switched to, built beside the served ones. */
export interface JobEmbeddingsStagedTable {
  job_id: string;
  model_tag: string;
  listing_embedding: VectorColumn;
  fulltext_embedding: VectorColumn;
  /** The job's updated_at when its texts were read. */
  source_updated_at: Timestamp;
}
