import { formatSalary } from './corpus/pay';
import type { Posting } from './corpus';

/**
 * The JSON HasData answers with, field for field as docs/hasdata.md#endpoints documents them,
 * built from corpus postings. Fields HasData has not confirmed (docs/hasdata.md#unconfirmed-details)
 * are left out rather than invented under a name the real API may not use.
 */

export interface RequestMetadata {
  readonly id: string;
  readonly status: 'ok' | 'error';
  readonly url: string;
}

const DAY_MS = 86_400_000;

/** Indeed's relative dates: "Just posted", "Today", "3 days ago", "30+ days ago". */
export function relativeDate(posting: Posting, now: Date): string {
  const days = Math.max(0, Math.floor((now.getTime() - Date.parse(posting.postedAt)) / DAY_MS));
  if (days === 0) return posting.ageDays === 0 ? 'Just posted' : 'Today';
  if (days >= 30) return '30+ days ago';
  return days === 1 ? '1 day ago' : `${days} days ago`;
}

function indeedSalary(posting: Posting): { min: number; max: number; type: 'YEARLY' | 'HOURLY' } | undefined {
  if (!posting.salary) return undefined;
  return {
    min: posting.salary.min,
    max: posting.salary.max,
    type: posting.salary.period === 'hour' ? 'HOURLY' : 'YEARLY',
  };
}

function workSetting(posting: Posting): string {
  return posting.remoteType === 'remote' ? 'Remote' : posting.remoteType === 'hybrid' ? 'Hybrid work' : 'In-person';
}

export function indeedListingItem(posting: Posting, now: Date) {
  const salary = indeedSalary(posting);
  return {
    title: posting.title,
    company: posting.company.name,
    location: posting.location.label,
    url: `https://www.indeed.com/m/viewjob?jk=${posting.indeedJobKey}&from=serp`,
    jobKey: posting.indeedJobKey,
    description: posting.snippet,
    sponsored: false,
    date: relativeDate(posting, now),
    isoDate: posting.postedAt,
    details: [posting.employmentType, ...(posting.remoteType === 'onsite' ? [] : [workSetting(posting)])],
    benefits: posting.benefits,
    ...(salary ? { salary } : {}),
  };
}

export function indeedJobBody(posting: Posting, metadata: RequestMetadata) {
  const salary = indeedSalary(posting);
  return {
    requestMetadata: metadata,
    title: posting.title,
    company: posting.company.name,
    location: posting.location.label,
    sponsored: false,
    details: { jobType: [posting.employmentType], workSetting: [workSetting(posting)] },
    ...(salary ? { salary } : {}),
    description: posting.description,
    descriptionHtml: descriptionHtml(posting.description),
  };
}

function glassdoorSalary(posting: Posting) {
  if (!posting.salary) return undefined;
  return {
    period: posting.salary.period === 'hour' ? 'HOURLY' : 'ANNUAL',
    min: posting.salary.min,
    median: Math.round(((posting.salary.min + posting.salary.max) / 2) * 100) / 100,
    max: posting.salary.max,
    source: 'EMPLOYER_PROVIDED',
  };
}

export function glassdoorListingItem(posting: Posting) {
  const salary = glassdoorSalary(posting);
  return {
    id: posting.glassdoorId,
    title: posting.title,
    url: posting.glassdoorUrl,
    location: posting.location.label,
    ageInDays: posting.ageDays,
    sponsored: false,
    skills: [...posting.skillsRequired, ...posting.skillsPreferred],
    description: posting.snippet,
    ...(salary ? { salary: { currency: posting.salary?.currency ?? 'USD', ...salary } } : {}),
    employer: {
      id: posting.company.id,
      name: posting.company.name,
      shortName: posting.company.shortName,
      rating: posting.company.rating,
      sponsored: false,
      logoUrl: `https://media.glassdoor.com/sql/${posting.company.id}/logo.png`,
    },
  };
}

