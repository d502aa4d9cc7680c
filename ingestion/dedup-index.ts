import {
  betterMatch,
  fitsCluster,
  identityKey,
  judgeDuplicate,
  type DedupFingerprint,
  type DedupThresholds,
  type DuplicateMatch,
} from './duplicates';

/**
 * The duplicate check over postings held in memory, for the evaluation (bench/eval-dedup.ts): the
 * same candidates the database finds (content hash, employer + title + place, a shared LSH band;
 * store/job-clusters.ts) and the same judgement, with clusters kept in a map.
 */
export interface IndexedPosting {
  readonly id: string;
  readonly fingerprint: DedupFingerprint;
  readonly lshKeys: readonly number[];
}

export class DedupIndex {
  private readonly byHash = new Map<string, string[]>();
  private readonly byIdentity = new Map<string, string[]>();
  private readonly byBand = new Map<number, string[]>();
  private readonly postings = new Map<string, IndexedPosting>();
  private readonly clusterOf = new Map<string, string>();
  private readonly members = new Map<string, DedupFingerprint[]>();

  constructor(
    private readonly thresholds: DedupThresholds,
    private readonly candidateLimit: number,
  ) {}

  private static push<K>(map: Map<K, string[]>, key: K, id: string): void {
    const list = map.get(key);
    if (list) list.push(id);
    else map.set(key, [id]);
  }

  private candidates(posting: IndexedPosting): IndexedPosting[] {
    const ids = new Set<string>();
    const add = (list: readonly string[] | undefined) => {
      for (const id of list ?? []) if (ids.size < this.candidateLimit) ids.add(id);
    };
    if (posting.fingerprint.contentHash) add(this.byHash.get(posting.fingerprint.contentHash));
    const identity = identityKey(posting.fingerprint);
    if (identity) add(this.byIdentity.get(identity));
    for (const key of posting.lshKeys) add(this.byBand.get(key));
    ids.delete(posting.id);
    return [...ids].map((id) => this.postings.get(id) as IndexedPosting);
  }

  /** Adds a posting: it joins the cluster of its best duplicate that it fits, or starts its own. */
  add(posting: IndexedPosting): { clusterId: string; match: (DuplicateMatch & { readonly of: string }) | null } {
    const matches: (DuplicateMatch & { of: string })[] = [];
    for (const candidate of this.candidates(posting)) {
      const match = judgeDuplicate(posting.fingerprint, candidate.fingerprint, this.thresholds);
      if (match) matches.push({ ...match, of: candidate.id });
    }
    matches.sort((a, b) => (betterMatch(a, b) ? -1 : betterMatch(b, a) ? 1 : 0));
    const best =
      matches.find((m) =>
        fitsCluster(posting.fingerprint, this.members.get(this.clusterOf.get(m.of) as string) ?? [], this.thresholds),
      ) ?? null;
    const clusterId = best ? (this.clusterOf.get(best.of) as string) : posting.id;
    this.clusterOf.set(posting.id, clusterId);
    this.members.set(clusterId, [...(this.members.get(clusterId) ?? []), posting.fingerprint]);
    this.postings.set(posting.id, posting);
    if (posting.fingerprint.contentHash) DedupIndex.push(this.byHash, posting.fingerprint.contentHash, posting.id);
    const identity = identityKey(posting.fingerprint);
    if (identity) DedupIndex.push(this.byIdentity, identity, posting.id);
    for (const key of posting.lshKeys) DedupIndex.push(this.byBand, key, posting.id);
    return { clusterId, match: best };
  }

  cluster(id: string): string | undefined {
    return this.clusterOf.get(id);
  }
}
