import fs from 'node:fs';
import path from 'node:path';
import type { PostingInput } from '../../ingestion/prepare';
import { JobCorpus, type Posting } from '../../simulator/corpus';
import type { NewJob } from '../../store/jobs';
import { analysePosting } from '../../understanding/analysis/analyse-posting';
import type { JobFeatures, SalaryRange } from '../../understanding/features';
import { parseCsvRecords } from './csv';
import { SHARED_DATA } from './paths';

/**
 * Postings for benchmarks and the evaluation, from two sources behind one shape:
 * - `simulator`: the deterministic O*NET-based generator (simulator/corpus), with its ground-truth
 *   occupation code and structured fields (skills, years, education) standing in for the
 *   understanding module's analysis of the text;
 * - `remotewlb`: 6,606 real remote postings (../shared/data/jobs-remotewlb, no license: read here,
 *   never shipped), real text without structured fields.
 */
export interface BenchPosting {
  readonly key: string;
  readonly source: 'simulator' | 'remotewlb';
  /** Ground truth for generated postings; null for real ones. */
  readonly onetCode: string | null;
  readonly job: Omit<NewJob, 'listingEmbedding' | 'fulltextEmbedding' | 'lastDiscoveredAt'>;
  readonly features: JobFeatures;
}

const HOURS_PER_YEAR = 2080;

function annualised(salary: Posting['salary']): SalaryRange | null {
  if (!salary) return null;
  const factor = salary.period === 'hour' ? HOURS_PER_YEAR : 1;
  return {
    min: salary.min,
    max: salary.max,
    currency: salary.currency,
    period: salary.period,
    annualMin: salary.min * factor,
    annualMax: salary.max * factor,
  };
}

function fromGenerated(p: Posting): BenchPosting {
  const salary = annualised(p.salary);
  const features: JobFeatures = {
    title: p.title,
    onetCode: p.onetCode,
    occupations: [],
    skillsRequired: p.skillsRequired,
    skillsPreferred: p.skillsPreferred,
    yearsRequired: p.yearsRequired,
    educationRequired: p.educationRequired,
    seniority: p.seniority,
    remoteType: p.remoteType,
    location: p.location.label,
    salary,
    visaSponsorship: null,
  };
  return {
    key: `simulator:${p.index}`,
    source: 'simulator',
    onetCode: p.onetCode,
    features,
    job: {
      source: 'simulator',
      externalId: p.indeedJobKey,
      url: p.indeedUrl,
      title: p.title,
      companyName: p.company.name,
      location: p.location.label,
      remoteType: p.remoteType,
      snippet: p.snippet,
      descriptionText: p.description,
      salary,
      visaSponsorship: null,
      skillsRequired: p.skillsRequired,
      skillsPreferred: p.skillsPreferred,
      yearsRequired: p.yearsRequired,
      educationRequired: p.educationRequired,
      seniority: p.seniority,
      onetCode: p.onetCode,
      postedAt: new Date(p.postedAt),
    },
  };
}

/** Postings 0 … count-1 of the generated corpus (the same seed gives the same postings). */
export function generatedPostings(count: number, seed?: number): BenchPosting[] {
  const corpus = new JobCorpus({ size: count, ...(seed === undefined ? {} : { seed }) });
  return Array.from(corpus.postings(), fromGenerated);
}

/** Markdown to plain text, enough for embedding and BM25: no links, emphasis or headings marks. */
function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#*_`>|]+/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n+/g, '\n')
    .trim();
}

/** "$174,000/yr - $235,000/yr" → yearly USD; other currencies and hourly or vague pay are unknown. */
function parseUsdYearly(raw: string): SalaryRange | null {
  const amounts = [...raw.matchAll(/\$\s?([\d,]{4,})(?:\s*\/\s*yr)?/g)].map((m) => Number((m[1] ?? '').replace(/,/g, '')));
  const valid = amounts.filter((a) => a >= 10_000 && a <= 2_000_000);
  if (valid.length === 0 || !/\/\s*yr|year|annual/i.test(raw)) return null;
  const min = Math.min(...valid);
  const max = Math.max(...valid);
  return { min, max, currency: 'USD', period: 'year', annualMin: min, annualMax: max };
}

