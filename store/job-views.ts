import type { RemoteType, SalaryPeriod } from '../common/vocabulary/jobs';
import type { DB } from './database';

/** A job as the API shows it on its own page (GET /v1/jobs/:id). */
export interface JobView {
  readonly id: string;
  readonly source: string;
  readonly url: string;
  readonly title: string;
  readonly company: string | null;
  readonly location: string | null;
  readonly remoteType: RemoteType;
  readonly employmentType: string | null;
  readonly seniority: string | null;
  readonly salary: {
    readonly min: number | null;
    readonly max: number | null;
    readonly currency: string | null;
    readonly period: SalaryPeriod | null;
  } | null;
  readonly skills: readonly string[];
  readonly skillsRequired: readonly string[];
  readonly skillsPreferred: readonly string[];
  readonly onetCode: string | null;
  readonly snippet: string | null;
  /** The full description once enriched. */
  readonly description: string | null;
  readonly postedAt: string | null;
  readonly firstDiscoveredAt: string;
  readonly lastDiscoveredAt: string;
  readonly enrichedAt: string | null;
  readonly status: { readonly discovery: string; readonly enrichment: string };
}

export async function findJobView(db: DB, id: string): Promise<JobView | undefined> {
  const row = await db
    .selectFrom('jobs')
    .select([
      'id',
      'source',
      'url',
      'title',
      'company_name',
      'location',
      'remote_type',
      'employment_type',
      'seniority',
      'salary_min',
      'salary_max',
      'salary_currency',
      'salary_period',
      'skills',
      'skills_required',
      'skills_preferred',
      'onet_code',
      'snippet',
      'description_text',
      'posted_at',
      'first_discovered_at',
      'last_discovered_at',
      'enriched_at',
      'discovery_status',
      'enrichment_status',
    ])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const hasSalary = row.salary_min !== null || row.salary_max !== null;
  return {
    id: row.id,
    source: row.source,
    url: row.url,
    title: row.title,
    company: row.company_name,
    location: row.location,
    remoteType: row.remote_type,
    employmentType: row.employment_type,
    seniority: row.seniority,
    salary: hasSalary
      ? { min: row.salary_min, max: row.salary_max, currency: row.salary_currency, period: row.salary_period }
      : null,
    skills: row.skills,
    skillsRequired: row.skills_required,
    skillsPreferred: row.skills_preferred,
    onetCode: row.onet_code,
    snippet: row.snippet,
    description: row.description_text,
    postedAt: row.posted_at?.toISOString() ?? null,
    firstDiscoveredAt: row.first_discovered_at.toISOString(),
    lastDiscoveredAt: row.last_discovered_at.toISOString(),
    enrichedAt: row.enriched_at?.toISOString() ?? null,
    status: { discovery: row.discovery_status, enrichment: row.enrichment_status },
  };
}
