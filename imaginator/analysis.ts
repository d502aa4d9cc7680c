import { findDateRanges } from '../understanding/analysis/date-ranges';
import { extractSkills, type SkillMention, type TaxonomySkill } from '../understanding/skills/taxonomy';
import { skillEntry, type ResumeFacts } from './facts';
import { findFigures } from './figures';
import { hintsForSkill, type OnetTasks } from './hints';
import type { SkillMissing, SkillShown, SuggestedBullet } from './tailoring';
import { containsPhrase, lineAt, type ResumeLine } from './text';

/**
 * The deterministic analysis: what the resume shows of the job's skills (with the line that shows
 * it), what it lacks (with O*NET hints), the lines most worth strengthening for this job and a
 * summary line aimed at it, all built from the resume's own words. It needs no model and gives the
 * same shape of answer as one; its lines go through the same fact check.
 */

export interface JobForTailoring {
  readonly id: string;
  readonly title: string;
  /** The full description once enriched, else the listing's snippet. */
  readonly description: string | null;
  readonly skillsRequired: readonly string[];
  readonly skillsPreferred: readonly string[];
  readonly onetCode: string | null;
}

export interface ResumeForTailoring {
  readonly id: string;
  readonly text: string;
  /** The title as the resume writes it (understanding's reading), if it has one. */
  readonly jobTitle: string | null;
  /** The profile's skills, the person's corrections included. */
  readonly profileSkills: readonly string[];
}

export interface Draft {
  readonly summaryLine: string | null;
  readonly bullets: readonly SuggestedBullet[];
  readonly skillsShown: readonly SkillShown[];
  readonly skillsMissing: readonly SkillMissing[];
}

const MAX_BULLETS = 4;
const MAX_EVIDENCE = 300;
export const FIGURE_PLACEHOLDER = '[add a figure: how many, how much or how often]';

/** The skills the job asks for, required first, each once. */
export function jobSkills(job: JobForTailoring): string[] {
  return [...new Set([...job.skillsRequired, ...job.skillsPreferred])];
}

export function analyseFit(
  resume: ResumeForTailoring,
  job: JobForTailoring,
  facts: ResumeFacts,
  onet: OnetTasks,
): Draft {
  const wanted = jobSkills(job);
  const shown: SkillShown[] = [];
  const missing: SkillMissing[] = [];
  for (const skill of wanted) {
    const evidence = evidenceFor(skill, facts);
    if (evidence) shown.push({ skill, evidence });
    else
      missing.push({
        skill,
        hints: hintsForSkill(skill, { jobOnetCode: job.onetCode, taxonomy: facts.taxonomy, onet }),
      });
  }
  return {
    summaryLine: summaryLine(resume, facts, shown),
    bullets: bulletsToStrengthen(job, facts, onet),
    skillsShown: shown,
    skillsMissing: missing,
  };
}

const inExperience = (facts: ResumeFacts, offset: number): boolean =>
  facts.experience.some((s) => offset >= s.start && offset < s.end);

/** The line that shows a skill, preferring work the person did over a list of skills. */
function evidenceFor(skill: string, facts: ResumeFacts): string | undefined {
  const mentions = facts.skillMentions.filter((m) => m.skill === skill);
  const best = mentions.find((m) => inExperience(facts, m.start)) ?? mentions[0];
  if (!best) return undefined;
  const line = lineAt(facts.lines, best.start);
  return line ? excerpt(line, best) : undefined;
}

/** The sentence of a long line that holds the mention, as written; a window of it if still long. */
function excerpt(line: ResumeLine, mention: SkillMention): string {
  if (line.text.length <= MAX_EVIDENCE) return line.text;
  const at = mention.start - line.start;
  let from = 0;
  for (const m of line.text.matchAll(/[.;!?]\s+/g)) {
    const end = m.index + m[0].length;
    if (end <= at) from = end;
  }
  const next = /[.;!?](\s|$)/.exec(line.text.slice(Math.max(at, from)));
  const to = next ? Math.max(at, from) + next.index + 1 : line.text.length;
  const sentence = line.text.slice(from, to).trim();
  if (sentence.length <= MAX_EVIDENCE) return sentence;
  const start = Math.max(0, line.text.lastIndexOf(' ', Math.max(0, at - MAX_EVIDENCE / 2)) + 1);
  const stop = line.text.indexOf(' ', Math.min(line.text.length, start + MAX_EVIDENCE));
  return line.text.slice(start, stop < 0 ? line.text.length : stop).trim();
}

/**
 * A skill's name mid-sentence: professional skills read as ordinary words, and so does a technology
 * the resume writes in lower case ("social media sites"); product names and acronyms keep their case.
 */
function inSentence(skill: string, entry: TaxonomySkill | undefined, facts: ResumeFacts): string {
  if (/\p{Lu}/u.test(skill.slice(1))) return skill;
  const lower = skill.charAt(0).toLowerCase() + skill.slice(1);
  return entry?.kind === 'professional' || containsPhrase(facts.text, lower, true) ? lower : skill;
}

