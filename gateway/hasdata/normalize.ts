import type { JobDetail, ListingItem, ListingPage, RemoteHint, Salary, ScrapedPage } from '../contract';
import { storableText } from '../../common/storable-text';
import { boardJobUrl } from '../request-targets';
import type {
  GlassdoorJobBody,
  GlassdoorListingBody,
  IndeedJobBody,
  IndeedListingBody,
  WebScrapeBody,
} from './schemas';

/**
 * Provider shapes → Hirehound's normalized listing items and job details. Indeed and Glassdoor
 * spell the same facts differently (salary `type` against `period`, `details` as a list against an
 * object, ISO dates against ages in days); callers see one shape.
 */

const DAY_MS = 86_400_000;

/**
 * What a provider says is data from outside: bounded and cleaned here, once, before anything
 * stores or shows it. A page holds at most MAX_ITEMS items; texts lose markup, control characters
 * and lone surrogates (Postgres refuses NUL) and are cut; numbers and dates outside any real
 * posting's range become unknown; an item whose identity or URL is not its board's is dropped.
 */
const MAX_ITEMS = 100;
const MAX_TEXT = { short: 300, snippet: 2_000, description: 200_000, page: 2_000_000 } as const;
const MAX_LIST = 50;
const MAX_SALARY = 10_000_000;
const MAX_AGE_DAYS = 3_650;
const EARLIEST_POSTING = Date.UTC(2000, 0, 1);

/** One line of plain text (a title, a company): markup removed, whitespace collapsed. */
function plain(text: string | null | undefined, max: number = MAX_TEXT.short): string | null {
  if (text == null) return null;
  // Tags go whole; a stray bracket left over (an unclosed tag, "pay < 50k") goes alone.
  const head = text.slice(0, max * 4);
  const cleaned = storableText(head.replace(/<\/?[A-Za-z!][^<>]*>/g, ' ').replace(/[<>]/g, ' '), max * 2)
    .replace(/\s+/g, ' ')
    .trim();
  const cut = storableText(cleaned, max).trim();
  return cut || null;
}

function plainList(texts: readonly string[] | null | undefined): string[] {
  return (texts ?? [])
    .slice(0, MAX_LIST)
    .map((t) => plain(t))
    .filter((t): t is string => t !== null);
}

function amount(value: number | null | undefined): number | null {
  return value != null && Number.isFinite(value) && value >= 0 && value <= MAX_SALARY ? value : null;
}

/** A posting date no real posting has (before 2000, in the future) is unknown rather than wrong. */
function plausibleDate(ms: number, now: number = Date.now()): string | null {
  return Number.isFinite(ms) && ms >= EARLIEST_POSTING && ms <= now + DAY_MS ? new Date(ms).toISOString() : null;
}

/** Keeps the first item of each identity, and at most MAX_ITEMS. */
function distinct(items: ListingItem[]): ListingItem[] {
  const seen = new Set<string>();
  return items
    .filter((item) => {
      if (seen.has(item.externalId)) return false;
      seen.add(item.externalId);
      return true;
    })
    .slice(0, MAX_ITEMS);
}

function total(value: number | null | undefined): number | null {
  return value != null && Number.isSafeInteger(value) && value >= 0 ? value : null;
}
const EMPLOYMENT_WORDS =
  /^(full-time|part-time|contract|temporary|internship|permanent|seasonal|per diem|apprenticeship)$/i;

function period(text: string | null | undefined): Salary['period'] | null {
  switch ((text ?? '').toUpperCase()) {
    case 'YEARLY':
    case 'ANNUAL':
    case 'YEAR':
      return 'year';
    case 'MONTHLY':
    case 'MONTH':
      return 'month';
    case 'WEEKLY':
    case 'WEEK':
      return 'week';
    case 'DAILY':
    case 'DAY':
      return 'day';
    case 'HOURLY':
    case 'HOUR':
      return 'hour';
    default:
      return null;
  }
}

function salaryOf(
  raw: { min?: number | null; max?: number | null } | null | undefined,
  periodText: string | null | undefined,
  currency: string | null,
): Salary | null {
  const p = period(periodText);
  const min = amount(raw?.min);
  const max = amount(raw?.max);
  if (!p || (min === null && max === null)) return null;
  const code = currency !== null && /^[A-Z]{3}$/.test(currency) ? currency : null;
  return { min, max, currency: code, period: p };
}

/** Remote hints from the words the boards use: "Remote", "Remote in Austin, TX", "Hybrid work", "In-person". */
export function remoteHint(...texts: readonly (string | null | undefined)[]): RemoteHint {
  const words = texts.filter(Boolean).join(' | ').toLowerCase();
  if (/hybrid/.test(words)) return 'hybrid';
  if (/\bremote\b|work from home/.test(words)) return 'remote';
  if (/in-person|on-?site|in person/.test(words)) return 'onsite';
  return 'unknown';
}

