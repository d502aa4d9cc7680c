import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { hasDateRange } from '../document/date-ranges';
import { lineBounds } from '../document/lines';
import { coordinatedPairs } from './coordination';
import { degreeFieldSpans } from './degree-fields';
import { namesDepartment } from './departments';
import { dutyMentions } from './duty-phrases';
import { inOtherSense } from './other-senses';
import { isLinkWord, stemKey, stemKeyVariants, stemToken } from './phrase-stems';
import { skillKey, tokenizeSkills, type SkillToken } from './skill-tokens';

/** One canonical skill as shipped in data/hermes/skills.json.gz (scripts/hermes/build-skill-taxonomy.ts). */
export interface TaxonomySkill {
  readonly name: string;
  /** Technology (products, languages, platforms) or professional (what a trade or profession does). */
  readonly kind: 'technology' | 'professional';
  readonly category: string;
  readonly aliases: readonly string[];
  /** Also an ordinary word or letter (Go, R, Chef): counts only beside other skills. */
  readonly contextual?: boolean;
  /** Contextual even when capitalized mid-sentence ("Executive Chef"): counts in lists only. */
  readonly strict?: boolean;
  /** Aliases of ordinary words only ("Business Objects"): they count only written as here. */
  readonly casedAliases?: readonly string[];
  readonly sources: readonly string[];
  /** O*NET-SOC codes of the occupations that use the skill. */
  readonly occupations: readonly string[];
}

export interface SkillTaxonomyFile {
  readonly version: number;
  readonly attribution: string;
  readonly skills: readonly TaxonomySkill[];
}

interface Entry {
  readonly skill: TaxonomySkill;
  /** The alias or name as written in the taxonomy, for the case rules. */
  readonly written: string;
  /** Counts only written exactly so (capitals included). */
  readonly cased?: boolean;
}

export interface SkillTaxonomy {
  readonly skills: readonly TaxonomySkill[];
  readonly byKey: ReadonlyMap<string, Entry>;
  /**
   * Multi-word professional names by their stem key (phrase-stems.ts), for the shapes no alias
   * spells ("reconciliation of accounts", "managing budgets"); a key two skills share is left out.
   */
  readonly byStem: ReadonlyMap<string, Entry>;
  /** Every stem in those keys: a window with another word cannot match one (the cheap test first). */
  readonly stemWords: ReadonlySet<string>;
  /** Longest name, in tokens. */
  readonly maxTokens: number;
  /**
   * Per first word of a name's key, the most words a name starting with it has. Most words of a
   * text start no name, so the matcher tries no longer window there than this.
   */
  readonly longestFrom: ReadonlyMap<string, number>;
}

/** Stem keys are tried on windows of up to this many tokens ("preparation of the annual budget"). */
const MAX_STEM_TOKENS = 5;

export const SKILLS_FILE = path.resolve(__dirname, '..', '..', 'data', 'hermes', 'skills.json.gz');

let cached: SkillTaxonomy | undefined;

export function loadSkillTaxonomy(): SkillTaxonomy {
  if (cached) return cached;
  const file = JSON.parse(zlib.gunzipSync(fs.readFileSync(SKILLS_FILE)).toString('utf8')) as SkillTaxonomyFile;
  const byKey = new Map<string, Entry>();
  const longestFrom = new Map<string, number>();
  let maxTokens = 1;
  // Names first: a skill's own name is never another's alias ("supply chain management" was
  // Purchasing's alias and hid the skill of that name; "site safety" hid under Health and safety).
  const writtenForms = [
    ...file.skills.map((skill) => ({ skill, written: skill.name })),
    ...file.skills.flatMap((skill) => skill.aliases.map((alias) => ({ skill, written: alias }))),
  ];
  for (const { skill, written } of writtenForms) {
    const key = skillKey(written);
    if (!key || byKey.has(key)) continue;
    byKey.set(key, { skill, written, ...(skill.casedAliases?.includes(written) ? { cased: true } : {}) });
    const words = key.split(' ');
    maxTokens = Math.max(maxTokens, words.length);
    longestFrom.set(words[0]!, Math.max(longestFrom.get(words[0]!) ?? 0, words.length));
  }
  const byStem = stemIndex(file.skills);
  const stemWords = new Set([...byStem.keys()].flatMap((k) => k.split(' ')));
  cached = { skills: file.skills, byKey, byStem, stemWords, maxTokens: Math.min(maxTokens, 8), longestFrom };
  return cached;
}

