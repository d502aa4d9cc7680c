import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema/database';
import type { DB } from './database';

/**
 * The weekly index upkeep's database half: VACUUM/ANALYZE, and for each HNSW index a measurement
 * (recall of the index against exact search on sample queries, size per indexed row) that decides
 * whether it is rebuilt. Maintenance statements run on one connection without the pool's statement
 * timeout: a VACUUM or a concurrent rebuild of a large table takes longer than any query may.
 */

export interface VectorIndex {
  readonly name: string;
  readonly table: string;
  readonly column: string;
  /** The partial index's predicate as PostgreSQL prints it, or null. */
  readonly predicate: string | null;
}

/** Every HNSW index on `table`, read from the catalogue (so an index added later is measured too). */
export async function listVectorIndexes(db: DB, table: string): Promise<VectorIndex[]> {
  const result = await sql<{ name: string; column: string; predicate: string | null }>`
    SELECT i.relname AS name, a.attname AS column, pg_get_expr(x.indpred, x.indrelid) AS predicate
    FROM pg_index x
    JOIN pg_class i ON i.oid = x.indexrelid
    JOIN pg_class t ON t.oid = x.indrelid
    JOIN pg_am am ON am.oid = i.relam
    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = x.indkey[0]
    WHERE t.relname = ${table} AND am.amname = 'hnsw'
    ORDER BY i.relname`.execute(db);
  return result.rows.map((r) => ({ ...r, table }));
}

/** Runs `fn` on one connection with no statement timeout (restored before the connection goes back). */
async function withoutStatementTimeout<T>(db: DB, fn: (conn: Kysely<Database>) => Promise<T>): Promise<T> {
  return db.connection().execute(async (conn) => {
    await sql`SET statement_timeout = 0`.execute(conn);
    try {
      return await fn(conn);
    } finally {
      await sql`RESET statement_timeout`.execute(conn);
    }
  });
}

/** VACUUM (ANALYZE): reclaims dead rows (and their HNSW entries) and refreshes planner statistics. */
export async function vacuumAnalyze(db: DB, tables: readonly string[]): Promise<void> {
  await withoutStatementTimeout(db, async (conn) => {
    // VACUUM cannot run inside a transaction block: one statement per table, each on its own.
    for (const table of tables) await sql`VACUUM (ANALYZE) ${sql.table(table)}`.execute(conn);
  });
}

export interface IndexMeasurement {
  /** Mean share of the exact top-k that the index returned; null when there was nothing to query. */
  readonly recall: number | null;
  readonly sampleQueries: number;
  readonly sizeBytes: number;
  readonly indexedRows: number;
}

/**
 * Recall@k of the index: for `samples` stored vectors used as queries, the index's k nearest
 * (index scan forced, hnsw.ef_search as searches use it) against the exact k nearest (sequential
 * scan), over the rows the index covers.
 */