function isoOrNull(text: string | null | undefined): string | null {
  if (!text) return null;
  // Glassdoor dates carry no zone; they are UTC.
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text}Z`);
  return plausibleDate(ms);
}

/** The Indeed `jk` of a listing item: its jobKey, else the `jk` query parameter of its URL. */
export function indeedJobKey(item: { jobKey?: string | null; url: string }): string | null {
  if (item.jobKey) return item.jobKey;
  try {
    return new URL(item.url, 'https://www.indeed.com').searchParams.get('jk');
  } catch {
    return null;
  }
}

export function indeedListingPage(body: IndeedListingBody): ListingPage {
  const items: ListingItem[] = [];
  for (const job of body.jobs.slice(0, MAX_ITEMS * 2)) {
    const jobKey = indeedJobKey(job);
    // A sponsored click-through link without a job key cannot be enriched or deduplicated; a key
    // that is not one (Indeed's are short hex strings) is not trusted into a URL or a row.
    if (!jobKey || !/^[A-Za-z0-9]{1,64}$/.test(jobKey)) continue;
    const title = plain(job.title);
    if (!title) continue;
    const details = plainList(job.details);
    items.push({
      source: 'indeed',
      externalId: jobKey,
      url: `https://www.indeed.com/viewjob?jk=${jobKey}`,
      title,
      company: plain(job.company),
      location: plain(job.location),
      snippet: plain(job.description, MAX_TEXT.snippet),
      postedAt: isoOrNull(job.isoDate),
      salary: salaryOf(job.salary, job.salary?.type, 'USD'),
      remote: remoteHint(job.location, ...details),
      employmentTypes: details.filter((d) => EMPLOYMENT_WORDS.test(d)),
      sponsored: job.sponsored === true,
      skills: [],
    });
  }
  return { items: distinct(items), totalResults: total(body.searchInformation?.totalResults) };
}

/** A Glassdoor item's URL when it is a Glassdoor job URL naming this listing, else null. */
function glassdoorItemUrl(url: string, listingId: string): string | null {
  try {
    const checked = boardJobUrl('glassdoor', url);
    return checked.searchParams.get('jl') === listingId ? checked.href : null;
  } catch {
    return null;
  }
}

/** The next page's `start`, read from the `pagination.nextPage` URL. */
export function indeedNextStart(body: IndeedListingBody): number | null {
  const next = body.pagination?.nextPage;
  if (!next) return null;
  try {
    const start = Number(new URL(next).searchParams.get('start'));
    return Number.isInteger(start) && start > 0 ? start : null;
  } catch {
    return null;
  }
}

export function glassdoorListingPage(body: GlassdoorListingBody, now: Date): ListingPage {
  const items: ListingItem[] = [];
  for (const job of body.jobs.slice(0, MAX_ITEMS * 2)) {
    const listingId = String(job.id);
    if (!/^\d{1,20}$/.test(listingId)) continue;
    const url = glassdoorItemUrl(job.url, listingId);
    const title = plain(job.title);
    if (!url || !title) continue;
    const age = job.ageInDays;
    items.push({
      source: 'glassdoor',
      externalId: listingId,
      url,
      title,
      company: plain(job.employer?.name),
      location: plain(job.location),
      snippet: plain(job.description, MAX_TEXT.snippet),
      postedAt:
        age == null || !(age >= 0 && age <= MAX_AGE_DAYS)
          ? null
          : plausibleDate(now.getTime() - age * DAY_MS, now.getTime()),
      salary: salaryOf(job.salary, job.salary?.period, job.salary?.currency ?? null),
      remote: remoteHint(job.location),
      employmentTypes: [],
      sponsored: job.sponsored === true,
      skills: plainList(job.skills),
    });
  }
  return { items: distinct(items), totalResults: total(body.searchInformation?.totalResults) };
}

/** Glassdoor names its pages' tokens by page number; the next page is the current one plus one. */
export function glassdoorNextToken(body: GlassdoorListingBody, currentPage: number): string | null {
  return body.pagination?.otherPages?.[String(currentPage + 1)] ?? null;
}

export function indeedJobDetail(body: IndeedJobBody, url: string, jobKey: string): JobDetail {
  return {
    source: 'indeed',
    externalId: jobKey,
    url,
    title: plain(body.title) ?? '',
    company: plain(body.company),
    location: plain(body.location),
    description: storableText(body.description, MAX_TEXT.description),
    descriptionHtml: body.descriptionHtml == null ? null : storableText(body.descriptionHtml, MAX_TEXT.description),
    salary: salaryOf(body.salary, body.salary?.type, 'USD'),
    remote: remoteHint(body.location, ...(body.details?.workSetting ?? [])),
    employmentTypes: plainList(body.details?.jobType),
    postedAt: null,
  };
}

export function glassdoorJobDetail(body: GlassdoorJobBody, url: string, listingId: string): JobDetail {
  const job = body.job;
  const place = [job.address?.city, job.address?.region].filter(Boolean).join(', ');
  return {
    source: 'glassdoor',
    externalId: listingId,
    url,
    title: plain(job.title) ?? '',
    company: plain(job.employer?.name),
    location: plain(place),
    description: storableText(job.description, MAX_TEXT.description),
    descriptionHtml: job.descriptionHtml == null ? null : storableText(job.descriptionHtml, MAX_TEXT.description),
    salary: salaryOf(job.salary, job.salary?.period, job.salary?.payCurrency ?? null),
    remote: remoteHint(place),
    employmentTypes: [],
    postedAt: isoOrNull(job.datePosted),
  };
}

const page = (text: string | null | undefined): string | null =>
  text == null ? null : storableText(text, MAX_TEXT.page);

export function scrapedPage(body: WebScrapeBody, url: string): ScrapedPage {
  return {
    url,
    // An impossible status says nothing about the page: 0, which no check reads as "gone".
    statusCode:
      Number.isInteger(body.statusCode) && body.statusCode >= 100 && body.statusCode <= 599 ? body.statusCode : 0,
    html: page(body.content ?? body.html),
    text: page(body.text),
    markdown: page(body.markdown),
  };
}
