import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Kysely, PostgresDialect, sql as rawSql } from 'kysely';
import pg from 'pg';
import { createIngestionActivities, storeRawBatch } from '../activities/ingestion';
import { runIngestion, type IngestionSteps } from '../ingestion/batch';
import { createCachedEmbedder } from '../matching/embeddings/cached-embedder';
import { createHashingBackend } from '../matching/embeddings/hashing';
import type { Database } from '../schema/database';
import { migrateToLatest } from '../schema/migrator';
import { insertJobs } from '../store/jobs';
import { createFilesystemStore } from '../store/objects/filesystem-store';
import { findFreePort } from '../scripts/stack/ports';
import { startPostgres } from '../scripts/stack/postgres';
import { benchConfig } from './config';
import { generatedPostings, remoteWlbInputs } from './data/postings';
import { BENCH_DATA } from './data/paths';
import { round } from './stats';

/**
 * `npm run bench:ingest`: the ingestion pipeline's database path, which eval:dedup leaves out. The
 * real remotewlb postings go through the four steps in pages of 64 (as a feed batch) against a
 * fresh PostgreSQL + pgvector, with the hashing embedder so that the model's cost (measured by
 * eval:dedup) does not hide the database's. Reports wall time and SQL statements per posting for
 * each step. Progress on stderr; the last stdout line is one JSON object.
 *
 * BENCH_INGEST_STORED (0) first fills the table with that many stored postings, each with 32 band
 * keys of its own, so the duplicate lookup's cost can be read at the size of a running cache.
 */

const POSTINGS = 2048;
const STORED = Number(process.env.BENCH_INGEST_STORED ?? 0);
const PAGE = 64;
const STEPS = ['stagePostings', 'matchCompanies', 'clusterPostings', 'publishPostings'] as const;
type Step = (typeof STEPS)[number];

const note = (message: string): void => void process.stderr.write(`[bench:ingest] ${message}\n`);

async function main(): Promise<void> {
  const config = benchConfig();
  const dataDir = path.join(BENCH_DATA, 'ingest-db');
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  const postgres = await startPostgres({
    dataDir: path.join(dataDir, 'pg'),
    port: await findFreePort(),
    database: 'hirehound',
    logFile: path.join(dataDir, 'postgres.log'),
    durable: false,
  });
  let statements = 0;
  const pool = new pg.Pool({ connectionString: postgres.url, max: 2 });
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log: () => void statements++ });
  try {
    await migrateToLatest(db);
    const objects = createFilesystemStore(path.join(dataDir, 'objects'));
    const steps = createIngestionActivities({
      db,
      embedder: createCachedEmbedder(createHashingBackend(), { batchSize: 64, cacheSize: 0 }),
      objects,
      settings: config.ingestion,
    });
    const ms = Object.fromEntries(STEPS.map((s) => [s, 0])) as Record<Step, number>;
    const sql = Object.fromEntries(STEPS.map((s) => [s, 0])) as Record<Step, number>;
    const timed =
      <A, R>(step: Step, f: (a: A) => Promise<R>) =>
      async (a: A): Promise<R> => {
        const t = performance.now();
        const s = statements;
        try {
          return await f(a);
        } finally {
          ms[step] += performance.now() - t;
          sql[step] += statements - s;
        }
      };
    const measured: IngestionSteps = {
      stagePostings: timed('stagePostings', steps.stagePostings),
      matchCompanies: timed('matchCompanies', steps.matchCompanies),
      clusterPostings: timed('clusterPostings', steps.clusterPostings),
      publishPostings: timed('publishPostings', steps.publishPostings),
    };
    const inputs = remoteWlbInputs().slice(0, POSTINGS);
    if (STORED > 0) await fillStored(db, STORED);
    const t0 = performance.now();
    for (let start = 0; start < inputs.length; start += PAGE) {
      const payload = inputs.slice(start, start + PAGE);
      await runIngestion(measured, await storeRawBatch(objects, { kind: 'postings', payload }, new Date()));
      if ((start / PAGE) % 8 === 0) note(`${start + payload.length}/${inputs.length} postings`);
    }
    const wallS = (performance.now() - t0) / 1000;
    const per = (v: number) => round(v / inputs.length, 2);
    process.stdout.write(
      `${JSON.stringify({
        bench: 'ingest_db',
        postings: inputs.length,
        stored_postings: STORED,
        postings_per_s: round(inputs.length / wallS, 1),
        ms_per_posting: Object.fromEntries(STEPS.map((s) => [s, per(ms[s])])),
        statements_per_posting: Object.fromEntries(STEPS.map((s) => [s, per(sql[s])])),
        load_average: os.loadavg().map((l) => round(l, 1)),
      })}\n`,
    );
  } finally {
    await db.destroy();
    await postgres.stop();
  }
}

/**
 * Copies of one generated posting under new ids, without vectors (the HNSW index is not what this
 * measures), each with 32 random band keys, as the ingested postings of a running cache have.
 */
async function fillStored(db: Kysely<Database>, count: number): Promise<void> {
  const [template] = await insertJobs(
    db,
    generatedPostings(1).map((p) => p.job),
  );
  const chunk = 10_000;
  for (let start = 0; start < count; start += chunk) {
    await rawSql`INSERT INTO jobs
      SELECT (jsonb_populate_record(j, jsonb_build_object(
        'id', gen_random_uuid(), 'external_id', 'stored-' || g, 'listing_embedding', null, 'fulltext_embedding', null,
        'lsh_keys', (SELECT jsonb_agg(floor(random() * 4294967296 - 2147483648)::int) FROM generate_series(1, 32) WHERE g > 0)))).*
      FROM jobs j, generate_series(${start + 1}::int, ${Math.min(count, start + chunk)}::int) g
      WHERE j.id = ${template}`.execute(db);
    note(`${Math.min(count, start + chunk)}/${count} stored postings`);
  }
  await rawSql`ANALYZE jobs`.execute(db);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:ingest failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
