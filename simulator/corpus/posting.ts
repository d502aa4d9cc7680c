import type { EducationLevel, Seniority } from '../../understanding/features';
import { CompanyDirectory, createCityTable, sectorWeightsFor, type Company, type Sector } from './companies';
import { BENEFITS, snippetOf, writeDescription } from './description';
import { glassdoorJobUrl, glassdoorListingId, indeedJobKey, indeedJobUrl } from './identifiers';
import { occupationCatalogue, type CorpusOccupation } from './occupations';
import { drawSalary, type PostedSalary } from './pay';
import { CITIES, cityLabel, type City } from './places';
import { Random, WeightedTable, combine } from './random';
import { drawTitle, drawYearsRequired } from './titles';

export type RemoteType = 'remote' | 'hybrid' | 'onsite';
export type EmploymentType = 'Full-time' | 'Part-time' | 'Contract' | 'Temporary' | 'Internship';
export type { PostedSalary } from './pay';

export interface PostingLocation {
  /** null for a remote job not tied to a city. */
  readonly city: string | null;
  readonly state: string | null;
  readonly stateName: string | null;
  readonly country: 'US';
  /** As the job boards print it: "Austin, TX", "Remote", "Remote in Denver, CO". */
  readonly label: string;
  readonly latitude: number | null;
  readonly longitude: number | null;
  /** Index into CITIES (the simulator's Glassdoor location id), null when not tied to a city. */
  readonly cityId: number | null;
}

export interface PostingCompany {
  readonly id: number;
  readonly name: string;
  readonly shortName: string;
  readonly sector: Sector;
  readonly rating: number;
}

/** Everything about a posting except its text: enough to index, list and filter it. */
export interface PostingSummary {
  /** Position in the corpus, 0-based. */
  readonly index: number;
  readonly seed: number;
  readonly indeedJobKey: string;
  readonly indeedUrl: string;
  readonly glassdoorId: number;
  readonly glassdoorUrl: string;
  /** Ground truth: the O*NET-SOC occupation this posting was generated from. */
  readonly onetCode: string;
  readonly occupationTitle: string;
  readonly title: string;
  readonly seniority: Seniority;
  readonly company: PostingCompany;
  readonly location: PostingLocation;
  readonly remoteType: RemoteType;
  readonly employmentType: EmploymentType;
  readonly salary: PostedSalary | null;
  /** Whole days between posting and the corpus' as-of date. */
  readonly ageDays: number;
  /** ISO timestamp. */
  readonly postedAt: string;
  /** The employer took it down: listings may still show it (stale indexes), job detail answers 400. */
  readonly expired: boolean;
  readonly skillsRequired: readonly string[];
  readonly skillsPreferred: readonly string[];
  readonly educationRequired: EducationLevel | null;
  readonly yearsRequired: number | null;
}

export interface Posting extends PostingSummary {
  /** Plain text, several paragraphs with bullet lists. */
  readonly description: string;
  /** The teaser a listing shows (about 160 characters). */
  readonly snippet: string;
  readonly benefits: readonly string[];
}

export interface CorpusOptions {
  /** Any uint32; the same seed always yields the same corpus. */
  readonly seed?: number;
  /**
   * The day postings are dated from (posted 0 … 59 days before it). The simulator passes today so
   * its postings stay fresh; the default is a fixed day so library users get identical output.
   */
  readonly asOf?: Date;
}

export const DEFAULT_SEED = 20_261_123;
export const DEFAULT_AS_OF = new Date('2026-11-23T00:00:00Z');

const DAY_MS = 86_400_000;

const EMPLOYMENT_BY_GROUP: Readonly<Record<string, number>> = { '35': 0.35, '41': 0.25, '39': 0.3, '31': 0.2 };

const ZONE_EDUCATION: Readonly<Record<number, EducationLevel>> = {
  1: 'none',
  2: 'high_school',
  3: 'associate',
  4: 'bachelor',
  5: 'master',
};

/** Share of remote and hybrid postings by major group: desk jobs travel, hands-on jobs do not. */
function remoteShares(group: string): readonly [number, number] {
  if (group === '15') return [0.3, 0.25];
  if (['11', '13', '27', '41', '43', '23'].includes(group)) return [0.12, 0.18];
  if (['17', '19', '21', '25'].includes(group)) return [0.05, 0.1];
  return [0.005, 0.02];
}

