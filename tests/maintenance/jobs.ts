import { generatedPostings } from '../../bench/data/postings';
import { listingText } from '../../matching/documents';
import type { Embedder } from '../../matching/embeddings/embedder';
import type { DB } from '../../store/database';
import { insertJobs } from '../../store/jobs';

/**
 * Generated postings (the simulator's corpus) stored as discovery stores them, with listing
 * vectors, last discovered at a given time; `label` keeps groups from the same corpus distinct.
 */
export async function insertGeneratedJobs(
  db: DB,
  embedder: Embedder,
  options: { count: number; label: string; lastDiscoveredAt: Date; offset?: number; withDescription?: boolean },
): Promise<string[]> {
  const postings = generatedPostings((options.offset ?? 0) + options.count).slice(options.offset ?? 0);
  const vectors = await embedder.embed(postings.map((p) => listingText(p.job)));
  return insertJobs(
    db,
    postings.map((p, i) => ({
      ...p.job,
      externalId: `${p.job.externalId}-${options.label}-${i}`,
      url: `${p.job.url}&hh=${options.label}-${i}`,
      descriptionText: options.withDescription ? p.job.descriptionText : null,
      lastDiscoveredAt: options.lastDiscoveredAt,
      listingEmbedding: { vector: vectors[i] as Float32Array, tag: embedder.tag },
    })),
  );
}
