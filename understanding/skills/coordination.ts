import type { SkillToken } from './skill-tokens';

/**
 * Skill names that a coordination splits: "Strategic / Tactical Planning" is strategic planning,
 * "Inventory and Cash Management" inventory management, "Accounts Payable and Receivable" accounts
 * receivable, "Staff Training and Development" staff development. Two words of a name stand apart
 * with "and", "or", "&" or "/" and one other word between them:
 * - a shared head: A (and|or|&|/) B H, read as "A H";
 * - a shared modifier: M H1 (and|or|&|/) H2, read as "M H2".
 * A comma does not coordinate here ("Sales, Marketing Strategy" lists two skills), nor does a
 * line break or sentence punctuation.
 */

export interface CoordinatedPair {
  /** Token indexes of the name's two words. */
  readonly first: number;
  readonly second: number;
  /** Token indexes of the whole phrase, first to last. */
  readonly from: number;
  readonly to: number;
}

const CONJUNCTIONS = new Set(['and', 'or']);

/** Only spaces between two tokens. */
const adjacent = (text: string, a: SkillToken, b: SkillToken): boolean => /^[ \t]+$/.test(text.slice(a.end, b.start));

/**
 * Where tokens i and j (j > i) are coordinated: "&" or "/" between them, or a lone "and"/"or"
 * token; returns the index of the token after the conjunction, or -1.
 */
function coordinatedAfter(text: string, tokens: readonly SkillToken[], i: number): number {
  const next = tokens[i + 1];
  if (!next) return -1;
  const gap = text.slice(tokens[i]!.end, next.start);
  if (/^[ \t]*[/&][ \t]*$/.test(gap)) return i + 1;
  if (CONJUNCTIONS.has(next.key) && adjacent(text, tokens[i]!, next)) {
    const after = tokens[i + 2];
    return after && adjacent(text, next, after) ? i + 2 : -1;
  }
  return -1;
}

/** Every shared-head and shared-modifier pair in the tokens, in order. */
export function coordinatedPairs(text: string, tokens: readonly SkillToken[]): CoordinatedPair[] {
  const out: CoordinatedPair[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const b = coordinatedAfter(text, tokens, i);
    if (b < 0) continue;
    const h = b + 1;
    // A (and|/) B H → "A H"
    if (tokens[h] && adjacent(text, tokens[b]!, tokens[h])) out.push({ first: i, second: h, from: i, to: h });
    // M H1 (and|/) H2 → "M H2"
    if (i > 0 && adjacent(text, tokens[i - 1]!, tokens[i]!)) out.push({ first: i - 1, second: b, from: i - 1, to: b });
  }
  return out;
}
