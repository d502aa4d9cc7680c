import { embedJobFulltexts } from '../matching/documents';
import type { Embedder } from '../matching/embeddings/embedder';
import type { DB } from '../store/database';
import { withApplicationFailures } from './application-failure';

/** Activities on the `ml` queue that embed what enrichment fetched (CPU-bound: one per core). */
export function createEmbeddingActivities(deps: { readonly db: DB; readonly embedder: Embedder }) {
  return {
    embedJobFullText: ({ jobId }: { jobId: string }): Promise<{ model: string }> =>
      withApplicationFailures(async () => {
        await embedJobFulltexts(deps.db, deps.embedder, [jobId]);
        return { model: deps.embedder.tag };
      }),
  };
}

export type EmbeddingActivities = ReturnType<typeof createEmbeddingActivities>;
