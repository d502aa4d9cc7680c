import { listingText, profileText } from '../../matching/documents';
import type { Embedder } from '../../matching/embeddings/embedder';
import { analysedRemoteWlbPostings, generatedPostings, type BenchPosting } from './postings';
import { liveCareerResumes } from './resumes';
import { embedCached } from './vector-cache';

export interface CacheCorpus {
  readonly size: number;
  readonly realCount: number;
  /**
   * The first `count` postings, generated again on each call: holding 100k postings with their
   * descriptions for the whole run would make the benchmark's own garbage collection show up in
   * the latencies it measures.
   */
  postings(count: number): BenchPosting[];
  readonly vectors: readonly Float32Array[];
  readonly queries: readonly { readonly id: string; readonly category: string; readonly text: string }[];
  readonly queryVectors: readonly Float32Array[];
}

/**
 * The cache benchmark's data: all 6,606 real postings first (real text, real embeddings, analysed
 * as ingestion analyses them), then
 * generated O*NET postings up to `size`; queries are real resumes (LiveCareer), a few per
 * category. Smaller sizes are prefixes of the largest, so one embedding pass serves them all.
 */
export async function loadCacheCorpus(
  embedder: Embedder,
  size: number,
  queryCount: number,
  note?: (message: string) => void,
): Promise<CacheCorpus> {
  const real = analysedRemoteWlbPostings(note);
  const realCount = Math.min(size, real.length);
  const postings = (count: number): BenchPosting[] => [
    ...real.slice(0, Math.min(count, realCount)),
    ...generatedPostings(Math.max(0, count - realCount)),
  ];
  const vectors = await embedCached(
    embedder,
    `cache-listings-${size}`,
    postings(size).map((p) => listingText(p.job)),
  );
  const resumes = liveCareerResumes();
  const byCategory = new Map<string, typeof resumes>();
  for (const r of resumes) byCategory.set(r.category, [...(byCategory.get(r.category) ?? []), r]);
  const queries: CacheCorpus['queries'][number][] = [];
  for (let round = 0; queries.length < queryCount; round++) {
    let added = false;
    for (const list of byCategory.values()) {
      const r = list[round];
      if (r && queries.length < queryCount) {
        queries.push(r);
        added = true;
      }
    }
    if (!added) break;
  }
  const queryVectors = await embedCached(
    embedder,
    `cache-queries-${queryCount}`,
    queries.map((q) => profileText({ title: null, skills: [] }, q.text)),
  );
  return { size, realCount, postings, vectors, queries, queryVectors };
}
