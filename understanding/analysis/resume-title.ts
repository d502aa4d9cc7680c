import type { OccupationGuess } from '../features';
import { skillKey } from '../skills/skill-tokens';
import { extractSkills, type SkillTaxonomy } from '../skills/taxonomy';
import { guessBareTitle } from '../titles/bare-titles';
import { cleanTitle, HEAD_WORDS, isLevelWord, LIST_CONJUNCTION } from '../titles/clean-title';
import { loadJobNouns, titleWords } from '../titles/job-nouns';
import type { TitleClassifier, TitleContext } from '../titles/title-classifier';
import { TITLE_GLOSSARY } from '../titles/title-glossary';
import type { DateRange } from './date-ranges';
import { findSections, isSectionHeading } from './sections';

export interface TitleChoice {
  /** The job title as the resume writes it (headline or most recent role), or null. */
  readonly written: string | null;
  /**
   * Where it came from: the resume's headline; with no clear headline, the most recent role; with
   * neither, the role the summary's opening sentences name ("Motivated logistics specialist with…").
   */
  readonly source: 'headline' | 'recent-role' | 'summary' | null;
  /** The title names a job and the classifier's best occupation passes its confidence gate. */
  readonly confident: boolean;
  readonly occupations: OccupationGuess[];
  /** Every title-like line considered, headline first, then the most recent roles. */
  readonly candidates: readonly string[];
  /** The title of the most recent role, when a line beside its dates names one. */
  readonly recentRole: string | null;
}

// Contact lines (a phone number, a ZIP code), dated lines ("Top Producer in July 2014"), page furniture, and the placeholders anonymised resumes carry ("Company Name", "City , State").
const NOT_A_TITLE =
  /[@]|https?:|www\.|\d{3}\D{0,2}\d{3}\D?\d{4}|\d{5}|\b(?:19|20)\d\d\b|^(page|resume|curriculum vitae|cv|professionals?)\b|company name|city\s*,\s*state/i;
/** Words that make a line a heading or a description rather than a job: "Career Focus", "Strong communication skills". */
const NOT_A_JOB_WORD =
  /\b(skills?|focus|summary|profile|objective|overview|highlights|experience|qualifications|accomplishments|expertise|proficien\w*|familiar|knowledge|abilit\w+|strong|excellent|calm|responsible|able|years?|oriented|upbeat|motivated|hardworking|reliable)\b/i;
/** The experience of those one serves is a field of work: "Patient Experience Manager", "Customer Experience Lead". */
const EXPERIENCE_OF =
  /\b(?:patient|customer|guest|user|member|client|employee|candidate|student|visitor|fan|player|donor)s?\s+experience\b/giu;
/**
 * Clause words, head counts and two verbs in the past make a line a duty or a description:
 * "Manager on duty when managers aren't present", "Lead team of 15 professionals", "Developed and
 * executed Employee Internship/Co-Op Program".
 */
