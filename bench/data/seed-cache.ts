import { sql } from 'kysely';
import type { DB } from '../../store/database';
import { insertJobs, type NewJob } from '../../store/jobs';
import { seededRandom } from '../stats';
import type { CacheCorpus } from './cache-corpus';
import type { BenchPosting } from './postings';

const DAY = 86_400_000;

export interface CacheAttributes {
  readonly lastDiscoveredAt: Date;
  readonly visa: boolean | null;
}

/** Cache-side attributes the postings do not carry, drawn reproducibly per posting. */
export function cacheAttributes(count: number, now: Date): CacheAttributes[] {
  const random = seededRandom(7);
  return Array.from({ length: count }, () => ({
    // Discovery spread over 60 days: with the 45-day window, three in four jobs are fresh, as in a
    // cache whose daily purge runs behind a little.
    lastDiscoveredAt: new Date(now.getTime() - random() * 60 * DAY),
    visa: ((r) => (r < 0.2 ? true : r < 0.5 ? false : null))(random()),
  }));
}

type Identity = Pick<NewJob, 'source' | 'externalId'>;

/** Each posting under its own board, numbered so that repeated generated postings stay distinct. */
export const numberedIdentity = (posting: BenchPosting, index: number): Identity => ({
  source: posting.job.source,
  externalId: `${posting.job.externalId}-${index}`,
});

export interface SeedOptions {
  /** How each posting is stored (bench:search files generated postings under the simulator's board). */
  readonly identity?: (posting: BenchPosting, index: number) => Identity;
}

/**
 * Loads the first `size` postings with their listing vectors the way a cache would be rebuilt:
 * the HNSW indexes dropped, rows inserted, indexes built once, statistics refreshed. Returns the
 * seconds the insert and the index builds took.
 */
export async function seedCache(
  db: DB,
  corpus: CacheCorpus,
  size: number,
  attributes: readonly CacheAttributes[],
  tag: string,
  options: SeedOptions = {},
): Promise<{ insertS: number; indexS: number; partialIndexS: number }> {
  await sql`DROP INDEX IF EXISTS jobs_listing_embedding_hnsw`.execute(db);
  await sql`DROP INDEX IF EXISTS jobs_listing_embedding_remote_hnsw`.execute(db);
  const identity = options.identity ?? numberedIdentity;
  const jobs: NewJob[] = corpus.postings(size).map((p, i) => ({
    ...p.job,
    ...identity(p, i),
    visaSponsorship: attributes[i]!.visa,
    lastDiscoveredAt: attributes[i]!.lastDiscoveredAt,
    listingEmbedding: { vector: corpus.vectors[i] as Float32Array, tag },
  }));
  const t0 = performance.now();
  await insertJobs(db, jobs);
  const insertS = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  await sql`CREATE INDEX jobs_listing_embedding_hnsw ON jobs USING hnsw (listing_embedding vector_cosine_ops) WITH (m = 16, ef_construction = 64)`.execute(
    db,
  );
  const indexS = (performance.now() - t1) / 1000;
  const t2 = performance.now();
  await sql`CREATE INDEX jobs_listing_embedding_remote_hnsw ON jobs USING hnsw (listing_embedding vector_cosine_ops) WITH (m = 16, ef_construction = 64) WHERE remote_type = 'remote'`.execute(
    db,
  );
  const partialIndexS = (performance.now() - t2) / 1000;
  await sql`VACUUM ANALYZE jobs`.execute(db);
  return { insertS, indexS, partialIndexS };
}
