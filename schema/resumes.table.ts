import type { ColumnType, Insertable, Selectable, Updateable } from 'kysely';
import type { DefaultTimestamp, Generated, NullableJsonColumn, TextArray, VectorColumn } from './column-types';

export type ResumeStatus = 'received' | 'parsed' | 'analysed' | 'ready' | 'failed';

export interface ResumesTable {
  id: Generated<string>;
  user_id: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  content_sha256: string;
  blob_key: string | null;
  status: ColumnType<ResumeStatus, ResumeStatus | undefined, ResumeStatus>;
  error: NullableJsonColumn<{ code: string; message: string }>;
  text: string | null;
  /** Document reader output: method, pages, confidence, quality signals. */
  parse: NullableJsonColumn<Record<string, unknown>>;
  /** Hermes analysis: the whole normalized profile. */
  analysis: NullableJsonColumn<Record<string, unknown>>;
  title: string | null;
  onet_code: string | null;
  seniority: string | null;
  years_experience: number | null;
  education_level: string | null;
  location: string | null;
  skills: TextArray;
  embedding: VectorColumn;
  embedding_model: string | null;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

export type ResumeRow = Selectable<ResumesTable>;
export type NewResumeRow = Insertable<ResumesTable>;
export type ResumeUpdate = Updateable<ResumesTable>;
