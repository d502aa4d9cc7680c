import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createLocalMiniLmBackend } from '../../matching/embeddings/local-minilm';
import { loadOnet } from '../../understanding/onet/load';
import { loadSkillTaxonomy } from '../../understanding/skills/taxonomy';
import { TITLE_WORD_VECTORS_FILE, type TitleWordVectorsFile } from '../../understanding/titles/semantic-titles';
import { FRENCH_ONLY, TITLE_GLOSSARY } from '../../understanding/titles/title-glossary';
import { normalizeTitle } from '../../understanding/titles/title-features';

/**
 * `npm run data:title-vectors`: static word vectors for the semantic signal of the title
 * classifier, distilled from all-MiniLM-L6-v2 (the model the project already runs; the bootstrap
 * installs it into models/). Each word of O*NET's titles, of the title glossary's English side and
 * of the technology skill names is embedded alone by the model; the vectors are projected on their
 * top principal components and quantized to int8, so a title's vector at run time is a weighted
 * mean of table rows: microseconds, no model, no async call on the ingestion path.
 * Deterministic for a given model. Writes data/hermes/title-word-vectors.json.gz.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const DIMENSIONS = 128;

function vocabulary(): string[] {
  const onet = loadOnet();
  const words = new Set<string>();
  const add = (text: string): void => {
    for (const w of normalizeTitle(text).split(' ')) if (w) words.add(w);
  };
  for (const o of onet.occupations) {
    add(o.title);
    const t = onet.titles(o.code);
    for (const title of [...t.alternate, ...t.reported]) add(title);
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

async function main(): Promise<void> {
  const words = vocabulary();
  process.stderr.write(`[title-vectors] ${words.length} words to embed\n`);
  const backend = await createLocalMiniLmBackend({
    modelsDir: path.join(ROOT, 'models'),
    model: 'all-MiniLM-L6-v2',
    threads: 0,
  });
  const vectors: Float32Array[] = [];
  for (let i = 0; i < words.length; i += 256) {
    vectors.push(...(await backend.embedBatch(words.slice(i, i + 256))));
    if ((i / 256) % 10 === 0)
      process.stderr.write(`[title-vectors] ${Math.min(i + 256, words.length)}/${words.length}\n`);
  }
  await backend.close();
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
    version: 'title-words-minilm-1',
    model: 'all-MiniLM-L6-v2, each word embedded alone, top principal components',
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
