import { CITIES, STATE_NAMES, type JobCorpus, type PostingSummary } from './corpus';

/**
 * Keyword and location search over the simulated corpus, like a job board's: every keyword word
 * must match the posting's title, occupation, skills or employer (titles weigh most); the location
 * is a city (with the towns within 30 miles), a state, "Remote", or the whole country. Built once
 * at start from the postings' summaries; posting lists are sorted typed arrays, so a query is a
 * merge of a few arrays, not a scan of the corpus.
 */

export type LocationScope =
  | { readonly kind: 'anywhere' }
  | { readonly kind: 'remote' }
  | { readonly kind: 'cities'; readonly cityIds: ReadonlySet<number> }
  | { readonly kind: 'unknown' };

export interface SearchHit {
  readonly index: number;
  readonly score: number;
}

export type SearchSort = 'relevance' | 'date';

/** What listing filters need about a posting, kept in typed arrays so filtering costs no generation. */
export interface PostingFacts {
  readonly ageDays: number;
  readonly remote: boolean;
  /** Advertised pay converted to a year (2,080 hours), or null when the posting states none. */
  readonly annualMin: number | null;
  readonly annualMax: number | null;
  readonly companyRating: number;
}

const STOPWORDS = new Set(['and', 'or', 'the', 'of', 'for', 'in', 'a', 'an', 'to', 'with', 'at', 'job', 'jobs']);

/** Lower case words, plural "s" dropped, so "Nurses" finds "Nurse". */
export function searchTokens(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().split(/[^a-z0-9+#]+/)) {
    if (!raw || STOPWORDS.has(raw)) continue;
    out.push(raw.length > 3 && raw.endsWith('s') && !raw.endsWith('ss') ? raw.slice(0, -1) : raw);
  }
  return out;
}

const RADIUS_MILES = 30;

function milesBetween(a: (typeof CITIES)[number], b: (typeof CITIES)[number]): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 3958.8 * 2 * Math.asin(Math.sqrt(h));
}

const COUNTRY_WORDS = new Set(['', 'united states', 'usa', 'us', 'u.s.', 'united states of america', 'anywhere']);

/** Understands "Austin, TX", "Austin", "Texas", "TX", "Remote" and "United States". */
export function parseLocation(text: string): LocationScope {
  const value = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (COUNTRY_WORDS.has(value)) return { kind: 'anywhere' };
  if (value === 'remote' || value === 'work from home') return { kind: 'remote' };
  const [cityPart = '', statePart = ''] = value.split(',').map((p) => p.trim());
  const stateCode = (part: string): string | undefined =>
    Object.keys(STATE_NAMES).find((code) => code.toLowerCase() === part || STATE_NAMES[code]?.toLowerCase() === part);
  if (!statePart) {
    const state = stateCode(cityPart);
    if (state) return { kind: 'cities', cityIds: new Set(CITIES.filter((c) => c.state === state).map((c) => c.id)) };
  }
  const state = statePart ? stateCode(statePart) : undefined;
  if (statePart && !state) return { kind: 'unknown' };
  const centres = CITIES.filter((c) => c.name.toLowerCase() === cityPart && (!state || c.state === state));
  if (centres.length === 0) return { kind: 'unknown' };
  const ids = new Set<number>();
  for (const centre of centres) {
    for (const city of CITIES) if (milesBetween(centre, city) <= RADIUS_MILES) ids.add(city.id);
  }
  return { kind: 'cities', cityIds: ids };
}

const NO_CITY = -1;

export class CorpusSearchIndex {
  private readonly titlePostings = new Map<string, Int32Array>();
  private readonly otherPostings = new Map<string, Int32Array>();
  private readonly cityOf: Int16Array;
  private readonly remote: Uint8Array;
  private readonly postedAt: Float64Array;
  private readonly ageDays: Uint8Array;
  private readonly annualMin: Float64Array;
  private readonly annualMax: Float64Array;
  private readonly rating: Float32Array;

  private constructor(
    readonly corpus: JobCorpus,
    title: Map<string, number[]>,
    other: Map<string, number[]>,
    cityOf: Int16Array,
    remote: Uint8Array,
    postedAt: Float64Array,
    facts: { ageDays: Uint8Array; annualMin: Float64Array; annualMax: Float64Array; rating: Float32Array },
  ) {
    for (const [token, list] of title) this.titlePostings.set(token, Int32Array.from(list));
    for (const [token, list] of other) this.otherPostings.set(token, Int32Array.from(list));
    this.cityOf = cityOf;
    this.remote = remote;
    this.postedAt = postedAt;
    this.ageDays = facts.ageDays;
    this.annualMin = facts.annualMin;
    this.annualMax = facts.annualMax;
    this.rating = facts.rating;
  }

