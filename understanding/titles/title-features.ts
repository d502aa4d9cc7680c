import { createHash } from 'node:crypto';
import { loadOnet, type OnetData } from '../onet/load';
import { foldAccents } from '../../common/fold-accents';
/**
 * Feature extraction of the title classifier, mirrored exactly from
 * scripts/hermes/train_title_classifier.py (`normalize` and `features`); the golden-file test
 * (title-classifier.test.ts) fails if the two ever drift apart.
 */
const TOKEN = /[a-z0-9]+[+#]*/g;
// Level and arrangement words say nothing about the occupation ("Senior" pulled titles towards
// military "Senior Enlisted" occupations); dropped unless the title has nothing else.
const LEVEL_WORDS = new Set(['senior', 'sr', 'snr', 'junior', 'jr', 'i', 'ii', 'iii', 'iv', 'remote', 'hybrid']);
// O*NET spells "Back End Developer", "Front End Developer"; postings mostly write the closed compound.
const COMPOUNDS: Readonly<Record<string, readonly string[]>> = {
  backend: ['back', 'end'],
  frontend: ['front', 'end'],
  fullstack: ['full', 'stack'],
};

export function normalizeTitle(text: string): string {
  const stripped = foldAccents(text);
  return (stripped.toLowerCase().replace(/&/g, ' and ').match(TOKEN) ?? []).join(' ');
}

/** Words, word bigrams and character 3–5-grams of each word padded with spaces ("char_wb"). */
export function titleFeatures(text: string): Set<string> {
  const normalized = normalizeTitle(text);
  const out = new Set<string>();
  if (!normalized) return out;
  const all = normalized.split(' ');
  const kept = all.filter((t) => !LEVEL_WORDS.has(t));
  const tokens = (kept.length > 0 ? kept : all).flatMap((t) => COMPOUNDS[t] ?? [t]);
  tokens.forEach((tok, i) => {
    out.add(`w ${tok}`);
    if (i + 1 < tokens.length) out.add(`b ${tok} ${tokens[i + 1]}`);
    const padded = ` ${tok} `;
    for (const n of [3, 4, 5]) for (let j = 0; j + n <= padded.length; j++) out.add(`c ${padded.slice(j, j + n)}`);
  });
  return out;
}

/**
 * The evaluation split of O*NET's reported titles (about a fifth): the lexical trainer never sees
 * them, and neither the semantic index nor the exact-title table may hold them, or eval:hermes
 * would score a lookup of its own answers.
 */
export function isHeldOutTitle(normalized: string): boolean {
  return createHash('sha1').update(normalized).digest()[0]! % 5 === 0;
}

/**
 * Whether the held-out title at this position (in heldOutReportedTitles' order) is in the half the
 * trainers may fit on: the even positions (train_title_classifier.py calibrates on the same).
 * The odd half is only read.
 */
export const isTuningHalf = (position: number): boolean => position % 2 === 0;

/**
 * O*NET's held-out reported titles (normalized) with the codes each is reported under, sorted by
 * title: the trainers use the even positions, eval:hermes reports all and the odd half.
 */
export function heldOutReportedTitles(onet: OnetData = loadOnet()): [string, Set<string>][] {
  const heldOut = new Map<string, Set<string>>();
  for (const o of onet.occupations) {
    for (const title of onet.titles(o.code).reported) {
      const n = normalizeTitle(title);
      if (!n || !isHeldOutTitle(n)) continue;
      const codes = heldOut.get(n) ?? new Set<string>();
      codes.add(o.code);
      heldOut.set(n, codes);
    }
  }
  return [...heldOut].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
