import { sql } from 'kysely';
import type { IndustrySource } from '../common/vocabulary/ingestion';
import type { DB } from './database';

/**
 * Companies and the spellings and domains they were seen under. Matching is by key (a spelling
 * with legal form, case and punctuation removed), then by the employer's domain; every new spelling
 * is recorded as an alias. Inserts go through ON CONFLICT so concurrent batches meeting the same
 * new employer end with one company.
 */

export interface CompanySighting {
  /** As the posting shows it. */
  readonly name: string;
  readonly key: string;
  readonly domain: string | null;
}

export interface CompanyMatch {
  readonly companyId: string;
  /** Whether this sighting created the company. */
  readonly created: boolean;
}

const domainAlias = (domain: string): string => `domain:${domain}`;

async function findByAlias(db: DB, aliasKeys: readonly string[]): Promise<Map<string, string>> {
  if (aliasKeys.length === 0) return new Map();
  const rows = await db
    .selectFrom('company_aliases')
    .select(['alias_key', 'company_id'])
    .where('alias_key', 'in', [...aliasKeys])
    .execute();
  return new Map(rows.map((r) => [r.alias_key, r.company_id]));
}

async function addAliases(db: DB, companyId: string, sighting: CompanySighting): Promise<void> {
  const rows = [
    { alias_key: sighting.key, company_id: companyId, alias: sighting.name, kind: 'name' as const },
    ...(sighting.domain
      ? [
          {
            alias_key: domainAlias(sighting.domain),
            company_id: companyId,
            alias: sighting.domain,
            kind: 'domain' as const,
          },
        ]
      : []),
  ];
  await db
    .insertInto('company_aliases')
    .values(rows)
    .onConflict((oc) => oc.column('alias_key').doNothing())
    .execute();
  if (sighting.domain) {
    // The first domain a company is seen with becomes its own, unless another company has it.
    await db
      .updateTable('companies')
      .set({ domain: sighting.domain, updated_at: sql<Date>`now()` })
      .where('id', '=', companyId)
      .where('domain', 'is', null)
      .where((eb) =>
        eb.not(
          eb.exists(eb.selectFrom('companies as other').select('other.id').where('other.domain', '=', sighting.domain)),
        ),
      )
      .execute();
  }
}

/**
 * The company of each sighting: by key, else by domain, else a new company. Returns one match per
 * sighting, in order.
 */
export async function matchCompanies(db: DB, sightings: readonly CompanySighting[]): Promise<CompanyMatch[]> {
  const aliasKeys = [...new Set(sightings.flatMap((s) => [s.key, ...(s.domain ? [domainAlias(s.domain)] : [])]))];
  const known = await findByAlias(db, aliasKeys);
  const matches: CompanyMatch[] = [];
  for (const sighting of sightings) {
    let companyId = known.get(sighting.key) ?? (sighting.domain ? known.get(domainAlias(sighting.domain)) : undefined);
    let created = false;
    if (!companyId) {
      const inserted = await db
        .insertInto('companies')
        .values({ name: sighting.name, normalized_name: sighting.key })
        .onConflict((oc) => oc.column('normalized_name').doNothing())
        .returning('id')
        .executeTakeFirst();
      created = inserted !== undefined;
      companyId =
        inserted?.id ??
        (
          await db
            .selectFrom('companies')
            .select('id')
            .where('normalized_name', '=', sighting.key)
            .executeTakeFirstOrThrow()
        ).id;
    }
    // A spelling already recorded (most sightings once an employer is known) costs no statement.
    const aliasesKnown = known.has(sighting.key) && (!sighting.domain || known.has(domainAlias(sighting.domain)));
    if (!aliasesKnown) await addAliases(db, companyId, sighting);
    known.set(sighting.key, companyId);
    if (sighting.domain) known.set(domainAlias(sighting.domain), companyId);
    matches.push({ companyId, created });
  }
  return matches;
}

/** Links postings to their companies in one statement; only rows whose link changes are written. */
export async function linkPostingsToCompanies(
  db: DB,
  links: readonly { readonly jobId: string; readonly companyId: string | null }[],
): Promise<number> {
  if (links.length === 0) return 0;
  const values = sql.join(links.map((l) => sql`(${l.jobId}::uuid, ${l.companyId}::uuid)`));
  const result = await sql`UPDATE jobs SET company_id = v.company_id
    FROM (VALUES ${values}) AS v(id, company_id)
    WHERE jobs.id = v.id AND jobs.company_id IS DISTINCT FROM v.company_id`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

export interface CompanyFactsUpdate {
  readonly industry: string | null;
  readonly industrySource: IndustrySource | null;
  readonly size: string | null;
  readonly headquarters: string | null;
}

export interface StoredCompany {
  readonly id: string;
  readonly name: string;
  readonly key: string;
  readonly domain: string | null;
  readonly industry: string | null;
  readonly industrySource: IndustrySource | null;
  readonly size: string | null;
  readonly headquarters: string | null;
  readonly aliases: readonly string[];
}

export async function findCompanies(db: DB, companyIds: readonly string[]): Promise<StoredCompany[]> {
  if (companyIds.length === 0) return [];
  const [rows, aliases] = await Promise.all([
    db
      .selectFrom('companies')
      .select(['id', 'name', 'normalized_name', 'domain', 'industry', 'industry_source', 'size', 'headquarters'])
      .where('id', 'in', [...companyIds])
      .execute(),
    db
      .selectFrom('company_aliases')
      .select(['company_id', 'alias'])
      .where('company_id', 'in', [...companyIds])
      .where('kind', '=', 'name')
      .orderBy('created_at')
      .execute(),
  ]);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    key: r.normalized_name,
    domain: r.domain,
    industry: r.industry,
    industrySource: r.industry_source,
    size: r.size,
    headquarters: r.headquarters,
    aliases: aliases.filter((a) => a.company_id === r.id).map((a) => a.alias),
  }));
}

/** Writes a company's facts when they differ from what is stored. */
export async function recordCompanyFacts(db: DB, companyId: string, facts: CompanyFactsUpdate): Promise<boolean> {
  const result = await db
    .updateTable('companies')
    .set({
      industry: facts.industry,
      industry_source: facts.industrySource,
      size: facts.size,
      headquarters: facts.headquarters,
      updated_at: sql<Date>`now()`,
    })
    .where('id', '=', companyId)
    .where((eb) =>
      eb.or([
        eb('industry', 'is distinct from', facts.industry),
        eb('industry_source', 'is distinct from', facts.industrySource),
        eb('size', 'is distinct from', facts.size),
        eb('headquarters', 'is distinct from', facts.headquarters),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The occupations a company's postings were classified as (newest first, at most `limit`). */
export async function findCompanyOccupations(db: DB, companyId: string, limit: number): Promise<(string | null)[]> {
  const rows = await db
    .selectFrom('jobs')
    .select('onet_code')
    .where('company_id', '=', companyId)
    .orderBy('first_discovered_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => r.onet_code);
}
