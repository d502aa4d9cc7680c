import fs from 'node:fs';
import path from 'node:path';

/**
 * The hand-labelled real posting titles (bench/hermes/real-titles.tsv, see README.md beside it):
 * each title with the O*NET-SOC codes a careful coder accepts for it, first the best one.
 * `dev` may be tuned on; `test` was never tuned on but its scores were read while the classifier
 * changed; `fresh` was labelled after that, before the next round of changes, and is read only to
 * report.
 */
export const SPLITS = ['dev', 'test', 'fresh'] as const;
export type Split = (typeof SPLITS)[number];

export interface LabelledTitle {
  readonly split: Split;
  readonly family: 'software' | 'it' | 'non-software';
  readonly codes: readonly string[];
  readonly title: string;
}

export const REAL_TITLES_FILE = path.join(__dirname, 'real-titles.tsv');

export function loadLabelledTitles(file = REAL_TITLES_FILE): LabelledTitle[] {
  const [header, ...lines] = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
  if (header !== 'split\tfamily\tcodes\ttitle') throw new Error(`${file}: unexpected header ${header}`);
  return lines.map((line, i) => {
    const [split, family, codes, title] = line.split('\t');
    if (
      !SPLITS.includes(split as Split) ||
      (family !== 'software' && family !== 'it' && family !== 'non-software') ||
      !codes ||
      !title
    )
      throw new Error(`${file}:${i + 2}: malformed line`);
    return { split: split as Split, family, codes: codes.split(';'), title };
  });
}

export interface TitleScore {
  readonly top1: number;
  readonly top5: number;
  readonly titles: number;
}

/** Correct when the predicted code is one of the label's codes (as for O*NET's reported titles). */
export function scoreTitles(
  labelled: readonly LabelledTitle[],
  predict: (title: string) => readonly string[],
): TitleScore {
  let top1 = 0;
  let top5 = 0;
  for (const l of labelled) {
    const predicted = predict(l.title);
    if (predicted[0] !== undefined && l.codes.includes(predicted[0])) top1++;
    if (predicted.slice(0, 5).some((c) => l.codes.includes(c))) top5++;
  }
  const n = Math.max(1, labelled.length);
  return {
    top1: Math.round((top1 / n) * 10000) / 10000,
    top5: Math.round((top5 / n) * 10000) / 10000,
    titles: labelled.length,
  };
}
