import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createLocalMiniLmBackend } from '../../matching/embeddings/local-minilm';
import { loadOnet } from '../../understanding/onet/load';
import { loadSkillTaxonomy } from '../../understanding/skills/taxonomy';
import type { EmbeddingBackend } from '../../matching/embeddings/cached-embedder';
import { loadLexicalTitleModel } from '../../understanding/titles/lexical-model';
import {
  TITLE_WORD_VECTORS_FILE,
  indexedTitles,
  titleWordWeights,
  type TitleWordVectorsFile,
} from '../../understanding/titles/semantic-titles';
import { FRENCH_ONLY, TITLE_GLOSSARY } from '../../understanding/titles/title-glossary';
import { isHeldOutTitle, normalizeTitle } from '../../understanding/titles/title-features';

/**
 * `npm run data:title-vectors`: static word vectors for the semantic signal of the title
 * classifier, distilled from all-MiniLM-L6-v2 in its int8 form (the model the project ships; the
 * bootstrap installs it into models/). A title's vector at run time is a weighted mean of table
 * rows: microseconds, no model, no async call on the ingestion path. The rows are fitted so that
 * this mean reproduces the model's embedding of each whole O*NET title (least squares, solved by
 * conjugate gradients), pulled towards each word's own embedding (which alone is all a word outside
 * O*NET's titles has): "window" beside "clerk" then leans towards the postal counter the way the
 * model reads the whole title, where the words embedded alone led to glaziers. The held-out titles
 * eval:hermes scores are not fitted on. Deterministic for a given model.
 * Writes data/hermes/title-word-vectors.json.gz.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const DIMENSIONS = 128;
const MODEL = 'all-MiniLM-L6-v2-q';
/**
 * How strongly a word stays near its own embedding against fitting the titles it appears in, and
 * the solver's iterations. Measured on the dev split and O*NET's even half (docs/understanding.md):
 * 0.02, 0.1 and 1 score alike within a title or two; at 60 iterations the residual is below 1e-4
 * of its start.
 */
const PULL_TO_OWN = 0.1;
const ITERATIONS = 60;

function vocabulary(): string[] {
  const onet = loadOnet();
  const words = new Set<string>();
  const add = (text: string): void => {
    for (const w of normalizeTitle(text).split(' ')) if (w) words.add(w);
  };
  // Not the words of the titles eval:hermes holds out: a word found only there would have a row
  // (its own embedding) for the evaluation, where a word that no title uses has none at run time.
  const addIndexed = (title: string): void => {
    const n = normalizeTitle(title);
    if (n && !isHeldOutTitle(n)) add(n);
  };
  for (const o of onet.occupations) {
    addIndexed(o.title);
    const t = onet.titles(o.code);
    for (const title of [...t.alternate, ...t.reported]) addIndexed(title);
  }
  for (const english of [...Object.values(TITLE_GLOSSARY), ...Object.values(FRENCH_ONLY)]) add(english);
  for (const skill of loadSkillTaxonomy().skills) if (skill.kind === 'technology') add(skill.name);
  return [...words].sort();
}

/** Top principal directions of the rows (power iteration with deflation on the covariance). */
function principalComponents(rows: readonly Float32Array[], k: number): { mean: Float64Array; axes: Float64Array[] } {
  const d = rows[0]!.length;
  const mean = new Float64Array(d);
  for (const r of rows) for (let i = 0; i < d; i++) mean[i]! += r[i]! / rows.length;
  const cov = Array.from({ length: d }, () => new Float64Array(d));
  for (const r of rows) {
    for (let i = 0; i < d; i++) {
      const a = r[i]! - mean[i]!;
      const row = cov[i]!;
      for (let j = i; j < d; j++) row[j]! += a * (r[j]! - mean[j]!);
    }
  }
  for (let i = 0; i < d; i++) for (let j = 0; j < i; j++) cov[i]![j] = cov[j]![i]!;
  const axes: Float64Array[] = [];
  for (let c = 0; c < k; c++) {
    let v = Float64Array.from({ length: d }, (_, i) => Math.sin(i + 1 + c));
    for (let iter = 0; iter < 200; iter++) {
      const next = new Float64Array(d);
      for (let i = 0; i < d; i++) {
        let s = 0;
        const row = cov[i]!;
        for (let j = 0; j < d; j++) s += row[j]! * v[j]!;
        next[i] = s;
      }
      for (const a of axes) {
        let dot = 0;
        for (let i = 0; i < d; i++) dot += next[i]! * a[i]!;
        for (let i = 0; i < d; i++) next[i]! -= dot * a[i]!;
      }
      const norm = Math.hypot(...next) || 1;
      for (let i = 0; i < d; i++) next[i]! /= norm;
      v = next;
    }
    axes.push(v);
  }
  return { mean, axes };
}

async function embedAll(backend: EmbeddingBackend, texts: readonly string[], what: string): Promise<Float32Array[]> {
  const out: Float32Array[] = [];
  for (let i = 0; i < texts.length; i += 256) {
    out.push(...(await backend.embedBatch(texts.slice(i, i + 256))));
    if ((i / 256) % 20 === 0)
      process.stderr.write(`[title-vectors] ${what} ${Math.min(i + 256, texts.length)}/${texts.length}\n`);
  }
  return out;
}

