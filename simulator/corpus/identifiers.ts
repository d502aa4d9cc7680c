import { combine, mix32, unmix32 } from './random';

/**
 * Provider ids that encode the posting index, so the simulator resolves a job URL to its posting
 * without a lookup table: the low half of an Indeed `jk` and the Glassdoor `jl` are a keyed
 * bijection of the index; the high half of `jk` is a check value that rejects made-up keys.
 */

const INDEED_KEY = 0x1d5a7e3b;
const GLASSDOOR_KEY = 0x6a09e667;
const GLASSDOOR_BASE = 1_000_000_000_000;

function hex8(value: number): string {
  return (value >>> 0).toString(16).padStart(8, '0');
}

export function indeedJobKey(seed: number, index: number): string {
  const low = mix32((index ^ combine(seed, INDEED_KEY)) >>> 0);
  const check = combine(seed, index, INDEED_KEY);
  return `${hex8(check)}${hex8(low)}`;
}

/** The posting index an Indeed job key stands for, or undefined when the key is not one of ours. */
export function indexFromIndeedKey(seed: number, jobKey: string): number | undefined {
  if (!/^[0-9a-f]{16}$/.test(jobKey)) return undefined;
  const low = Number.parseInt(jobKey.slice(8), 16);
  const index = (unmix32(low) ^ combine(seed, INDEED_KEY)) >>> 0;
  return indeedJobKey(seed, index) === jobKey ? index : undefined;
}

/** A 13-digit number like Glassdoor's listing ids (1010220057561). */
export function glassdoorListingId(seed: number, index: number): number {
  return GLASSDOOR_BASE + mix32((index ^ combine(seed, GLASSDOOR_KEY)) >>> 0);
}

export function indexFromGlassdoorId(seed: number, id: number): number | undefined {
  const offset = id - GLASSDOOR_BASE;
  if (!Number.isSafeInteger(id) || offset < 0 || offset > 0xffffffff) return undefined;
  return (unmix32(offset) ^ combine(seed, GLASSDOOR_KEY)) >>> 0;
}

export function indeedJobUrl(jobKey: string): string {
  return `https://www.indeed.com/viewjob?jk=${jobKey}`;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Glassdoor's shape: /job-listing/<title>-<employer>-JV_IC<city>_KO0,<n>_KE<n+1>,<m>.htm?jl=<id>. */
export function glassdoorJobUrl(id: number, title: string, employer: string, cityId: number | null): string {
  const titleSlug = slug(title);
  const employerSlug = slug(employer);
  const ko = `KO0,${titleSlug.length}`;
  const ke = `KE${titleSlug.length + 1},${titleSlug.length + 1 + employerSlug.length}`;
  const place = cityId === null ? 'JV' : `JV_IC${1_100_000 + cityId}`;
  return `https://www.glassdoor.com/job-listing/${titleSlug}-${employerSlug}-${place}_${ko}_${ke}.htm?jl=${id}`;
}

/** The `jk` of an Indeed job URL (viewjob, m/viewjob, rc/clk and pagead links all carry it). */
export function jobKeyFromIndeedUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (!/(^|\.)indeed\.[a-z.]+$/.test(parsed.hostname)) return undefined;
  return parsed.searchParams.get('jk') ?? undefined;
}

/** The `jl` listing id of a Glassdoor job URL. */
export function listingIdFromGlassdoorUrl(url: string): number | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (!/(^|\.)glassdoor\.[a-z.]+$/.test(parsed.hostname)) return undefined;
  const jl = parsed.searchParams.get('jl');
  return jl && /^\d{1,16}$/.test(jl) ? Number(jl) : undefined;
}
