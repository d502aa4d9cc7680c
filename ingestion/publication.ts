import type { PublicationStatus } from '../common/vocabulary/ingestion';
import type { Score, ScoreReason } from './scores';

/**
 * Publication: only published postings are searchable, and a search shows one posting per cluster.
 * The thresholds decide; a held posting keeps the reasons that held it, for the admin view.
 */

export interface PublicationThresholds {
  /** A spam score at or above this holds the posting. */
  readonly spamHoldAt: number;
  /** A quality score below this holds the posting. */
  readonly qualityMin: number;
}

export interface PublicationDecision {
  readonly status: Exclude<PublicationStatus, 'pending'>;
  /** Why it is held (the failed threshold, then the signals behind it); empty when published. */
  readonly reasons: readonly ScoreReason[];
}

export function decidePublication(quality: Score, spam: Score, thresholds: PublicationThresholds): PublicationDecision {
  const reasons: ScoreReason[] = [];
  if (spam.score >= thresholds.spamHoldAt) {
    reasons.push({
      code: 'spam_threshold',
      points: spam.score,
      detail: `spam score ${spam.score} is at or above ${thresholds.spamHoldAt}`,
    });
    reasons.push(...spam.reasons);
  }
  if (quality.score < thresholds.qualityMin) {
    reasons.push({
      code: 'quality_threshold',
      points: quality.score,
      detail: `quality score ${quality.score} is below ${thresholds.qualityMin}`,
    });
    reasons.push(...quality.reasons.filter((r) => r.points === 0));
  }
  return { status: reasons.length > 0 ? 'held' : 'published', reasons };
}

/** What the representative choice reads about each member of a cluster. */
export interface ClusterMember {
  readonly id: string;
  readonly status: PublicationStatus;
  readonly qualityScore: number;
  /** The posting date, or when we first saw it: a repost is newer than its original. */
  readonly datedAt: Date;
  readonly enriched: boolean;
}

/**
 * The member a search shows for its cluster: published, the most complete, then the freshest,
 * then the one with its full text fetched; the id breaks ties, so the choice is stable. Null when
 * no member is published.
 */
export function chooseRepresentative(members: readonly ClusterMember[]): string | null {
  let best: ClusterMember | null = null;
  for (const m of members) {
    if (m.status !== 'published') continue;
    if (
      best === null ||
      m.qualityScore > best.qualityScore ||
      (m.qualityScore === best.qualityScore &&
        (m.datedAt.getTime() > best.datedAt.getTime() ||
          (m.datedAt.getTime() === best.datedAt.getTime() &&
            (Number(m.enriched) > Number(best.enriched) || (m.enriched === best.enriched && m.id < best.id)))))
    ) {
      best = m;
    }
  }
  return best?.id ?? null;
}