function stemIndex(skills: readonly TaxonomySkill[]): Map<string, Entry> {
  const byStem = new Map<string, Entry>();
  const shared = new Set<string>();
  for (const skill of skills) {
    // Ordinary words ("Sales", "Framing") need their evidence rules; technology names are spelled exactly.
    if (skill.kind !== 'professional' || skill.contextual) continue;
    for (const written of [skill.name, ...skill.aliases]) {
      const keys = skillKey(written).split(' ');
      if (keys.length < 2) continue;
      const key = stemKey(keys);
      const other = byStem.get(key);
      if (other && other.skill !== skill) shared.add(key);
      else byStem.set(key, { skill, written });
    }
  }
  for (const key of shared) byStem.delete(key);
  return byStem;
}

/**
 * The canonical name of one skill as someone typed it ("golang" → "Go", "JS" → "JavaScript",
 * "c#" → "C#", "k8s" → "Kubernetes"), or null when the taxonomy does not know it. Case and
 * punctuation variants resolve; C, C# and C++ stay distinct.
 */
export function normalizeSkill(name: string, taxonomy: SkillTaxonomy = loadSkillTaxonomy()): string | null {
  return taxonomy.byKey.get(skillKey(name.trim()))?.skill.name ?? null;
}

/** Whether a skill, by any of its names, is a technology (a tool or a language) or a professional skill. */
export function skillKind(name: string, taxonomy: SkillTaxonomy = loadSkillTaxonomy()): TaxonomySkill['kind'] | null {
  return taxonomy.byKey.get(skillKey(name.trim()))?.skill.kind ?? null;
}

const softNames = new WeakMap<SkillTaxonomy, ReadonlySet<string>>();

/** The soft skills (teamwork, communication, problem solving): every kind of job asks for them. */
export function softSkillNames(taxonomy: SkillTaxonomy = loadSkillTaxonomy()): ReadonlySet<string> {
  let names = softNames.get(taxonomy);
  if (!names) {
    names = new Set(
      taxonomy.skills.filter((s) => s.kind === 'professional' && s.category === 'soft').map((s) => s.name),
    );
    softNames.set(taxonomy, names);
  }
  return names;
}

/** Canonical names for a list of typed skills, unknown ones dropped, duplicates merged, order kept. */
export function normalizeSkills(names: readonly string[], taxonomy: SkillTaxonomy = loadSkillTaxonomy()): string[] {
  const out = new Set<string>();
  for (const n of names) {
    const canonical = normalizeSkill(n, taxonomy);
    if (canonical) out.add(canonical);
  }
  return [...out];
}

