/** The package ships no types: one function, a lower-case English word in, its Porter2 stem out. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const stem = require('wink-porter2-stemmer') as (word: string) => string;

/**
 * Professional skills are written in many grammatical shapes: "account reconciliation",
 * "reconciliations of accounts", "reconciling accounts"; "budget management", "managing budgets";
 * "staff training", "training of new staff". An alias table reaches one shape at a time. These
 * keys reduce a phrase to its word stems (Porter2) in the order of the noun phrase, so every shape
 * of a multi-word name meets the same key.
 */

/**
 * Words naming a person who does the work ("manager", "designer", "assistant", "engineer") keep
 * their form: stemmed, "Case Managers" would read as case management and "Graphic Designer" as
 * graphic design, a job title taken for a skill.
 */
const AGENT_NOUN = /(?:er|or|ant|ist|ian|ee|eer)s?$/;

/**
 * Words whose Porter2 stem is another word's: "succession" and "successfully" both stem to
 * "success", so "Successfully plan…" read as succession planning. They keep their form.
 */
const OWN_STEM: ReadonlyMap<string, string> = new Map([
  ['succession', 'succession'],
  ['successions', 'succession'],
  // "production" stems as "product": "Product management" was read as production management.
  ['production', 'production'],
  ['productions', 'production'],
  // "fitness" and "fitting" stem as "fit": "fitness sessions" were garment fittings.
  ['fitness', 'fitness'],
]);

const cache = new Map<string, string>();

/** Stem of one token key; agent nouns drop only a plural s; digits or symbols ("401k", "c++") stay. */
export function stemToken(key: string): string {
  const known = cache.get(key);
  if (known !== undefined) return known;
  let out = key;
  if (/^[a-z]+$/.test(key)) out = OWN_STEM.get(key) ?? (AGENT_NOUN.test(key) ? key.replace(/s$/, '') : stem(key));
  // Stemming is the costly part of matching a posting; a bounded cache keeps it off the hot path.
  if (cache.size > 50_000) cache.clear();
  cache.set(key, out);
  return out;
}

/** The stem key of a name's tokens in their order: "Financial Statements" → "financi statement". */
export function stemKey(keys: readonly string[]): string {
  return keys.map(stemToken).join(' ');
}

const ARTICLES = new Set(['a', 'an', 'the', 'all', 'new', 'our', 'their', 'its']);

/** Words a variant may leave out ("of", articles): every other word must be a stem of some name. */
export function isLinkWord(key: string): boolean {
  return key === 'of' || ARTICLES.has(key);
}

/**
 * The noun-phrase orders a window of tokens may stand for, as stem keys (`keys` as tokenized,
 * `stems` their stemToken values):
 * - as written ("financial reports" → "financi report");
 * - "X of [the] Y" → "Y X" ("reconciliation of accounts" → "account reconcili");
 * - a leading gerund or verb in the past moved last ("managing budgets" → "budget manag",
 *   "preparing financial statements" → "financi statement prepar", "managed the kitchen" →
 *   "kitchen manag").
 */
export function stemKeyVariants(keys: readonly string[], stems: readonly string[] = keys.map(stemToken)): string[] {
  const out = [stems.join(' ')];
  const of = keys.indexOf('of');
  if (of > 0 && of < keys.length - 1) {
    let rest = of + 1;
    if (ARTICLES.has(keys[rest]!) && rest < keys.length - 1) rest++;
    if (!keys.slice(rest).includes('of')) out.push([...stems.slice(rest), ...stems.slice(0, of)].join(' '));
  } else if (keys.length >= 2 && keys.length <= 4 && /^[a-z]{3,}(?:ing|ed)$/.test(keys[0]!)) {
    let rest = 1;
    if (ARTICLES.has(keys[rest]!) && rest < keys.length - 1) rest++;
    // A verb in the past moves last too ("managed the kitchen", "prepared budgets"), but not over a
    // field named by its gerund: "Managed accounting" is no account management, "Developed
    // marketing" no market development.
    if (keys[0]!.endsWith('ing') || !/ing$/.test(keys[rest]!)) out.push([...stems.slice(rest), stems[0]!].join(' '));
  }
  return out;
}
