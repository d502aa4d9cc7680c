import type { Config } from '../common/config';
import { candidateOccupation } from '../matching/cache-lookup';
import { fulltextText, listingText, profileText } from '../matching/documents';
import { LOCAL_EMBEDDING_MODELS } from '../common/local-embedding-models';
import { createEmbedder, type EmbeddingSettings } from '../matching/embeddings/create-embedder';
import { cosine, type Embedder } from '../matching/embeddings/embedder';
import { onetRelatedOccupations } from '../matching/occupations';
import { scoreMatch } from '../matching/scoring/composite';
import { Bm25Index } from './bm25';
import { benchConfig } from './config';
import { DEFAULT_AS_OF } from '../simulator/corpus';
import { evaluationCodes, synthesizeResumes, type EvalResume } from './data/eval-resumes';
import { generatedPostings, type BenchPosting } from './data/postings';
import { embedCached } from './data/vector-cache';
import { mean, ndcgAt, precisionAt, round } from './stats';

/**
 * `npm run eval:matching`: ranking quality of (a) BM25 over the full posting text, (b) semantic
 * only (cosine of profile and listing embeddings) and (c) the composite score, on postings from the
 * O*NET-based generator (ground-truth occupation codes) and synthetic resumes of known occupation
 * (bench/data/eval-resumes.ts). The composite runs as the cache lookup does: the semantic top
 * MATCHING_CANDIDATES and up to MATCHING_OCCUPATION_CANDIDATES of the profile's occupation are
 * composite-scored and re-ranked. A posting is relevant to a resume when both have the same
 * O*NET-SOC code; nDCG@20 and precision@20 are averaged over resumes.
 *
 * One JSON line per embedding (hash always, hf when HF_TOKEN or HF_ENDPOINT_URL is set, each
 * installed local model), then one with profiles from the full local model against postings from
 * its int8 quantization (a store in the middle of a model change).
 * Environment: EVAL_POSTINGS (default 3000), EVAL_RESUMES (default 150).
 */

const POSTINGS = Number(process.env.EVAL_POSTINGS ?? 3_000);
const RESUMES = Number(process.env.EVAL_RESUMES ?? 150);
/** Which posting text the semantic side embeds: the full description (default) or the listing. */
const TEXT = process.env.EVAL_TEXT === 'listing' ? 'listing' : 'fulltext';
const K = 20;

const note = (message: string): void => {
  process.stderr.write(`[eval:matching] ${message}\n`);
};

function topK(scores: ArrayLike<number>, k: number): number[] {
  return Array.from({ length: scores.length }, (_, i) => i)
    .sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b)
    .slice(0, k);
}

interface Metrics {
  ndcg: number[];
  precision: number[];
}

/** One embedder for both sides, or (a mixed store during a model change) one for each. */
interface EvalEmbedders {
  readonly postings: Embedder;
  readonly profiles: Embedder;
}