export interface SkillMention {
  readonly skill: string;
  /** The text as written and where: the evidence span in the analysed text. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const LIST_PUNCTUATION = /[,;/|()•:·\-–\n]|\band\b|\bor\b/;
/** Professional words join prose with "and" ("safety and security policies"): only real list marks count. */
const LIST_MARKS = /[,;/|()•:·\-–\n]/;

/** The auxiliary of a verb in the progressive, just before a word: "is hiring", "we're recruiting". */
const PROGRESSIVE = /\b(?:is|are|am|was|were|be|been|being)\s+$|['’]re\s+$/i;

/** What parts two items of a list: what sets off a list item, or "&". */
const ITEM_BREAK = new RegExp(`${LIST_PUNCTUATION.source}|&`);

/** Words that say "technology" around an ambiguous name: "the Go programming language", "C code". */
const TECH_CONTEXT =
  /\b(?:programming|language|languages|engineer|engineers|engineering|developer|developers|code|coding|framework|frameworks|software|scripting|scripts?|api|apis|backend|back-end|frontend|front-end|stack|database|sdk|library|libraries|compiler|operating systems?|os|apps?|mobile)\b/i;

/**
 * Short acronyms and names with inner capitals ("DOS", "EHR", "iOS", "MARs") are written that way;
 * in other case they are other words ("dos", "Mars"). Longer names ("QuickBooks") resolve in any case.
 */
function caseFits(span: string, written: string): boolean {
  if (written.length <= 3 || (written.length <= 5 && /[A-Z]/.test(written.slice(1)))) {
    return (
      span === written || (span === written.toUpperCase() && written.length > 2 && /[a-z]/.test(written) === false)
    );
  }
  return true;
}

/**
 * Keyword lists title-case every item ("Instrumentation, Hvac, Scada, Testing"): an acronym of four
 * letters or more written that way counts when commas set it off on both sides.
 */
function titleCasedListItem(text: string, start: number, end: number, written: string): boolean {
  if (written.length < 4 || !/^[A-Z]+$/.test(written)) return false;
  const span = text.slice(start, end);
  if (span !== written[0] + written.slice(1).toLowerCase()) return false;
  return /,\s*$/.test(text.slice(Math.max(0, start - 3), start)) && /^\s*,/.test(text.slice(end, end + 3));
}

/** "A/R", "R/3", "C/O" and initials ("C. M. Huisden") are not the languages C and R. */
function letterInCompound(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  const after = text.slice(end, end + 3);
  return (
    /(?:^|[^\p{L}\p{N}])[\p{L}\p{N}]\/$/u.test(before) ||
    /^\/[\p{L}\p{N}](?![\p{L}\p{N}+#])/u.test(after) ||
    /^\.\s?\p{Lu}/u.test(after)
  );
}

/**
 * A word after a professional name that makes it the name of a body: "Professionals in Human
 * Resources Association", "a statewide mental health organization", "Administrative Office of
 * the Courts". (Job titles are left alone:
 * "Medical terminology specialist" and "Sales Consultants" are claims as often as titles.)
 */
const BODY_NOUN =
  /^[ \t]+(?:association|society|institute|council|federation|organi[sz]ations?|agency|agencies|office\s+of)\b/i;

/** The head of a coordination that names skills in prose ("interpersonal and team skills"). */
const SKILLS_HEAD = /^(?:skills|abilities)$/;

/** Acronyms that also name a department: in capitals they still need a skill's evidence. */
const DEPARTMENT_ACRONYMS = new Set(['HR', 'IT', 'PR', 'QA', 'AP', 'AR']);

/** Categories of the technologies a developer writes: what vouches for an ambiguous language name. */
const DEVELOPER_CATEGORIES = new Set([
  'language',
  'framework',
  'library',
  'runtime',
  'api',
  'database',
  'data',
  'cloud',
  'infrastructure',
  'tooling',
  'testing',
  'observability',
  'ai',
  'platform',
  'data format',
]);

/**
 * Business software: beside it a database vendor's name is its business suite ("SAP, Kronos, ADP,
 * and Oracle" is Oracle's ERP or HCM), as it is the database beside developer tools.
 */
const BUSINESS_SOFTWARE_CATEGORIES = new Set([
  'business',
  'hr software',
  'Enterprise resource planning ERP software',
  'Human resources software',
  'Accounting software',
  'Customer relationship management CRM software',
]);

interface Candidate extends SkillMention {
  readonly kind: TaxonomySkill['kind'];
  readonly category: string;
  /** Needs the evidence of its context (an ordinary word or letter as written). */
  readonly contextual: boolean;
  /**
   * An office name written in lower case ("access", "outlook"): only an office name that is no
   * ordinary word ("excel", "PowerPoint") beside it in the list vouches for it.
   */
  readonly uncased: boolean;
  readonly strict: boolean;
  readonly trusted: boolean;
}

/**
 * Every skill mention in a text, longest name first at each position ("React Native" before
 * "React"). Short names must match their written case ("Go", not "go"; "DOS", not "dos").
 * Contextual names (one word that is also an ordinary word: Go, R, Sales, Framing) count only
 * with evidence: in a list beside another skill of the same kind, alone on a list line, or (not for
 * strict ones) capitalized as written in mid-sentence ("worked with React daily"). Strict
 * technology names (C, R, Go, Swift, Express, DOS) also count beside a word that says
 * "technology" ("the Go programming language"); never from a capital alone ("Taylor Swift").
 */
export function extractSkills(text: string, taxonomy: SkillTaxonomy = loadSkillTaxonomy()): SkillMention[] {
  const tokens = tokenizeSkills(text);
  // Per token: its stem when the stem occurs in some name's stem key, else null (no stem match
  // can start or run through it); "of" and articles pass as themselves.
  const stems = tokens.map((t) => {
    if (isLinkWord(t.key)) return t.key;
    const s = stemToken(t.key);
    return taxonomy.stemWords.has(s) ? s : null;
  });
  // How many tokens from each one on could be part of a stem match.
  const run = new Int32Array(tokens.length + 1);
  for (let j = tokens.length - 1; j >= 0; j--) run[j] = stems[j] === null ? 0 : run[j + 1]! + 1;
  const found: Candidate[] = [];
  for (let i = 0; i < tokens.length;) {
    let matched = 0;
    // The windows a lookup could find: a name's key starting with this token's first word (a
    // token's key is one word but for the odd compatibility character), or stems throughout.
    const key = tokens[i]!.key;
    const space = key.indexOf(' ');
    const exactUpTo = taxonomy.longestFrom.get(space < 0 ? key : key.slice(0, space)) ?? 0;
    const stemUpTo = Math.min(MAX_STEM_TOKENS, run[i]!);
    const longest = Math.min(taxonomy.maxTokens, tokens.length - i, Math.max(exactUpTo, stemUpTo));
    for (let n = longest; n >= 1 && !matched; n--) {
      const byExact = n <= exactUpTo;
      const byStemKey = n >= 2 && n <= stemUpTo;
      if (!byExact && !byStemKey) continue;
      const window = tokens.slice(i, i + n);
      // A name never spans sentence punctuation, nor a line break unless the line was wrapped: the
      // next line goes on in lower case ("Account\nmanagement", "financial reporting, and
      // management\naccounting") or a comma list runs on across it ("Tool$, Crystal\nReports, Global").
      const span = text.slice(window[0]!.start, window[n - 1]!.end);
      if (
        n > 1 &&
        (/[,;:()|]|\.\s/.test(span) || (span.includes('\n') && !wrapped(text, window[0]!.start, window[n - 1]!.end)))
      )
        continue;
      const keys = window.map((t) => t.key);
      const entry =
        (byExact ? taxonomy.byKey.get(keys.join(' ')) : undefined) ??
        (byStemKey ? byStem(taxonomy, keys, stems.slice(i, i + n) as string[]) : undefined);
      if (!entry) continue;
      // "data pipeline" is no Amazon Data Pipeline; "Business Objects" in a list is SAP's.
      if (entry.cased && span.replace(/\s+/g, ' ') !== entry.written) continue;
      const first = window[0]!.surface;
      if (
        !caseFits(span, entry.written) &&
        !titleCasedListItem(text, window[0]!.start, window[n - 1]!.end, entry.written)
      )
        continue;
      // Only a plain word is ambiguous: "DOS", "Go", "Sales", "Act!" (an exclamation mark is no
      // evidence: "act as liaison"); not "MS-DOS", "Node.js", "inside sales".
      // A professional acronym written in capitals is no ordinary word ("RN", "LPN", "UAT"), unless
      // it also names a department ("the HR team", "HR Manager").
      const plainWord =
        /^\p{L}+!?$/u.test(entry.written) &&
        !(
          entry.skill.kind === 'professional' &&
          /^[A-Z]{2,}$/.test(entry.written) &&
          !DEPARTMENT_ACRONYMS.has(entry.written)
        );
      const contextual = (entry.skill.contextual ?? false) && plainWord;
      // A technology name that is also a word counts as the product only capitalized, but for office
      // software in a list of office software: "Microsoft- word, excel, power point, access, outlook".
      // A name written in lower case by its makers ("pandas", "dbt", "npm") is capitalized at a
      // list item's start or in a title-cased list ("Python, Pandas, NumPy") all the same.
      const lowerCaseName = entry.written === entry.skill.name && /^\p{Ll}+$/u.test(entry.written);
      const uncased =
        contextual &&
        entry.skill.kind === 'technology' &&
        first[0] !== entry.written[0] &&
        !(lowerCaseName && first.slice(1) === entry.written.slice(1));
      if (uncased && entry.skill.category !== 'office') continue;
      const start = window[0]!.start;
      const end = window[n - 1]!.end;
      if (entry.skill.name.length === 1 && letterInCompound(text, start, end)) continue;
      found.push({
        skill: entry.skill.name,
        text: span,
        start,
        end,
        kind: entry.skill.kind,
        category: entry.skill.category,
        contextual,
        uncased,
        strict: entry.skill.strict ?? false,
        trusted: !entry.skill.strict && capitalizedMidSentence(text, start, span, entry.written),
      });
      matched = n;
    }
    i += matched || 1;
  }
  const fields = degreeFieldSpans(text);
  /** Written in a degree's fields, a job's heading or as a department: named, not claimed. */
  const namedButNotClaimed = (start: number, end: number): boolean =>
    fields.some(([s, e]) => s <= start && end <= e) ||
    onJobHeading(text, start, end) ||
    namesDepartment(text, { text: text.slice(start, end), start, end });
  const named = found
    .filter((m, idx) => !m.contextual || m.trusted || hasEvidence(text, m, found, idx))
    // "a bachelor's degree in business, engineering or a related field": studied, not claimed.
    .filter((m) => !namedButNotClaimed(m.start, m.end))
    .filter((m) => !(m.kind === 'professional' && BODY_NOUN.test(text.slice(m.end, m.end + 16))))
    // "skills to excel in client service", "under minimal supervision", "direct reports".
    .filter((m) => !inOtherSense(text, m))
    // "Acme is hiring", "we are recruiting": a verb in the progressive tells what someone does now,
    // not a skill anyone has.
    .filter(
      (m) =>
        !(
          m.kind === 'professional' &&
          /^\p{L}+ing$/u.test(m.text) &&
          PROGRESSIVE.test(text.slice(Math.max(0, m.start - 10), m.start))
        ),
    )
    .map(({ skill, text: written, start, end }) => ({ skill, text: written, start, end }));
  // Duties stated in prose ("Trained all new sales employees") name what no mention there names.
  const duties = dutyMentions(text).filter(
    (d) =>
      taxonomy.byKey.get(skillKey(d.skill))?.skill.name === d.skill &&
      !named.some((m) => m.start < d.end && d.start < m.end) &&
      !inOtherSense(text, d),
  );
  // A name a coordination splits ("Strategic / Tactical Planning") is read whole, once.
  const coordinated: SkillMention[] = [];
  const mentioned = new Set([...named, ...duties].map((m) => m.skill));
  for (const pair of coordinatedPairs(text, tokens)) {
    // Spelled as the name is, not by stems: "Designed and developed" is no engineering design.
    const entry = taxonomy.byKey.get(`${tokens[pair.first]!.key} ${tokens[pair.second]!.key}`);
    // "research and analytical skills": a phrase ending in "skills" names skills, even ordinary words.
    const ofSkills = SKILLS_HEAD.test(tokens[pair.to]!.key);
    if (!entry || entry.cased || entry.skill.kind !== 'professional' || (entry.skill.contextual && !ofSkills)) continue;
    const name = entry.skill.name;
    if (mentioned.has(name) || !namesSkills(text, tokens, pair.from, pair.to)) continue;
    const start = tokens[pair.from]!.start;
    const end = tokens[pair.to]!.end;
    const mention = { skill: name, text: text.slice(start, end), start, end };
    if (namedButNotClaimed(start, end) || inOtherSense(text, mention)) continue;
    coordinated.push(mention);
    mentioned.add(name);
  }
  const extra = [...duties, ...coordinated, ...platformsNamed(named, tokens, taxonomy)];
  return extra.length === 0 ? named : [...named, ...extra].sort((a, b) => a.start - b.start);
}

/** Categories of the platforms a product may be named with: AWS, Microsoft Azure, Google Cloud, Docker. */
const PLATFORM_CATEGORIES = new Set(['cloud', 'infrastructure']);
/**
 * Products that run on such a platform (a queue, a database, a pipeline); a developer tool that
 * carries its name runs anywhere ("Azure DevOps" builds for any cloud).
 */
const ON_PLATFORM_CATEGORIES = new Set(['cloud', 'infrastructure', 'data', 'database', 'ai', 'observability']);

/**
 * A product named with its platform is of that platform too: "AWS Glue", "Azure Data Factory",
 * "Google Cloud Pub/Sub", "Docker Swarm" ask for AWS, Azure, Google Cloud and Docker as "AWS EKS"
 * (two names) does. Without it, a resume that lists AWS shared nothing with a posting for AWS Glue.
 */
function platformsNamed(
  named: readonly SkillMention[],
  tokens: readonly SkillToken[],
  taxonomy: SkillTaxonomy,
): SkillMention[] {
  const out: SkillMention[] = [];
  const mentioned = new Set(named.map((m) => m.skill));
  for (const m of named) {
    const product = taxonomy.byKey.get(skillKey(m.skill))?.skill;
    if (!product || product.kind !== 'technology' || !ON_PLATFORM_CATEGORIES.has(product.category)) continue;
    const inside = tokens.filter((t) => t.start >= m.start && t.end <= m.end);
    for (let n = Math.min(3, inside.length - 1); n >= 1; n--) {
      const platform = taxonomy.byKey.get(
        inside
          .slice(0, n)
          .map((t) => t.key)
          .join(' '),
      )?.skill;
      if (!platform || platform.kind !== 'technology' || !PLATFORM_CATEGORIES.has(platform.category)) continue;
      if (platform.name === m.skill || mentioned.has(platform.name)) break;
      const end = inside[n - 1]!.end;
      out.push({ skill: platform.name, text: m.text.slice(0, end - m.start), start: m.start, end });
      mentioned.add(platform.name);
      break;
    }
  }
  return out;
}

/**
 * A resume's job heading names the title and the employer ("Administrative Assistant , 04/2020 to
 * 02/2021", "Business Development Manager 09/2013 to 08/2014"): a title is no skill claimed.
 */
function onJobHeading(text: string, start: number, end: number): boolean {
  const { start: lineStart, end: lineEnd } = lineBounds(text, start, end);
  return lineEnd - lineStart <= 120 && hasDateRange(text.slice(lineStart, lineEnd));
}

/**
 * A coordination names skills, not duties, when it is written as names are, in title case ("Strategic
 * / Tactical Planning"), or is a list line of its own ("Data extraction & analysis"); "led and
 * directed a team" and "technical issues and support" in prose are no name, nor is a department.
 */
function namesSkills(text: string, tokens: readonly SkillToken[], from: number, to: number): boolean {
  // "Excellent interpersonal and coaching skills", "strong research and analytical skills".
  if (SKILLS_HEAD.test(tokens[to]!.key)) return true;
  // "our Product & Design teams", "the Data & Analytics group": a department, not a skill.
  if (
    /^\s+(?:teams?|departments?|groups?|organi[sz]ations?|orgs?|functions?|units?)\b/i.test(
      text.slice(tokens[to]!.end, tokens[to]!.end + 24),
    )
  )
    return false;
  const words = tokens.slice(from, to + 1).filter((t) => t.key !== 'and' && t.key !== 'or');
  if (words.every((t) => /^\p{Lu}/u.test(t.surface))) return true;
  const { start: lineStart, end: lineEnd } = lineBounds(text, tokens[from]!.start, tokens[to]!.end);
  return (
    /^[\s*•·\-–]*$/.test(text.slice(lineStart, tokens[from]!.start)) &&
    /^[\s.,;]*$/.test(text.slice(tokens[to]!.end, lineEnd))
  );
}

/**
 * Every line break in text[start, end) is a wrap: the next line goes on in lower case, or the break
 * falls inside an item of a comma list (commas on the line before it and after it, none at the break).
 */
function wrapped(text: string, start: number, end: number): boolean {
  for (let at = text.indexOf('\n', start); at >= 0 && at < end; at = text.indexOf('\n', at + 1)) {
    if (/^[ \t]*\p{Ll}/u.test(text.slice(at + 1, at + 3))) continue;
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const before = text.slice(lineStart, at);
    const nextEnd = text.indexOf('\n', at + 1);
    const after = text.slice(at + 1, nextEnd < 0 ? text.length : nextEnd);
    if ((before.match(/,/g) ?? []).length < 2 || /[,;:.]\s*$/.test(before) || !after.includes(',')) return false;
  }
  return true;
}

function byStem(taxonomy: SkillTaxonomy, keys: readonly string[], stems: readonly string[]): Entry | undefined {
  for (const key of stemKeyVariants(keys, stems)) {
    const entry = taxonomy.byStem.get(key);
    if (entry) return entry;
  }
  return undefined;
}

/** "with React daily": written exactly as the product spells it, capitalized, not opening a sentence. */
function capitalizedMidSentence(text: string, start: number, span: string, written: string): boolean {
  if (span !== written || span.length < 3 || !/^[A-Z]/.test(span)) return false;
  const before = text.slice(Math.max(0, start - 3), start);
  return /[\p{L}\p{N},)]\s+$/u.test(before) || /[\p{L}\p{N}]\/$/u.test(before);
}

/** A duty verb opening a line (or a bullet), then up to four plain words before the skill's name. */
const DUTY_OBJECT =
  /^[\s*•·\-–]*(?:handled|prepared|managed|coordinated|maintained|performed|conducted|processed|organized|organised|oversaw|supervised|completed|assisted with|responsible for|in charge of|did|provided|provides|delivered|delivers|facilitated|taught|drove|directed|executed|implemented)\s+(?:(?:all|the|daily|weekly|monthly|incoming|outgoing|and|general|routine|various|office|company|department)\s+){0,4}$/i;

function hasEvidence(text: string, m: Candidate, all: readonly Candidate[], idx: number): boolean {
  const { start: lineStart, end: lineEnd } = lineBounds(text, m.start, m.end);
  // Evidence comes from a skill of the same kind that needs none itself: "Sales, Marketing" proves
  // nothing about "Go"; "C, Python" does.
  const isNeighbour = (o: Candidate, j: number, from: number, to: number): boolean =>
    j !== idx &&
    o.skill !== m.skill &&
    o.kind === m.kind &&
    // Two strict languages do not vouch for each other ("Go, C"); two spoken ones do ("French, Italian").
    !(o.strict && m.strict && m.kind === 'technology') &&
    // "Public Accounting, Express, QuickBooks" is an accountant's list: office software vouches for no
    // language; and only office software vouches for a strict office name ("Word, Excel, Access").
    (!m.strict ||
      m.kind !== 'technology' ||
      (m.category === 'office'
        ? o.category === 'office'
        : DEVELOPER_CATEGORIES.has(o.category) ||
          (m.category === 'database' && BUSINESS_SOFTWARE_CATEGORIES.has(o.category)))) &&
    (!m.uncased || (o.category === 'office' && !o.contextual)) &&
    o.start >= from &&
    o.end <= to &&
    Math.abs(o.start - m.start) < 160 &&
    // Another item of the list, not a word of the same one: "Social Media Recruiting" names one skill.
    ITEM_BREAK.test(text.slice(Math.min(m.end, o.end), Math.max(m.start, o.start)));
  // A list item of its own: "  * Rust". A strict name needs a neighbour in the lines around it.
  if (/^[\s*•·\-–o]*$/.test(text.slice(lineStart, m.start)) && /^[\s.,;]*$/.test(text.slice(m.end, lineEnd))) {
    if (!m.strict && !m.uncased) return true;
    if (all.some((o, j) => isNeighbour(o, j, Math.max(0, m.start - 160), m.end + 160))) return true;
  }
  const before = text.slice(Math.max(lineStart, m.start - 6), m.start);
  const after = text.slice(m.end, Math.min(lineEnd, m.end + 6));
  // One side set off is enough: "with Go, Python" and "React/Next.js" are lists; "Vitamin C is" is not.
  const marks = m.kind === 'professional' ? LIST_MARKS : LIST_PUNCTUATION;
  // A list's last item may close with a full stop: "English, French and Greek." Set off before it,
  // though: a line's last word is no item of a list ("at a large provider or payor organization").
  const lastItem =
    /^\.?\s*$/.test(text.slice(m.end, lineEnd)) && (m.start === lineStart || /(?:[,;/|&]|\band|\bor)\s*$/.test(before));
  // A closing parenthesis ends a list only if the item was set off before it too: "(Instagram,
  // Twitter, Facebook)", not "(merging technical with operations)".
  const setOffAfter = marks.test(after) && !(/^\s*\)/.test(after) && !/(?:\band|\bor)\s*$/.test(before));
  const delimited = m.start === lineStart || marks.test(before) || lastItem || setOffAfter;
  if (delimited && all.some((o, j) => isNeighbour(o, j, lineStart, lineEnd))) return true;
  // A duty's object, the duty opening its line: "Handled all incoming and outgoing correspondence",
  // "Did scheduling and ordering", "Conducted research on potential new vendors".
  if (
    m.kind === 'professional' &&
    DUTY_OBJECT.test(text.slice(lineStart, m.start)) &&
    // The name ends the object, not modifies it: "Organized weekly sales reports" names reports.
    /^(?:\s*$|\s*[.,;:()/&]|\s+(?:and|or|in|on|at|across|including|such as|by|through|within|as|while|under|according)\b)/i.test(
      text.slice(m.end, lineEnd),
    )
  )
    return true;
  // Said to be a skill: "insurance industry knowledge", "compliance experience", "experience in counseling".
  if (
    !m.strict &&
    m.kind === 'professional' &&
    (/^[\s-]*(?:industry\s+)?(?:skills?|experience|knowledge|expertise|background|proficiency)\b/i.test(
      text.slice(m.end, m.end + 30),
    ) ||
      /\b(?:experience|experienced|skilled|expertise|knowledge|proficient|background|trained)\s+(?:in|with|of)\s+$/i.test(
        text.slice(Math.max(0, m.start - 30), m.start),
      ))
  )
    return true;
  if (m.strict && m.kind === 'technology' && !m.uncased) {
    const around = text.slice(Math.max(lineStart, m.start - 50), Math.min(lineEnd, m.end + 50));
    return TECH_CONTEXT.test(around.replace(m.text, ' '));
  }
  return false;
}

/** Distinct canonical skills of a text, in order of first mention. */
export function skillsIn(text: string, taxonomy: SkillTaxonomy = loadSkillTaxonomy()): string[] {
  return [...new Set(extractSkills(text, taxonomy).map((m) => m.skill))];
}
