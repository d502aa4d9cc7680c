import { LOCAL_EMBEDDING_MODELS, type LocalEmbeddingModel } from '../common/local-embedding-models';
import { fulltextText } from '../matching/documents';
import type { EmbeddingBackend } from '../matching/embeddings/cached-embedder';
import { createLocalMiniLmBackend } from '../matching/embeddings/local-minilm';
import { benchConfig } from './config';
import { remoteWlbPostings } from './data/postings';
import { round } from './stats';

/**
 * `npm run bench:embed`: what embedding one enriched posting's full text costs, in CPU milliseconds
 * of this process (every ONNX Runtime thread included), for each local model, one text per model
 * call and in batches. Enrichment embeds every fetched posting while the provider waits, so this is
 * the figure that decides the model and the batching (docs/performance.md#enrichment).
 *
 * Real postings (jobs-remotewlb), embedded as enrichment embeds them (`fulltextText`, cut at the
 * model's 256 word pieces). Environment: BENCH_EMBED_TEXTS (96), BENCH_EMBED_BATCHES ("1,8,32").
 * Progress on stderr; the last stdout line is one JSON object.
 */
const TEXTS = Number(process.env.BENCH_EMBED_TEXTS ?? 96);
const BATCHES = (process.env.BENCH_EMBED_BATCHES ?? '1,8,32').split(',').map(Number);

const note = (message: string): void => void process.stderr.write(`[bench:embed] ${message}\n`);

/** CPU and wall milliseconds per text, embedding `texts` in calls of `batch`. */
async function measure(
  backend: EmbeddingBackend,
  texts: readonly string[],
  batch: number,
): Promise<{ cpu: number; wall: number }> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let start = 0; start < texts.length; start += batch) await backend.embedBatch(texts.slice(start, start + batch));
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { cpu: (cpu.user + cpu.system) / 1000 / texts.length, wall: wall / texts.length };
}

async function main(): Promise<void> {
  const config = benchConfig();
  // Long postings first: enrichment embeds full descriptions, nearly all longer than 256 word pieces.
  const texts = remoteWlbPostings()
    .slice(0, TEXTS)
    .map((p) =>
      fulltextText({
        title: p.job.title,
        companyName: p.job.companyName,
        location: p.job.location,
        snippet: p.job.snippet,
        descriptionText: p.job.descriptionText,
      }),
    );
  const results: Record<string, Record<string, { cpu_ms_per_text: number; wall_ms_per_text: number }>> = {};
  for (const model of LOCAL_EMBEDDING_MODELS as readonly LocalEmbeddingModel[]) {
    const backend = await createLocalMiniLmBackend({
      modelsDir: config.embeddings.modelDir,
      model,
      threads: config.embeddings.threads,
    });
    try {
      await backend.embedBatch(texts.slice(0, 8)); // warm-up: first runs allocate and optimise
      results[model] = {};
      for (const batch of BATCHES) {
        const m = await measure(backend, texts, batch);
        results[model][`batch_${batch}`] = { cpu_ms_per_text: round(m.cpu, 1), wall_ms_per_text: round(m.wall, 1) };
        note(`${model}, batches of ${batch}: ${round(m.cpu, 1)} ms CPU, ${round(m.wall, 1)} ms wall per text`);
      }
    } finally {
      await backend.close();
    }
  }
  process.stdout.write(
    `${JSON.stringify({ bench: 'embed', texts: texts.length, threads: config.embeddings.threads, models: results })}\n`,
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:embed failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
