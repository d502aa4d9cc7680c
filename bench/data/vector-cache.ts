import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Embedder } from '../../matching/embeddings/embedder';
import { BENCH_DATA } from './paths';

/**
 * Embeds texts once per (embedder, texts) and keeps the vectors as raw float32 under
 * .data/bench/vectors, so benchmark reruns skip the expensive part. Progress goes to stderr.
 */
export async function embedCached(embedder: Embedder, label: string, texts: readonly string[]): Promise<Float32Array[]> {
  const digest = crypto.createHash('sha256');
  digest.update(embedder.tag);
  for (const t of texts) digest.update(t).update('\0');
  const file = path.join(BENCH_DATA, 'vectors', `${label}-${digest.digest('hex').slice(0, 16)}.f32`);
  const dim = embedder.dimensions;
  if (fs.existsSync(file) && fs.statSync(file).size === texts.length * dim * 4) {
    const buffer = fs.readFileSync(file);
    // One backing buffer, one view per vector: 100k separate allocations would burden the GC.
    const all = new Float32Array(texts.length * dim);
    all.set(new Float32Array(buffer.buffer, buffer.byteOffset, texts.length * dim));
    return texts.map((_, i) => all.subarray(i * dim, (i + 1) * dim));
  }
  const out: Float32Array[] = [];
  const started = Date.now();
  let lastReport = 0;
  for (let start = 0; start < texts.length; start += 256) {
    out.push(...(await embedder.embed(texts.slice(start, start + 256))));
    if (Date.now() - lastReport > 10_000 || out.length === texts.length) {
      lastReport = Date.now();
      const rate = out.length / ((Date.now() - started) / 1000);
      process.stderr.write(
        `[embed] ${label}: ${out.length}/${texts.length} with ${embedder.tag} (${rate.toFixed(0)}/s, ${Math.round((texts.length - out.length) / rate)} s left)\n`,
      );
    }
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const packed = new Float32Array(texts.length * dim);
  out.forEach((v, i) => packed.set(v, i * dim));
  fs.writeFileSync(`${file}.partial`, Buffer.from(packed.buffer));
  fs.renameSync(`${file}.partial`, file);
  return out;
}
