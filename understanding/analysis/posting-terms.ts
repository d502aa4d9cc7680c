import { escapeRegExp } from '../../common/escape-regexp';
import type { RemoteType } from '../../common/vocabulary/jobs';

/** Whether an offset falls in one of the spans (both ends included). */
const inAnySpan =
  (spans: readonly (readonly [number, number])[]) =>
  (at: number): boolean =>
    spans.some(([s, e]) => at >= s && at <= e);

/** Remote, hybrid or on-site, from the title and location first (they are explicit), then the text. */
export function findRemoteType(title: string, location: string | null, description: string): RemoteType {
  const explicit = `${title} ${location ?? ''}`;
  if (/\bhybrid\b/i.test(explicit)) return 'hybrid';
  if (/\b(remote|work from home|wfh|anywhere)\b/i.test(explicit)) return 'remote';
  if (/\b(on-?site|in[- ]office)\b/i.test(explicit)) return 'onsite';
  if (/\bhybrid (role|position|work|schedule|model)\b|\b\d days? (a|per) week in (the )?office\b/i.test(description))
    return 'hybrid';
  if (
    /\b(fully remote|100% remote|remote[- ]first|remote position|remote role|work from anywhere|remote-friendly|this is a remote|work remotely|remote within)\b/i.test(
      description,
    )
  )
    return 'remote';
  if (
    /\b(on-?site (role|position)|must work (from|in) (our|the) office|in[- ]office (role|position)|relocat(e|ion) (is )?required)\b/i.test(
      description,
    )
  )
    return 'onsite';
  return 'unknown';
}

/** Whether the employer sponsors work visas; null when the posting does not say. */
export function findVisaSponsorship(text: string): boolean | null {
  if (
    /\b(not|unable to|cannot|can ?not|won't|will not|do not|does not|no)\b[^.\n]{0,40}\b(sponsor|sponsorship)\b|\bwithout (the need for )?(visa )?sponsorship\b|\bsponsorship (is )?not (available|provided|offered)\b/i.test(
      text,
    )
  )
    return false;
  if (
    /\b(visa sponsorship (is )?(available|provided|offered)|will sponsor|we sponsor|sponsorship available|offer(s)? visa sponsorship)\b/i.test(
      text,
    )
  )
    return true;
  return null;
}