function remoteWlbRows(): Record<string, string | undefined>[] {
  return parseCsvRecords(fs.readFileSync(path.join(SHARED_DATA, 'jobs-remotewlb', 'remotewlb_jobs.csv'), 'utf8'));
}

/**
 * The real postings as a board would hand them to ingestion (bench/eval-dedup.ts): Markdown
 * description, free-text salary and location, the listing month as the date, the slug as the id.
 */
export function remoteWlbInputs(): PostingInput[] {
  return remoteWlbRows().map((r) => ({
    source: 'remotewlb',
    externalId: r.id ?? '',
    url: r.apply_url ?? '',
    title: r.title ?? '',
    company: r.company ?? null,
    location: r.location ?? null,
    snippet: null,
    description: r.description_md ?? null,
    descriptionHtml: null,
    salary: null,
    salaryText: r.salary_raw?.trim() || null,
    remote: 'unknown',
    employmentTypes: [],
    postedAt: r.listed_month ?? null,
    skills: [],
  }));
}

let realCache: BenchPosting[] | undefined;

/** The real postings (remote by construction of the source board). */
export function remoteWlbPostings(): BenchPosting[] {
  if (realCache) return realCache;
  realCache = remoteWlbRows().map((r) => {
    const description = plainText(r.description_md ?? '');
    const snippet = description.slice(0, 300).replace(/\s+\S*$/, '');
    const location = r.location?.trim() || null;
    const salary = parseUsdYearly(r.salary_raw ?? '');
    const company = r.company && r.company !== 'None' ? r.company : null;
    const title = r.title ?? '';
    const features: JobFeatures = {
      title,
      onetCode: null,
      occupations: [],
      skillsRequired: [],
      skillsPreferred: [],
      yearsRequired: null,
      educationRequired: null,
      seniority: null,
      remoteType: 'remote',
      location,
      salary,
      visaSponsorship: null,
    };
    return {
      key: `remotewlb:${r.id}`,
      source: 'remotewlb' as const,
      onetCode: null,
      features,
      job: {
        source: 'remotewlb',
        externalId: r.id ?? '',
        url: r.apply_url ?? '',
        title,
        companyName: company,
        location,
        remoteType: 'remote' as const,
        snippet,
        descriptionText: description,
        salary,
        visaSponsorship: null,
        skillsRequired: [],
        skillsPreferred: [],
        yearsRequired: null,
        educationRequired: null,
        seniority: null,
        onetCode: null,
        postedAt: r.listed_month ? new Date(`${r.listed_month}-01T00:00:00Z`) : null,
      },
    };
  });
  return realCache;
}

let analysedCache: BenchPosting[] | undefined;

/**
 * The real postings with the analysis ingestion gives every posting before it is searchable
 * (occupation, skills, years, education, seniority from the text), as the cache benchmarks store
 * them. Unanalysed, a real posting had only its place to be judged by, and with the ATS weight on
 * it alone (before matching/scoring/composite.ts withheld that) it ranked first for every
 * profile. About half a minute for all 6,606, once per process.
 */
export function analysedRemoteWlbPostings(note?: (message: string) => void): BenchPosting[] {
  if (analysedCache) return analysedCache;
  const started = Date.now();
  const raw = remoteWlbPostings();
  analysedCache = raw.map((p, i) => {
    if (note && i > 0 && i % 2000 === 0) note(`real postings analysed: ${i}/${raw.length}`);
    const a = analysePosting({
      title: p.job.title,
      description: p.job.descriptionText ?? '',
      location: p.job.location,
      company: p.job.companyName,
    });
    const analysis = {
      onetCode: a.onetCode,
      skillsRequired: a.skillsRequired,
      skillsPreferred: a.skillsPreferred,
      yearsRequired: a.yearsRequired,
      educationRequired: a.educationRequired,
      seniority: a.seniority,
    };
    return {
      ...p,
      features: { ...p.features, ...analysis, occupations: a.occupations },
      job: { ...p.job, ...analysis },
    };
  });
  note?.(`real postings analysed: ${raw.length} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return analysedCache;
}
