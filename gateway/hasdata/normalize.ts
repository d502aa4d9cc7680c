import type { JobDetail, ListingItem, ListingPage, RemoteHint, Salary, ScrapedPage } from '../contract';
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
  if (!raw || !p || (raw.min == null && raw.max == null)) return null;
  return { min: raw.min ?? null, max: raw.max ?? null, currency, period: p };
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
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
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
  for (const job of body.jobs) {
    const jobKey = indeedJobKey(job);
    // A sponsored click-through link without a job key cannot be enriched or deduplicated.
    if (!jobKey) continue;
    const details = job.details ?? [];
    items.push({
      source: 'indeed',
      externalId: jobKey,
      url: `https://www.indeed.com/viewjob?jk=${encodeURIComponent(jobKey)}`,
      title: job.title,
      company: job.company ?? null,
      location: job.location ?? null,
      snippet: job.description ?? null,
      postedAt: isoOrNull(job.isoDate),
      salary: salaryOf(job.salary, job.salary?.type, 'USD'),
      remote: remoteHint(job.location, ...details),
      employmentTypes: details.filter((d) => EMPLOYMENT_WORDS.test(d)),
      sponsored: job.sponsored ?? false,
      skills: [],
    });
  }
  return { items, totalResults: body.searchInformation?.totalResults ?? null };
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
  return {
    items: body.jobs.map((job) => ({
      source: 'glassdoor' as const,
      externalId: String(job.id),
      url: job.url,
      title: job.title,
      company: job.employer?.name ?? null,
      location: job.location ?? null,
      snippet: job.description ?? null,
      postedAt: job.ageInDays == null ? null : new Date(now.getTime() - job.ageInDays * DAY_MS).toISOString(),
      salary: salaryOf(job.salary, job.salary?.period, job.salary?.currency ?? null),
      remote: remoteHint(job.location),
      employmentTypes: [],
      sponsored: job.sponsored ?? false,
      skills: job.skills ?? [],
    })),
    totalResults: body.searchInformation?.totalResults ?? null,
  };
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
    title: body.title,
    company: body.company ?? null,
    location: body.location ?? null,
    description: body.description,
    descriptionHtml: body.descriptionHtml ?? null,
    salary: salaryOf(body.salary, body.salary?.type, 'USD'),
    remote: remoteHint(body.location, ...(body.details?.workSetting ?? [])),
    employmentTypes: body.details?.jobType ?? [],
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
    title: job.title,
    company: job.employer?.name ?? null,
    location: place || null,
    description: job.description,
    descriptionHtml: job.descriptionHtml ?? null,
    salary: salaryOf(job.salary, job.salary?.period, job.salary?.payCurrency ?? null),
    remote: remoteHint(place),
    employmentTypes: [],
    postedAt: isoOrNull(job.datePosted),
  };
}

export function scrapedPage(body: WebScrapeBody, url: string): ScrapedPage {
  return {
    url,
    statusCode: body.statusCode,
    html: body.content ?? body.html ?? null,
    text: body.text ?? null,
    markdown: body.markdown ?? null,
  };
}
