import type { Seniority } from '../../understanding/features';
import type { City } from './places';
import type { Random } from './random';

/**
 * Advertised pay. Annual base by O*NET job zone, scaled by occupation group, seniority and the
 * local wage level, then widened into a range. Roughly two postings in three state pay (pay
 * transparency laws); entry-level jobs are mostly advertised by the hour, as they are in practice.
 */

export interface PostedSalary {
  readonly min: number;
  readonly max: number;
  readonly currency: 'USD';
  readonly period: 'year' | 'hour';
}

const ZONE_BASE: Readonly<Record<number, number>> = { 1: 31_000, 2: 40_000, 3: 54_000, 4: 78_000, 5: 102_000 };

const GROUP_FACTOR: Readonly<Record<string, number>> = {
  '11': 1.45,
  '13': 1.12,
  '15': 1.35,
  '17': 1.22,
  '19': 1.08,
  '21': 0.9,
  '23': 1.35,
  '25': 0.9,
  '27': 0.95,
  '29': 1.2,
  '31': 0.85,
  '33': 0.95,
  '35': 0.78,
  '37': 0.85,
  '39': 0.82,
  '41': 0.95,
  '43': 0.86,
  '45': 0.82,
  '47': 1.05,
  '49': 1.0,
  '51': 0.9,
  '53': 0.95,
};

const SENIORITY_FACTOR: Readonly<Record<Seniority, number>> = {
  intern: 0.6,
  junior: 0.82,
  mid: 1,
  senior: 1.25,
  lead: 1.32,
  principal: 1.5,
  executive: 1.8,
};

const HOURS_PER_YEAR = 2080;

export function drawSalary(
  group: string,
  jobZone: number | null,
  seniority: Seniority,
  city: City | null,
  random: Random,
): PostedSalary | null {
  if (!random.chance(0.65)) return null;
  const base =
    (ZONE_BASE[jobZone ?? 2] ?? 40_000) *
    (GROUP_FACTOR[group] ?? 1) *
    SENIORITY_FACTOR[seniority] *
    (city?.payFactor ?? 1.05) *
    (0.88 + random.next() * 0.24);
  const low = base * (0.85 + random.next() * 0.1);
  const high = low * (1.12 + random.next() * 0.33);
  const hourly = base < 52_000 && (jobZone ?? 2) <= 3 && random.chance(0.75);
  if (hourly) {
    const quarter = (v: number): number => Math.round((v / HOURS_PER_YEAR) * 4) / 4;
    const min = quarter(low);
    return { min, max: Math.max(quarter(high), min + 0.5), currency: 'USD', period: 'hour' };
  }
  const thousand = (v: number): number => Math.round(v / 1000) * 1000;
  const min = thousand(low);
  return { min, max: Math.max(thousand(high), min + 1000), currency: 'USD', period: 'year' };
}

/** "$85,000 - $110,000 a year" / "$18.50 - $22.00 an hour", as Indeed prints it. */
export function formatSalary(salary: PostedSalary): string {
  const money = (v: number): string =>
    salary.period === 'hour' ? `$${v.toFixed(2)}` : `$${v.toLocaleString('en-US', { maximumFractionDigits: 0 })}`;
  return `${money(salary.min)} - ${money(salary.max)} ${salary.period === 'hour' ? 'an hour' : 'a year'}`;
}
