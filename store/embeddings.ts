import { sql } from 'kysely';
import type { JobRow } from '../schema/jobs.table';
import type { DB } from './database';
import { toVectorLiteral } from './vector';

/**
 * Reading and writing the vectors of jobs and resumes. Every vector is written with the tag of the
 * embedder that made it (matching/embeddings/embedder.ts), so a model change is visible row by row
 * and the stale rows can be found and re-embedded.
 */

export type JobEmbeddingKind = 'listing' | 'fulltext';

export interface JobEmbedding {
  readonly jobId: string;
  readonly vector: ArrayLike<number>;
  readonly tag: string;
}

/** The texts a job's embeddings are made from. */
export interface JobEmbeddingSource {
  readonly id: string;
  readonly title: string;
  readonly companyName: string | null;
  readonly location: string | null;
  readonly snippet: string | null;
  readonly descriptionText: string | null;
}

export type JobEmbeddingSourceRow = Pick<
  JobRow,
  'id' | 'title' | 'company_name' | 'location' | 'snippet' | 'description_text'
>;

export function toJobEmbeddingSource(r: JobEmbeddingSourceRow): JobEmbeddingSource {
  return {
    id: r.id,
    title: r.title,
    companyName: r.company_name,
    location: r.location,
    snippet: r.snippet,
    descriptionText: r.description_text,
  };
}

/**
 * Jobs whose `kind` embedding is missing or was made by a model outside `currentTags`. Full-text
 * embeddings exist only for jobs with a description (enriched). Oldest-updated first, so repeated
 * calls walk through the backlog.
 */
export async function findJobsToEmbed(
  db: DB,
  kind: JobEmbeddingKind,
  currentTags: readonly string[],
  limit: number,
): Promise<JobEmbeddingSource[]> {
  const modelColumn = kind === 'listing' ? 'listing_embedding_model' : 'fulltext_embedding_model';
  let query = db
    .selectFrom('jobs')
    .select(['id', 'title', 'company_name', 'location', 'snippet', 'description_text'])
    .where((eb) =>
      eb.or([
        eb(modelColumn, 'is', null),
        ...(currentTags.length ? [eb(modelColumn, 'not in', [...currentTags])] : []),
      ]),
    );
  if (kind === 'fulltext') query = query.where('description_text', 'is not', null);
  const rows = await query.orderBy('updated_at').limit(limit).execute();
  return rows.map(toJobEmbeddingSource);
}

export async function findJobEmbeddingSources(db: DB, jobIds: readonly string[]): Promise<JobEmbeddingSource[]> {
  if (jobIds.length === 0) return [];
  const rows = await db
    .selectFrom('jobs')
    .select(['id', 'title', 'company_name', 'location', 'snippet', 'description_text'])
    .where('id', 'in', [...jobIds])
    .execute();
  return rows.map(toJobEmbeddingSource);
}

/** One UPDATE for the whole batch: a VALUES list joined on id. */
export async function setJobEmbeddings(
  db: DB,
  kind: JobEmbeddingKind,
  embeddings: readonly JobEmbedding[],
): Promise<void> {
  if (embeddings.length === 0) return;
  const values = sql.join(
    embeddings.map((e) => sql`(${e.jobId}::uuid, ${toVectorLiteral(e.vector)}::vector, ${e.tag})`),
  );
  // Raw SQL: Kysely has no UPDATE … FROM (VALUES …) with a vector cast.
  if (kind === 'listing') {
    await sql`UPDATE jobs SET listing_embedding = v.embedding, listing_embedding_model = v.tag, updated_at = now()
              FROM (VALUES ${values}) AS v(id, embedding, tag) WHERE jobs.id = v.id`.execute(db);
  } else {
    await sql`UPDATE jobs SET fulltext_embedding = v.embedding, fulltext_embedding_model = v.tag, updated_at = now()
              FROM (VALUES ${values}) AS v(id, embedding, tag) WHERE jobs.id = v.id`.execute(db);
  }
}

export async function setResumeEmbedding(
  db: DB,
  resumeId: string,
  vector: ArrayLike<number>,
  tag: string,
): Promise<void> {
  await db
    .updateTable('resumes')
    .set({ embedding: toVectorLiteral(vector), embedding_model: tag, updated_at: new Date() })
    .where('id', '=', resumeId)
    .execute();
}

/** How many stored vectors each model made: the operator's view of a model change in progress. */
export async function countJobEmbeddingsByModel(db: DB, kind: JobEmbeddingKind): Promise<Record<string, number>> {
  const column = kind === 'listing' ? 'listing_embedding_model' : 'fulltext_embedding_model';
  const rows = await db
    .selectFrom('jobs')
    .select([column, (eb) => eb.fn.countAll<string>().as('n')])
    .groupBy(column)
    .execute();
  return Object.fromEntries(rows.map((r) => [(r as Record<string, string | null>)[column] ?? 'none', Number(r.n)]));
}
