/**
 * Diversity in a result list: at most `maxPerCompany` postings of one employer among the first
 * `window` results. The postings beyond the limit move down behind the window, in their order;
 * nothing is dropped, and when too few other employers are left they fill the window again.
 * Postings without a known employer are never limited.
 */
export function limitPerCompany<T>(
  ranked: readonly T[],
  companyOf: (item: T) => string | null,
  maxPerCompany: number,
  window: number,
): T[] {
  const shown: T[] = [];
  const deferred: T[] = [];
  const counts = new Map<string, number>();
  let next = 0;
  while (shown.length < window && next < ranked.length) {
    const item = ranked[next++] as T;
    const company = companyOf(item);
    const count = company === null ? 0 : (counts.get(company) ?? 0);
    if (company !== null && count >= maxPerCompany) {
      deferred.push(item);
      continue;
    }
    shown.push(item);
    if (company !== null) counts.set(company, count + 1);
  }
  while (shown.length < window && deferred.length > 0) shown.push(deferred.shift() as T);
  return [...shown, ...deferred, ...ranked.slice(next)];
}