const DUTY_LINE =
  /\b(?:when|while|whenever|which|who|whose|because|are|aren'?t|is|was|were)\b|\bof\s+\d+\b|^\p{L}+ed\s+(?:and|&)\s+\p{L}+ed\b/iu;
/** Job words that are also verbs or activities: alone in a sentence-case line they name a duty. */
const DUTY_VERBS = new Set(['lead', 'support', 'coach', 'host']);
/** What a no-break or full-width space read as Latin-1 leaves at a line's end ("Sales Associate ,  ï¼\u200b"), and empty brackets. */
const DEBRIS = /\(\s*\)|(?:ï¼|Â)[\s\u200b]*|[\u200b\u00a0]/gu;

/** The first words of the title glossary's entries: "cheffe", "krankenpfleger", "profesora". */
const GLOSSARY_OPENERS = new Set(Object.keys(TITLE_GLOSSARY).flatMap((k) => titleWords(k).slice(0, 1)));

/** A hand-kept job word, singular or plural ("manager", "nurses"). */
const isHeadWord = (w: string): boolean => HEAD_WORDS.has(w) || HEAD_WORDS.has(w.replace(/s$/, ''));

/** Comma-separated items that each name a job: "Owner, Chef, & Caterer". */
function listOfRoles(s: string): boolean {
  const nouns = loadJobNouns();
  return s
    .split(',')
    .map((item) => titleWords(item.replace(LIST_CONJUNCTION, '')))
    .every((ws) => {
      const last = ws[ws.length - 1];
      return (
        last !== undefined && ws.length <= 4 && (ws.some(isHeadWord) || (nouns.has(last) && !nouns.isPlural(last)))
      );
    });
}

/** The words after a title's first use of a word. */
const after = (ws: readonly string[], w: string): string => ws.slice(ws.indexOf(w) + 1).join(' ');
/** A noun after a job word, not a preposition or another job: "student population", not "manager of sales". */
const QUALIFIES = /^(?!(?:of|for|in|at|to|and|or|with)\b)\p{L}/u;

/**
 * A line that can be a job title: short, no sentence, no heading, no list of tools or skills, no
 * description ("Calm and patient"), and a word that names a job (manager, nurse, chef, teacher…).
 */
export function titleLine(line: string, taxonomy?: SkillTaxonomy): string | null {
  const s = line
    .replace(DEBRIS, ' ')
    .replace(/^[\s•*#_\-–|]+/, '')
    .replace(/[\s|•,:;*_–—-]+$/, '')
    .trim();
  if (s.length < 3 || s.length > 70 || NOT_A_TITLE.test(s) || isSectionHeading(s)) return null;
  // Sentences end with a full stop; lists use colons, several commas, or brackets after brackets.
  // Several roles held at once are a title too ("FACULTY, CLINICAL INSTRUCTOR, & CLINICAL
  // COORDINATOR"): every item names a job.
  if (
    /\.$/.test(s) ||
    /:\s*\S/.test(s) ||
    ((s.match(/,/g) ?? []).length >= 2 && !listOfRoles(s)) ||
    (s.match(/\(/g) ?? []).length >= 2
  )
    return null;
  const ws = titleWords(s);
  if (ws.length === 0 || ws.length > 8 || NOT_A_JOB_WORD.test(s.replace(EXPERIENCE_OF, '')) || DUTY_LINE.test(s))
    return null;
  // A line that opens in lower case and capitalizes later words is the tail of a wrapped list
  // ("management Accomplished manager Goal-oriented"), not a title.
  if (
    /^\p{Ll}/u.test(s) &&
    s
      .split(/\s+/)
      .slice(1)
      .some((w) => /^\p{Lu}/u.test(w))
  )
    return null;
  // A long line in sentence case describes work ("Support english and spanish incoming call flow");
  // titles capitalize their words or none of them.
  const tail = s
    .split(/\s+/)
    .slice(1)
    .filter((w) => /^\p{L}/u.test(w) && !/^(?:and|of|the|for|in|to|&)$/i.test(w));
  if (ws.length >= 6 && /^\p{Lu}/u.test(s) && tail.filter((w) => /^\p{Ll}/u.test(w)).length > tail.length / 2)
    return null;
  let heads = ws.filter(isHeadWord);
  // In a line all in lower case, a job word that another noun follows qualifies it: "student
  // population" (a line of a wrapped list) names no student.
  if (heads.length > 0 && s === s.toLowerCase() && heads.every((h) => QUALIFIES.test(after(ws, h)))) return null;
  // A title in another language real postings use opens with its job word ("Cheffe de cuisine",
  // "Verpleegkundige", "Profesora de primaria"): its job words are the glossary's English ones.
  // A name line ("Jennifer Koch") does not open with one.
  if (heads.length === 0 && GLOSSARY_OPENERS.has(ws[0]!)) heads = titleWords(cleanTitle(s).text).filter(isHeadWord);
  // A job noun of O*NET's titles ("PHLEBOTOMIST", "PEST CONTROL TECH", "CONCIERGE/DOORMAN") ends
  // the line in the singular, as a title does, and every other word is one O*NET's titles use: a
  // name ("Marilyn Hunter"), a company ("Express Employment Professionals") or a bracketed aside
  // ("Prime Communication (AT&T Authorized Retailer)") is not.
  if (heads.length === 0) {
    const nouns = loadJobNouns();
    // A grade after the job noun is a level ("STOREKEEPER II").
    const core = ws.filter((w) => !isLevelWord(w));
    const last = core[core.length - 1];
    if (
      last === undefined ||
      s.includes('(') ||
      !nouns.has(last) ||
      nouns.isPlural(last) ||
      !core.slice(0, -1).every((w) => nouns.inTitles(w) || HEAD_WORDS.has(w))
    )
      return null;
    heads = [last];
  }
  // A verb that is also a job word, opening a line in sentence case with no other job word, is a
  // duty: "Lead management team", "Nutritional guidance and support" reads the same way backwards.
  const sentenceCase = /^\p{Lu}/u.test(s) && tail.length >= 2 && tail.every((w) => /^\p{Ll}/u.test(w));
  if (sentenceCase && heads.every((w) => DUTY_VERBS.has(w))) return null;
  // A line of tools ("Excel, PowerPoint, Visio") names skills, not a job. A title's field may be a
  // professional skill's name ("SOURCING & MERCHANDISING ANALYST", "BUDGET ANALYST/RESEARCH
  // ADMINISTRATOR"): that is no list of tools.
  if (
    taxonomy &&
    extractSkills(s, taxonomy).filter(
      (m) => m.text.length >= 4 && taxonomy.byKey.get(skillKey(m.skill))?.skill.kind !== 'professional',
    ).length >= 2
  )
    return null;
  return s;
}

/** Words that praise the person before the role a summary names: "Responsible and mature Retail Sales Consultant". */
const PRAISE = new Set(
  `a an and the responsible mature experienced motivated self dedicated highly skilled creative accomplished results
  driven oriented detail fully credentialed seasoned dynamic passionate enthusiastic energetic hard working
  hardworking reliable organized strong talented proven successful professional caring compassionate friendly
  versatile innovative knowledgeable recent ambitious diligent enthusiastic committed resourceful personable qualified
  competent outgoing goal focused devoted loyal efficient effective accurate flexible energized customer-focused
  results-driven detail-oriented self-motivated hard-working well rounded`.split(/\s+/),
);
/** Job words that alone describe a person, not a job. */
const TRAITS = new Set(['leader', 'professional', 'expert', 'student', 'graduate', 'member', 'player', 'partner']);
/** What follows the role in such a sentence: "… specialist with", "… consultant who", "…, successful at". */
const AFTER_ROLE =
  /^(?:with|who|that|offering|seeking|having|possessing|skilled|successful|experienced|known|bringing|looking|able|adept|specializing|dedicated|focused|committed)$/i;

/**
 * The role a summary's opening names: in its first two sentences, the words before the first job
 * word that a clause or a comma follows, without the praise in front ("Motivated logistics
 * specialist, successful at…" → "logistics specialist"). Null when no sentence is of that shape.
 */
export function summaryRole(text: string, taxonomy?: SkillTaxonomy): string | null {
  const summary = findSections(text).find((s) => s.kind === 'summary');
  if (!summary) return null;
  const sentences = text
    .slice(summary.start, Math.min(summary.end, summary.start + 400))
    .replace(/\s+/g, ' ')
    .split(/[.!?;](?:\s|$)/)
    .slice(0, 2);
  for (const sentence of sentences) {
    const tokens = sentence.split(/\s+/).filter(Boolean);
    for (let i = 0; i < tokens.length && i < 12; i++) {
      const token = tokens[i]!;
      const bare = titleWords(token).at(-1);
      if (bare === undefined || !isHeadWord(bare)) continue;
      const next = tokens[i + 1];
      if (!/,$/.test(token) && next !== undefined && !AFTER_ROLE.test(next)) continue;
      let from = i;
      while (from > 0 && i - from < 3 && !PRAISE.has(titleWords(tokens[from - 1]!)[0] ?? '')) from--;
      // The sentence opens with the role, praise aside; a job word later in it is a duty's object
      // ("… or drawings to supervisor"). A bare "leader" or "professional" is a trait.
      const opens = tokens.slice(0, from).every((t) => titleWords(t).every((w) => PRAISE.has(w)));
      const role = opens && !TRAITS.has(bare) ? titleLine(tokens.slice(from, i + 1).join(' '), taxonomy) : null;
      if (role) return role;
      break;
    }
  }
  return null;
}

/**
 * The resume's job title and occupations. The headline (the first short lines) is where a resume
 * states its title; when none of those lines is a title, the most recent role is used and the
 * choice says so. The written title is classified once, read with the resume's skills (`context`:
 * "Director" on a nurse's resume); its confidence gate travels with it.
 */
export function chooseResumeTitle(
  text: string,
  experienceRanges: readonly DateRange[],
  classifier: TitleClassifier,
  taxonomy?: SkillTaxonomy,
  k = 5,
  context?: TitleContext,
): TitleChoice {
  const lines = text.split('\n');
  const headline: string[] = [];
  let seen = 0;
  for (const line of lines) {
    if (seen >= 4) break;
    if (!line.trim()) continue;
    seen++;
    const c = titleLine(line, taxonomy);
    if (c) headline.push(c);
  }
  const roles: string[] = [];
  let recentRole: string | null = null;
  const recent = [...experienceRanges].sort((a, b) => b.toMonth - a.toMonth || b.fromMonth - a.fromMonth).slice(0, 2);
  for (const [nth, range] of recent.entries()) {
    const lineStart = text.lastIndexOf('\n', range.start) + 1;
    const lineEndAt = text.indexOf('\n', range.end);
    const own = text.slice(lineStart, lineEndAt < 0 ? text.length : lineEndAt);
    const before = text.slice(0, lineStart).split('\n').slice(-3, -1).reverse();
    const after = text.slice(range.end).split('\n').slice(1, 3);
    const ownRest = own.replace(range.text, ' ').replace(/\b(company name|city\s*,\s*state)\b/gi, ' ');
    for (const line of [ownRest, ...after, ...before]) {
      const c = titleLine(line, taxonomy);
      if (c && nth === 0) recentRole ??= c;
      if (c && !roles.includes(c)) roles.push(c);
    }
  }
  const fromSummary = headline[0] === undefined && roles[0] === undefined ? summaryRole(text, taxonomy) : null;
  const written = headline[0] ?? roles[0] ?? fromSummary;
  if (written === null) {
    // No line names a job: the skills alone still say roughly which occupations the resume is
    // for; never confident, and the title stays unknown.
    const occupations = context && context.length > 0 ? classifier.classify('', k, context) : [];
    return { written, source: null, confident: false, occupations, candidates: [], recentRole: null };
  }
  const coding = classifier.code(written, k, context);
  // A bare rank, arrangement or role ("MANAGER", "INTERN", "CONSULTANT") names no work: the
  // resume's skills say which.
  const bySkills = (title: string): OccupationGuess[] | null => guessBareTitle(classifier, title, k, context);
  const writtenBySkills = bySkills(written);
  const ownGuesses = writtenBySkills ?? coding.occupations;
  // The two most recent roles, when they are other lines, widen the alternatives ("Backend
  // Engineer" above a "Software Engineer" role): their guesses count half. Under a stated headline
  // the first guess is one the headline itself gives: "Teacher" spreads its weight over a dozen
  // kinds of teacher, and a past "Cashier" role, whole, used to outweigh each of them.
  const others = roles.filter((r) => r !== written).slice(0, 2);
  // A bare rank states no occupation: the roles' guesses may then come first.
  const stated = headline[0] !== undefined && writtenBySkills === null;
  const mass = new Map(ownGuesses.map((g) => [g.code, { guess: g, score: g.confidence, own: true }]));
  for (const role of others) {
    for (const g of bySkills(role) ?? classifier.classify(role, k, context)) {
      const entry = mass.get(g.code) ?? { guess: g, score: 0, own: false };
      entry.score += g.confidence / 2;
      mass.set(g.code, entry);
    }
  }
  const total = 1 + others.length / 2;
  const ranked = [...mass.values()].sort((a, b) => b.score - a.score);
  const lead = stated ? ranked.findIndex((e) => e.own) : 0;
  if (lead > 0) ranked.unshift(...ranked.splice(lead, 1));
  const occupations = ranked
    .slice(0, k)
    .map(({ guess, score }) => ({ ...guess, confidence: Math.round((score / total) * 1000) / 1000 }));
  return {
    written,
    source: headline[0] !== undefined ? 'headline' : roles[0] !== undefined ? 'recent-role' : 'summary',
    confident: headline[0] !== undefined && writtenBySkills === null && coding.confident,
    occupations,
    candidates: [...headline, ...roles],
    recentRole,
  };
}
