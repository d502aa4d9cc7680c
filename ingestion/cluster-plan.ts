import {
  betterMatch,
  fitsCluster,
  identityKey,
  judgeDuplicate,
  sameTextElsewhere,
  type ClusterMemberKeys,
  type DedupFingerprint,
  type DedupThresholds,
  type DuplicateMatch,
} from './duplicates';

/**
 * The clustering decisions of one batch, taken in memory from what the database answered in a
 * few reads (the batch's postings, their candidates, the members of every cluster involved), then
 * written back in a few statements (activities/ingestion.ts). The postings are decided in batch
 * order, as they were one query at a time: a posting meets the batch's earlier postings in the
 * clusters this batch gave them.
 */

/** A stored posting as the clustering reads it. */
export interface ClusteringPosting {
  readonly id: string;
  readonly fingerprint: DedupFingerprint;
  readonly lshKeys: readonly number[];
  readonly clusterId: string | null;
  /** Null for a posting stored before the pipeline existed. */
  readonly ingestFingerprint: string | null;
  readonly clusteredFingerprint: string | null;
  readonly sameTextCompanies: number;
  readonly expired: boolean;
}

/** A member of a cluster the batch may touch, known only by the keys the fit check reads. */
export interface ClusterMember {
  readonly id: string;
  readonly clusterId: string;
  readonly keys: ClusterMemberKeys;
}

export interface ClusteringInput {
  /** The batch's postings, in the order they are decided. */
  readonly batch: readonly ClusteringPosting[];
  /** Stored postings outside the batch that share a content hash, an identity or a band with one of it. */
  readonly stored: readonly ClusteringPosting[];
  /** Every member of the clusters of the batch's postings and of their candidates. */
  readonly members: readonly ClusterMember[];
  readonly thresholds: DedupThresholds;
  readonly candidateLimit: number;
  /** A new cluster's id (the caller inserts the clusters the plan lists). */
  readonly newClusterId: () => string;
}

export interface PlannedAssignment {
  readonly jobId: string;
  readonly clusterId: string;
  readonly stage: DuplicateMatch['stage'] | null;
  readonly similarity: number | null;
  readonly fingerprint: string | null;
  readonly sameTextCompanies: number;
}

export interface ClusteringPlan {
  readonly newClusters: readonly string[];
  /** The batch's postings decided now, with their final values. */
  readonly assignments: readonly PlannedAssignment[];
  /** Postings stored before the pipeline that a batch posting joined: they get the new cluster. */
  readonly adopted: readonly { readonly jobId: string; readonly clusterId: string }[];
  /** Postings outside the batch whose text is now seen under more employers. */
  readonly raised: readonly { readonly jobId: string; readonly sameTextCompanies: number }[];
  readonly clusterIds: readonly string[];
  readonly duplicates: number;
  /** Postings outside the decided ones whose scores must be computed again. */
  readonly rescore: readonly string[];
}

interface Known {
  readonly posting: ClusteringPosting | null;
  readonly keys: ClusterMemberKeys;
  clusterId: string | null;
  clusteredFingerprint: string | null;
  sameTextCompanies: number;
}

/**
 * Postings by what the candidate lookup of store/job-clusters.ts matches on: content hash,
 * employer + title + place, LSH band. Ids come back in the order the postings were added.
 */
class CandidateIndex {
  private readonly byKey = new Map<string, string[]>();
  private readonly order = new Map<string, number>();

  private static keys(p: ClusteringPosting): string[] {
    const identity = identityKey(p.fingerprint);
    return [
      ...(p.fingerprint.contentHash ? [`h:${p.fingerprint.contentHash}`] : []),
      ...(identity !== null ? [`i:${identity}`] : []),
      ...p.lshKeys.map((k) => `b:${k}`),
    ];
  }

  add(p: ClusteringPosting): void {
    if (this.order.has(p.id)) return;
    this.order.set(p.id, this.order.size);
    for (const key of CandidateIndex.keys(p)) {
      const list = this.byKey.get(key);
      if (list) list.push(p.id);
      else this.byKey.set(key, [p.id]);
    }
  }

  find(p: ClusteringPosting): string[] {
    const ids = new Set<string>();
    for (const key of CandidateIndex.keys(p)) for (const id of this.byKey.get(key) ?? []) ids.add(id);
    return [...ids].sort((a, b) => (this.order.get(a) as number) - (this.order.get(b) as number));
  }
}

