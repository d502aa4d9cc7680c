import { Context } from '@temporalio/activity';
import type { Logger } from '../common/logger';
import {
  archiveStaleJobs,
  findPayloadOwners,
  findPayloadsPastGrace,
  findReferencedBatchPayloads,
  markPayloadsDeleted,
} from '../store/archive';
import type { DB } from '../store/database';
import type { ObjectStore, StoredObject } from '../store/objects/object-store';
import { isUuid } from '../temporal/workflow-ids';
import { refreshClusters } from './cluster-upkeep';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** Objects looked up in the database at once. */
const SWEEP_CHUNK = 500;

/** Enrichment writes raw payloads as `raw/<jobId>/<sha256>.json` (activities/provider.ts). */
const PAYLOAD_ROOT = 'raw/';
const payloadFolder = (jobId: string): string => `${PAYLOAD_ROOT}${jobId}/`;
const payloadOwnerOf = (key: string): string | undefined => {
  const id = key.slice(PAYLOAD_ROOT.length).split('/')[0] ?? '';
  return key.startsWith(PAYLOAD_ROOT) && isUuid(id) ? id : undefined;
};
/**
 * Ingestion stores each listing page and posting feed once as `raw/<kind>/<sha256>.json`
 * (activities/ingestion.ts storeRawBatch); every job read from it names it in `raw_key`.
 */
const BATCH_FOLDERS = ['listings', 'postings'] as const;
const isBatchPayload = (key: string): boolean => {
  const [root, folder, name, ...rest] = key.split('/');
  return (
    `${root}/` === PAYLOAD_ROOT &&
    (BATCH_FOLDERS as readonly string[]).includes(folder ?? '') &&
    /^[0-9a-f]{64}\.json$/.test(name ?? '') &&
    rest.length === 0
  );
};

export interface StorageMaintenanceDeps {
  readonly db: DB;
  readonly objects: ObjectStore;
  readonly logger: Logger;
  /** Jobs not discovered within this many days leave the cache (the search's freshness window). */
  readonly freshnessDays: number;
  readonly payloadGraceDays: number;
  readonly objectMinAgeHours: number;
  readonly now?: () => Date;
}

async function collect(items: AsyncIterable<StoredObject>): Promise<StoredObject[]> {
  const all: StoredObject[] = [];
  for await (const item of items) all.push(item);
  return all;
}

/**
 * The purge (daily) and the object-store cleanup (weekly): expired jobs leave the cache in short
 * batches, their payloads go after a grace period, and payloads no job refers to are removed.
 * None of these reaches the provider.
 */
