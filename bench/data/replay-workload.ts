import fs from 'node:fs';
import path from 'node:path';
import { EMPLOYMENT_THOUSANDS, occupationCatalogue } from '../../simulator/corpus/occupations';
import { CITIES, cityLabel } from '../../simulator/corpus/places';
import type { Tier } from '../../common/vocabulary/search';
import { seededRandom } from '../stats';
import { SHARED_DATA } from './paths';

/**
 * The replay's workload: keyword searches over real job titles and US cities, drawn from a Zipf
 * law over query popularity, as search logs are.
 *
 * - Titles are O*NET's reported titles (what incumbents call their job) that O*NET marks as shown in
 *   My Next Move — the common ones, every occupation alike (nurses, cashiers, drivers, accountants,
 *   developers…) — read from the O*NET release in ../shared/data.
 * - A title's weight is its occupation's US employment (the simulator's table) shared among the
 *   occupation's titles; a city's is its metro population (the simulator's places).
 * - Queries (title, city) are ranked by the product of the two; the i-th most popular is searched
 *   with probability ∝ 1 / i^s among the `universe` most popular (s near 1, as in web search logs).
 * - People come back: a share of each user's searches repeats one of their own earlier queries (a
 *   third in Yahoo's logs: Teevan et al., "Information re-retrieval", SIGIR 2007); each user does
 *   about ten searches, all in one tier.
 */

export interface ReplayQuery {
  readonly keyword: string;
  readonly location: string;
}

export interface ReplaySearch extends ReplayQuery {
  readonly tier: Tier;
  /** Which user of that tier searches (0-based). */
  readonly user: number;
  /** 0-based popularity rank of the query. */
  readonly rank: number;
  /** The user searched this query before. */
  readonly repeat: boolean;
}

const TITLES_FILE = path.join(SHARED_DATA, 'onet-29.2', 'Sample of Reported Titles.txt');
const OTHER_OCCUPATION_THOUSANDS = 45;

/** "Customer Service Representative (CSR)" → "Customer Service Representative". */
const tidy = (title: string): string =>
  title
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Common reported titles with their weight, most popular first. */
export function commonTitles(file = TITLES_FILE): { title: string; weight: number }[] {
  const known = new Set(occupationCatalogue().occupations.map((o) => o.occupation.code));
  const byCode = new Map<string, string[]>();
  for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/).slice(1)) {
    const [code, title, shown] = line.split('\t');
    if (!code || !title || shown?.trim() !== 'Y' || !known.has(code)) continue;
    byCode.set(code, [...(byCode.get(code) ?? []), tidy(title)]);
  }
  const weights = new Map<string, { title: string; weight: number }>();
  for (const [code, titles] of byCode) {
    const share = (EMPLOYMENT_THOUSANDS[code] ?? OTHER_OCCUPATION_THOUSANDS) / titles.length;
    for (const title of titles) {
      const key = title.toLowerCase();
      const entry = weights.get(key) ?? { title, weight: 0 };
      // A title several occupations report ("Sales Associate") is as common as their sum.
      weights.set(key, { title: entry.title, weight: entry.weight + share });
    }
  }
  return [...weights.values()].sort((a, b) => b.weight - a.weight || a.title.localeCompare(b.title));
}

/** The `size` most popular (title, city) queries, most popular first. */
export function queryUniverse(size: number, titles = commonTitles()): ReplayQuery[] {
  const cities = [...CITIES].sort((a, b) => b.weight - a.weight);
  // Only the top of each list can reach the top `size` pairs.
  const topTitles = titles.slice(0, size);
  const topCities = cities.slice(0, size);
  const pairs = topTitles.flatMap((t) =>
    topCities.map((c) => ({ keyword: t.title, location: cityLabel(c), score: t.weight * c.weight })),
  );
  pairs.sort((a, b) => b.score - a.score || a.keyword.localeCompare(b.keyword) || a.location.localeCompare(b.location));
  return pairs.slice(0, size).map(({ keyword, location }) => ({ keyword, location }));
}

/** Draws ranks 0 … n-1 with probability ∝ 1 / (rank + 1)^s (inverse CDF over the table). */
export function zipfSampler(n: number, s: number, random: () => number): () => number {
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cumulative[i] = sum += 1 / (i + 1) ** s;
  return () => {
    const target = random() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

export interface WorkloadOptions {
  readonly searches: number;
  /** Share of searches by paid users. */
  readonly paidShare: number;
  readonly zipfExponent: number;
  readonly universe: number;
  /** Share of a user's searches that repeat one of their earlier queries (when they have one). */
  readonly repeatShare: number;
  readonly searchesPerUser: number;
  readonly seed: number;
}

/** Users of a tier for `searches` searches of it. */
export function usersFor(searches: number, searchesPerUser: number): number {
  return Math.max(1, Math.round(searches / searchesPerUser));
}

/** The searches of one replay, in order: the same options give the same sequence. */
export function replayWorkload(options: WorkloadOptions, queries = queryUniverse(options.universe)): ReplaySearch[] {
  const random = seededRandom(options.seed);
  const draw = zipfSampler(queries.length, options.zipfExponent, random);
  const users = {
    paid: usersFor(options.searches * options.paidShare, options.searchesPerUser),
    free: usersFor(options.searches * (1 - options.paidShare), options.searchesPerUser),
  };
  const history = new Map<string, number[]>();
  return Array.from({ length: options.searches }, () => {
    const tier: Tier = random() < options.paidShare ? 'paid' : 'free';
    const user = Math.floor(random() * users[tier]);
    const own = history.get(`${tier}:${user}`) ?? [];
    const repeat = own.length > 0 && random() < options.repeatShare;
    const rank = repeat ? own[Math.floor(random() * own.length)]! : draw();
    if (!own.includes(rank)) history.set(`${tier}:${user}`, [...own, rank]);
    return { ...queries[rank]!, tier, user, rank, repeat };
  });
}