export async function measureVectorIndex(
  db: DB,
  index: VectorIndex,
  options: { readonly samples: number; readonly k: number; readonly efSearch: number },
): Promise<IndexMeasurement> {
  const column = sql.ref(index.column);
  // The predicate comes from the catalogue, not from a caller: the partial index is only used by a
  // query that states its predicate.
  const covered = index.predicate
    ? sql`${column} IS NOT NULL AND (${sql.raw(index.predicate)})`
    : sql`${column} IS NOT NULL`;
  const table = sql.table(index.table);
  const size = await sql<{ size: string; rows: string }>`
    SELECT pg_relation_size(${index.name}::regclass) AS size, (SELECT count(*) FROM ${table} WHERE ${covered}) AS rows`.execute(
    db,
  );
  const sizeBytes = Number(size.rows[0]?.size ?? 0);
  const indexedRows = Number(size.rows[0]?.rows ?? 0);
  const queries = await sql<{ v: string }>`
    SELECT ${column}::text AS v FROM ${table} WHERE ${covered} ORDER BY random() LIMIT ${options.samples}`.execute(db);
  if (queries.rows.length === 0) return { recall: null, sampleQueries: 0, sizeBytes, indexedRows };

  let recallSum = 0;
  for (const { v } of queries.rows) {
    const [approximate, exact] = await Promise.all([
      db.transaction().execute(async (trx) => {
        await sql`SELECT set_config('hnsw.ef_search', ${String(Math.min(1000, Math.max(options.efSearch, options.k)))}, true),
                         set_config('enable_seqscan', 'off', true)`.execute(trx);
        return sql<{ id: string }>`
          SELECT id FROM ${table} WHERE ${covered} ORDER BY ${column} <=> ${v}::vector LIMIT ${options.k}`.execute(trx);
      }),
      // `+ 0` keeps the planner off the index: the exhaustive reference.
      sql<{ id: string }>`
        SELECT id FROM ${table} WHERE ${covered} ORDER BY (${column} <=> ${v}::vector) + 0 LIMIT ${options.k}`.execute(
        db,
      ),
    ]);
    const truth = new Set(exact.rows.map((r) => r.id));
    const found = approximate.rows.filter((r) => truth.has(r.id)).length;
    recallSum += truth.size === 0 ? 1 : found / truth.size;
  }
  return { recall: recallSum / queries.rows.length, sampleQueries: queries.rows.length, sizeBytes, indexedRows };
}

/**
 * Rebuilds the index beside the old one and swaps them (REINDEX CONCURRENTLY): searches and writes
 * go on throughout. Returns the new size.
 */
export async function rebuildIndex(db: DB, name: string): Promise<number> {
  return withoutStatementTimeout(db, async (conn) => {
    await sql`REINDEX INDEX CONCURRENTLY ${sql.id(name)}`.execute(conn);
    const size = await sql<{ size: string }>`SELECT pg_relation_size(${name}::regclass) AS size`.execute(conn);
    return Number(size.rows[0]?.size ?? 0);
  });
}

/** The bytes per indexed row right after the index was last built (or first measured): the bloat baseline. */
export async function findIndexBaseline(db: DB, name: string): Promise<number | null> {
  const row = await db
    .selectFrom('index_measurements')
    .select(['action', 'rebuilt_size_bytes', 'indexed_rows', 'bytes_per_row', 'baseline_bytes_per_row'])
    .where('index_name', '=', name)
    .orderBy('measured_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  if (!row) return null;
  if (row.action === 'rebuilt' && row.rebuilt_size_bytes !== null && Number(row.indexed_rows) > 0) {
    return Number(row.rebuilt_size_bytes) / Number(row.indexed_rows);
  }
  return row.baseline_bytes_per_row ?? row.bytes_per_row;
}

export interface IndexMeasurementRecord {
  readonly indexName: string;
  readonly measurement: IndexMeasurement;
  readonly k: number;
  readonly efSearch: number;
  readonly bytesPerRow: number | null;
  readonly baselineBytesPerRow: number | null;
  readonly bloat: number | null;
  readonly action: 'none' | 'rebuilt';
  readonly reason: string;
  readonly rebuiltSizeBytes: number | null;
  readonly durationMs: number;
}

export async function recordIndexMeasurement(db: DB, record: IndexMeasurementRecord): Promise<void> {
  await db
    .insertInto('index_measurements')
    .values({
      index_name: record.indexName,
      sample_queries: record.measurement.sampleQueries,
      k: record.k,
      ef_search: record.efSearch,
      recall: record.measurement.recall,
      size_bytes: record.measurement.sizeBytes,
      indexed_rows: record.measurement.indexedRows,
      bytes_per_row: record.bytesPerRow,
      baseline_bytes_per_row: record.baselineBytesPerRow,
      bloat: record.bloat,
      action: record.action,
      reason: record.reason,
      rebuilt_size_bytes: record.rebuiltSizeBytes,
      duration_ms: Math.round(record.durationMs),
    })
    .execute();
}
