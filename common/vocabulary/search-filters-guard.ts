import { unstorableReason } from '../storable-text';
import { REMOTE_TYPES } from './jobs';
import {
  CURRENCY_CODE,
  FILTER_DEFAULTS,
  LOCATION_FILTER_MAX_LENGTH,
  MAX_ANNUAL_SALARY,
  SEARCH_FILTER_KEYS,
  type SearchFilters,
} from './search';

const FILTER_KEYS = new Set<string>(SEARCH_FILTER_KEYS);
const REMOTE_TYPE_SET = new Set<string>(REMOTE_TYPES);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function flag(object: Record<string, unknown>, name: string, fallback: boolean): boolean {
  const value = object[name];
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw new Error(`${name} must be true or false`);
  return value;
}

function objectField(name: string, value: unknown): Record<string, unknown> {
  if (!isObject(value)) throw new Error(`${name} must be an object`);
  return value;
}

/**
 * Hard filters from a caller the API's zod schema (api/search-schemas.ts) did not parse: the
 * workflow's filter-change validator (the Temporal CLI or UI may send anything) and the cache
 * lookup activity. Plain code over the same constants, so no schema library enters the workflow
 * bundle; it accepts what that schema accepts and answers what it would (flags left out take
 * their defaults, the location text is trimmed, unknown fields inside a filter are dropped).
 * Throws on unknown filters, unknown remote types, absurd salaries, and empty, overlong or
 * unstorable (common/storable-text.ts) locations.
 */
export function parseSearchFilters(value: unknown): SearchFilters {
  if (!isObject(value)) throw new Error('filters must be an object');
  for (const key of Object.keys(value)) if (!FILTER_KEYS.has(key)) throw new Error(`unknown filter "${key}"`);
  const filters: { -readonly [K in keyof SearchFilters]: SearchFilters[K] } = {};
  if (value.remoteTypes !== undefined) {
    const remoteTypes: unknown = value.remoteTypes;
    if (!Array.isArray(remoteTypes) || remoteTypes.length === 0 || remoteTypes.length > REMOTE_TYPES.length)
      throw new Error(`remoteTypes must be a list of 1 to ${REMOTE_TYPES.length} workplace types`);
    for (const t of remoteTypes as unknown[])
      if (typeof t !== 'string' || !REMOTE_TYPE_SET.has(t)) throw new Error(`unknown remote type "${String(t)}"`);
    filters.remoteTypes = remoteTypes as SearchFilters['remoteTypes'];
  }
  if (value.minAnnualSalary !== undefined) {
    const salary = objectField('minAnnualSalary', value.minAnnualSalary);
    const { amount, currency } = salary;
    if (typeof amount !== 'number' || !(amount > 0 && amount <= MAX_ANNUAL_SALARY))
      throw new Error(
        `minAnnualSalary.amount must be a number above 0 and at most ${MAX_ANNUAL_SALARY.toLocaleString('en-US')}`,
      );
    if (currency !== undefined && (typeof currency !== 'string' || !CURRENCY_CODE.test(currency)))
      throw new Error('minAnnualSalary.currency must be a three-letter ISO 4217 code');
    filters.minAnnualSalary = {
      amount,
      ...(currency !== undefined ? { currency } : {}),
      includeUnknown: flag(salary, 'includeUnknown', FILTER_DEFAULTS.includeUnknown),
    };
  }
  if (value.visaSponsorship !== undefined) {
    const visa = objectField('visaSponsorship', value.visaSponsorship);
    filters.visaSponsorship = { includeUnknown: flag(visa, 'includeUnknown', FILTER_DEFAULTS.includeUnknown) };
  }
  if (value.location !== undefined) {
    const location = objectField('location', value.location);
    const text = typeof location.text === 'string' ? location.text.trim() : '';
    if (!text || text.length > LOCATION_FILTER_MAX_LENGTH)
      throw new Error(`location.text must be 1 to ${LOCATION_FILTER_MAX_LENGTH} characters`);
    const unstorable = unstorableReason(text);
    if (unstorable) throw new Error(`location.text ${unstorable}`);
    filters.location = { text, includeRemote: flag(location, 'includeRemote', FILTER_DEFAULTS.includeRemote) };
  }
  return filters;
}