/**
 * Word vectors W minimizing Σ_titles |Σ_w c_tw W_w − E_t|² + λ Σ_w |W_w − W0_w|², where c_tw are
 * the title's word weights summing to one (the run-time mean), E_t the model's embedding of the
 * whole title and W0 each word embedded alone. The normal equations share one matrix across the
 * dimensions, so conjugate gradients run on all of them at once.
 */
function fitWordVectors(
  alone: readonly Float32Array[],
  titles: readonly {
    readonly words: readonly number[];
    readonly weights: readonly number[];
    readonly target: Float32Array;
  }[],
  lambda: number,
  iterations: number,
): Float32Array[] {
  const d = alone[0]!.length;
  const n = alone.length * d;
  const sum = new Float64Array(d);
  const apply = (x: Float64Array, out: Float64Array): void => {
    for (let j = 0; j < n; j++) out[j] = lambda * x[j]!;
    for (const t of titles) {
      sum.fill(0);
      t.words.forEach((w, k) => {
        for (let i = 0; i < d; i++) sum[i]! += t.weights[k]! * x[w * d + i]!;
      });
      t.words.forEach((w, k) => {
        for (let i = 0; i < d; i++) out[w * d + i]! += t.weights[k]! * sum[i]!;
      });
    }
  };
  const b = new Float64Array(n);
  alone.forEach((v, w) => v.forEach((x, i) => (b[w * d + i] = lambda * x)));
  for (const t of titles)
    t.words.forEach((w, k) => {
      for (let i = 0; i < d; i++) b[w * d + i]! += t.weights[k]! * t.target[i]!;
    });
  const x = new Float64Array(n);
  alone.forEach((v, w) => x.set(v, w * d));
  const ap = new Float64Array(n);
  apply(x, ap);
  const r = b.map((v, j) => v - ap[j]!);
  const p = r.slice();
  let rr = r.reduce((s, v) => s + v * v, 0);
  const start = rr;
  for (let it = 0; it < iterations && rr > 0; it++) {
    apply(p, ap);
    let pap = 0;
    for (let j = 0; j < n; j++) pap += p[j]! * ap[j]!;
    const alpha = rr / pap;
    let next = 0;
    for (let j = 0; j < n; j++) {
      x[j]! += alpha * p[j]!;
      r[j]! -= alpha * ap[j]!;
      next += r[j]! * r[j]!;
    }
    for (let j = 0; j < n; j++) p[j] = r[j]! + (next / rr) * p[j]!;
    rr = next;
    if (it % 10 === 9)
      process.stderr.write(
        `[title-vectors] fit ${it + 1}/${iterations}: residual ${Math.sqrt(rr / start).toExponential(1)}\n`,
      );
  }
  return alone.map((_, w) => Float32Array.from(x.subarray(w * d, (w + 1) * d)));
}

async function main(): Promise<void> {
  const words = vocabulary();
  const wordIndex = new Map(words.map((w, i) => [w, i]));
  const titlesByClass = indexedTitles(loadLexicalTitleModel().classes);
  const weightOf = titleWordWeights(titlesByClass);
  const titles = [...new Set(titlesByClass.flat())].filter((t) => t.split(' ').every((w) => wordIndex.has(w))).sort();
  process.stderr.write(`[title-vectors] ${words.length} words, ${titles.length} titles to embed\n`);
  const backend = await createLocalMiniLmBackend({ modelsDir: path.join(ROOT, 'models'), model: MODEL, threads: 0 });
  const alone = await embedAll(backend, words, 'words');
  const whole = await embedAll(backend, titles, 'titles');
  await backend.close();
  const vectors = fitWordVectors(
    alone,
    titles.map((t, i) => {
      const ws = t.split(' ');
      const raw = ws.map(weightOf);
      const total = raw.reduce((s, v) => s + v, 0);
      return { words: ws.map((w) => wordIndex.get(w)!), weights: raw.map((v) => v / total), target: whole[i]! };
    }),
    PULL_TO_OWN,
    ITERATIONS,
  );
  const { mean, axes } = principalComponents(vectors, DIMENSIONS);
  const projected = vectors.map((v) => {
    const out = new Float64Array(DIMENSIONS);
    axes.forEach((a, c) => {
      let s = 0;
      for (let i = 0; i < a.length; i++) s += (v[i]! - mean[i]!) * a[i]!;
      out[c] = s;
    });
    return out;
  });
  let maxAbs = 0;
  for (const p of projected) for (const x of p) maxAbs = Math.max(maxAbs, Math.abs(x));
  const scale = 127 / maxAbs;
  const bytes = Buffer.alloc(words.length * DIMENSIONS);
  projected.forEach((p, r) => p.forEach((x, c) => bytes.writeInt8(Math.round(x * scale), r * DIMENSIONS + c)));
  const file: TitleWordVectorsFile = {
    version: 'title-words-minilm-2',
    model: `${MODEL}, words fitted to whole O*NET titles (pull ${PULL_TO_OWN}), top principal components`,
    dimensions: DIMENSIONS,
    words,
    vectors: bytes.toString('base64'),
  };
  const out = zlib.gzipSync(Buffer.from(JSON.stringify(file)), { level: 9 });
  out.writeUInt32LE(0, 4);
  fs.writeFileSync(TITLE_WORD_VECTORS_FILE, out);
  process.stdout.write(
    `wrote ${path.relative(ROOT, TITLE_WORD_VECTORS_FILE)} (${words.length} words, ${out.length} bytes)\n`,
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`data:title-vectors failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
