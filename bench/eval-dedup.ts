import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { DedupIndex } from '../ingestion/dedup-index';
import { fitsCluster, textSimilarity, type DedupThresholds } from '../ingestion/duplicates';
import { cleanDescription } from '../ingestion/clean-text';
import { minhashSignature, shingleHashes, words } from '../ingestion/minhash';
import { preparePosting, scoringView, type PostingInput, type PreparedPosting } from '../ingestion/prepare';
import { analysePosting } from '../understanding/analysis/analyse-posting';
import { qualityScore } from '../ingestion/quality';
import { spamScore } from '../ingestion/spam';
import { listingText } from '../matching/documents';
import { createEmbedder } from '../matching/embeddings/create-embedder';
import { cosine, type Embedder } from '../matching/embeddings/embedder';
import { createCachedEmbedder } from '../matching/embeddings/cached-embedder';
import { createHashingBackend } from '../matching/embeddings/hashing';
import { Random } from '../simulator/corpus/random';
import { benchConfig } from './config';
import { injectPairs, type InjectedPair } from './dedup/inject';
import { remoteWlbInputs } from './data/postings';
import { BENCH_DATA, ROOT } from './data/paths';
import { round } from './stats';

/**
 * `npm run eval:dedup`: the ingestion pipeline's duplicate detection on the 6,606 real remotewlb
 * postings (../shared/data/jobs-remotewlb), plus duplicates injected with known truth
 * (bench/dedup/inject.ts), plus real pairs judged by hand (bench/dedup-judgements.json). Every
 * posting goes through the pipeline's CPU path as staging runs it: clean, normalize, the posting
 * analysis shared with resumes, MinHash, the listing embedding (batched), quality and spam scores,
 * and the duplicate check (the database's candidate lookup, in memory: ingestion/dedup-index.ts).
 *
 * Precision and recall are over the pairs whose truth is known: two postings are predicted to be
 * one job when they end in the same cluster; the details report the judged real pairs in two halves
 * by employer, a tuning half and a held-out half that no threshold was chosen on. postings_per_s is
 * the whole pass, embedding included, with the model on its own thread while the next batches are
 * analysed (pass_ms_per_posting says how long the analysis waited for it); a first pass over a sample measures the CPU of each stage on its own (the hashing
 * embedder's too), from which the details derive what two idle cores would sustain.
 *
 * Progress and details on stderr; the last stdout line is one JSON object.
 * Environment: EVAL_DEDUP_EMBED=0 skips the embedding (threshold work; the throughput is then not
 * the pipeline's), EVAL_DEDUP_LABEL=<n> writes n real pairs per stratum to judge to
 * .data/bench/dedup-label.txt, EVAL_DEDUP_SWEEP=1 prints precision and recall over a grid of the
 * text and skill thresholds (how the defaults in common/config.ts were chosen).
 */

const EMBED = process.env.EVAL_DEDUP_EMBED !== '0';
const SWEEP = process.env.EVAL_DEDUP_SWEEP === '1';
const LABEL = Number(process.env.EVAL_DEDUP_LABEL ?? 0);
const SEED = 15;
const BATCH = 64;
/** Batches that may wait for the model at once (the `ml` worker stages pages concurrently). */
const IN_FLIGHT = 2;
const JUDGEMENTS = path.join(ROOT, 'bench', 'dedup-judgements.json');
/** When the real postings were fetched, for relative dates (the newest is from March 2025). */
const FETCHED_AT = new Date('2025-04-01T00:00:00Z');

const note = (message: string): void => void process.stderr.write(`[eval:dedup] ${message}\n`);

const Judgement = z.object({
  a: z.string(),
  b: z.string(),
  duplicate: z.boolean(),
  why: z.string(),
});
type Judgement = z.infer<typeof Judgement>;

function loadJudgements(): Judgement[] {
  if (!fs.existsSync(JUDGEMENTS)) return [];
  return z.array(Judgement).parse(JSON.parse(fs.readFileSync(JUDGEMENTS, 'utf8')));
}

const keyOf = (p: Pick<PostingInput, 'source' | 'externalId'>): string => `${p.source}:${p.externalId}`;

