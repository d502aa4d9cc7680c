import crypto from 'node:crypto';
import { Context } from '@temporalio/activity';
import { z } from 'zod';
import { HirehoundError, isErrorCode } from '../common/errors';
import type { LiveSearchUnavailableReason } from '../common/vocabulary/search';
import type { GatewayClient, Provider, RefusalReason } from '../gateway/client';
import type { IngestionRunner } from '../ingestion/batch';
import type { DB } from '../store/database';
import {
  findEnrichedClusterMate,
  findJobForEnrichment,
  markJobEnrichmentStarted,
  markJobExpired,
  recordJobFetched,
} from '../store/job-enrichment';
import type { ObjectStore } from '../store/objects/object-store';
import { htmlToText } from '../understanding/document/html-text';
import { withApplicationFailures } from './application-failure';
import { detailsBatch, storeRawBatch } from './ingestion';
import type { DiscoveryOutcome, DiscoveryRequest, EnrichRequest, FetchDetailsOutcome } from './search-types';

export interface ProviderActivityDeps {
  readonly db: DB;
  readonly gateway: GatewayClient;
  readonly objects: ObjectStore;
  /**
   * The posting-ingestion pipeline (the ingestion workflow, through its bridge): every listing page
   * and every fetched posting goes through it before a search sees them.
   */
  readonly ingestion: IngestionRunner;
  /** The job board discovery searches (HasData's Indeed or Glassdoor listing API). */
  readonly discoveryProvider: Provider;
  /** Listing APIs need a location; a search without one looks country-wide. */
  readonly defaultLocation: string;
  readonly enrichRefreshDays: number;
  /** Heartbeat while a gateway call waits for a slot or the provider (well under the heartbeat timeout). */
  readonly heartbeatEveryMs: number;
  readonly now?: () => Date;
}

/** What a retried discovery attempt resumes from: everything paid for so far is kept. */
const DiscoveryProgress = z.object({
  pagesFetched: z.number().int().nonnegative(),
  cursor: z.string().nullable(),
  credits: z.number().int().nonnegative(),
  newJobIds: z.array(z.string()),
  refreshedJobIds: z.array(z.string()),
});
type DiscoveryProgress = z.infer<typeof DiscoveryProgress>;

function unavailableReason(reason: RefusalReason): LiveSearchUnavailableReason {
  return reason === 'unavailable' ? 'provider_unavailable' : reason;
}

/** Keeps the activity's heartbeat going while one long call runs. */
async function heartbeating<T>(every: number, details: () => unknown, call: () => Promise<T>): Promise<T> {
  const context = Context.current();
  context.heartbeat(details());
  const timer = setInterval(() => context.heartbeat(details()), every);
  try {
    return await call();
  } finally {
    clearInterval(timer);
  }
}

/** A provider failure the gateway reported, as our error (retryable or not, per the catalogue). */
function providerFailure(error: { code: string; message: string }): HirehoundError {
  return new HirehoundError(isErrorCode(error.code) ? error.code : 'PROVIDER_SERVER_ERROR', { message: error.message });
}

/**
 * What a call cost this piece of work: a replayed answer (an earlier attempt paid, then died before
 * it could tell anyone) counts what that attempt was charged; the ledger charged it once.
 */
function charged(answer: {
  creditsCharged: number;
  replayed?: boolean | undefined;
  originalCreditsCharged?: number | undefined;
}): number {
  return answer.replayed ? (answer.originalCreditsCharged ?? 0) : answer.creditsCharged;
}

/** A gateway refusal ends this enrichment attempt with what it has spent so far. */
function refusedAfter(
  answer: { reason: Parameters<typeof unavailableReason>[0]; retryAfterMs: number | null },
  credits: number,
) {
  return {
    outcome: 'refused' as const,
    reason: unavailableReason(answer.reason),
    retryAfterMs: answer.retryAfterMs,
    creditsCharged: credits,
  };
}

const sha256 = (data: string | Buffer): string => crypto.createHash('sha256').update(data).digest('hex');

/**
 * Activities on the `hasdata` queue: every provider call goes through the gateway, carries the
 * search / user / job it serves (the ledger records it) and an idempotency key derived from the
 * work itself, so an attempt retried after a crash gets the paid answer back instead of paying
 * again. Refusals (rate, circuit, budget, cap) are returned, not thrown: the workflow decides.
 */