/** Per-seed tables, built once: employers and weighted draws. */
class CorpusTables {
  readonly cityTable = createCityTable();
  readonly companies: CompanyDirectory;
  private readonly sectorTables = new Map<string, WeightedTable<Sector>>();

  constructor(readonly seed: number) {
    this.companies = new CompanyDirectory(seed, this.cityTable);
  }

  sectorFor(occupation: CorpusOccupation, random: Random): Sector {
    const code = occupation.occupation.code;
    let table = this.sectorTables.get(code);
    if (!table) {
      const weights = sectorWeightsFor(occupation.occupation.title, occupation.group);
      table = new WeightedTable([...weights.keys()], (s) => weights.get(s) ?? 0);
      this.sectorTables.set(code, table);
    }
    return table.draw(random);
  }
}

const tablesBySeed = new Map<number, CorpusTables>();

function tablesFor(seed: number): CorpusTables {
  let tables = tablesBySeed.get(seed);
  if (!tables) {
    tables = new CorpusTables(seed);
    tablesBySeed.set(seed, tables);
  }
  return tables;
}

function drawCity(company: Company, tables: CorpusTables, random: Random): City {
  if (company.national) return tables.cityTable.draw(random);
  if (random.chance(0.8)) return company.city;
  const sameState = CITIES.filter((c) => c.state === company.city.state);
  return random.pick(sameState);
}

function drawSkills(occupation: CorpusOccupation, random: Random): { required: string[]; preferred: string[] } {
  const skills = occupation.skills;
  if (skills.length === 0) return { required: [], preferred: [] };
  // Hot and in-demand technologies are the ones postings actually name.
  const table = new WeightedTable(skills, (s) => (s.hot ? 4 : 0) + (s.inDemand ? 3 : 0) + 1);
  const wanted = Math.min(skills.length, random.int(3, 8));
  const chosen = new Set<string>();
  for (let attempts = 0; chosen.size < wanted && attempts < wanted * 10; attempts++)
    chosen.add(table.draw(random).name);
  const list = [...chosen];
  const requiredCount = Math.ceil(list.length * 0.6);
  return { required: list.slice(0, requiredCount), preferred: list.slice(requiredCount) };
}

function drawEmploymentType(group: string, seniority: Seniority, random: Random): EmploymentType {
  const partTime = EMPLOYMENT_BY_GROUP[group] ?? 0.06;
  const r = random.next();
  if (seniority === 'junior' && r < 0.03) return 'Internship';
  if (r < partTime) return 'Part-time';
  if (r < partTime + 0.06) return 'Contract';
  if (r < partTime + 0.075) return 'Temporary';
  return 'Full-time';
}

function locate(remoteType: RemoteType, city: City, random: Random): PostingLocation {
  const tied = remoteType !== 'remote' || random.chance(0.4);
  if (!tied) {
    return {
      city: null,
      state: null,
      stateName: null,
      country: 'US',
      label: 'Remote',
      latitude: null,
      longitude: null,
      cityId: null,
    };
  }
  const label = remoteType === 'remote' ? `Remote in ${cityLabel(city)}` : cityLabel(city);
  return {
    city: city.name,
    state: city.state,
    stateName: city.stateName,
    country: 'US',
    label,
    latitude: city.latitude,
    longitude: city.longitude,
    cityId: city.id,
  };
}

interface Drawn {
  readonly summary: PostingSummary;
  readonly occupation: CorpusOccupation;
  readonly company: Company;
}