interface Timings {
  prepare: number;
  embed: number;
  dedup: number;
  score: number;
}

const PROFILE_SAMPLE = 512;
const WARM_UP = 256;
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * Where a posting's CPU goes, stage by stage, over a sample run one stage at a time (in the main
 * pass the model overlaps the analysis, so the process's CPU cannot be split there). The parts of
 * preparation are timed again on their own; `prepare` is the whole of it.
 */
async function profileStages(inputs: readonly PostingInput[], embedder: Embedder | null) {
  const sample = inputs.slice(0, PROFILE_SAMPLE);
  const per = (ms: number) => round(ms / sample.length, 2);
  const time = (f: () => void): number => {
    const c = cpuMs();
    f();
    return per(cpuMs() - c);
  };
  // Other postings first, so the figures are the steady state's rather than the JIT's warm-up.
  // The model too: its first calls pay for each new tensor shape (7–9 ms per text instead of 4–5).
  const warmUp = inputs
    .slice(PROFILE_SAMPLE, PROFILE_SAMPLE + WARM_UP)
    .map((input) => preparePosting(input, FETCHED_AT));
  if (embedder) await embedder.embed(warmUp.map((p) => `${listingText(p)} ..`));
  let prepared: PreparedPosting[] = [];
  const prepare = time(() => (prepared = sample.map((i) => preparePosting(i, FETCHED_AT))));
  const texts = prepared.map((p) => p.description ?? p.snippet ?? '');
  const clean = time(() => sample.forEach((i) => cleanDescription({ text: i.description, html: i.descriptionHtml })));
  const analyse = time(() =>
    prepared.forEach((p, k) =>
      analysePosting({ title: p.title, description: texts[k] as string, location: p.location, company: p.companyName }),
    ),
  );
  const minhash = time(() => texts.forEach((t) => minhashSignature(shingleHashes(words(t)))));
  const score = time(() =>
    prepared.forEach((p) => {
      const view = scoringView(p);
      qualityScore(view);
      spamScore(view, { otherCompaniesWithSameText: 0 });
    }),
  );
  const listings = prepared.map((p) => listingText(p));
  const embedCpu = async (e: Embedder): Promise<number> => {
    // Texts the cache has not seen: the sample's own, suffixed, so the model really runs.
    const c = cpuMs();
    for (let i = 0; i < listings.length; i += BATCH) await e.embed(listings.slice(i, i + BATCH).map((t) => `${t} .`));
    return per(cpuMs() - c);
  };
  const embed = embedder ? await embedCpu(embedder) : null;
  // The lexical fallback on the same texts: what the pipeline costs when the model is not in it.
  const hashing = createCachedEmbedder(createHashingBackend(), { batchSize: BATCH, cacheSize: 0 });
  const embedHash = await embedCpu(hashing);
  await hashing.close();
  const embedWords = round(listings.reduce((n, t) => n + words(t).length, 0) / listings.length, 0);
  return {
    sample: sample.length,
    prepare,
    clean,
    analyse,
    minhash,
    score,
    embed,
    embed_hash: embedHash,
    embed_words: embedWords,
  };
}

/**
 * Postings per second two idle cores would give from the CPU figures alone (every stage's CPU per
 * posting, shared over two cores), with the configured embedder and with hashing instead.
 */
function cpuBound(
  profile: Awaited<ReturnType<typeof profileStages>>,
  dedupMs: number,
): { embedder: number | null; hash: number } {
  const rest = profile.prepare + profile.score + dedupMs;
  const rate = (embed: number) => round((2 * 1000) / (rest + embed), 0);
  return { embedder: profile.embed === null ? null : rate(profile.embed), hash: rate(profile.embed_hash) };
}

