/**
 * Proper names in a text: employers, schools, places, products, certifications, titles — whatever
 * is written with capitals. A resume's names are facts; a suggested line may use a name only when
 * the resume has it. Names are runs of capitalized words ("Desert Valley Medical Center", "St.
 * Brigid Hospital", "BLS"), joined by "of", "&", "de"… but not by "and" or punctuation, so a list
 * ("Epic, BLS and ACLS") is several names.
 */

export interface NameRun {
  /** The run as written. */
  readonly text: string;
  /** Its words, lower case, possessive and trailing dots dropped ("Center's" → "center"). */
  readonly words: readonly string[];
  /** It opens a sentence or a line, where an ordinary word is capitalized too. */
  readonly sentenceInitial: boolean;
  /** Offsets of the run in the text. */
  readonly start: number;
  readonly end: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.+#-]*|&/gu;
const CONNECTORS = new Set(['of', '&', 'de', 'del', 'der', 'la', 'le', 'du', 'van', 'von', 'y', 'for', 'the']);
/** Dates are checked as dates (dates.ts): a month written out is not a name. */
const CALENDAR = new Set([
  ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october'],
  ...['november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  ...['spring', 'summer', 'fall', 'autumn', 'winter', 'present', 'current'],
]);

export function wordKey(word: string): string {
  return (
    word
      .normalize('NFKC')
      // A sentence's full stop before the possessive's ("I-9's." and "I-9's" are one name).
      .replace(/[.'’-]+$/, '')
      .replace(/['’]s$/i, '')
      .replace(/[.'’-]+$/, '')
      .toLowerCase()
  );
}

/** A word with a capital that starts with a letter ("2M" is a figure, figures.ts reads it). */
const isCapitalized = (word: string): boolean => /^\p{L}/u.test(word) && /\p{Lu}/u.test(word);

/** What may stand between two words of one name: spaces only, no line break. */
const JOINS = /^[ \t]+$/;

export function findNameRuns(text: string): NameRun[] {
  const words = [...text.matchAll(WORD)].map((m) => ({ surface: m[0], start: m.index, end: m.index + m[0].length }));
  const runs: NameRun[] = [];
  let i = 0;
  while (i < words.length) {
    const first = words[i]!;
    if (!isCapitalized(first.surface) || CALENDAR.has(wordKey(first.surface))) {
      i += 1;
      continue;
    }
    let last = i;
    let j = i + 1;
    while (j < words.length) {
      const gap = text.slice(words[j - 1]!.end, words[j]!.start);
      if (!JOINS.test(gap) || /[.:]$/.test(words[j - 1]!.surface.replace(/^(?:st|mt|dr|ft)\.$/i, ''))) break;
      const word = words[j]!;
      const key = wordKey(word.surface);
      if (isCapitalized(word.surface) && !CALENDAR.has(key)) {
        last = j;
        j += 1;
        continue;
      }
      // A connector joins only when another capitalized word follows it.
      if (CONNECTORS.has(key) && j + 1 < words.length && isCapitalized(words[j + 1]!.surface)) {
        j += 1;
        continue;
      }
      break;
    }
    const before = text.slice(0, first.start);
    const sentenceInitial = /(?:^|[\n.!?:;•·|(–—]|\s-)\s*["'“‘]?$/u.test(before);
    // A sentence's full stop is not part of the name.
    const span = text.slice(first.start, words[last]!.end).replace(/\.$/, '');
    runs.push({
      text: span,
      start: first.start,
      end: first.start + span.length,
      words: words.slice(i, last + 1).map((w) => wordKey(w.surface)),
      sentenceInitial,
    });
    i = last + 1;
  }
  return runs;
}
