import { DEDUP_STAGES, type DedupStage } from '../common/vocabulary/ingestion';
import { estimatedJaccard } from './minhash';
import { LEVEL_WORDS, locationsCompatible } from './normalize';

/**
 * Whether two postings are the same job, in stages from the cheapest and surest to the fuzziest.
 * Exact identity (same source and external id, same canonical URL) is settled before this: such a
 * posting is the same row. Here:
 *
 * 1. `content_hash`: the same normalized description, from a compatible employer;
 * 2. `listing_identity`: the same employer, title and place, when one side is a listing without
 *    its full description (a listing seen on two boards, or a listing and its fetched posting: a
 *    snippet is too short to compare with a description; two snippets must still share enough
 *    words, `identityMinJaccard`). Two
 *    full descriptions are compared by text instead: one employer often posts several openings
 *    under one title and place (other teams, other products) with a third of their words shared;
 * 3. `near_duplicate`: MinHash similarity of the descriptions at or above the threshold, with
 *    compatible employer, title (same level words), place and skills: a repost with small edits.
 *
 * Distinct jobs written from one template stay apart because title, place and skills are checked
 * besides the text.
 */

/** What the duplicate check compares; built once per posting (prepare.ts) and stored with it. */
export interface DedupFingerprint {
  /** The board the posting came from. */
  readonly source: string;
  readonly companyKey: string | null;
  readonly titleKey: string;
  readonly locationKey: string;
  readonly contentHash: string | null;
  /** MinHash of the description (or snippet); null without text. */
  readonly signature: ArrayLike<number> | null;
  /** Whether the text is a full description (not a listing's snippet). */
  readonly hasDescription: boolean;
  readonly skills: readonly string[];
}

export interface DedupThresholds {
  /** Estimated Jaccard of word shingles from which two texts are near-identical. */
  readonly nearJaccard: number;
  /** Below this, two listings with the same employer, title and place are different jobs. */
  readonly identityMinJaccard: number;
  /** Jaccard of title words from which two titles may name the same job. */
  readonly titleSimilarity: number;
  /** Jaccard of skills (when both name at least three) from which they may be the same job. */
  readonly skillSimilarity: number;
  /**
   * Skills each side names that the other does not, from which two near-identical texts are two
   * roles written from one template (one team asks for Go and Java, the other for C and Linux).
   * An edit that adds or drops lines changes one side only, so a repost is not split by it.
   */
  readonly skillDifference: number;
}

export interface DuplicateMatch {
  readonly stage: DedupStage;
  /** The text similarity that decided (1 for an identical description). */
  readonly similarity: number;
}

/** Employer, title and place as one key (the listing-identity stage's); null without an employer. */
export function identityKey(f: Pick<DedupFingerprint, 'companyKey' | 'titleKey' | 'locationKey'>): string | null {
  return f.companyKey === null ? null : `${f.companyKey}\u0000${f.titleKey}\u0000${f.locationKey}`;
}

/** An unnamed employer can be anyone's; two named ones must be the same. */
export function companiesCompatible(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}

function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Same level words (senior, II, lead…) and enough title words in common. */
export function titleSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const wa = new Set(a.split(' ').filter(Boolean));
  const wb = new Set(b.split(' ').filter(Boolean));
  const levels = (w: ReadonlySet<string>) =>
    [...w]
      .filter((x) => LEVEL_WORDS.has(x))
      .sort()
      .join(' ');
  if (levels(wa) !== levels(wb)) return 0;
  return jaccard(wa, wb);
}

function skillsCompatible(
  a: readonly string[],
  b: readonly string[],
  thresholds: Pick<DedupThresholds, 'skillSimilarity' | 'skillDifference'>,
): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  const onlyA = a.filter((s) => !sb.has(s)).length;
  const onlyB = b.filter((s) => !sa.has(s)).length;
  if (Math.min(onlyA, onlyB) >= thresholds.skillDifference) return false;
  if (a.length < 3 || b.length < 3) return true;
  return jaccard(sa, sb) >= thresholds.skillSimilarity;
}

