import { US_STATE_NAMES } from '../common/us-states';
import type { RemoteType } from '../common/vocabulary/jobs';
import { words } from './minhash';

/**
 * Field normalization: the forms postings are compared by (title and location keys), and the
 * structured values they are filtered and scored by (employment type, posting date). Salary and
 * remote type come from the analysis shared with resumes (understanding/analysis).
 */

export const EMPLOYMENT_TYPES = ['full_time', 'part_time', 'contract', 'temporary', 'internship', 'other'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

/** Abbreviations postings use for the same word; the key spells them out. */
const TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  sr: 'senior',
  snr: 'senior',
  jr: 'junior',
  mgr: 'manager',
  eng: 'engineer',
  engr: 'engineer',
  dev: 'developer',
  asst: 'assistant',
  assoc: 'associate',
  admin: 'administrator',
  rep: 'representative',
  coord: 'coordinator',
  spec: 'specialist',
  sw: 'software',
  swe: 'software engineer',
  vp: 'vice president',
  rn: 'registered nurse',
  lpn: 'licensed practical nurse',
};

/** Words about the arrangement, not the job: the same posting is listed with and without them. */
const ARRANGEMENT = new Set(
  'remote remotely hybrid onsite on site wfh fulltime full parttime part time contract contractor temporary temp permanent freelance m f d w x h all genders gn only copy of'.split(
    ' ',
  ),
);

/** Compounds written as one word or two ("Front-End", "Frontend"): one spelling in the key. */
const COMPOUNDS: readonly [RegExp, string][] = [
  [/\bfront\s+end\b/g, 'frontend'],
  [/\bback\s+end\b/g, 'backend'],
  [/\bfull\s+stack\b/g, 'fullstack'],
  [/\bdev\s+ops\b/g, 'devops'],
  [/\be\s+commerce\b/g, 'ecommerce'],
  [/\bmachine learning\b/g, 'ml'],
  [/\bartificial intelligence\b/g, 'ai'],
  [/\bquality assurance\b/g, 'qa'],
];