const PREFERRED_HEADING =
  /^\W*(preferred|nice[- ]to[- ]have|bonus|desired|desirable|pluses|it'?s an advantage|a plus|good to have|would be (great|nice)|extra credit|additional(ly)?|optional|compétences appréciées|atouts?)\b.*$/i;
const REQUIRED_HEADING =
  /^\W*(requirements?|required|minimum|basic|must[- ]have|what you('ll)? (need|bring)|qualifications|you have|who you are|skills)\b.*$/i;
const PREFERRED_SENTENCE =
  /\b(a plus|is a plus|are a plus|plus\b(?!\s*\d)|preferred|preferably|nice[- ]to[- ]have|bonus|desirable|ideally|advantage|advantageous|would be great|familiarity with .* helpful|not required)\b/i;

/**
 * For each character of a posting, whether it sits in a "preferred / nice to have" context: under
 * such a heading (until a heading that is not), or in a line that says so itself.
 */
export function preferredSpans(text: string): (offset: number) => boolean {
  const spans: [number, number][] = [];
  let inPreferred = false;
  let offset = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    const isHeading =
      trimmed.length > 0 && trimmed.length <= 80 && !/^[-*•●o]\s/.test(trimmed) && /[:*#]|^[A-Z][^.]*$/.test(trimmed);
    if (isHeading && PREFERRED_HEADING.test(trimmed.replace(/[*#_]/g, ''))) inPreferred = true;
    else if (isHeading && REQUIRED_HEADING.test(trimmed.replace(/[*#_]/g, ''))) inPreferred = false;
    if (inPreferred || PREFERRED_SENTENCE.test(line)) spans.push([offset, offset + line.length]);
    offset += line.length + 1;
  }
  return inAnySpan(spans);
}

/**
 * Years of experience a posting asks for: the largest "N+ years" / "N-M years" (lower bound) /
 * "at least N years" stated outside a preferred context, or in one when nothing else states any.
 */
export function findYearsRequired(text: string, isPreferred: (offset: number) => boolean): number | null {
  const pattern =
    /\b(?:at least |minimum (?:of )?|min\.? )?(\d{1,2})(?:\.\d)?\s*(?:\+|plus)?\s*(?:(?:-|–|to)\s*\d{1,2}\s*)?\+?\s*(?:years?|yrs?)\b(?:'|’)?(?![^.\n]{0,12}\b(old|of age)\b)/gi;
  const required: number[] = [];
  const preferred: number[] = [];
  for (const m of text.matchAll(pattern)) {
    const years = Number(m[1]);
    if (years < 1 || years > 25) continue;
    (isPreferred(m.index) ? preferred : required).push(years);
  }
  const pool = required.length > 0 ? required : preferred;
  return pool.length > 0 ? Math.max(...pool) : null;
}

/**
 * Headings of what the employer says about itself and its offer, not of the work: benefits and
 * perks, the company, the hiring process, equal opportunity. The role's own headings end them.
 */
const EMPLOYER_HEADING =
  /^\W*((our |your )?(benefits?|perks?|compensation|salary|total rewards)(\s*(and|&|\+)\s*(benefits?|perks?|rewards))?|what we offer( you)?|we offer|our offer|what('s| is) in it for you|why (join|work (with|for|at))\b.*|why you('ll| will) love\b.*|about us|about the company|about our company|company (description|overview|profile)|who we are|our (company|story|mission|values|culture)|life at\b.*|(our |the )?(hiring|interview|recruitment|application) process|how to apply|equal (employment )?opportunit.*|eeo\b.*|diversity( and inclusion| & inclusion)?.*|our commitment.*|additional information|disclaimer)\W*$/i;
const ROLE_HEADING =
  /^\W*(about the (role|job|position|team|opportunity)|about you|the role|your role|the job|role|job description|description|responsibilities|key responsibilities|duties|tasks|what you('ll| will) (do|be doing|work on)|your (responsibilities|impact|mission)|requirements?|qualifications|who you are|what you('ll)? (need|bring)|skills|preferred|nice[- ]to[- ]have|bonus|you have|must[- ]have)\b.*$/i;
/** A line of the employer's boilerplate wherever it stands. */
const EMPLOYER_SENTENCE =
  /\b(equal (employment )?opportunity|without regard to (race|sex|age)|regardless of (race|gender|age)|reasonable accommodations?|e-verify|(the|a|this|our) job description|hiring (process|practices|requirements)|recruitment (process|agenc(y|ies))|(visit|read|check out|learn more on|on) (our |the )?([\w-]+ )?blog)\b/i;

/**
 * A sentence of the offer or of the employer's own growth, wherever it stands: "eligible for
 * company sponsored benefits, including medical, dental and vision insurance, 401(k)", "includes
 * base salary, equity and benefits", "a personal L&D budget", "hiring globally", "backed by
 * $220 million of investment". Only its sentence is the employer's: a posting may be one line.
 */
const OFFER_SENTENCE =
  /\b(401\s?\(?k\)?|paid time off|PTO|parental leave|(dental|vision|health|healthcare|medical|life|pet|disability|AD&D|accident|mutual) insurance|medical, dental|stock options|equity (grant|package)|tuition reimbursement|(learning|L&D|WFH|home[- ]office|training|education|development|wellness|conference|co-?working(?: space)?|engagement|equipment|book|hardware) (budgets?|stipends?|allowances?)|budget to keep learning|(base )?salary (range|band)|pay (range|band)|compensation (package|range)|(company[- ]sponsored|full|comprehensive|competitive|great|flexible|generous) benefits|benefits (package|include|including)|(incentives|equity|bonus|tokens|variable pay|incentive compensation)(,)? (and|&|or) (additional )?(employee )?benefits|competitive (salary|compensation|pay) (and|&) (additional )?(employee )?benefits|benefits, flexibility|hiring (globally|worldwide|across)|backed by\b[^.]{0,40}\b(investment|funding|investors))\b/gi;

/**
 * Said of the work, an offer's words are duties: "Administer employee benefits, including medical,
 * dental and vision insurance", "Develop and manage the L&D budget", "experience with 401(k) plans".
 */
const DUTY_CUE =
  /\b(manag(e|es|ed|ing)|administ\w*|oversee\w*|coordinat\w*|process(es|ed|ing)?|handl\w*|reconcil\w*|audit\w*|negotiat\w*|implement\w*|experience (with|in)|knowledge of|responsible for|you will|you'll|ensur\w*)\b/i;

/** The sentence of a line around a match: from the last sentence end or list mark before it to the next. */
function sentenceAround(line: string, at: number, length: number): [number, number] {
  const before = line.slice(0, at);
  const ends = [...before.matchAll(/[.!?;](?=\s)|\s[*•●-]\s/g)];
  const start = ends.length > 0 ? ends[ends.length - 1]!.index + 1 : 0;
  const next = /[.!?;](?=\s|$)|\s[*•●-]\s/.exec(line.slice(at + length));
  return [start, next ? at + length + next.index + 1 : line.length];
}

/**
 * For each character of a posting, whether it is the employer speaking of itself rather than of
 * the work: under a benefits, company, hiring-process or equal-opportunity heading (until a heading
 * of the role), in a line of that boilerplate, or in a sentence of the offer. Skills named there
 * ("learning budget", "Benefits", "our hiring process", "vision insurance") are not skills the job
 * asks for.
 */
export function employerSpans(text: string): (offset: number) => boolean {
  const spans: [number, number][] = [];
  let inEmployer = false;
  let offset = 0;
  for (const line of text.split('\n')) {
    const bare = line.replace(/[*#_]/g, '').trim();
    if (bare.length > 0 && bare.length <= 60 && !/^[-•●]\s/.test(line.trim())) {
      if (EMPLOYER_HEADING.test(bare)) inEmployer = true;
      else if (ROLE_HEADING.test(bare)) inEmployer = false;
    }
    if (inEmployer || EMPLOYER_SENTENCE.test(line)) spans.push([offset, offset + line.length]);
    else
      for (const m of line.matchAll(OFFER_SENTENCE)) {
        const [from, to] = sentenceAround(line, m.index, m[0].length);
        if (!DUTY_CUE.test(line.slice(from, to))) spans.push([offset + from, offset + to]);
      }
    offset += line.length + 1;
  }
  return inAnySpan(spans);
}

/** The company's name as postings write it: "Acme" of "Acme, Inc." or "Acme Technologies Ltd". */
function companyPattern(company: string): string | null {
  const name = company
    .replace(/\(.*?\)/g, ' ')
    .replace(/[,.]?\s+(inc|llc|ltd|limited|gmbh|corp|corporation|co|plc|s\.?a|b\.?v|ag|pty)\.?$/i, '')
    .trim();
  if (name.length < 2) return null;
  return escapeRegExp(name).replace(/\s+/g, '\\s+');
}

/** A sentence that speaks to the candidate or of the opening is the role's, whoever its subject. */
const OF_THE_ROLE =
  /\b(you|your|you're|you'll|looking for|seeking|hiring|searching for|candidates?|applicants?|this (role|position))\b/i;
/** What an employer does, said of itself: "Acme is…", "Acme helps…", "Acme, a UPS company, builds…". */
const SELF_VERBS =
  'is|are|was|has been|helps|provides|offers|builds|makes|enables|empowers|delivers|develops|creates|connects|serves|powers|transforms|operates|specializes|partners|exists|believes|brings|combines|supports|works with';
/**
 * Sentences in which the employer describes itself: "Varsity Tutors is a live learning platform",
 * "Acme helps veterinary clinics…", "We are a sustainability company", "Our mission is…",
 * "Founded in 2012, Acme…". Their professional words name the employer's trade, not the work's.
 */
export function employerSelfSpans(text: string, company: string | null | undefined): (offset: number) => boolean {
  const name = company ? companyPattern(company) : null;
  const subject = [
    ...(name
      ? [
          `(?:At\\s+${name},\\s+we\\b|${name}(?:,?\\s+(?:inc|llc|ltd)\\.?)?(?:\\s*\\([^)]{0,60}\\))?(?:,[^,.]{0,80},)?\\s+(?:${SELF_VERBS})\\b)`,
        ]
      : []),
    `(?:we\\s+are|we're)\\s+(?:a|an|the|one of|on a mission)\\b`,
    `our\\s+(?:mission|vision|purpose|company|platform|products?|solutions?|customers|clients)\\s+(?:is|are|include|includes|help|helps)\\b`,
    `founded\\s+in\\s+\\d{4}\\b`,
  ].join('|');
  const opener = new RegExp(`(?:^|[.!?]\\s+|\\n)[\\s*_#>-]*(?:${subject})`, 'gi');
  const spans: [number, number][] = [];
  for (const m of text.matchAll(opener)) {
    const from = m.index;
    const rest = /[.!?](?=\s|$)|\n/.exec(text.slice(from + m[0].length));
    const to = rest ? from + m[0].length + rest.index : text.length;
    const sentence = text.slice(from, to);
    if (!DUTY_CUE.test(sentence) && !OF_THE_ROLE.test(sentence)) spans.push([from, to]);
  }
  return inAnySpan(spans);
}
