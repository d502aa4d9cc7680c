import stem from 'wink-porter2-stemmer';

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

/** Stem of one token key; agent nouns drop only a plural s; digits or symbols ("401k", "c++") stay. */
export function stemToken(key: string): string {
  if (!/^[a-z]+$/.test(key)) return key;
  if (AGENT_NOUN.test(key)) return key.replace(/s$/, '');
  return stem(key);
}

/** The stem key of a name's tokens in their order: "Financial Statements" → "financi statement". */
export function stemKey(keys: readonly string[]): string {
  return keys.map(stemToken).join(' ');
}

const ARTICLES = new Set(['a', 'an', 'the', 'all', 'new', 'our', 'their', 'its']);

/**
 * The noun-phrase orders a window of token keys may stand for, as stem keys:
 * - as written ("financial reports" → "financi report");
 * - "X of [the] Y" → "Y X" ("reconciliation of accounts" → "account reconcili");
 * - a leading gerund moved last ("managing budgets" → "budget manag", "preparing financial
 *   statements" → "financi statement prepar").
 */
export function stemKeyVariants(keys: readonly string[]): string[] {
  const out = [stemKey(keys)];
  const of = keys.indexOf('of');
  if (of > 0 && of < keys.length - 1) {
    let rest = keys.slice(of + 1);
    if (ARTICLES.has(rest[0]!) && rest.length > 1) rest = rest.slice(1);
    if (!rest.includes('of')) out.push(stemKey([...rest, ...keys.slice(0, of)]));
  } else if (keys.length >= 2 && keys.length <= 4 && /^[a-z]{3,}ing$/.test(keys[0]!)) {
    let rest = keys.slice(1);
    if (ARTICLES.has(rest[0]!) && rest.length > 1) rest = rest.slice(1);
    out.push(stemKey([...rest, keys[0]!]));
  }
  return out;
}
