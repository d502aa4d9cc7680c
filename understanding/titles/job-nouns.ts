import { loadOnet, type OnetData } from '../onet/load';
import { foldAccents } from '../../common/fold-accents';
import { TITLE_TYPOS } from './title-glossary';

/**
 * The job nouns of O*NET's titles: the word that ends a title and names the person who does the
 * job ("Phlebotomist", "Methodologist", "Doorman", "Concierge", "Maintainer"), as the hand-kept
 * head words (clean-title.ts) name the common ones. A resume whose headline is "PHLEBOTOMIST" or
 * "PEST CONTROL TECH" states its title as clearly as one headed "NURSE".
 *
 * Derived from O*NET's occupation and alternate titles (the part before a comma: "Cooks,
 * Restaurant" ends in "Cooks"), singular, kept when shaped as a person (an agent's ending, or one of
 * a few others: "Concierge", "Professional", "Tech") and used as the last word of at least two
 * titles. Also the vocabulary of those titles, which tells a job line from a
 * person's name ("Marilyn Hunter": "Marilyn" is in no O*NET title).
 */
export interface JobNouns {
  /** The word (lower case, singular or plural) is a job noun of O*NET's titles. */
  has(word: string): boolean;
  /** A plural of a job noun ("professionals", "salesmen"). */
  isPlural(word: string): boolean;
  /** The word (lower case) occurs in some O*NET title. */
  inTitles(word: string): boolean;
}

/** Endings of a word for a person: teacher, inspector, phlebotomist, technician, attendant, doorman, trainee. */
const PERSON_ENDING = /(?:er|or|ist|ian|ant|man|eer|ier|ee|yst)$/;
/** Job nouns of O*NET's titles without such an ending. */
const OTHER_PEOPLE = new Set(
  `professional tech concierge maid chauffeur valet midwife escort scout scribe chaplain deputy sheriff
  marshal constable corporal liaison admin surgeon captain judge dean guide orderly mate hostess waitress
  seamstress stewardess actress`.split(/\s+/),
);
/** Last words of O*NET titles shaped as a person that name a thing, a place or a field instead. */
const NOT_PEOPLE = new Set(
  `center order paper computer water power other after under cover layer liner filter meter counter
  container trailer tractor boiler motor generator transformer conveyor elevator reactor monitor
  processor simulator printer freezer dryer drier cooler scanner condenser compressor router header
  anchor timer flyer ruler planer slipper rocker rubber sticker marker folder filler mixer blender
  buffer heater tanker hopper finder butter converter separator stretcher register calculator river
  over former corrector detonator equalizer injector sprinkler extractor dispenser duplicator
  regulator connector stapler pointer cracker flipper popper jammer rafter`.split(/\s+/),
);

/** "salesmen" → "salesman", "deputies" → "deputy", "cooks" → "cook"; "hostess", "boss" stay. */
const singular = (w: string): string =>
  w.endsWith('men')
    ? `${w.slice(0, -3)}man`
    : w.endsWith('ies')
      ? `${w.slice(0, -3)}y`
      : /(?:ss|us|is)$/.test(w)
        ? w
        : w.replace(/s$/, '');

/**
 * The words of a title or a line: lower case, accents folded, letters only, job words spelled
 * right, a possessive's "s" no word of its own ("MEN'S & WOMEN'S WOVENS").
 */
export const titleWords = (title: string): string[] =>
  (
    foldAccents(title.toLowerCase())
      .replace(/['’]s\b/g, '')
      .match(/[a-z]+/g) ?? []
  ).map((w) => TITLE_TYPOS[w] ?? w);

export function deriveJobNouns(onet: OnetData): JobNouns {
  const endings = new Map<string, number>();
  const vocabulary = new Set<string>();
  for (const occupation of onet.occupations) {
    const titles = onet.titles(occupation.code);
    for (const title of [occupation.title, ...titles.alternate]) {
      const ws = titleWords(title);
      for (const w of ws) vocabulary.add(w);
      const last = titleWords(title.split(',')[0]!).at(-1);
      if (last && last.length >= 4) endings.set(singular(last), (endings.get(singular(last)) ?? 0) + 1);
    }
  }
  const nouns = new Set<string>();
  for (const [word, count] of endings) {
    if (count < 2 || NOT_PEOPLE.has(word)) continue;
    if (PERSON_ENDING.test(word) || OTHER_PEOPLE.has(word)) nouns.add(word);
  }
  return {
    has: (word) => nouns.has(word) || nouns.has(singular(word)),
    isPlural: (word) => !nouns.has(word) && nouns.has(singular(word)),
    inTitles: (word) => vocabulary.has(word),
  };
}

let cached: JobNouns | undefined;

export function loadJobNouns(): JobNouns {
  return (cached ??= deriveJobNouns(loadOnet()));
}