export function createStorageMaintenanceActivities(deps: StorageMaintenanceDeps) {
  const now = (): Date => deps.now?.() ?? new Date();

  return {
    /** Archives expired jobs batch by batch (one short transaction each) until none is left or `maxBatches`. */
    async archiveExpiredJobs(request: {
      batchSize: number;
      maxBatches: number;
    }): Promise<{ archived: number; withPayload: number; batches: number; done: boolean }> {
      const context = Context.current();
      const cutoff = new Date(now().getTime() - deps.freshnessDays * DAY_MS);
      let archived = 0;
      let withPayload = 0;
      let batches = 0;
      while (batches < request.maxBatches) {
        const batch = await archiveStaleJobs(deps.db, { cutoff, batchSize: request.batchSize });
        batches += 1;
        archived += batch.archived;
        withPayload += batch.withPayload;
        // A cluster whose representative left would hide its other postings from search.
        await refreshClusters(deps.db, batch.clusterIds);
        context.heartbeat({ archived, batches });
        if (batch.archived < request.batchSize) return { archived, withPayload, batches, done: true };
      }
      return { archived, withPayload, batches, done: false };
    },

    /** Deletes the payloads of jobs archived longer than the grace period ago. */
    async deleteArchivedPayloads(request: {
      limit: number;
    }): Promise<{ jobs: number; objects: number; done: boolean }> {
      const context = Context.current();
      const before = new Date(now().getTime() - deps.payloadGraceDays * DAY_MS);
      const due = await findPayloadsPastGrace(deps.db, before, request.limit);
      let objects = 0;
      for (const { jobId, blobKey } of due) {
        const keys = new Set([blobKey, ...(await collect(deps.objects.list(payloadFolder(jobId)))).map((o) => o.key)]);
        for (const key of keys) await deps.objects.delete(key);
        objects += keys.size;
        context.heartbeat({ jobId });
      }
      await markPayloadsDeleted(
        deps.db,
        due.map((d) => d.jobId),
      );
      return { jobs: due.length, objects, done: due.length < request.limit };
    },

    /**
     * Removes payloads nobody refers to: of jobs that are gone, left over after their archived
     * job's payloads were deleted, or superseded by a later enrichment of a live job. Young ones are
     * kept: an enrichment writes its payload before it records it.
     *
     * Batch payloads (listing pages, posting feeds) are shared by every job read from them: one is
     * kept while a live job, or an archived job still within its grace period, names it as its
     * `raw_key`, and removed once nothing does and it is older than the payload grace period
     * (a batch is stored before its jobs are, and an archived job's payloads are kept that long).
     */
    async removeOrphanedPayloads(): Promise<{
      scanned: number;
      deleted: number;
      bytesDeleted: number;
      batchesDeleted: number;
      batchesKept: number;
      foreign: number;
    }> {
      const context = Context.current();
      const youngest = now().getTime() - deps.objectMinAgeHours * HOUR_MS;
      const batchYoungest = now().getTime() - deps.payloadGraceDays * DAY_MS;
      const totals = { scanned: 0, deleted: 0, bytesDeleted: 0, batchesDeleted: 0, batchesKept: 0, foreign: 0 };
      const remove = async (object: StoredObject): Promise<void> => {
        await deps.objects.delete(object.key);
        totals.deleted += 1;
        totals.bytesDeleted += object.size;
      };
      const sweepBatches = async (chunk: StoredObject[]): Promise<void> => {
        const referenced = await findReferencedBatchPayloads(
          deps.db,
          chunk.map((o) => o.key),
        );
        for (const object of chunk) {
          if (referenced.has(object.key) || object.lastModified.getTime() > batchYoungest) {
            totals.batchesKept += 1;
            continue;
          }
          await remove(object);
          totals.batchesDeleted += 1;
        }
        context.heartbeat(totals);
      };
      const sweep = async (chunk: StoredObject[]): Promise<void> => {
        const owners = await findPayloadOwners(
          deps.db,
          chunk.map((o) => payloadOwnerOf(o.key) as string),
        );
        for (const object of chunk) {
          const owner = owners.get(payloadOwnerOf(object.key) as string) ?? { kind: 'none' as const };
          const orphaned =
            owner.kind === 'none' ||
            (owner.kind === 'archived' && owner.payloadDeleted) ||
            (owner.kind === 'live' && owner.currentKey !== object.key);
          if (!orphaned || object.lastModified.getTime() > youngest) continue;
          await remove(object);
        }
        context.heartbeat(totals);
      };
      let chunk: StoredObject[] = [];
      let batches: StoredObject[] = [];
      for await (const object of deps.objects.list(PAYLOAD_ROOT)) {
        totals.scanned += 1;
        if (isBatchPayload(object.key)) {
          batches.push(object);
          if (batches.length >= SWEEP_CHUNK) {
            await sweepBatches(batches);
            batches = [];
          }
          continue;
        }
        if (!payloadOwnerOf(object.key)) {
          // Not a payload this code wrote: left alone, and counted so someone can look.
          totals.foreign += 1;
          continue;
        }
        chunk.push(object);
        if (chunk.length >= SWEEP_CHUNK) {
          await sweep(chunk);
          chunk = [];
        }
      }
      if (chunk.length > 0) await sweep(chunk);
      if (batches.length > 0) await sweepBatches(batches);
      if (totals.foreign > 0)
        deps.logger.warn({ foreign: totals.foreign }, 'object store holds keys under raw/ that are not job payloads');
      return totals;
    },
  };
}

export type StorageMaintenanceActivities = ReturnType<typeof createStorageMaintenanceActivities>;
