import fs from 'node:fs';
import path from 'node:path';
import { LOCAL_EMBEDDING_MODELS, type LocalEmbeddingModel } from '../../common/local-embedding-models';
import manifest from './minilm-models.json';

/**
 * Where the bootstrap (scripts/models.cjs) puts each all-MiniLM-L6-v2 variant, and how to tell that
 * it did: the same manifest drives both, so the file names, sizes and checksums live in one place.
 */
export type MiniLmManifest = (typeof manifest.models)[number];

export function miniLmManifest(model: LocalEmbeddingModel): MiniLmManifest {
  const entry = manifest.models.find((m) => m.name === model);
  if (!entry) throw new Error(`minilm-models.json has no entry for ${model}`);
  return entry;
}

/** Every name the configuration accepts has its manifest entry (checked once, at load). */
for (const model of LOCAL_EMBEDDING_MODELS) miniLmManifest(model);

/** Models whose vectors are compared with this one's: every MiniLM variant, one vector space. */
export function sameSpaceModels(model: string): readonly string[] {
  return (LOCAL_EMBEDDING_MODELS as readonly string[]).includes(model) ? LOCAL_EMBEDDING_MODELS : [model];
}

export interface MiniLmFiles {
  readonly dir: string;
  readonly model: string;
  readonly tokenizer: string;
}

export function miniLmFiles(modelsDir: string, model: LocalEmbeddingModel): MiniLmFiles {
  const dir = path.join(modelsDir, miniLmManifest(model).dir);
  return { dir, model: path.join(dir, 'model.onnx'), tokenizer: path.join(dir, 'tokenizer.json') };
}

/**
 * Why the model cannot be used, or null when it can. Sizes and the bootstrap's stamp (written after
 * the sha256 checks) are enough at start-up; hashing 90 MB on every start would cost a second.
 */
export function miniLmProblem(modelsDir: string, model: LocalEmbeddingModel): string | null {
  const files = miniLmFiles(modelsDir, model);
  const specs: Record<string, { size: number }> = miniLmManifest(model).files;
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
