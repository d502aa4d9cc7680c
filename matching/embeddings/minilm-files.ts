import fs from 'node:fs';
import path from 'node:path';
import manifest from './minilm-model.json';

/**
 * Where the bootstrap (scripts/models.cjs) puts all-MiniLM-L6-v2, and how to tell that it did: the
 * same manifest drives both, so the file names, sizes and checksums live in one place.
 */
export const MINILM_MODEL = manifest.name;

export interface MiniLmFiles {
  readonly dir: string;
  readonly model: string;
  readonly tokenizer: string;
}

export function miniLmFiles(modelsDir: string): MiniLmFiles {
  const dir = path.join(modelsDir, manifest.dir);
  return { dir, model: path.join(dir, 'model.onnx'), tokenizer: path.join(dir, 'tokenizer.json') };
}

/**
 * Why the model cannot be used, or null when it can. Sizes and the bootstrap's stamp (written after
 * the sha256 checks) are enough at start-up; hashing 90 MB on every start would cost a second.
 */
export function miniLmProblem(modelsDir: string): string | null {
  const files = miniLmFiles(modelsDir);
  const specs: Record<string, { size: number }> = manifest.files;
  for (const [name, spec] of Object.entries(specs)) {
    const file = path.join(files.dir, name);
    if (!fs.existsSync(file)) return `${file} is missing (run \`node scripts/bootstrap.cjs\`)`;
    const size = fs.statSync(file).size;
    if (size !== spec.size) return `${file} has ${size} bytes, expected ${spec.size} (re-run the bootstrap)`;
  }
  if (!fs.existsSync(path.join(files.dir, '.verified.json'))) {
    return `${files.dir} was not verified by the bootstrap (re-run \`node scripts/bootstrap.cjs\`)`;
  }
  return null;
}
