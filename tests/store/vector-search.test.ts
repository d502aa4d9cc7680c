import { sql } from 'kysely';
import { parseVector, toVectorLiteral } from '../../store/vector';
import { createTestDatabase, type TestDatabase } from '../harness/services';

/** A unit vector in 384 dimensions pointing mostly along `axis`, with a little of `mix`. */
function unitVector(axis: number, mix = 0, weight = 0): number[] {
  const v = new Array<number>(384).fill(0);
  v[axis] = 1;
  v[mix] = (v[mix] ?? 0) + weight;
  const norm = Math.hypot(...v);
  return v.map((x) => x / norm);
}

describe('pgvector cosine ANN over jobs', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());

  it('finds the nearest job through the HNSW index, nearest first', async () => {
    const rows = Array.from({ length: 200 }, (_, i) => ({
      source: 'test',
      external_id: `job-${i}`,
      url: `https://example.com/jobs/${i}`,
      title: `Job ${i}`,
      listing_embedding: toVectorLiteral(unitVector(i % 384, (i * 7) % 384, 0.3)),
      listing_embedding_model: 'test',
    }));
    await t.db.insertInto('jobs').values(rows).execute();

    const query = toVectorLiteral(unitVector(42, (42 * 7) % 384, 0.3));
    const result = await t.db.transaction().execute(async (trx) => {
      await sql`SET LOCAL enable_seqscan = off`.execute(trx);
      await sql`SET LOCAL hnsw.ef_search = 100`.execute(trx);
      const plan = await sql<{ 'QUERY PLAN': string }>`
        EXPLAIN SELECT id FROM jobs ORDER BY listing_embedding <=> ${query}::vector LIMIT 5`.execute(trx);
      const found = await sql<{ external_id: string; distance: number; listing_embedding: string }>`
        SELECT external_id, listing_embedding <=> ${query}::vector AS distance, listing_embedding::text AS listing_embedding
        FROM jobs ORDER BY listing_embedding <=> ${query}::vector LIMIT 5`.execute(trx);
      return { plan: plan.rows.map((r) => r['QUERY PLAN']).join('\n'), found: found.rows };
    });

    expect(result.plan).toContain('jobs_listing_embedding_hnsw');
    expect(result.found[0]?.external_id).toBe('job-42');
    expect(result.found[0]?.distance).toBeCloseTo(0, 5);
    const distances = result.found.map((r) => r.distance);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
    expect(Array.from(parseVector(result.found[0]!.listing_embedding)).length).toBe(384);
  });
});
