import type { PostingAnalysis } from './analyse-posting';
import type { ResumeAnalysis } from './analyse-resume';

/**
 * The most an analysis may hold, whatever the text: it is stored as JSON and sent back whole on
 * every read of the resume, so each list that grows with the input is capped here, at the output,
 * and each string the text supplies is cut. One long line of skills once produced 806,597
 * evidence entries and a 56 MB row. The analysers stay free to find everything; only what leaves
 * understanding/ is bounded. Caps keep the first items, which is the order the analysers report
 * (text order for mentions, best first for guesses).
 */
export const ANALYSIS_BOUNDS = Object.freeze({
  /** Distinct canonical skills: far beyond an honest resume, short of a pasted taxonomy. */
  skills: 200,
  /** Where skills were found: enough to show and check each kept skill a couple of times. */
  skillEvidence: 400,
  experienceRanges: 60,
  educationEvidence: 20,
  links: 20,
  occupations: 10,
  /** Characters of one quoted string (a title, a place, a link, an evidence span). */
  textChars: 300,
  /** The JSON of one analysis, stored and answered. */
  jsonBytes: 128 * 1024,
});

const cut = (text: string, max = ANALYSIS_BOUNDS.textChars): string => (text.length > max ? text.slice(0, max) : text);
const cutOrNull = (text: string | null): string | null => (text === null ? null : cut(text));

function boundedEvidence<T extends { readonly text: string }>(items: readonly T[], max: number): T[] {
  return items.slice(0, max).map((item) => ({ ...item, text: cut(item.text) }));
}

/** The JSON size bound, as a last resort: evidence goes before the features matching needs. */
function withinJsonBound<T extends { readonly skillEvidence: readonly unknown[] }>(
  analysis: T,
  lighten: (analysis: T) => T,
): T {
  if (Buffer.byteLength(JSON.stringify(analysis)) <= ANALYSIS_BOUNDS.jsonBytes) return analysis;
  const lighter = lighten(analysis);
  if (Buffer.byteLength(JSON.stringify(lighter)) <= ANALYSIS_BOUNDS.jsonBytes) return lighter;
  throw new Error(`an analysis stays above ${ANALYSIS_BOUNDS.jsonBytes} bytes once its evidence is dropped`);
}

export function boundResumeAnalysis(analysis: ResumeAnalysis): ResumeAnalysis {
  const skills = analysis.skills.slice(0, ANALYSIS_BOUNDS.skills).map((s) => cut(s));
  const kept = new Set(skills);
  const bounded: ResumeAnalysis = {
    ...analysis,
    title: cutOrNull(analysis.title),
    occupations: analysis.occupations.slice(0, ANALYSIS_BOUNDS.occupations),
    skills,
    location: cutOrNull(analysis.location),
    jobTitle: cutOrNull(analysis.jobTitle),
    skillEvidence: boundedEvidence(
      analysis.skillEvidence.filter((m) => kept.has(m.skill)),
      ANALYSIS_BOUNDS.skillEvidence,
    ),
    experience: {
      ranges: boundedEvidence(analysis.experience.ranges, ANALYSIS_BOUNDS.experienceRanges),
      totalMonths: analysis.experience.totalMonths,
    },
    educationEvidence: boundedEvidence(analysis.educationEvidence, ANALYSIS_BOUNDS.educationEvidence),
    links: analysis.links.slice(0, ANALYSIS_BOUNDS.links).map((link) => ({ ...link, url: cut(link.url) })),
  };
  return withinJsonBound(bounded, (a) => ({
    ...a,
    skillEvidence: [],
    experience: { ranges: [], totalMonths: a.experience.totalMonths },
    educationEvidence: [],
  }));
}

export function boundPostingAnalysis(analysis: PostingAnalysis): PostingAnalysis {
  const required = analysis.skillsRequired.slice(0, ANALYSIS_BOUNDS.skills).map((s) => cut(s));
  const preferred = analysis.skillsPreferred.slice(0, ANALYSIS_BOUNDS.skills).map((s) => cut(s));
  const kept = new Set([...required, ...preferred]);
  const bounded: PostingAnalysis = {
    ...analysis,
    title: cut(analysis.title),
    occupations: analysis.occupations.slice(0, ANALYSIS_BOUNDS.occupations),
    skillsRequired: required,
    skillsPreferred: preferred,
    location: cutOrNull(analysis.location),
    skillEvidence: boundedEvidence(
      analysis.skillEvidence.filter((m) => kept.has(m.skill)),
      ANALYSIS_BOUNDS.skillEvidence,
    ),
  };
  return withinJsonBound(bounded, (a) => ({ ...a, skillEvidence: [] }));
}