/**
 * Whether two postings can be at one place: compatible place keys, and not one board's two full
 * postings that state different places. A board lists a posting once, so the same text there under
 * "Remote" and under "Denmark" (or "US" and "New York") is the employer's per-place listing;
 * across boards an unstated or broader place is only what the other board left out.
 */
export function placesCompatible(
  a: Pick<DedupFingerprint, 'source' | 'locationKey' | 'hasDescription'>,
  b: Pick<DedupFingerprint, 'source' | 'locationKey' | 'hasDescription'>,
): boolean {
  if (!locationsCompatible(a.locationKey, b.locationKey)) return false;
  return !(a.source === b.source && a.hasDescription && b.hasDescription && a.locationKey !== b.locationKey);
}

/** Text similarity of two fingerprints: 1 for the same content hash, else the MinHash estimate. */
export function textSimilarity(a: DedupFingerprint, b: DedupFingerprint): number | null {
  if (a.contentHash !== null && a.contentHash === b.contentHash) return 1;
  if (!a.signature || !b.signature) return null;
  return estimatedJaccard(a.signature, b.signature);
}

/** The stage at which `a` and `b` are the same job, or null when they are different jobs. */
export function judgeDuplicate(
  a: DedupFingerprint,
  b: DedupFingerprint,
  thresholds: DedupThresholds,
): DuplicateMatch | null {
  if (!companiesCompatible(a.companyKey, b.companyKey)) return null;
  // One text reused for another role or place is another job: title and place must agree first.
  const sameRole = titleSimilarity(a.titleKey, b.titleKey) >= thresholds.titleSimilarity && placesCompatible(a, b);
  if (sameRole && a.contentHash !== null && a.contentHash === b.contentHash) {
    return { stage: 'content_hash', similarity: 1 };
  }
  const text = textSimilarity(a, b);
  if (
    a.companyKey !== null &&
    a.companyKey === b.companyKey &&
    a.titleKey === b.titleKey &&
    a.locationKey === b.locationKey &&
    !(a.hasDescription && b.hasDescription) &&
    // A snippet is a sliver of its description: only two snippets can be compared by their words.
    (text === null || a.hasDescription !== b.hasDescription || text >= thresholds.identityMinJaccard)
  ) {
    return { stage: 'listing_identity', similarity: text ?? 1 };
  }
  if (sameRole && text !== null && text >= thresholds.nearJaccard && skillsCompatible(a.skills, b.skills, thresholds)) {
    return { stage: 'near_duplicate', similarity: text };
  }
  return null;
}

/** What a cluster member must agree on with a posting that joins its cluster. */
export type ClusterMemberKeys = Pick<
  DedupFingerprint,
  'source' | 'companyKey' | 'titleKey' | 'locationKey' | 'hasDescription'
>;

/**
 * Whether a posting may join a cluster: employer, title and place compatible with every member,
 * not only with the one it duplicates. Otherwise a posting that says less ("Remote", no city)
 * would chain the Austin and the Berlin copies of one text into one cluster.
 */
export function fitsCluster(
  posting: ClusterMemberKeys,
  members: readonly ClusterMemberKeys[],
  thresholds: Pick<DedupThresholds, 'titleSimilarity'>,
): boolean {
  return members.every(
    (m) =>
      companiesCompatible(posting.companyKey, m.companyKey) &&
      titleSimilarity(posting.titleKey, m.titleKey) >= thresholds.titleSimilarity &&
      placesCompatible(posting, m),
  );
}

/** Stages rank surest first; within a stage the more similar text wins. */
export function betterMatch(a: DuplicateMatch, b: DuplicateMatch): boolean {
  const rank = (m: DuplicateMatch) => DEDUP_STAGES.indexOf(m.stage);
  return rank(a) < rank(b) || (rank(a) === rank(b) && a.similarity > b.similarity);
}

/**
 * The same text under another employer: not a duplicate (employers differ) but a sign of mass
 * reposting, which the spam score counts.
 */
export function sameTextElsewhere(a: DedupFingerprint, b: DedupFingerprint, thresholds: DedupThresholds): boolean {
  if (a.companyKey === null || b.companyKey === null || a.companyKey === b.companyKey) return false;
  const text = textSimilarity(a, b);
  return text !== null && text >= thresholds.nearJaccard;
}
