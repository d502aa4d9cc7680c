import crypto from 'node:crypto';
import type { RemoteType, SalaryPeriod } from '../common/vocabulary/jobs';
import { analysePosting } from '../understanding/analysis/analyse-posting';
import type { AnalysisOptions } from '../understanding/analysis/analyse-resume';
import { annualizeSalary, parseSalary } from '../understanding/analysis/salary';
import type { EducationLevel, SalaryRange, Seniority } from '../understanding/features';
import { normalizeSkills, softSkillNames } from '../understanding/skills/taxonomy';
import { canonicalUrl } from './canonical-url';
import { cleanDescription, cleanLine } from './clean-text';
import { statedCompanyFacts, type CompanyFacts } from './company-facts';
import { companyKey, displayCompanyName, employerDomain } from './company-names';
import type { DedupFingerprint } from './duplicates';
import { lshKeys, minhashSignature, shingleHashes, words } from './minhash';
import { employmentType, locationKey, postedAt, remoteTypeOf, titleKey, type EmploymentType } from './normalize';
import type { PostingForScoring } from './scores';

/**
 * Clean → normalize → analyse, for one posting, without I/O: everything the pipeline knows about a
 * posting before it meets the rest of the cache. The same function serves the ingestion activities
 * and the dedup evaluation, so what is measured is what runs.
 */

/** Bumped when preparation changes: every posting is then prepared again when next seen. */
export const PREPARATION_VERSION = 1;

/** Shorter descriptions are too generic for a content hash (two different jobs can share them). */
export const MIN_HASHED_DESCRIPTION = 200;
/** Characters of the description a listing without a snippet shows. */
const SNIPPET_LENGTH = 300;

/** A posting as a source gave it (a listing item or a fetched job page), before cleaning. */
export interface PostingInput {
  readonly source: string;
  readonly externalId: string;
  readonly url: string;
  readonly title: string;
  readonly company: string | null;
  readonly location: string | null;
  readonly snippet: string | null;
  /** Plain text, Markdown or HTML. */
  readonly description: string | null;
  readonly descriptionHtml: string | null;
  /** The board's structured pay; a range without currency is read from the text instead. */
  readonly salary: {
    readonly min: number | null;
    readonly max: number | null;
    readonly currency: string | null;
    readonly period: SalaryPeriod;
  } | null;
  /** A free-text pay field ("$174,000/yr - $235,000/yr"). */
  readonly salaryText: string | null;
  readonly remote: RemoteType;
  readonly employmentTypes: readonly string[];
  /** ISO date, year-month, or a board's relative text. */
  readonly postedAt: string | null;
  /** Skills the board lists itself. */
  readonly skills: readonly string[];
}

export interface PostingAnalysisSummary {
  readonly skillsRequired: readonly string[];
  readonly skillsPreferred: readonly string[];
  readonly yearsRequired: number | null;
  readonly educationRequired: EducationLevel | null;
  readonly seniority: Seniority | null;
  readonly onetCode: string | null;
  readonly visaSponsorship: boolean | null;
}

export interface PreparedPosting {
  readonly source: string;
  readonly externalId: string;
  readonly url: string;
  /** Null when the URL is not http(s): then only the source id identifies the posting. */
  readonly canonicalUrl: string | null;
  readonly title: string;
  readonly companyName: string | null;
  /** The employer's own domain when the posting states one. */
  readonly companyDomain: string | null;
  readonly companyFacts: CompanyFacts;
  readonly location: string | null;
  readonly remoteType: RemoteType;
  readonly snippet: string | null;
  /** The cleaned full description; null for a listing without one. */
  readonly description: string | null;
  readonly salary: SalaryRange | null;
  readonly employmentType: EmploymentType | null;
  readonly postedAt: Date | null;
  readonly analysis: PostingAnalysisSummary;
  readonly dedup: DedupFingerprint & { readonly signature: Uint32Array | null };
  readonly lshKeys: readonly number[];
  /** Identifies the input (and preparation version): the same fingerprint means nothing to redo. */
  readonly fingerprint: string;
}

const sha256 = (text: string): string => crypto.createHash('sha256').update(text).digest('hex');

/** The input's identity for idempotency: every field, in a fixed order, plus the preparation version. */
export function inputFingerprint(input: PostingInput): string {
  return sha256(
    JSON.stringify([
      PREPARATION_VERSION,
      input.source,
      input.externalId,
      input.url,
      input.title,
      input.company,
      input.location,
      input.snippet,
      input.description,
      input.descriptionHtml,
      input.salary,
      input.salaryText,
      input.remote,
      input.employmentTypes,
      input.postedAt,
      input.skills,
    ]),
  );
}