async function runPipeline(
  inputs: readonly PostingInput[],
  embedder: Embedder | null,
  index: DedupIndex,
): Promise<{
  prepared: Map<string, PreparedPosting>;
  vectors: Map<string, Float32Array>;
  stages: Map<string, number>;
  wallMs: number;
  /** The process's CPU over the pass, the model's threads included. */
  cpuMs: number;
  /** How long the analysis stood waiting for the model. */
  waitedMs: number;
  /** Wall time of the main thread's stages; the model runs meanwhile on its own threads. */
  wall: Omit<Timings, 'embed'>;
}> {
  const prepared = new Map<string, PreparedPosting>();
  const stages = new Map<string, number>();
  const vectors = new Map<string, Float32Array>();
  const cpu: Omit<Timings, 'embed'> = { prepare: 0, dedup: 0, score: 0 };
  const t0 = performance.now();
  const c0 = cpuMs();
  // Batches sent to the model and not yet back. The model runs on a thread of its own: a batch is
  // embedded while the next ones are analysed, as when the worker stages several pages at once.
  const embedding: Promise<void>[] = [];
  let waited = 0;
  for (let start = 0; start < inputs.length; start += BATCH) {
    const batch = inputs.slice(start, start + BATCH);
    let t = performance.now();
    const ready = batch.map((input) => preparePosting(input, FETCHED_AT));
    cpu.prepare += performance.now() - t;
    // At most IN_FLIGHT batches wait for the model: the analysis never runs far ahead of it.
    const w0 = performance.now();
    if (embedding.length >= IN_FLIGHT) await embedding.shift();
    waited += performance.now() - w0;
    if (embedder) {
      const keys = batch.map(keyOf);
      const texts = ready.map((p) => listingText(p));
      embedding.push(embedder.embed(texts).then((vs) => vs.forEach((v, i) => vectors.set(keys[i] as string, v))));
    }
    t = performance.now();
    for (const p of ready) {
      const view = scoringView(p);
      qualityScore(view);
      spamScore(view, { otherCompaniesWithSameText: 0 });
    }
    cpu.score += performance.now() - t;
    t = performance.now();
    for (const [i, p] of ready.entries()) {
      const key = keyOf(batch[i] as PostingInput);
      prepared.set(key, p);
      const { match } = index.add({ id: key, fingerprint: p.dedup, lshKeys: p.lshKeys });
      if (match) stages.set(match.stage, (stages.get(match.stage) ?? 0) + 1);
    }
    cpu.dedup += performance.now() - t;
    if ((start / BATCH) % 20 === 0) note(`${start + batch.length}/${inputs.length} postings`);
  }
  await Promise.all(embedding);
  const wallMs = performance.now() - t0;
  return { prepared, vectors, stages, wallMs, cpuMs: cpuMs() - c0, waitedMs: waited, wall: cpu };
}

const HELD_OUT = 'real_judged_held_out';

/**
 * The judged real pairs are split by employer (one employer's pairs are alike, so a split by pair
 * would leak): the tuning half may guide thresholds, the held-out half is only reported.
 */
function judgedPart(a: PreparedPosting): string {
  const digest = crypto
    .createHash('sha256')
    .update(a.dedup.companyKey ?? '')
    .digest();
  return (digest[0] as number) % 2 === 0 ? 'real_judged_tuning' : HELD_OUT;
}

/** Similarity strata the label sample draws from, for pairs the pipeline joined and pairs it kept apart. */
const STRATA: readonly {
  readonly joined: boolean;
  readonly sameRole: boolean;
  readonly from: number;
  readonly to: number;
}[] = [
  { joined: true, sameRole: true, from: 0, to: 0.7 },
  { joined: true, sameRole: true, from: 0.7, to: 0.8 },
  { joined: true, sameRole: true, from: 0.8, to: 0.9 },
  { joined: true, sameRole: true, from: 0.9, to: 0.999 },
  { joined: true, sameRole: true, from: 0.999, to: 1.01 },
  { joined: false, sameRole: true, from: 0.4, to: 0.5 },
  { joined: false, sameRole: true, from: 0.5, to: 0.6 },
  { joined: false, sameRole: true, from: 0.6, to: 1.01 },
  { joined: false, sameRole: false, from: 0.8, to: 1.01 },
];