export function glassdoorJobBody(posting: Posting, metadata: RequestMetadata) {
  const salary = glassdoorSalary(posting);
  return {
    requestMetadata: metadata,
    job: {
      title: posting.title,
      employer: {
        name: posting.company.name,
        url: `https://www.glassdoor.com/Overview/Working-at-${posting.company.id}.htm`,
      },
      address: {
        country: 'United States',
        region: posting.location.stateName,
        city: posting.location.city,
        latitude: posting.location.latitude,
        longitude: posting.location.longitude,
      },
      requirements: {
        educationRequirements: posting.educationRequired,
        experienceRequirements: posting.yearsRequired === null ? [] : [`${posting.yearsRequired}+ years`],
      },
      ...(salary ? { salary: { payCurrency: posting.salary?.currency ?? 'USD', ...salary } } : {}),
      // Glassdoor dates carry no zone.
      datePosted: posting.postedAt.replace(/\.\d{3}Z$/, ''),
      ageInDays: posting.ageDays,
      expired: posting.expired,
      description: posting.description,
      descriptionHtml: descriptionHtml(posting.description),
    },
  };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const SECTION_HEADINGS = new Set(['About the role', 'Responsibilities', 'Requirements', 'Pay', 'Benefits']);

/** The posting text as the job boards' HTML: headings, paragraphs and bullet lists. */
export function descriptionHtml(description: string): string {
  const out: string[] = [];
  let inList = false;
  for (const line of description.split('\n')) {
    const bullet = line.startsWith('- ');
    if (inList && !bullet) {
      out.push('</ul>');
      inList = false;
    }
    if (bullet) {
      if (!inList) out.push('<ul>');
      inList = true;
      out.push(`<li>${escapeHtml(line.slice(2))}</li>`);
    } else if (SECTION_HEADINGS.has(line)) out.push(`<h2>${escapeHtml(line)}</h2>`);
    else if (line.trim()) out.push(`<p>${escapeHtml(line)}</p>`);
  }
  if (inList) out.push('</ul>');
  return out.join('');
}

export interface RenderedPage {
  readonly statusCode: number;
  readonly statusText: string;
  readonly html: string;
  readonly text: string;
  readonly markdown: string;
}

/** A job board page as the Web Scraping API would fetch it; expired and unknown postings are 404s. */
export function renderJobPage(posting: Posting | undefined, board: 'indeed' | 'glassdoor' | 'other'): RenderedPage {
  if (!posting || posting.expired || board === 'other') {
    const message = board === 'indeed' ? 'This job has expired on Indeed' : 'This job is no longer available';
    return {
      statusCode: 404,
      statusText: 'Not Found',
      html: `<html><head><title>Page not found</title></head><body><h1>${message}</h1></body></html>`,
      text: message,
      markdown: `# ${message}`,
    };
  }
  const site = board === 'indeed' ? 'Indeed.com' : 'Glassdoor';
  const salary = posting.salary ? formatSalary(posting.salary) : null;
  const html =
    `<html><head><title>${escapeHtml(`${posting.title} - ${posting.company.name} - ${posting.location.label} | ${site}`)}</title></head>` +
    `<body><h1 class="jobsearch-JobInfoHeader-title">${escapeHtml(posting.title)}</h1>` +
    `<div data-company-name="true">${escapeHtml(posting.company.name)}</div>` +
    `<div id="jobLocationText">${escapeHtml(posting.location.label)}</div>` +
    (salary ? `<div id="salaryInfoAndJobType">${escapeHtml(`${salary} - ${posting.employmentType}`)}</div>` : '') +
    `<div id="jobDescriptionText">${descriptionHtml(posting.description)}</div></body></html>`;
  const header = [posting.title, posting.company.name, posting.location.label, ...(salary ? [salary] : [])];
  return {
    statusCode: 200,
    statusText: 'OK',
    html,
    text: `${header.join('\n')}\n\n${posting.description}`,
    markdown: `# ${posting.title}\n\n**${posting.company.name}** · ${posting.location.label}${salary ? ` · ${salary}` : ''}\n\n${posting.description}`,
  };
}
