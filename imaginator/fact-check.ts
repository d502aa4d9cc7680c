import { extractSkills, normalizeSkill, type SkillMention } from '../understanding/skills/taxonomy';
import { COMMON_OPENERS } from './common-words';
import { skillEntry, type ResumeFacts } from './facts';
import { findFigures, isStated } from './figures';
import { findNameRuns, type NameRun } from './names';
import { containsPhrase, findPhrase, normalizeForMatch } from './text';

/**
 * The Imaginator's one rule: a suggestion never claims a skill, employer, date or number the resume
 * does not contain. Every line it would return is checked here against the resume's facts, whoever
 * wrote it (the model or the analysis); a line that fails is dropped, never returned or repaired.
 *
 * - skills: each skill the line names (the taxonomy's reading, as for resumes) is one the resume
 *   shows or the profile holds, or the line repeats the resume's own words for it; the skills most
 *   at risk, those the job asks for and the resume lacks, are looked for by every name the taxonomy
 *   gives them, even where the taxonomy's reading would want more context ("using accounting");
 * - names: each capitalized name (employer, school, place, product, certification) is part of one
 *   of the resume's names, or one whole name beside skills it holds; "St. Valley Hospital" built from the
 *   words of two employers is a new name;
 * - figures: each date, percentage, amount and number is one the resume states;
 * - a quoted resume line (a bullet's basis, a skill's evidence) is in the resume as written.
 */

export type ViolationKind = 'skill' | 'name' | 'figure' | 'quote';

export interface Violation {
  readonly kind: ViolationKind;
  /** What the line claims that the resume does not hold, as the line writes it. */
  readonly text: string;
}

/**
 * @param atRisk canonical names of the skills a writer is most tempted to claim: the job's skills
 *   the resume lacks (the model is told them).
 */
export function checkLine(line: string, facts: ResumeFacts, atRisk: readonly string[] = []): Violation[] {
  const mentions = extractSkills(line, facts.taxonomy);
  return [
    ...unsupportedSkills(mentions, facts),
    ...claimedAtRisk(line, mentions, atRisk, facts),
    ...unsupportedNames(line, mentions, facts),
    ...unsupportedFigures(line, facts),
  ];
}

/** A line the suggestion says is the resume's own: it must be there, as written. */
export function checkQuote(quote: string, facts: ResumeFacts): Violation[] {
  const normalized = normalizeForMatch(quote);
  return normalized.length > 0 && facts.normalizedText.includes(normalized) ? [] : [{ kind: 'quote', text: quote }];
}

function unsupportedSkills(mentions: readonly SkillMention[], facts: ResumeFacts): Violation[] {
  const out: Violation[] = [];
  for (const mention of mentions) {
    if (facts.skills.has(mention.skill)) continue;
    // The resume's own words for it: a skill its text reads differently ("inventory" where the
    // taxonomy wants context) is still the person's. Short names must match their case ("Go").
    if (containsPhrase(facts.text, mention.text, mention.text.length <= 4)) continue;
    out.push({ kind: 'skill', text: mention.text });
  }
  return out;
}

function claimedAtRisk(
  line: string,
  mentions: readonly SkillMention[],
  atRisk: readonly string[],
  facts: ResumeFacts,
): Violation[] {
  const out: Violation[] = [];
  // Words inside a skill the resume holds ("reporting" of "financial reporting") claim that skill.
  const held = mentions.filter((m) => facts.skills.has(m.skill));
  for (const skill of atRisk) {
    // Named as the taxonomy reads it: unsupportedSkills has it already.
    if (mentions.some((m) => m.skill === skill)) continue;
    const entry = skillEntry(facts.taxonomy, skill);
    for (const name of [skill, ...(entry?.aliases ?? [])]) {
      // A model writes "aws" or "c#" as readily as "AWS": case matters only for a short name that is
      // also an ordinary word ("Go", "Ruby") and for a letter or two ("R").
      const caseSensitive = (entry?.contextual === true && name.length <= 4) || /^\p{L}{1,2}$/u.test(name);
      if (containsPhrase(facts.text, name, caseSensitive)) continue;
      const claims = findPhrase(line, name, caseSensitive).filter(
        (at) => !held.some((m) => at.start >= m.start && at.end <= m.end),
      );
      // A word the held skill is called by ("reporting" for Reporting) is no claim of the missing one.
      const named = normalizeSkill(name, facts.taxonomy);
      if (claims.length > 0 && (named === null || !facts.skills.has(named))) {
        out.push({ kind: 'skill', text: name });
        break;
      }
    }
  }
  return out;
}

function unsupportedNames(line: string, mentions: readonly SkillMention[], facts: ResumeFacts): Violation[] {
  const out: Violation[] = [];
  // A capital that starts the name of a skill the resume holds ("Social media sites") is no new name.
  const held = mentions.filter((m) => facts.skills.has(m.skill));
  for (const run of findNameRuns(line)) {
    if (held.some((m) => run.start >= m.start && run.end <= m.end)) continue;
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
  // Otherwise it must split into skills the resume holds and at most one of its names ("Epic ACLS",
  // "Charge Nurse BLS"): two names side by side are a new one ("Human City").
  // A part of a name counts only when whole: "Alder" of "Alder & Ash Bistro" beside a held skill
  // ("Grill") is a new employer.
  const namesIn = (from: number, to: number): number => {
    const piece = words.slice(from, to).join(' ');
    const skill = normalizeSkill(piece, facts.taxonomy);
    if (skill !== null && facts.skills.has(skill)) return 0;
    return facts.names.has(piece) ? 1 : Number.POSITIVE_INFINITY;
  };
  const fewest = [0, ...words.map(() => Number.POSITIVE_INFINITY)];
  for (let to = 1; to <= words.length; to++) {
    for (let from = 0; from < to; from++) fewest[to] = Math.min(fewest[to]!, fewest[from]! + namesIn(from, to));
  }
  return fewest[words.length]! <= 1;
}

function unsupportedFigures(line: string, facts: ResumeFacts): Violation[] {
  return findFigures(line)
    .filter((figure) => !isStated(facts.figures, figure))
    .map((figure) => ({ kind: 'figure' as const, text: figure.text }));
}