/**
 * Real pairs for a person to judge (EVAL_DEDUP_LABEL=<n per stratum>): pairs of one employer that
 * share an LSH band or their employer, title and place, drawn across text similarity, both those
 * the pipeline joined and those it kept apart; each shown with the lines only one side has.
 */
function writeLabelSample(
  real: readonly PostingInput[],
  prepared: Map<string, PreparedPosting>,
  index: DedupIndex,
  perStratum: number,
  judged: ReadonlySet<string>,
): void {
  const groups = new Map<string, string[]>();
  for (const input of real) {
    const key = keyOf(input);
    const p = prepared.get(key) as PreparedPosting;
    const identity = `id:${p.dedup.companyKey}|${p.dedup.titleKey}|${p.dedup.locationKey}`;
    for (const group of [...p.lshKeys.map(String), identity]) groups.set(group, [...(groups.get(group) ?? []), key]);
  }
  const pairs = new Map<string, { a: string; b: string; j: number; joined: boolean; sameRole: boolean }>();
  for (const ids of groups.values()) {
    if (ids.length > 60) continue;
    for (let i = 0; i < ids.length; i++) {
      for (let k = i + 1; k < ids.length; k++) {
        const [a, b] = [ids[i] as string, ids[k] as string].sort() as [string, string];
        const id = `${a}|${b}`;
        if (pairs.has(id) || judged.has(id)) continue;
        const pa = prepared.get(a) as PreparedPosting;
        const pb = prepared.get(b) as PreparedPosting;
        if (pa.dedup.companyKey === null || pa.dedup.companyKey !== pb.dedup.companyKey) continue;
        pairs.set(id, {
          a,
          b,
          j: textSimilarity(pa.dedup, pb.dedup) ?? 0,
          joined: index.cluster(a) === index.cluster(b),
          sameRole: fitsCluster(pa.dedup, [pb.dedup], { titleSimilarity: 1 }),
        });
      }
    }
  }
  const r = new Random(SEED);
  const chosen = STRATA.flatMap((s) =>
    r.sample(
      [...pairs.values()].filter(
        (p) => p.joined === s.joined && p.sameRole === s.sameRole && p.j >= s.from && p.j < s.to,
      ),
      perStratum,
    ),
  );
  const lines: string[] = [];
  for (const p of chosen) {
    const pa = prepared.get(p.a) as PreparedPosting;
    const pb = prepared.get(p.b) as PreparedPosting;
    const la = new Set((pa.description ?? '').split('\n'));
    const lb = new Set((pb.description ?? '').split('\n'));
    const onlyA = [...la].filter((l) => !lb.has(l) && l.trim()).slice(0, 5);
    const onlyB = [...lb].filter((l) => !la.has(l) && l.trim()).slice(0, 5);
    lines.push(
      JSON.stringify({ a: p.a.split(':')[1], b: p.b.split(':')[1], joined: p.joined, jaccard: round(p.j, 3) }),
      `  A: ${pa.title} | ${pa.companyName} | ${pa.location} | ${pa.postedAt?.toISOString().slice(0, 7)} | ${pa.description?.length ?? 0} chars`,
      `  B: ${pb.title} | ${pb.companyName} | ${pb.location} | ${pb.postedAt?.toISOString().slice(0, 7)} | ${pb.description?.length ?? 0} chars`,
      ...onlyA.map((l) => `  -A ${l.slice(0, 200)}`),
      ...onlyB.map((l) => `  +B ${l.slice(0, 200)}`),
      '',
    );
  }
  const file = path.join(BENCH_DATA, 'dedup-label.txt');
  fs.mkdirSync(BENCH_DATA, { recursive: true });
  fs.writeFileSync(file, lines.join('\n'));
  note(`wrote ${chosen.length} pairs to judge to ${file}`);
}

