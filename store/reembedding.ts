import { sql } from 'kysely';
import type { DB } from './database';
import { toJobEmbeddingSource, type JobEmbeddingSource, type JobEmbeddingSourceRow } from './embeddings';
import { toVectorLiteral } from './vector';

/**
 * An embedding model change without a gap in search. Searches compare against the vectors of the
 * *serving* model (`embedding_serving`); the new model's vectors are staged beside them
 * (`job_embeddings_staged`) while searches go on, and one transaction copies them in and moves the
 * serving model, so a search sees either all old vectors or all new ones.
 */

/** The serving model's tag, or undefined before the first worker recorded one. */
export async function findServingModel(db: DB): Promise<string | undefined> {
  const row = await db.selectFrom('embedding_serving').select('model_tag').executeTakeFirst();
  return row?.model_tag;
}

/**
 * Records the serving model the first time a worker asks: the model most stored listing vectors
 * were made with, or `fallbackTag` for an empty cache. A second worker doing the same at once
 * reads the first one's choice.
 */
export async function ensureServingModel(db: DB, fallbackTag: string): Promise<string> {
  const existing = await findServingModel(db);
  if (existing) return existing;
  const majority = await db
    .selectFrom('jobs')
    .select(['listing_embedding_model', (eb) => eb.fn.countAll<string>().as('n')])
    .where('listing_embedding_model', 'is not', null)
    .groupBy('listing_embedding_model')
    .orderBy('n', 'desc')
    .limit(1)
    .executeTakeFirst();
  await db
    .insertInto('embedding_serving')
    .values({ model_tag: majority?.listing_embedding_model ?? fallbackTag })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  return (await findServingModel(db)) as string;
}

/** Opens (or finds) the change to `toTag`; staged vectors of any other model are dropped. */
export async function beginEmbeddingChange(
  db: DB,
  change: { readonly fromTag: string; readonly toTag: string; readonly workflowId: string },
): Promise<void> {
  await db
    .insertInto('embedding_changes')
    .values({ from_tag: change.fromTag, to_tag: change.toTag, workflow_id: change.workflowId, status: 'building' })
    .onConflict((oc) => oc.column('to_tag').where('status', '=', 'building').doNothing())
    .execute();
  await db.deleteFrom('job_embeddings_staged').where('model_tag', '!=', change.toTag).execute();
}

/** A job's texts as read at one version of the job (its updated_at). */
export interface JobVersionSource extends JobEmbeddingSource {
  readonly updatedAt: Date;
}

type SourceRow = JobEmbeddingSourceRow & { updated_at: Date };

function toSource(r: SourceRow): JobVersionSource {
  return { ...toJobEmbeddingSource(r), updatedAt: r.updated_at };
}

/** The next `limit` jobs in id order after `after`: the walk over every job. */
export async function findJobsAfter(db: DB, after: string | null, limit: number): Promise<JobVersionSource[]> {
  let query = db
    .selectFrom('jobs')
    .select(['id', 'title', 'company_name', 'location', 'snippet', 'description_text', 'updated_at']);
  if (after) query = query.where('id', '>', after);
  return (await query.orderBy('id').limit(limit).execute()).map(toSource);
}

/**
 * Jobs whose staged vectors are missing or older than the job (discovered or enriched while the
 * walk went on): what is left to stage before the switch.
 */
export async function findJobsToRestage(db: DB, tag: string, limit: number): Promise<JobVersionSource[]> {
  const rows = await db
    .selectFrom('jobs as j')
    .leftJoin('job_embeddings_staged as s', (join) => join.onRef('s.job_id', '=', 'j.id').on('s.model_tag', '=', tag))
    .select(['j.id', 'j.title', 'j.company_name', 'j.location', 'j.snippet', 'j.description_text', 'j.updated_at'])
    // Milliseconds: the version went through a JavaScript Date, which drops the microseconds.
    .where((eb) =>
      eb.or([
        eb('s.job_id', 'is', null),
        eb('s.source_updated_at', '<', sql<Date>`date_trunc('milliseconds', j.updated_at)`),
      ]),
    )
    .orderBy('j.id')
    .limit(limit)
    .execute();
  return rows.map(toSource);
}

