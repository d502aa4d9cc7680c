import type { SearchFilters } from './model';

const FILTER_KEYS = new Set(['remoteTypes', 'minAnnualSalary', 'visaSponsorship', 'location']);
const REMOTE_TYPES = new Set(['remote', 'hybrid', 'onsite', 'unknown']);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The filter-change update's validator: the API has parsed the filters with their zod schema
 * (matching/filters.ts) already; this guards the workflow against any other client (the Temporal
 * CLI or UI) without putting a schema library in the workflow bundle. Throws on unknown fields,
 * unknown remote types and absurd salaries.
 */
export function assertSearchFilters(filters: unknown): asserts filters is SearchFilters {
  if (!isObject(filters)) throw new Error('filters must be an object');
  for (const key of Object.keys(filters)) if (!FILTER_KEYS.has(key)) throw new Error(`unknown filter "${key}"`);
  const { remoteTypes, minAnnualSalary, visaSponsorship, location } = filters;
  if (remoteTypes !== undefined) {
    if (!Array.isArray(remoteTypes) || remoteTypes.length === 0)
      throw new Error('remoteTypes must be a non-empty list');
    for (const t of remoteTypes)
      if (!REMOTE_TYPES.has(String(t))) throw new Error(`unknown remote type "${String(t)}"`);
  }
  if (minAnnualSalary !== undefined) {
    const amount = isObject(minAnnualSalary) ? minAnnualSalary.amount : undefined;
    if (typeof amount !== 'number' || !(amount > 0 && amount <= 5_000_000))
      throw new Error('minAnnualSalary.amount must be a number above 0 and at most 5,000,000');
  }
  if (visaSponsorship !== undefined && !isObject(visaSponsorship)) throw new Error('visaSponsorship must be an object');
  if (location !== undefined) {
    const text = isObject(location) ? location.text : undefined;
    if (typeof text !== 'string' || !text.trim() || text.length > 200)
      throw new Error('location.text must be 1 to 200 characters');
  }
}
