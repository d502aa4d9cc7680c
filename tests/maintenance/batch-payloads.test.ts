import crypto from 'node:crypto';
import { MockActivityEnvironment } from '@temporalio/testing';
import { createStorageMaintenanceActivities } from '../../activities/maintenance-storage';
import { generatedPostings } from '../../bench/data/postings';
import { createLogger } from '../../common/logger';
import { archiveStaleJobs, markPayloadsDeleted } from '../../store/archive';
import { insertJobs } from '../../store/jobs';
import { createTestS3Store } from '../harness/s3-store';
import { createTestDatabase, type TestDatabase } from '../harness/services';

const DAY = 86_400_000;
const GRACE_DAYS = 7;

/**
 * The weekly cleanup's rule for batch payloads (`raw/listings/…`, `raw/postings/…`: one listing
 * page or feed, shared by every job read from it), against the harness' MinIO: kept while a live
 * job or an archived job within its grace period names it as `raw_key`, removed once nothing does
 * and it is older than the grace period. MinIO dates objects itself, so the run's clock moves
 * instead of the objects' dates.
 */
describe('object-store cleanup of batch payloads (S3)', () => {
  let t: TestDatabase;
  let store: Awaited<ReturnType<typeof createTestS3Store>>;
  const batchKey = (kind: 'listings' | 'postings'): string =>
    `raw/${kind}/${crypto.createHash('sha256').update(crypto.randomUUID()).digest('hex')}.json`;
  const stored = async (key: string): Promise<boolean> => (await store.get(key)) !== undefined;

  beforeAll(async () => {
    t = await createTestDatabase();
    store = await createTestS3Store('hh-batches');
  }, 60_000);

  afterAll(async () => {
    store.close();
    await t.drop();
  });

  it('keeps what a live or archived-in-grace job refers to, removes the rest after the grace period', async () => {
    const postings = generatedPostings(4);
    const [liveJob, sharedJob, archivedJob, purgedJob] = await insertJobs(
      t.db,
      postings.map((p, i) => ({
        ...p.job,
        externalId: `${p.job.externalId}-batch-${i}`,
        url: `${p.job.url}&batch=${i}`,
        // The last two are past the freshness window, so the purge archives them.
        lastDiscoveredAt: new Date(Date.now() - (i < 2 ? 1 : 60) * DAY),
      })),
    );
    const page = batchKey('listings'); // two live jobs came from this page
    const archivedPage = batchKey('listings'); // an archived job in its grace period
    const purgedFeed = batchKey('postings'); // an archived job whose payloads are gone
    const unreferenced = batchKey('listings');
    const foreign = 'raw/listings/notes.txt';
    const refs: [string, string][] = [
      [liveJob!, page],
      [sharedJob!, page],
      [archivedJob!, archivedPage],
      [purgedJob!, purgedFeed],
    ];
    for (const [id, key] of refs) await t.db.updateTable('jobs').set({ raw_key: key }).where('id', '=', id).execute();
    for (const key of [page, archivedPage, purgedFeed, unreferenced, foreign]) {
      await store.put(key, Buffer.from('{"page":true}'), 'application/json');
    }
    const archived = await archiveStaleJobs(t.db, { cutoff: new Date(Date.now() - 45 * DAY), batchSize: 10 });
    expect(archived.archived).toBe(2);
    await markPayloadsDeleted(t.db, [purgedJob!]);

    const cleanupAt = async (offsetMs: number) => {
      const activities = createStorageMaintenanceActivities({
        db: t.db,
        objects: store,
        logger: createLogger({ name: 'batch-payloads-test', level: 'silent' }),
        freshnessDays: 45,
        payloadGraceDays: GRACE_DAYS,
        objectMinAgeHours: 1,
        now: () => new Date(Date.now() + offsetMs),
      });
      return new MockActivityEnvironment().run(() => activities.removeOrphanedPayloads());
    };

    // Within the grace period nothing goes, not even the payload nobody refers to.
    expect(await cleanupAt(0)).toMatchObject({ scanned: 5, deleted: 0, batchesDeleted: 0, batchesKept: 4, foreign: 1 });

    // After it: the unreferenced page and the feed whose archived job's payloads were deleted go.
    expect(await cleanupAt((GRACE_DAYS + 1) * DAY)).toMatchObject({
      deleted: 2,
      batchesDeleted: 2,
      batchesKept: 2,
      foreign: 1,
    });
    expect(await stored(page)).toBe(true);
    expect(await stored(archivedPage)).toBe(true);
    expect(await stored(purgedFeed)).toBe(false);
    expect(await stored(unreferenced)).toBe(false);
    expect(await stored(foreign)).toBe(true);

    // The page goes too once its last job has left the live set and its grace period is over.
    await t.db.deleteFrom('jobs').where('raw_key', '=', page).execute();
    expect(await cleanupAt((GRACE_DAYS + 1) * DAY)).toMatchObject({ batchesDeleted: 1, batchesKept: 1 });
    expect(await stored(page)).toBe(false);
    expect(await stored(archivedPage)).toBe(true);
  }, 60_000);
});
