import { extractSkills, normalizeSkill } from '../understanding/skills/taxonomy';
import { COMMON_OPENERS } from './common-words';
import type { ResumeFacts } from './facts';
import { findFigures, isStated } from './figures';
import { findNameRuns, type NameRun } from './names';
import { containsPhrase, normalizeForMatch } from './text';

/**
 * The Imaginator's one rule: a suggestion never claims a skill, employer, date or number the resume
 * does not contain. Every line it would return is checked here against the resume's facts, whoever
 * wrote it (the model or the analysis); a line that fails is dropped, never returned or repaired.
 *
 * - skills: each skill the line names (the taxonomy's reading, as for resumes) is one the resume
 *   shows or the profile holds, or the line repeats the resume's own words for it;
 * - names: each capitalized name (employer, school, place, product, certification) is part of one
 *   of the resume's names, or made of whole resume names and skills; "St. Valley Hospital" built
 *   from the words of two employers is a new name;
 * - figures: each date, percentage, amount and number is one the resume states;
 * - a quoted resume line (a bullet's basis, a skill's evidence) is in the resume as written.
 */

export type ViolationKind = 'skill' | 'name' | 'figure' | 'quote';

export interface Violation {
  readonly kind: ViolationKind;
  /** What the line claims that the resume does not hold, as the line writes it. */
  readonly text: string;
}

export function checkLine(line: string, facts: ResumeFacts): Violation[] {
  return [...unsupportedSkills(line, facts), ...unsupportedNames(line, facts), ...unsupportedFigures(line, facts)];
}

/** A line the suggestion says is the resume's own: it must be there, as written. */
export function checkQuote(quote: string, facts: ResumeFacts): Violation[] {
  const normalized = normalizeForMatch(quote);
  return normalized.length > 0 && facts.normalizedText.includes(normalized) ? [] : [{ kind: 'quote', text: quote }];
}

function unsupportedSkills(line: string, facts: ResumeFacts): Violation[] {
  const out: Violation[] = [];
  for (const mention of extractSkills(line, facts.taxonomy)) {
    if (facts.skills.has(mention.skill)) continue;
    // The resume's own words for it: a skill its text reads differently ("inventory" where the
    // taxonomy wants context) is still the person's. Short names must match their case ("Go").
    if (containsPhrase(facts.text, mention.text, mention.text.length <= 4)) continue;
    out.push({ kind: 'skill', text: mention.text });
  }
  return out;
}

function unsupportedNames(line: string, facts: ResumeFacts): Violation[] {
  const out: Violation[] = [];
  for (const run of findNameRuns(line)) {
    const words = withoutOpener(run, facts);
    if (words.length === 0 || isResumeName(words, facts)) continue;
    out.push({ kind: 'name', text: run.text });
  }
  return out;
}

/**
 * A line's first word is capitalized whatever it is: an ordinary opener is not part of a name. It
 * is ordinary when the openers list has it, the resume writes it in lower case, or it is shaped like
 * a verb or adverb ("Holds", "Reworked", "Overseeing", "Consistently"); a brand with inner capitals
 * or in upper case never is.
 */
function withoutOpener(run: NameRun, facts: ResumeFacts): readonly string[] {
  const [first, ...rest] = run.words;
  if (!run.sentenceInitial || first === undefined) return run.words;
  const surface = run.text.split(/\s+/)[0] ?? '';
  const verbShaped = /^\p{Lu}\p{Ll}{2,}(?:ed|ing|es|s|ly)$/u.test(surface);
  return COMMON_OPENERS.has(first) || facts.lowerWords.has(first) || verbShaped ? rest : run.words;
}

function isResumeName(words: readonly string[], facts: ResumeFacts): boolean {
  if (facts.nameParts.has(words.join(' '))) return true;
  // Otherwise it must split into whole names of the resume and skills it holds ("Epic ACLS").
  const whole = (from: number, to: number): boolean => {
    const piece = words.slice(from, to).join(' ');
    if (facts.names.has(piece)) return true;
    const skill = normalizeSkill(piece, facts.taxonomy);
    return skill !== null && facts.skills.has(skill);
  };
  const reachable = [true, ...words.map(() => false)];
  for (let to = 1; to <= words.length; to++) {
    for (let from = 0; from < to && !reachable[to]; from++) reachable[to] = reachable[from]! && whole(from, to);
  }
  return reachable[words.length]!;
}

function unsupportedFigures(line: string, facts: ResumeFacts): Violation[] {
  return findFigures(line)
    .filter((figure) => !isStated(facts.figures, figure))
    .map((figure) => ({ kind: 'figure' as const, text: figure.text }));
}