export interface StagedVectors {
  readonly jobId: string;
  /** The version of the job the vectors were made from. */
  readonly sourceUpdatedAt: Date;
  readonly listing: ArrayLike<number>;
  /** Null for a job without a description (not enriched). */
  readonly fulltext: ArrayLike<number> | null;
}

/** Upserts one batch in one statement; staging a job again (a retried batch) replaces its vectors. */
export async function stageJobEmbeddings(db: DB, tag: string, batch: readonly StagedVectors[]): Promise<void> {
  if (batch.length === 0) return;
  await db
    .insertInto('job_embeddings_staged')
    .values(
      batch.map((v) => ({
        job_id: v.jobId,
        model_tag: tag,
        listing_embedding: toVectorLiteral(v.listing),
        fulltext_embedding: v.fulltext ? toVectorLiteral(v.fulltext) : null,
        source_updated_at: v.sourceUpdatedAt,
      })),
    )
    .onConflict((oc) =>
      oc.column('job_id').doUpdateSet((eb) => ({
        model_tag: eb.ref('excluded.model_tag'),
        listing_embedding: eb.ref('excluded.listing_embedding'),
        fulltext_embedding: eb.ref('excluded.fulltext_embedding'),
        source_updated_at: eb.ref('excluded.source_updated_at'),
      })),
    )
    .execute();
}

export async function countStagedEmbeddings(db: DB, tag: string): Promise<number> {
  const row = await db
    .selectFrom('job_embeddings_staged')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('model_tag', '=', tag)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * The switch, in one transaction: every staged vector replaces the job's served one, and the
 * serving model moves to `toTag`. Searches read on throughout (they take no row locks) and see the
 * old vectors until the commit, then only new ones; writers to the same jobs (discovery, enrichment)
 * wait for the commit. A job with no staged full-text vector keeps its old one, which searches then
 * ignore (another model's) until it is re-embedded.
 */
export async function switchServingModel(db: DB, toTag: string): Promise<{ jobs: number; ms: number }> {
  const started = Date.now();
  const jobs = await db.transaction().execute(async (trx) => {
    await sql`SELECT set_config('statement_timeout', '0', true)`.execute(trx);
    // Serialises switches: a second one waits here, then finds nothing left to do.
    await trx.selectFrom('embedding_serving').select('model_tag').forUpdate().execute();
    // Raw SQL: UPDATE … FROM with vector columns.
    const updated = await sql`
      UPDATE jobs SET
        listing_embedding = s.listing_embedding,
        listing_embedding_model = s.model_tag,
        fulltext_embedding = CASE WHEN s.fulltext_embedding IS NULL THEN jobs.fulltext_embedding ELSE s.fulltext_embedding END,
        fulltext_embedding_model = CASE WHEN s.fulltext_embedding IS NULL THEN jobs.fulltext_embedding_model ELSE s.model_tag END
      FROM job_embeddings_staged s
      WHERE s.job_id = jobs.id AND s.model_tag = ${toTag}`.execute(trx);
    await trx
      .updateTable('embedding_serving')
      .set({ model_tag: toTag, changed_at: sql<Date>`now()` })
      .where('id', '=', true)
      .execute();
    const count = Number(updated.numAffectedRows ?? 0);
    await trx
      .updateTable('embedding_changes')
      .set({
        status: 'switched',
        switched_at: sql<Date>`now()`,
        jobs_switched: count,
        switch_ms: Date.now() - started,
      })
      .where('to_tag', '=', toTag)
      .where('status', '=', 'building')
      .execute();
    return count;
  });
  await db.deleteFrom('job_embeddings_staged').where('model_tag', '=', toTag).execute();
  return { jobs, ms: Date.now() - started };
}

export async function findEmbeddingChanges(db: DB): Promise<
  {
    fromTag: string;
    toTag: string;
    workflowId: string;
    status: 'building' | 'switched';
    jobsSwitched: number | null;
    switchMs: number | null;
  }[]
> {
  const rows = await db.selectFrom('embedding_changes').selectAll().orderBy('id').execute();
  return rows.map((r) => ({
    fromTag: r.from_tag,
    toTag: r.to_tag,
    workflowId: r.workflow_id,
    status: r.status,
    jobsSwitched: r.jobs_switched,
    switchMs: r.switch_ms,
  }));
}
