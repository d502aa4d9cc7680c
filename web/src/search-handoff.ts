import type { StartedSearch } from './api-client/contract';

/**
 * The first page a search answered with when it started, handed to its results page so it shows at
 * once instead of after another round trip. Only in memory: a reload reads the search from the API.
 */
const started = new Map<string, StartedSearch>();

export function handOver(search: StartedSearch): void {
  started.set(search.searchId, search);
}

export function takeOver(searchId: string): StartedSearch | undefined {
  const search = started.get(searchId);
  started.delete(searchId);
  return search;
}