async function main(): Promise<void> {
  const config = benchConfig();
  const thresholds = config.ingestion.dedup;
  const real = remoteWlbInputs();
  const injected: InjectedPair[] = injectPairs(
    real,
    { reposts: 500, otherCity: 150, otherRole: 150, otherLevel: 100 },
    SEED,
  );
  const realKeys = new Set(real.map(keyOf));
  const extra = new Map<string, PostingInput>();
  for (const pair of injected) for (const p of [pair.a, pair.b]) if (!realKeys.has(keyOf(p))) extra.set(keyOf(p), p);
  // Oldest first, as a board would have served them; the injected copies come after.
  const ordered = [...real].sort(
    (a, b) => (a.postedAt ?? '').localeCompare(b.postedAt ?? '') || a.externalId.localeCompare(b.externalId),
  );
  const inputs = [...ordered, ...extra.values()];

  let embedder: Embedder | null = null;
  if (EMBED) {
    const created = await createEmbedder(config.embeddings);
    embedder = created.embedder;
    note(`embeddings: ${created.plan.summary}`);
    await embedder.embed(['warm up']);
  }
  note(`${real.length} real postings, ${extra.size} injected; thresholds ${JSON.stringify(thresholds)}`);
  const profile = await profileStages(ordered, embedder);
  note(`CPU ms per posting, stage by stage: ${JSON.stringify(profile)}`);
  const index = new DedupIndex(thresholds, config.ingestion.candidateLimit);
  const run = await runPipeline(inputs, embedder, index);
  await embedder?.close();

  const judgements = loadJudgements();
  const labelled: LabelledPair[] = [
    ...injected.map((p) => ({
      a: keyOf(p.a),
      b: keyOf(p.b),
      duplicate: p.duplicate,
      kind: p.kind.split(':')[0] as string,
    })),
    ...judgements.map((j) => ({
      a: `remotewlb:${j.a}`,
      b: `remotewlb:${j.b}`,
      duplicate: j.duplicate,
      kind: judgedPart(run.prepared.get(`remotewlb:${j.a}`) as PreparedPosting),
    })),
  ];
  const scored = scorePairs(labelled, index);
  const { tp, fp, fn, precision, recall, byKind } = scored;
  const cosines = labelled.flatMap((pair, i) => {
    const va = run.vectors.get(pair.a);
    const vb = run.vectors.get(pair.b);
    return va && vb
      ? [{ duplicate: pair.duplicate, predicted: scored.predicted[i] as boolean, cosine: cosine(va, vb) }]
      : [];
  });
  if (SWEEP) {
    // Thresholds are chosen on the injected pairs and the tuning half of the judged ones only.
    const tuning = labelled.filter((p) => p.kind !== HELD_OUT);
    sweepThresholds(inputs, run.prepared, tuning, thresholds, config.ingestion.candidateLimit);
  }

  // What the pipeline finds among the real postings themselves.
  const clusters = new Map<string, number>();
  for (const input of real) {
    const c = index.cluster(keyOf(input)) as string;
    clusters.set(c, (clusters.get(c) ?? 0) + 1);
  }
  const perPosting = (ms: number) => round(ms / inputs.length, 2);
  const details = {
    postings: inputs.length,
    real_postings: real.length,
    injected_postings: extra.size,
    real_clusters: clusters.size,
    real_postings_in_shared_clusters: [...clusters.values()].filter((n) => n > 1).reduce((a, b) => a + b, 0),
    duplicates_by_stage: Object.fromEntries(run.stages),
    thresholds,
    by_kind: Object.fromEntries(byKind),
    tp,
    fp,
    fn,
    wall_ms_per_posting: {
      prepare: perPosting(run.wall.prepare),
      score: perPosting(run.wall.score),
      dedup: perPosting(run.wall.dedup),
    },
    cpu_ms_per_posting: profile,
    pass_ms_per_posting: {
      wall: perPosting(run.wallMs),
      cpu: perPosting(run.cpuMs),
      waiting_for_model: perPosting(run.waitedMs),
    },
    cpu_bound_postings_per_s_on_2_cores: cpuBound(profile, perPosting(run.wall.dedup)),
    embedding: EMBED ? config.embeddings.provider : 'skipped',
    load_average: os.loadavg().map((l) => round(l, 1)),
    cores: os.cpus().length,
    cosine_of_labelled_pairs: summariseCosines(cosines),
  };
  note(JSON.stringify(details));
  if (LABEL > 0) {
    writeLabelSample(
      real,
      run.prepared,
      index,
      LABEL,
      new Set(judgements.map((j) => [`remotewlb:${j.a}`, `remotewlb:${j.b}`].sort().join('|'))),
    );
  }
  process.stdout.write(
    `${JSON.stringify({
      eval: 'dedup',
      pairs: labelled.length,
      precision: round(precision, 4),
      recall: round(recall, 4),
      postings_per_s: round(inputs.length / (run.wallMs / 1000), 1),
    })}\n`,
  );
}