  static build(corpus: JobCorpus): CorpusSearchIndex {
    const title = new Map<string, number[]>();
    const other = new Map<string, number[]>();
    const cityOf = new Int16Array(corpus.size);
    const remote = new Uint8Array(corpus.size);
    const postedAt = new Float64Array(corpus.size);
    const facts = {
      ageDays: new Uint8Array(corpus.size),
      annualMin: new Float64Array(corpus.size).fill(Number.NaN),
      annualMax: new Float64Array(corpus.size).fill(Number.NaN),
      rating: new Float32Array(corpus.size),
    };
    const add = (map: Map<string, number[]>, token: string, index: number): void => {
      const list = map.get(token);
      if (!list) map.set(token, [index]);
      else if (list[list.length - 1] !== index) list.push(index);
    };
    for (const s of corpus.summaries()) {
      for (const token of searchTokens(s.title)) add(title, token, s.index);
      for (const token of searchTokens(otherText(s))) add(other, token, s.index);
      cityOf[s.index] = s.location.cityId ?? NO_CITY;
      remote[s.index] = s.remoteType === 'remote' ? 1 : 0;
      postedAt[s.index] = Date.parse(s.postedAt);
      facts.ageDays[s.index] = s.ageDays;
      facts.rating[s.index] = s.company.rating;
      if (s.salary) {
        const perYear = s.salary.period === 'hour' ? 2080 : 1;
        facts.annualMin[s.index] = s.salary.min * perYear;
        facts.annualMax[s.index] = s.salary.max * perYear;
      }
    }
    return new CorpusSearchIndex(corpus, title, other, cityOf, remote, postedAt, facts);
  }

  /** Every matching posting, best first. An empty keyword matches everything in the location. */
  search(keyword: string, location: LocationScope, sort: SearchSort): SearchHit[] {
    if (location.kind === 'unknown') return [];
    const tokens = [...new Set(searchTokens(keyword))];
    const scores = new Map<number, number>();
    if (tokens.length === 0) {
      for (let i = 0; i < this.corpus.size; i++) if (this.inScope(i, location)) scores.set(i, 0);
    } else {
      let candidates: Map<number, number> | undefined;
      for (const token of tokens) {
        const matched = new Map<number, number>();
        for (const i of this.otherPostings.get(token) ?? []) matched.set(i, 1);
        for (const i of this.titlePostings.get(token) ?? []) matched.set(i, 3);
        if (!candidates) candidates = matched;
        else {
          const next = new Map<number, number>();
          for (const [i, score] of candidates) {
            const add = matched.get(i);
            if (add !== undefined) next.set(i, score + add);
          }
          candidates = next;
        }
        if (candidates.size === 0) return [];
      }
      for (const [i, score] of candidates ?? []) if (this.inScope(i, location)) scores.set(i, score);
    }
    const hits = [...scores].map(([index, score]) => ({ index, score }));
    const posted = this.postedAt;
    hits.sort((a, b) =>
      sort === 'date'
        ? (posted[b.index] ?? 0) - (posted[a.index] ?? 0) || a.index - b.index
        : b.score - a.score || (posted[b.index] ?? 0) - (posted[a.index] ?? 0) || a.index - b.index,
    );
    return hits;
  }

  facts(index: number): PostingFacts {
    const min = this.annualMin[index] ?? Number.NaN;
    const max = this.annualMax[index] ?? Number.NaN;
    return {
      ageDays: this.ageDays[index] ?? 0,
      remote: this.remote[index] === 1,
      annualMin: Number.isNaN(min) ? null : min,
      annualMax: Number.isNaN(max) ? null : max,
      companyRating: this.rating[index] ?? 0,
    };
  }

  private inScope(index: number, location: LocationScope): boolean {
    switch (location.kind) {
      case 'anywhere':
        return true;
      case 'remote':
        return this.remote[index] === 1;
      case 'cities':
        return location.cityIds.has(this.cityOf[index] ?? NO_CITY);
      case 'unknown':
        return false;
    }
  }
}

function otherText(s: PostingSummary): string {
  return [s.occupationTitle, s.company.name, ...s.skillsRequired, ...s.skillsPreferred].join(' ');
}