/**
 * The identity of a fetched posting (enrichment): its input is completed from what the pipeline
 * stored before, which the first run changes, so the payload's content-addressed key stands for it.
 */
export function fetchedPayloadFingerprint(rawKey: string): string {
  return sha256(JSON.stringify([PREPARATION_VERSION, 'fetched', rawKey]));
}

/** The words of a description, joined: case, accents, punctuation and spacing do not make another text. */
export function descriptionHash(description: string, descriptionWords = words(description)): string | null {
  const normalized = descriptionWords.join(' ');
  return normalized.length >= MIN_HASHED_DESCRIPTION ? sha256(normalized) : null;
}

function snippetOf(description: string): string {
  const flat = description.replace(/\s+/g, ' ').trim();
  if (flat.length <= SNIPPET_LENGTH) return flat;
  return flat.slice(0, SNIPPET_LENGTH).replace(/\s+\S*$/, '');
}

export function preparePosting(input: PostingInput, fetchedAt: Date, options: AnalysisOptions = {}): PreparedPosting {
  const title = cleanLine(input.title);
  const companyName = displayCompanyName(cleanLine(input.company));
  const location = cleanLine(input.location) || null;
  const cleaned =
    input.description || input.descriptionHtml
      ? cleanDescription({ text: input.description, html: input.descriptionHtml })
      : '';
  const description = cleaned || null;
  const snippet = cleanLine(input.snippet) || (description ? snippetOf(description) : null);
  const text = description ?? snippet ?? '';

  const analysed = analysePosting(
    { title, description: text, location, salaryText: input.salaryText, company: companyName },
    options,
  );
  const structuredSalary =
    input.salary?.currency && (input.salary.min !== null || input.salary.max !== null)
      ? annualizeSalary({ ...input.salary, currency: input.salary.currency.toUpperCase() })
      : null;
  const soft = softSkillNames(options.taxonomy);
  const salary = structuredSalary ?? (input.salaryText ? parseSalary(input.salaryText) : null) ?? analysed.salary;
  const skillsRequired = [...new Set([...analysed.skillsRequired, ...normalizeSkills(input.skills)])];
  // The words are split once for both the content hash and the shingles.
  const textWords = words(text);
  const signature = minhashSignature(shingleHashes(textWords));

  return {
    source: input.source,
    externalId: input.externalId,
    url: input.url,
    canonicalUrl: canonicalUrl(input.url),
    title,
    companyName,
    companyDomain: description ? employerDomain(description) : null,
    companyFacts: statedCompanyFacts(description ?? '', companyName),
    location,
    remoteType: remoteTypeOf(input.remote, analysed.remoteType),
    snippet,
    description,
    salary,
    employmentType: employmentType(input.employmentTypes, title, text),
    postedAt: postedAt(input.postedAt, fetchedAt),
    analysis: {
      skillsRequired,
      skillsPreferred: analysed.skillsPreferred.filter((s) => !skillsRequired.includes(s)),
      yearsRequired: analysed.yearsRequired,
      educationRequired: analysed.educationRequired,
      seniority: analysed.seniority,
      onetCode: analysed.onetCode,
      visaSponsorship: analysed.visaSponsorship,
    },
    dedup: {
      source: input.source,
      companyKey: companyKey(companyName),
      titleKey: titleKey(title),
      locationKey: locationKey(location),
      contentHash: description ? descriptionHash(description, textWords) : null,
      signature,
      hasDescription: description !== null,
      // Soft skills tell no two roles apart: a repost that adds "works well with others" is the same job.
      skills: [...new Set([...skillsRequired, ...analysed.skillsPreferred])].filter((s) => !soft.has(s)).sort(),
    },
    lshKeys: signature ? lshKeys(signature) : [],
    fingerprint: inputFingerprint(input),
  };
}

/** What the quality and spam scores read of a prepared posting. */
export function scoringView(p: PreparedPosting): PostingForScoring {
  return {
    title: p.title,
    companyName: p.companyName,
    location: p.location,
    remoteType: p.remoteType,
    description: p.description,
    snippet: p.snippet,
    salary: p.salary,
    employmentType: p.employmentType,
    postedAt: p.postedAt,
    skillCount: p.analysis.skillsRequired.length + p.analysis.skillsPreferred.length,
    yearsRequired: p.analysis.yearsRequired,
    educationRequired: p.analysis.educationRequired,
    onetCode: p.analysis.onetCode,
  };
}