interface LabelledPair {
  readonly a: string;
  readonly b: string;
  readonly duplicate: boolean;
  readonly kind: string;
}

/** Two postings are predicted to be one job when they end in the same cluster. */
function scorePairs(labelled: readonly LabelledPair[], index: DedupIndex) {
  const byKind = new Map<string, { tp: number; fp: number; fn: number; tn: number }>();
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const predicted: boolean[] = [];
  for (const pair of labelled) {
    const ca = index.cluster(pair.a);
    const cb = index.cluster(pair.b);
    if (ca === undefined || cb === undefined) throw new Error(`pair ${pair.a} / ${pair.b} was not ingested`);
    const same = ca === cb;
    predicted.push(same);
    const counts = byKind.get(pair.kind) ?? { tp: 0, fp: 0, fn: 0, tn: 0 };
    if (same && pair.duplicate) {
      tp++;
      counts.tp++;
    } else if (same && !pair.duplicate) {
      fp++;
      counts.fp++;
    } else if (!same && pair.duplicate) {
      fn++;
      counts.fn++;
    } else counts.tn++;
    byKind.set(pair.kind, counts);
  }
  return {
    tp,
    fp,
    fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    byKind,
    predicted,
  };
}

/** Precision and recall over a grid of the two thresholds that decide near-duplicates. */
function sweepThresholds(
  inputs: readonly PostingInput[],
  prepared: ReadonlyMap<string, PreparedPosting>,
  labelled: readonly LabelledPair[],
  base: DedupThresholds,
  candidateLimit: number,
): void {
  note(
    'sweep (injected + tuning pairs): skillDifference × nearJaccard (skillSimilarity 0.3) → precision / recall (F1)',
  );
  const grid: [number, number][] = [
    ...[1, 2, 3, 4, 5, 100].map((d): [number, number] => [0.3, d]),
    ...[0.5, 0.7].map((sim): [number, number] => [sim, 100]),
  ];
  for (const [skillSimilarity, skillDifference] of grid) {
    const cells: string[] = [];
    for (const nearJaccard of [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8]) {
      const index = new DedupIndex({ ...base, nearJaccard, skillSimilarity, skillDifference }, candidateLimit);
      for (const input of inputs) {
        const p = prepared.get(keyOf(input)) as PreparedPosting;
        index.add({ id: keyOf(input), fingerprint: p.dedup, lshKeys: p.lshKeys });
      }
      const { precision, recall } = scorePairs(labelled, index);
      const f1 = (2 * precision * recall) / (precision + recall || 1);
      cells.push(`${nearJaccard}: ${round(precision, 3)}/${round(recall, 3)} (${round(f1, 3)})`);
    }
    note(`  similarity ${skillSimilarity} difference ${skillDifference}  ${cells.join('  ')}`);
  }
}

function summariseCosines(items: readonly { duplicate: boolean; predicted: boolean; cosine: number }[]) {
  const group = (f: (x: (typeof items)[number]) => boolean) => {
    const values = items
      .filter(f)
      .map((x) => x.cosine)
      .sort((a, b) => a - b);
    if (values.length === 0) return null;
    const q = (p: number) => round(values[Math.min(values.length - 1, Math.floor(p * values.length))] as number, 3);
    return { n: values.length, p05: q(0.05), p50: q(0.5), p95: q(0.95) };
  };
  return {
    duplicates: group((x) => x.duplicate),
    different_jobs: group((x) => !x.duplicate),
    false_positives: group((x) => x.predicted && !x.duplicate),
  };
}

main().catch((err: unknown) => {
  process.stderr.write(`eval:dedup failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