async function evaluate(
  embedders: EvalEmbedders,
  postings: readonly BenchPosting[],
  resumes: readonly EvalResume[],
  bm25: Bm25Index,
  matching: Config['matching'],
): Promise<Record<string, unknown>> {
  const fulltext = TEXT === 'fulltext';
  const embedder = embedders.postings;
  const listingVectors = await embedCached(
    embedders.postings,
    `eval-${TEXT}-${postings.length}`,
    postings.map((p) => (fulltext ? fulltextText(p.job) : listingText(p.job))),
  );
  const profileVectors = await embedCached(
    embedders.profiles,
    `eval-profiles-${resumes.length}`,
    resumes.map((r) => profileText(r.features, r.text)),
  );
  const methods: Record<'bm25' | 'semantic' | 'composite', Metrics> = {
    bm25: { ndcg: [], precision: [] },
    semantic: { ndcg: [], precision: [] },
    composite: { ndcg: [], precision: [] },
  };
  /**
   * The lookup's second source (matching/cache-lookup.ts profileCandidateQuery): of the postings of
   * the profile's occupation, the `occupationScan` most recent, the `occupationCandidates` nearest
   * that the vector search did not find. Relevance here is that same code, so what this source
   * adds to the figures is an upper bound of what it adds for people (bench/lookup-cpu.ts
   * --recall measures it on real resumes).
   */
  const byOccupation = (resume: EvalResume, nearest: readonly number[], cosines: readonly number[]): number[] => {
    const code = candidateOccupation(resume.features);
    if (!code || matching.occupationCandidates === 0) return [];
    const found = new Set(nearest);
    const recent = postings
      .map((p, i) => ({ i, p }))
      .filter(({ p, i }) => p.features.onetCode === code && !found.has(i))
      .sort((a, b) => (b.p.job.postedAt?.getTime() ?? 0) - (a.p.job.postedAt?.getTime() ?? 0) || a.i - b.i)
      .slice(0, matching.occupationScan);
    return recent
      .sort((a, b) => (cosines[b.i] as number) - (cosines[a.i] as number) || a.i - b.i)
      .slice(0, matching.occupationCandidates)
      .map(({ i }) => i);
  };
  resumes.forEach((resume, r) => {
    const relevance = postings.map((p) => (p.onetCode === resume.onetCode ? 1 : 0));
    const record = (method: keyof typeof methods, ranked: number[]): void => {
      const rels = ranked.map((i) => relevance[i] as number);
      methods[method].ndcg.push(ndcgAt(K, rels, relevance));
      methods[method].precision.push(precisionAt(K, rels, 1));
    };
    record('bm25', topK(bm25.score(resume.text), K));
    const profile = profileVectors[r] as Float32Array;
    const cosines = listingVectors.map((v) => cosine(profile, v));
    const nearest = topK(cosines, matching.candidates);
    record('semantic', nearest.slice(0, K));
    const composite = [...nearest, ...byOccupation(resume, nearest, cosines)]
      .map((i) => {
        const p = postings[i] as BenchPosting;
        const age = p.job.postedAt ? (DEFAULT_AS_OF.getTime() - p.job.postedAt.getTime()) / 86_400_000 : null;
        const match = scoreMatch(
          {
            profile: resume.features,
            job: p.features,
            semantic: {
              listingCosine: cosines[i] as number,
              fulltextCosine: fulltext ? (cosines[i] as number) : null,
              calibration: embedder.calibration,
            },
            ageDays: age,
            freshnessDays: matching.freshnessDays,
          },
          matching.weights,
          onetRelatedOccupations,
        );
        return { i, score: match.score };
      })
      .sort((a, b) => b.score - a.score || a.i - b.i);
    record(
      'composite',
      composite.slice(0, K).map((c) => c.i),
    );
  });
  const avg = (m: Metrics, key: keyof Metrics): number => round(mean(m[key]), 4);
  const ndcg = {
    bm25: avg(methods.bm25, 'ndcg'),
    semantic: avg(methods.semantic, 'ndcg'),
    composite: avg(methods.composite, 'ndcg'),
  };
  const precision = {
    bm25: avg(methods.bm25, 'precision'),
    semantic: avg(methods.semantic, 'precision'),
    composite: avg(methods.composite, 'precision'),
  };
  const lift = (m: typeof ndcg): number => round(m.composite / Math.max(m.bm25, m.semantic) - 1, 3);
  return {
    eval: 'matching',
    embedding:
      embedders.profiles.tag === embedders.postings.tag
        ? embedder.tag
        : `profiles ${embedders.profiles.tag}, postings ${embedders.postings.tag}`,
    posting_text: TEXT,
    postings: postings.length,
    resumes: resumes.length,
    ndcg_at_20: ndcg,
    precision_at_20: precision,
    composite_lift_over_best_baseline: { ndcg_at_20: lift(ndcg), precision_at_20: lift(precision) },
  };
}

async function main(): Promise<void> {
  const base = benchConfig();
  const postings = generatedPostings(POSTINGS);
  const resumes = synthesizeResumes(evaluationCodes(postings, RESUMES), 99);
  const bm25 = new Bm25Index(postings.map((p) => p.job.descriptionText ?? ''));
  note(
    `${postings.length} generated postings, ${resumes.length} resumes (${resumes.filter((r) => r.features.occupations.length === 0).length} with a headline naming no occupation)`,
  );

  const choices: Pick<EmbeddingSettings, 'provider' | 'localModel'>[] = [
    { provider: 'hash', localModel: base.embeddings.localModel },
  ];
  if (base.embeddings.hf.token || base.embeddings.hf.endpointUrl) {
    choices.push({ provider: 'hf', localModel: base.embeddings.localModel });
  }
  // Every local model: the int8 quantization is only used when it ranks as well as the full model.
  for (const localModel of LOCAL_EMBEDDING_MODELS) choices.push({ provider: 'local', localModel });
  const lines: string[] = [];
  const local: Embedder[] = [];
  try {
    for (const choice of choices) {
      const { embedder, plan } = await createEmbedder({ ...base.embeddings, ...choice, batchSize: 64 });
      if (plan.provider !== choice.provider) {
        note(`skipping ${choice.provider}: ${plan.summary}`);
        await embedder.close();
        continue;
      }
      note(`evaluating with ${plan.summary}`);
      lines.push(
        JSON.stringify(
          await evaluate({ postings: embedder, profiles: embedder }, postings, resumes, bm25, base.matching),
        ),
      );
      if (choice.provider === 'local') local.push(embedder);
      else await embedder.close();
    }
    // Both local models: what a store holds while it moves from one to the other (vectors of both).
    const [full, quantized] = local;
    if (full && quantized) {
      note(`evaluating profiles from ${full.tag} against postings from ${quantized.tag}`);
      lines.push(
        JSON.stringify(await evaluate({ postings: quantized, profiles: full }, postings, resumes, bm25, base.matching)),
      );
    }
  } finally {
    await Promise.all(local.map((e) => e.close()));
  }
  for (const line of lines) process.stdout.write(`${line}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`eval:matching failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