export function createProviderActivities(deps: ProviderActivityDeps) {
  const now = (): Date => deps.now?.() ?? new Date();

  return {
    discoverListings: (request: DiscoveryRequest) =>
      withApplicationFailures(async (): Promise<DiscoveryOutcome> => {
        const context = Context.current();
        const resumed = DiscoveryProgress.safeParse(context.info.heartbeatDetails);
        let progress: DiscoveryProgress = resumed.success
          ? resumed.data
          : {
              pagesFetched: 0,
              cursor: request.resumeFrom?.cursor ?? null,
              credits: 0,
              newJobIds: [],
              refreshedJobIds: [],
            };
        const firstPage = request.resumeFrom?.pagesDone ?? 0;
        const outcome = (refused: DiscoveryOutcome['refused'], cursor: string | null): DiscoveryOutcome => ({
          pages: progress.pagesFetched,
          creditsCharged: progress.credits,
          cursor,
          newJobIds: progress.newJobIds,
          refreshedJobIds: progress.refreshedJobIds,
          refused,
        });

        // A page's ingestion runs while the next page is fetched (the cursor is in the answer): in
        // turn they cost a page's ingestion per page on top of the provider's latency. Progress,
        // which a retried attempt resumes from, counts a page only once it is ingested, in order.
        let fetched = progress.pagesFetched;
        let cursor = progress.cursor;
        let ingesting: Promise<void> = Promise.resolve();
        const ingestedSoFar = async (): Promise<void> => {
          await heartbeating(
            deps.heartbeatEveryMs,
            () => progress,
            () => ingesting,
          );
        };
        while (fetched < request.maxPages) {
          if (fetched > 0 && cursor === null) break;
          // Cancellation (the search was cancelled) is checked between pages: a page in flight is
          // paid for, so it is stored, but no new one is started.
          if (context.cancellationSignal.aborted) break;
          const page = firstPage + fetched;
          const answer = await heartbeating(
            deps.heartbeatEveryMs,
            () => progress,
            () =>
              deps.gateway.searchListings({
                provider: deps.discoveryProvider,
                keyword: request.query.keyword,
                location: request.query.location ?? deps.defaultLocation,
                ...(cursor ? { cursor } : {}),
                context: { searchId: request.searchId, userId: request.userId },
                idempotencyKey: `discovery:${request.searchId}:${page}`,
              }),
          );
          if (answer.outcome === 'refused') {
            await ingestedSoFar();
            return outcome(
              { reason: unavailableReason(answer.reason), retryAfterMs: answer.retryAfterMs },
              progress.cursor,
            );
          }
          if (answer.outcome === 'provider_error') {
            await ingestedSoFar();
            if (answer.retryable) throw providerFailure(answer.error);
            // Retrying cannot help (bad parameters, bad key): the search goes on with the cache.
            return outcome({ reason: 'provider_unavailable', retryAfterMs: null }, progress.cursor);
          }
          // The page goes through the whole ingestion pipeline before the search sees any of it.
          const batch = await storeRawBatch(deps.objects, { kind: 'listings', payload: answer.data }, now());
          fetched += 1;
          cursor = answer.nextCursor;
          const before = ingesting;
          ingesting = (async () => {
            const ingested = await deps.ingestion.ingest(batch);
            await before;
            progress = {
              pagesFetched: progress.pagesFetched + 1,
              cursor: answer.nextCursor,
              credits: progress.credits + charged(answer),
              newJobIds: [...progress.newJobIds, ...ingested.inserted],
              refreshedJobIds: [...new Set([...progress.refreshedJobIds, ...ingested.updated, ...ingested.unchanged])],
            };
            context.heartbeat(progress);
          })();
          // Awaited below (or on the next refusal); until then a failure must not go unhandled.
          ingesting.catch(() => undefined);
        }
        await ingestedSoFar();
        return outcome(null, progress.cursor);
      }),

    fetchJobDetails: (request: EnrichRequest) =>
      withApplicationFailures(async (): Promise<FetchDetailsOutcome> => {
        const job = await findJobForEnrichment(deps.db, request.jobId);
        if (!job) throw new HirehoundError('JOB_NOT_FOUND', { details: { jobId: request.jobId } });
        if (job.discoveryStatus === 'expired') return { outcome: 'expired', creditsCharged: 0 };
        // One key per enrichment run: its activity retries replay, a later run (job went stale) pays again.
        const runId = Context.current().info.workflowExecution?.runId ?? request.searchId;
        const freshSince = now().getTime() - deps.enrichRefreshDays * 86_400_000;
        if (job.enrichedAt && job.enrichedAt.getTime() >= freshSince) {
          // Enriched meanwhile: by another run (nothing to pay), or by an earlier attempt of this
          // run that died before answering (it paid; say so, so the search's credits match the ledger).
          const paid = job.enrichmentRunId === runId ? (job.enrichmentCredits ?? 0) : 0;
          return { outcome: 'enriched', creditsCharged: paid, source: 'cache' };
        }
        // Enrichment is paid once per cluster: a duplicate fetched recently stands for this one.
        if (await findEnrichedClusterMate(deps.db, job.id, new Date(freshSince))) {
          return { outcome: 'enriched', creditsCharged: 0, source: 'cache' };
        }
        await markJobEnrichmentStarted(deps.db, job.id);
        const callContext = { searchId: request.searchId, userId: request.userId, jobId: job.id };
        let credits = 0;
        let fetched: { raw: unknown; source: 'job_api' | 'web_scraping' } | undefined;

        // 1. The board's job API, when the job came from a board HasData has one for.
        if (job.source === 'indeed' || job.source === 'glassdoor') {
          const answer = await heartbeating(
            deps.heartbeatEveryMs,
            () => ({ jobId: job.id }),
            () =>
              deps.gateway.fetchJob({
                provider: job.source as Provider,
                url: job.url,
                context: callContext,
                idempotencyKey: `job:${job.id}:${runId}`,
              }),
          );
          credits += charged(answer);
          if (answer.outcome === 'expired') {
            await markJobExpired(deps.db, job.id);
            return { outcome: 'expired', creditsCharged: credits };
          }
          if (answer.outcome === 'refused') {
            return refusedAfter(answer, credits);
          }
          if (answer.outcome === 'ok' && answer.data.description.trim()) {
            fetched = { raw: answer.data, source: 'job_api' };
          }
        }

        // 2. The Web Scraping API (1 credit without JS rendering) when the job API had nothing.
        if (!fetched) {
          const answer = await heartbeating(
            deps.heartbeatEveryMs,
            () => ({ jobId: job.id }),
            () =>
              deps.gateway.scrapePage({
                url: job.url,
                context: callContext,
                idempotencyKey: `scrape:${job.id}:${runId}`,
              }),
          );
          credits += charged(answer);
          if (answer.outcome === 'refused') {
            return refusedAfter(answer, credits);
          }
          if (answer.outcome === 'provider_error') throw providerFailure(answer.error);
          // The target site's own status: a posting page that is gone is an expired posting.
          if (answer.data.statusCode === 404 || answer.data.statusCode === 410) {
            await markJobExpired(deps.db, job.id);
            return { outcome: 'expired', creditsCharged: credits };
          }
          const text = answer.data.text ?? (answer.data.html ? htmlToText(answer.data.html) : '');
          if (!text.trim())
            throw new HirehoundError('PROVIDER_MALFORMED_RESPONSE', { message: 'The posting page has no text' });
          fetched = { raw: answer.data, source: 'web_scraping' };
        }

        const raw = Buffer.from(JSON.stringify(fetched.raw));
        const blobKey = `raw/${job.id}/${sha256(raw)}.json`;
        await deps.objects.put(blobKey, raw, 'application/json');
        await recordJobFetched(deps.db, job.id, { runId, credits });
        // Cleaning, analysis, dedup against the full text, scores and publication: the pipeline
        // marks the job enriched when it has stored the text.
        const batch = detailsBatch(job.id, blobKey, fetched.source, now());
        if (request.ingestion === 'caller')
          return { outcome: 'enriched', creditsCharged: credits, source: fetched.source, batch };
        await heartbeating(
          deps.heartbeatEveryMs,
          () => ({ jobId: job.id }),
          () => deps.ingestion.ingest(batch),
        );
        return { outcome: 'enriched', creditsCharged: credits, source: fetched.source };
      }),
  };
}

/** Activities on the `hasdata` queue: every provider call, through the gateway. */
export type ProviderActivities = ReturnType<typeof createProviderActivities>;
