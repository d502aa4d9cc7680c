/**
 * One ingestion batch (a page of listings, one fetched posting, or a feed of postings) and the
 * order of the steps that take it from raw payload to published postings. The sequence is written
 * once here and run by the `ingestPostingsWorkflow` (each step an activity) and, in tests and
 * seeding, in process. Deterministic and dependency-free: the workflow bundle imports it.
 */

export type IngestionBatch =
  | {
      /** A page of listings from a job board (gateway ListingPage). */
      readonly kind: 'listings';
      /** Content-derived: the same page is the same batch (and the same workflow id). */
      readonly id: string;
      readonly rawKey: string;
      /** ISO timestamp. */
      readonly fetchedAt: string;
    }
  | {
      /** Postings with their full text, from a feed or an import (PostingInput[]). */
      readonly kind: 'postings';
      readonly id: string;
      readonly rawKey: string;
      readonly fetchedAt: string;
    }
  | {
      /** One job's full posting, fetched by enrichment (gateway JobDetail or ScrapedPage). */
      readonly kind: 'details';
      readonly id: string;
      readonly rawKey: string;
      readonly fetchedAt: string;
      readonly jobId: string;
      readonly origin: 'job_api' | 'web_scraping';
    };

export interface StagedBatch {
  /** Every usable posting of the batch, in payload order, as stored (a repeated one once). */
  readonly jobIds: readonly string[];
  readonly inserted: readonly string[];
  /** Stored before, with something new: prepared again. */
  readonly updated: readonly string[];
  /** Stored before and unchanged: only seen again. */
  readonly unchanged: readonly string[];
  /** Items without a title or URL, which cannot be shown or fetched. */
  readonly skipped: number;
  readonly embedded: number;
}

export interface CompaniesMatched {
  readonly linked: number;
  readonly created: number;
  readonly factsChanged: number;
}

export interface ClusteredBatch {
  /** Clusters a posting joined or left: their representatives are chosen again. */
  readonly clusterIds: readonly string[];
  /** Postings found to duplicate another. */
  readonly duplicates: number;
  /** Other postings whose spam context changed (the same text under more employers). */
  readonly rescore: readonly string[];
  readonly changed: number;
}

export interface PublishedBatch {
  readonly published: number;
  readonly held: number;
  readonly changed: number;
}

/** What a batch's run reports: what staging stored, and what clustering and publication decided. */
export interface IngestionResult extends Omit<StagedBatch, 'embedded'>, Omit<PublishedBatch, 'changed'> {
  readonly batchId: string;
  readonly duplicates: number;
}

/** The steps, each idempotent: run twice on the same state, the second run changes nothing. */
export interface IngestionSteps {
  /** Clean, normalize, analyse (skills, O*NET code), fingerprint, store, embed. */
  stagePostings(batch: IngestionBatch): Promise<StagedBatch>;
  /** Find or create each posting's company; record aliases, domain and stated facts. */
  matchCompanies(request: { readonly jobIds: readonly string[] }): Promise<CompaniesMatched>;
  /** Exact, content-hash, listing-identity and near-duplicate checks; join or start clusters. */
  clusterPostings(request: { readonly jobIds: readonly string[] }): Promise<ClusteredBatch>;
  /** Quality and spam scores, the publication decision, each touched cluster's representative. */
  publishPostings(request: {
    readonly jobIds: readonly string[];
    readonly clusterIds: readonly string[];
  }): Promise<PublishedBatch>;
}

/** Runs a batch through every step; postings seen before with nothing new skip all but staging. */
export async function runIngestion(steps: IngestionSteps, batch: IngestionBatch): Promise<IngestionResult> {
  const staged = await steps.stagePostings(batch);
  const changed = [...staged.inserted, ...staged.updated];
  let clustered: ClusteredBatch = { clusterIds: [], duplicates: 0, rescore: [], changed: 0 };
  let published: PublishedBatch = { published: 0, held: 0, changed: 0 };
  if (changed.length > 0) {
    await steps.matchCompanies({ jobIds: changed });
    clustered = await steps.clusterPostings({ jobIds: changed });
    published = await steps.publishPostings({
      jobIds: [...new Set([...changed, ...clustered.rescore])],
      clusterIds: clustered.clusterIds,
    });
  }
  return {
    batchId: batch.id,
    jobIds: staged.jobIds,
    inserted: staged.inserted,
    updated: staged.updated,
    unchanged: staged.unchanged,
    skipped: staged.skipped,
    duplicates: clustered.duplicates,
    published: published.published,
    held: published.held,
  };
}

/** Whatever runs batches: the ingestion workflow through Temporal, or the steps in process. */
export interface IngestionRunner {
  ingest(batch: IngestionBatch): Promise<IngestionResult>;
}
