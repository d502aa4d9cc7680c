import {
  DEFAULT_AS_OF,
  DEFAULT_SEED,
  generatePosting,
  generatePostingSummary,
  type CorpusOptions,
  type Posting,
  type PostingSummary,
} from './posting';
import { indexFromGlassdoorId, indexFromIndeedKey } from './identifiers';

/**
 * The generated job corpus: postings built on demand from the shipped O*NET extract (CC BY 4.0,
 * see data/onet/ATTRIBUTION.md), deterministic from a seed. Nothing is stored: posting `i` is
 * recomputed whenever it is asked for, so a corpus of any size costs no memory.
 *
 *   const corpus = new JobCorpus({ size: 100_000, seed: 7 });
 *   for (const posting of corpus.postings()) evaluate(posting.description, posting.onetCode);
 */
export class JobCorpus {
  readonly size: number;
  readonly seed: number;
  readonly asOf: Date;

  constructor(options: CorpusOptions & { readonly size?: number } = {}) {
    this.size = options.size ?? 100_000;
    if (!Number.isInteger(this.size) || this.size < 1 || this.size > 0xffffffff) {
      throw new RangeError(`corpus size must be a positive integer, got ${options.size}`);
    }
    this.seed = (options.seed ?? DEFAULT_SEED) >>> 0;
    this.asOf = options.asOf ?? DEFAULT_AS_OF;
  }

  private options(): CorpusOptions {
    return { seed: this.seed, asOf: this.asOf };
  }

  private checkIndex(index: number): void {
    if (!Number.isInteger(index) || index < 0 || index >= this.size) {
      throw new RangeError(`posting index ${index} is outside this corpus of ${this.size}`);
    }
  }

  posting(index: number): Posting {
    this.checkIndex(index);
    return generatePosting(index, this.options());
  }

  summary(index: number): PostingSummary {
    this.checkIndex(index);
    return generatePostingSummary(index, this.options());
  }

  /** Postings start … end-1 (default: all), in order. */
  *postings(start = 0, end = this.size): IterableIterator<Posting> {
    for (let i = Math.max(0, start); i < Math.min(end, this.size); i++) yield generatePosting(i, this.options());
  }

  /** Summaries (no text) start … end-1, several times faster than postings(). */
  *summaries(start = 0, end = this.size): IterableIterator<PostingSummary> {
    for (let i = Math.max(0, start); i < Math.min(end, this.size); i++) yield generatePostingSummary(i, this.options());
  }

  /** The posting behind an Indeed job key (`jk`), if it belongs to this corpus. */
  findByIndeedKey(jobKey: string): Posting | undefined {
    const index = indexFromIndeedKey(this.seed, jobKey);
    return index !== undefined && index < this.size ? this.posting(index) : undefined;
  }

  /** The posting behind a Glassdoor listing id (`jl`), if it belongs to this corpus. */
  findByGlassdoorId(id: number): Posting | undefined {
    const index = indexFromGlassdoorId(this.seed, id);
    return index !== undefined && index < this.size ? this.posting(index) : undefined;
  }
}

export { DEFAULT_AS_OF, DEFAULT_SEED, generatePosting, generatePostingSummary };
export type {
  CorpusOptions,
  EmploymentType,
  Posting,
  PostingCompany,
  PostingLocation,
  PostingSummary,
  PostedSalary,
  RemoteType,
} from './posting';
export { glassdoorJobUrl, indeedJobUrl, jobKeyFromIndeedUrl, listingIdFromGlassdoorUrl } from './identifiers';
export { CITIES, STATE_NAMES, cityLabel, type City } from './places';