function summarize(index: number, seed: number, asOf: Date, random: Random): Drawn {
  const tables = tablesFor(seed);
  const occupation = occupationCatalogue().table.draw(random);
  const { title, seniority } = drawTitle(occupation, random);
  const company = tables.companies.draw(tables.sectorFor(occupation, random), random);
  const city = drawCity(company, tables, random);
  const [remoteShare, hybridShare] = remoteShares(occupation.group);
  const r = random.next();
  const remoteType: RemoteType = r < remoteShare ? 'remote' : r < remoteShare + hybridShare ? 'hybrid' : 'onsite';
  const location = locate(remoteType, city, random);
  const zone = occupation.occupation.jobZone;
  const salary = drawSalary(occupation.group, zone, seniority, location.cityId === null ? null : city, random);
  const ageDays = Math.min(59, Math.floor(random.exponential(11)));
  const postedAt = new Date(asOf.getTime() - ageDays * DAY_MS - random.int(0, 23) * 3_600_000);
  const expired = random.chance(0.03 + (0.15 * ageDays) / 60);
  const skills = drawSkills(occupation, random);
  const jobKey = indeedJobKey(seed, index);
  const glassdoorId = glassdoorListingId(seed, index);
  const summary: PostingSummary = {
    index,
    seed,
    indeedJobKey: jobKey,
    indeedUrl: indeedJobUrl(jobKey),
    glassdoorId,
    glassdoorUrl: glassdoorJobUrl(glassdoorId, title, company.name, location.cityId),
    onetCode: occupation.occupation.code,
    occupationTitle: occupation.occupation.title,
    title,
    seniority,
    company: {
      id: company.id,
      name: company.name,
      shortName: company.shortName,
      sector: company.sector,
      rating: company.rating,
    },
    location,
    remoteType,
    employmentType: drawEmploymentType(occupation.group, seniority, random),
    salary,
    ageDays,
    postedAt: postedAt.toISOString(),
    expired,
    skillsRequired: skills.required,
    skillsPreferred: skills.preferred,
    educationRequired: occupation.occupation.education ?? (zone === null ? null : (ZONE_EDUCATION[zone] ?? null)),
    yearsRequired: drawYearsRequired(seniority, zone, random),
  };
  return { summary, occupation, company };
}

function resolveOptions(index: number, options: CorpusOptions): { seed: number; asOf: Date } {
  if (!Number.isInteger(index) || index < 0 || index > 0xffffffff) {
    throw new RangeError(`posting index must be an integer in 0 … 2^32-1, got ${index}`);
  }
  const seed = (options.seed ?? DEFAULT_SEED) >>> 0;
  const asOf = new Date(Math.floor((options.asOf ?? DEFAULT_AS_OF).getTime() / DAY_MS) * DAY_MS);
  return { seed, asOf };
}

/** The posting's fields without its text; several times cheaper than generatePosting. */
export function generatePostingSummary(index: number, options: CorpusOptions = {}): PostingSummary {
  const { seed, asOf } = resolveOptions(index, options);
  return summarize(index, seed, asOf, new Random(combine(seed, index, 1))).summary;
}

/** Posting number `index` of the corpus (deterministic: same index, seed and as-of date, same posting). */
export function generatePosting(index: number, options: CorpusOptions = {}): Posting {
  const { seed, asOf } = resolveOptions(index, options);
  const { summary, occupation, company } = summarize(index, seed, asOf, new Random(combine(seed, index, 1)));
  // Text draws come from their own stream, so the summary stays identical to generatePostingSummary.
  const text = new Random(combine(seed, index, 2));
  const tasks = [
    ...text.sample(occupation.tasks.core, text.int(4, 7)),
    ...text.sample(occupation.tasks.supplemental, text.chance(0.3) ? text.int(1, 2) : 0),
  ];
  const hourly = summary.salary?.period === 'hour';
  const benefits = text.chance(0.15)
    ? []
    : [
        ...text.sample(BENEFITS.common, text.int(2, 4)),
        ...text.sample(hourly ? BENEFITS.hourly : BENEFITS.office, text.int(1, 2)),
      ];
  const description = writeDescription(
    {
      title: summary.title,
      company,
      locationLabel: summary.location.label,
      remoteType: summary.remoteType,
      employmentType: summary.employmentType,
      occupationDescription: occupation.occupation.description,
      tasks,
      education: summary.educationRequired,
      yearsRequired: summary.yearsRequired,
      skillsRequired: summary.skillsRequired,
      skillsPreferred: summary.skillsPreferred,
      salary: summary.salary,
      benefits,
    },
    text,
  );
  return { ...summary, description, snippet: snippetOf(tasks), benefits };
}
