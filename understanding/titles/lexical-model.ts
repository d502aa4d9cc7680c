import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { OccupationGuess } from '../features';
import { loadOnet } from '../onet/load';
import { titleFeatures } from './title-features';

/** The artifact scripts/hermes/train_title_classifier.py writes (data/hermes/title-model.json.gz). */
interface TitleModelFile {
  readonly version: string;
  readonly temperature: number;
  readonly scale: number;
  readonly classes: readonly string[];
  readonly bias: readonly number[];
  readonly features: readonly string[];
  readonly idf: readonly number[];
  /** Per feature, flattened pairs [classIndex, quantizedWeight, …]. */
  readonly weights: readonly (readonly number[])[];
  readonly split: { readonly rule: string; readonly heldOutTitles: number };
  readonly heldOut: Readonly<Record<string, number>>;
}

/**
 * The lexical signal of the title classifier: a linear SVM over word and character n-grams of
 * O*NET's titles. Strong on clean titles, blind to meaning (it matches "Flutter" to "Flute").
 */
export interface LexicalTitleModel {
  readonly version: string;
  /** O*NET-SOC codes of the classes, in score order. */
  readonly classes: readonly string[];
  /** Top-k occupations for a job title, best first, with softmax confidences. */
  classify(title: string, k?: number): OccupationGuess[];
  /** Raw linear scores of the top k classes (for the parity test with the training script). */
  scores(title: string, k: number): { code: string; score: number }[];
  /** Every class's raw linear score, indexed like `classes`. */
  allScores(title: string): Float64Array;
  readonly metadata: Pick<TitleModelFile, 'split' | 'heldOut'>;
}

export const TITLE_MODEL_FILE = path.resolve(__dirname, '..', '..', 'data', 'hermes', 'title-model.json.gz');

let cached: LexicalTitleModel | undefined;

/** Loads the shipped model once per process (about 100 ms); inference is a sparse dot product. */
export function loadLexicalTitleModel(file = TITLE_MODEL_FILE): LexicalTitleModel {
  if (cached && file === TITLE_MODEL_FILE) return cached;
  const model = JSON.parse(zlib.gunzipSync(fs.readFileSync(file)).toString('utf8')) as TitleModelFile;
  const index = new Map(model.features.map((f, i) => [f, i]));
  const onet = loadOnet();
  const bias = Float64Array.from(model.bias, (b) => b / model.scale);

  const rawScores = (title: string): Float64Array => {
    const scores = Float64Array.from(bias);
    const ids: number[] = [];
    for (const f of titleFeatures(title)) {
      const i = index.get(f);
      if (i !== undefined) ids.push(i);
    }
    const norm = Math.sqrt(ids.reduce((sum, i) => sum + model.idf[i]! ** 2, 0)) || 1;
    for (const i of ids) {
      const value = model.idf[i]! / norm / model.scale;
      const postings = model.weights[i]!;
      for (let p = 0; p < postings.length; p += 2) scores[postings[p]!]! += value * postings[p + 1]!;
    }
    return scores;
  };
  const top = (scores: Float64Array, k: number): number[] =>
    // Stable on ties (lower class index first), as numpy's argsort(kind="stable") in the trainer.
    [...scores.keys()].sort((a, b) => scores[b]! - scores[a]! || a - b).slice(0, k);

  const classifier: LexicalTitleModel = {
    version: model.version,
    classes: model.classes,
    metadata: { split: model.split, heldOut: model.heldOut },
    allScores: rawScores,
    scores(title, k) {
      const scores = rawScores(title);
      return top(scores, k).map((c) => ({ code: model.classes[c]!, score: scores[c]! }));
    },
    classify(title, k = 5) {
      const scores = rawScores(title);
      // Softmax with the temperature the trainer fitted on held-out titles: confidences that mean something.
      let max = -Infinity;
      for (const s of scores) max = Math.max(max, s);
      let sum = 0;
      for (const s of scores) sum += Math.exp((s - max) * model.temperature);
      return top(scores, k).map((c) => {
        const code = model.classes[c]!;
        return {
          code,
          title: onet.occupation(code)?.title ?? code,
          confidence: Math.round((Math.exp((scores[c]! - max) * model.temperature) / sum) * 1000) / 1000,
        };
      });
    },
  };
  if (file === TITLE_MODEL_FILE) cached = classifier;
  return classifier;
}