export function planClustering(input: ClusteringInput): ClusteringPlan {
  const known = new Map<string, Known>();
  const clusters = new Map<string, Set<string>>();
  const join = (id: string, clusterId: string | null) => {
    if (clusterId === null) return;
    const set = clusters.get(clusterId);
    if (set) set.add(id);
    else clusters.set(clusterId, new Set([id]));
  };
  const move = (id: string, entry: Known, clusterId: string) => {
    if (entry.clusterId !== null) clusters.get(entry.clusterId)?.delete(id);
    entry.clusterId = clusterId;
    join(id, clusterId);
  };
  const remember = (posting: ClusteringPosting) => {
    if (known.has(posting.id)) return;
    known.set(posting.id, {
      posting,
      keys: posting.fingerprint,
      clusterId: posting.clusterId,
      clusteredFingerprint: posting.clusteredFingerprint,
      sameTextCompanies: posting.sameTextCompanies,
    });
    join(posting.id, posting.clusterId);
  };
  input.batch.forEach(remember);
  input.stored.forEach(remember);
  // The batch's postings first: they are what the batch has just decided.
  const index = new CandidateIndex();
  input.batch.forEach((p) => index.add(p));
  input.stored.forEach((p) => index.add(p));
  for (const m of input.members) {
    if (known.has(m.id)) continue;
    known.set(m.id, {
      posting: null,
      keys: m.keys,
      clusterId: m.clusterId,
      clusteredFingerprint: null,
      sameTextCompanies: 0,
    });
    join(m.id, m.clusterId);
  }
  const entry = (id: string) => known.get(id) as Known;
  const membersOf = (clusterId: string): ClusterMemberKeys[] =>
    [...(clusters.get(clusterId) ?? [])].map((id) => entry(id).keys);

  const newClusters: string[] = [];
  const newCluster = () => {
    const id = input.newClusterId();
    newClusters.push(id);
    return id;
  };
  const assignments = new Map<string, PlannedAssignment>();
  const adopted: { jobId: string; clusterId: string }[] = [];
  const touched = new Set<string>();
  const rescore = new Set<string>();
  const raised = new Set<string>();
  const batchIds = new Set(input.batch.map((p) => p.id));
  let duplicates = 0;

  for (const row of input.batch) {
    const self = entry(row.id);
    if (self.clusterId !== null && self.clusteredFingerprint === row.ingestFingerprint) {
      touched.add(self.clusterId);
      continue;
    }
    // Candidates as the database would answer now: the batch's postings in their current state,
    // then the stored ones; only postings with a cluster (or from before the pipeline) count.
    const eligible = (p: ClusteringPosting) =>
      p.id !== row.id && !p.expired && (entry(p.id).clusterId !== null || p.ingestFingerprint === null);
    const candidates = index
      .find(row)
      .map((id) => entry(id).posting as ClusteringPosting)
      .filter(eligible)
      .slice(0, input.candidateLimit);

    const matches: { candidate: ClusteringPosting; match: DuplicateMatch }[] = [];
    const sameText = new Map<string, string>();
    for (const candidate of candidates) {
      const match = judgeDuplicate(row.fingerprint, candidate.fingerprint, input.thresholds);
      if (match) matches.push({ candidate, match });
      if (
        candidate.fingerprint.companyKey &&
        sameTextElsewhere(row.fingerprint, candidate.fingerprint, input.thresholds)
      )
        sameText.set(candidate.id, candidate.fingerprint.companyKey);
    }
    matches.sort((a, b) => (betterMatch(a.match, b.match) ? -1 : betterMatch(b.match, a.match) ? 1 : 0));
    // The best match whose whole cluster the posting fits, not only the match itself.
    const best =
      matches.find((m) => {
        const clusterId = entry(m.candidate.id).clusterId;
        return fitsCluster(row.fingerprint, clusterId ? membersOf(clusterId) : [], input.thresholds);
      }) ?? null;

    const previous = self.clusterId;
    let clusterId: string;
    if (best) {
      const mate = entry(best.candidate.id);
      if (mate.clusterId === null) {
        clusterId = newCluster();
        move(best.candidate.id, mate, clusterId);
        adopted.push({ jobId: best.candidate.id, clusterId });
        rescore.add(best.candidate.id);
      } else {
        clusterId = mate.clusterId;
      }
      duplicates++;
    } else if (previous !== null && [...(clusters.get(previous) ?? [])].every((id) => id === row.id)) {
      clusterId = previous;
    } else {
      clusterId = newCluster();
    }
    const otherCompanies = new Set(sameText.values()).size;
    self.sameTextCompanies = Math.max(otherCompanies, self.sameTextCompanies);
    self.clusteredFingerprint = row.ingestFingerprint;
    move(row.id, self, clusterId);
    assignments.set(row.id, {
      jobId: row.id,
      clusterId,
      stage: best?.match.stage ?? null,
      similarity: best?.match.similarity ?? null,
      fingerprint: row.ingestFingerprint,
      sameTextCompanies: self.sameTextCompanies,
    });
    // Each posting of that text now sees as many other employers as this one does.
    for (const id of sameText.keys()) {
      const other = entry(id);
      if (other.sameTextCompanies < otherCompanies) {
        other.sameTextCompanies = otherCompanies;
        raised.add(id);
        rescore.add(id);
      }
    }
    if (previous !== null) touched.add(previous);
    touched.add(clusterId);
  }

  return {
    newClusters,
    // A batch posting raised after its own decision keeps the raised count.
    assignments: [...assignments.values()].map((a) => ({ ...a, sameTextCompanies: entry(a.jobId).sameTextCompanies })),
    adopted,
    raised: [...raised]
      .filter((id) => !batchIds.has(id))
      .map((id) => ({ jobId: id, sameTextCompanies: entry(id).sameTextCompanies })),
    clusterIds: [...touched],
    duplicates,
    rescore: [...rescore],
  };
}