function listed(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function summaryLine(resume: ResumeForTailoring, facts: ResumeFacts, shown: readonly SkillShown[]): string | null {
  const title = resume.jobTitle?.trim() || null;
  const years = facts.yearsOfExperience !== null && facts.yearsOfExperience >= 1 ? facts.yearsOfExperience : null;
  const skills = shown.slice(0, 3).map((s) => inSentence(s.skill, skillEntry(facts.taxonomy, s.skill), facts));
  if (!title && skills.length === 0) return null;
  const subject = title ?? 'Professional';
  const experience = years ? ` with ${years}+ years of experience` : '';
  if (skills.length === 0) return `${subject}${experience}.`;
  return `${subject}${experience}${years ? ',' : ''} skilled in ${listed(skills)}.`;
}

const WEAK_OPENERS: readonly [RegExp, string][] = [
  [/^(?:responsible for|duties included|duties:|tasked with|in charge of)\s+/i, ''],
  [/^(?:helped with|helped to|helped|assisted with|assisted in|assisted)\s+/i, 'Supported '],
];

const STOP = new Set(
  'the and for with from that this have has are was were will your our you who what when into over per all any its their them they able ability must work working experience years year team'.split(
    ' ',
  ),
);

function stems(text: string): Set<string> {
  return new Set(
    [...text.toLowerCase().matchAll(/\p{L}[\p{L}'-]+/gu)]
      .map((m) => m[0])
      .filter((w) => w.length >= 4 && !STOP.has(w))
      .map((w) => w.slice(0, 5)),
  );
}

/**
 * The resume's work lines that bear most on this job (its skills first, then its vocabulary and its
 * occupation's O*NET tasks), each with the edits that strengthen it without adding a fact: the
 * posting's name for a technology the line already shows, an empty opener ("Responsible for")
 * dropped, and a placeholder asking for the figure only the person knows.
 */
function bulletsToStrengthen(job: JobForTailoring, facts: ResumeFacts, onet: OnetTasks): SuggestedBullet[] {
  const wanted = new Set(jobSkills(job));
  const postingText = `${job.title}\n${job.description ?? ''}`;
  const postingWords = new Map<string, string>();
  for (const m of extractSkills(postingText, facts.taxonomy))
    if (!postingWords.has(m.skill)) postingWords.set(m.skill, m.text);
  const tasks = job.onetCode ? onet.tasks(job.onetCode).core.join('\n') : '';
  const vocabulary = stems(`${postingText}\n${tasks}`);

  const scored = facts.lines
    .filter((line) => isWorkLine(line, facts))
    .map((line, order) => {
      const mentions = facts.skillMentions.filter(
        (m) => m.start >= line.start && m.end <= line.end && wanted.has(m.skill),
      );
      const overlap = [...stems(line.text)].filter((s) => vocabulary.has(s)).length;
      return { line, mentions, order, score: 3 * new Set(mentions.map((m) => m.skill)).size + Math.min(overlap, 4) };
    })
    .filter((c) => c.mentions.length > 0 || c.score >= 2)
    .sort((a, b) => b.score - a.score || a.order - b.order);

  const bullets: SuggestedBullet[] = [];
  for (const { line, mentions } of scored) {
    if (bullets.length >= MAX_BULLETS) break;
    const text = strengthen(line, mentions, postingWords, facts);
    if (text !== line.text) bullets.push({ text, basis: line.text });
  }
  return bullets;
}

/** A line describing work: in the experience section, a sentence, not a title, employer or date line. */
function isWorkLine(line: ResumeLine, facts: ResumeFacts): boolean {
  if (!inExperience(facts, line.start) || line.text.length < 25 || line.text.length > 400) return false;
  if (line.text.endsWith(':') || findDateRanges(line.text, new Date()).length > 0) return false;
  // Title and employer lines are names: they have hardly any lower-case words.
  return (line.text.match(/(?<![\p{L}])\p{Ll}{3,}/gu) ?? []).length >= 3;
}

function strengthen(
  line: ResumeLine,
  mentions: readonly SkillMention[],
  postingWords: ReadonlyMap<string, string>,
  facts: ResumeFacts,
): string {
  let text = line.text;
  // The posting's own name for a technology the line shows under another ("k8s" → "Kubernetes"),
  // so a screener's search finds it. Professional skills are phrases of a sentence: left alone.
  for (const m of [...mentions].sort((a, b) => b.start - a.start)) {
    const entry = skillEntry(facts.taxonomy, m.skill);
    const wanted = postingWords.get(m.skill) ?? m.skill;
    if (entry?.kind !== 'technology' || m.text === wanted || text.includes(wanted)) continue;
    const at = m.start - line.start;
    text = text.slice(0, at) + wanted + text.slice(at + m.text.length);
  }
  for (const [opener, replacement] of WEAK_OPENERS) {
    const match = opener.exec(text);
    if (!match) continue;
    const rest = text.slice(match[0].length);
    text = replacement ? replacement + rest : rest.charAt(0).toUpperCase() + rest.slice(1);
    break;
  }
  if (findFigures(text).length === 0) text = `${text.replace(/[.;,\s]+$/, '')} — ${FIGURE_PLACEHOLDER}`;
  return text;
}
