/**
 * The words of posting ingestion that the jobs table, the pipeline (ingestion/) and the admin API
 * share: publication states, how a posting joined its cluster, and the shape of a score's reasons.
 */

/** Only `published` postings are searchable; `held` ones wait for an admin with their reasons. */
export const PUBLICATION_STATUSES = ['pending', 'published', 'held'] as const;
export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number];

/** How a posting was found to duplicate another (docs/ingestion.md#deduplication). */
export const DEDUP_STAGES = ['content_hash', 'listing_identity', 'near_duplicate'] as const;
export type DedupStage = (typeof DEDUP_STAGES)[number];

/** One line of a quality or spam score: what was found, and the points it added. */
export interface ScoreReason {
  /** Stable, snake_case: admins filter on it. */
  readonly code: string;
  readonly points: number;
  readonly detail: string;
}

/** Where a company's industry came from. */
export const INDUSTRY_SOURCES = ['posting', 'occupations', 'provider'] as const;
export type IndustrySource = (typeof INDUSTRY_SOURCES)[number];