/** Gender markers ("(m/f/d)", "H/F") and requisition codes ("REF123", "(ID: 2223)", "Req #12"). */
const TITLE_NOISE =
  /\(?\b[hfmwdx]\s*\/\s*[hfmwdx](?:\s*\/\s*[hfmwdx])?\b\)?|\(?\b(?:ref|req|id|job id|requisition)\.?\s*[:#-]?\s*[a-z0-9-]*\d[a-z0-9-]*\)?|\(\s*\d{3,}\s*\)/giu;

/** Level words: two titles that differ in one of them are different jobs. */
export const LEVEL_WORDS = new Set(
  'senior junior lead principal staff head chief intern entry associate ii iii iv v vi i l1 l2 l3 l4 l5 l6 trainee apprentice graduate director manager'.split(
    ' ',
  ),
);

/** A title as duplicates are compared: words spelled out, noise and arrangement words dropped. */
export function titleKey(title: string): string {
  const out: string[] = [];
  let text = words(title.replace(TITLE_NOISE, ' ')).join(' ');
  for (const [pattern, compound] of COMPOUNDS) text = text.replace(pattern, compound);
  for (const word of text.split(' ')) {
    // Requisition numbers ("2024-7209_Data Engineer") change between reposts of one job.
    if (/^\d{3,}$/.test(word)) continue;
    const full = TITLE_ABBREVIATIONS[word] ?? word;
    for (const part of full.split(' ')) if (!ARRANGEMENT.has(part)) out.push(part);
  }
  return out.join(' ');
}

/** "west virginia" before "virginia", so the longer name wins. */
const STATE_NAMES_LONGEST_FIRST: readonly [string, string][] = Object.entries(US_STATE_NAMES)
  .map(([code, name]): [string, string] => [words(name).join(' '), code.toLowerCase()])
  .sort((a, b) => b[0].length - a[0].length);
/** Spellings of one country or region, as one word ("United States", "USA", "U.S." → "us"). */
const PLACE_SPELLINGS: readonly [string, string][] = [
  ['united states of america', 'us'],
  ['united states', 'us'],
  ['u s a', 'us'],
  ['u s', 'us'],
  ['usa', 'us'],
  ['united kingdom', 'uk'],
  ['great britain', 'uk'],
  ['england', 'uk'],
  ['latin america', 'latam'],
  ['south america', 'southamerica'],
  ['north america', 'northamerica'],
  ['viet nam', 'vietnam'],
  ['deutschland', 'germany'],
];
const LOCATION_NOISE = new Set(
  'remote remotely hybrid onsite on site in or and anywhere worldwide global work from home wfh based within only the of area metro greater region'.split(
    ' ',
  ),
);

/**
 * A location as duplicates are compared: lower case, state names as codes (a US state adds "us"),
 * countries in one spelling, postcodes and workplace words dropped, each word once. "Remote in
 * Denver, Colorado 80202" and "Denver, CO" share the key "denver co us"; "Remote" has the empty
 * key, "Remote - USA" the key "us" and "Remote Canada" the key "canada".
 */
export function locationKey(location: string | null): string {
  if (!location) return '';
  // Upper-case postal codes ("Portland, OR", "Gary, IN") are states, not the words "or" and "in".
  const marked = location.replace(/\b([A-Z]{2})\b/g, (code) => (code in US_STATE_NAMES ? `state${code}` : code));
  let text = ` ${words(marked).join(' ')} `;
  for (const [name, code] of STATE_NAMES_LONGEST_FIRST) text = text.replaceAll(` ${name} `, ` state${code} `);
  for (const [spelling, place] of PLACE_SPELLINGS) text = text.replaceAll(` ${spelling} `, ` ${place} `);
  const kept: string[] = [];
  let inUs = false;
  for (const word of text.split(' ')) {
    if (!word || LOCATION_NOISE.has(word) || /^\d{4,}$/.test(word)) continue;
    const state = word.startsWith('state') && word.length === 7;
    inUs ||= state;
    const value = state ? word.slice(5) : word;
    if (!kept.includes(value)) kept.push(value);
  }
  if (inUs && !kept.includes('us')) kept.push('us');
  return kept.join(' ');
}

/** Whether two location keys can name the same place: equal, one unstated, or one inside the other. */
export function locationsCompatible(a: string, b: string): boolean {
  if (a === '' || b === '' || a === b) return true;
  const wa = new Set(a.split(' '));
  const wb = new Set(b.split(' '));
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  for (const word of small) if (!large.has(word)) return false;
  return true;
}

const EMPLOYMENT_PATTERNS: readonly [EmploymentType, RegExp][] = [
  ['internship', /\b(?:intern|internship|co-?op|praktikum|stage|stagiaire)\b/i],
  ['part_time', /\b(?:part[- ]?time|teilzeit|temps partiel)\b/i],
  ['temporary', /\b(?:temporary|temp|seasonal|fixed[- ]term|interim)\b/i],
  ['contract', /\b(?:contract|contractor|freelance|freelancer|1099|c2c|corp[- ]to[- ]corp)\b/i],
  ['full_time', /\b(?:full[- ]?time|permanent|vollzeit|temps plein|cdi)\b/i],
];

/**
 * The employment type: the board's own label first, then the title, then the first one the
 * description names. Null when nothing says.
 */
export function employmentType(
  boardLabels: readonly string[],
  title: string,
  description: string,
): EmploymentType | null {
  for (const label of boardLabels) {
    const found = EMPLOYMENT_PATTERNS.find(([, p]) => p.test(label));
    if (found) return found[0];
  }
  const inTitle = EMPLOYMENT_PATTERNS.find(([, p]) => p.test(title));
  if (inTitle) return inTitle[0];
  let best: { type: EmploymentType; at: number } | null = null;
  for (const [type, pattern] of EMPLOYMENT_PATTERNS) {
    const at = description.search(pattern);
    if (at >= 0 && (best === null || at < best.at)) best = { type, at };
  }
  return best?.type ?? null;
}

const DAY_MS = 86_400_000;
/** Older than this is a parsing accident, not a posting date. */
const EARLIEST = Date.UTC(2000, 0, 1);

/**
 * The posting date: an ISO date or timestamp, a year-month, or a board's relative text ("3 days
 * ago", "30+ days ago", "today"), resolved against when the posting was fetched. A date after the
 * fetch (clock skew, a board's time zone) is the fetch time; an implausible one is unknown.
 */
export function postedAt(raw: string | null | undefined, fetchedAt: Date): Date | null {
  const text = raw?.trim().toLowerCase();
  if (!text) return null;
  let ms: number;
  const relative = /^(\d+)\+?\s*(minute|hour|day|week|month)s?\s+ago$/.exec(text);
  if (relative) {
    const unit = { minute: 60_000, hour: 3_600_000, day: DAY_MS, week: 7 * DAY_MS, month: 30 * DAY_MS }[
      relative[2] as 'minute' | 'hour' | 'day' | 'week' | 'month'
    ];
    ms = fetchedAt.getTime() - Number(relative[1]) * unit;
  } else if (/^(?:today|just posted|just now|new)$/.test(text)) {
    ms = fetchedAt.getTime();
  } else if (text === 'yesterday') {
    ms = fetchedAt.getTime() - DAY_MS;
  } else if (/^\d{4}-\d{2}$/.test(text)) {
    ms = Date.parse(`${text}-01T00:00:00Z`);
  } else {
    ms = Date.parse(raw as string);
  }
  if (!Number.isFinite(ms) || ms < EARLIEST) return null;
  return new Date(Math.min(ms, fetchedAt.getTime()));
}

/** The board's workplace label when it has one; otherwise what the text says (the analysis' reading). */
export function remoteTypeOf(boardHint: RemoteType, analysed: RemoteType): RemoteType {
  return boardHint !== 'unknown' ? boardHint : analysed;
}
