import crypto from 'node:crypto';
import { generatedPostings } from '../../bench/data/postings';
import { insertJobs } from '../../store/jobs';
import { recordPublications, type PublicationWrite } from '../../store/posting-ingestion';
import { createTestDatabase, type TestDatabase } from '../harness/services';

/**
 * Two ingestion batches can hold the same postings (a listing rediscovered by two searches' pages)
 * and publish them at the same moment. Their writes must lock the rows in one order, or each waits
 * for the other and PostgreSQL kills one ("deadlock detected", seen in the end-to-end tests).
 */
describe('publishing batches that share postings', () => {
  let t: TestDatabase;
  let ids: string[];
  beforeAll(async () => {
    t = await createTestDatabase({ poolSize: 8 });
    ids = await insertJobs(
      t.db,
      generatedPostings(300).map((p) => ({ ...p.job, externalId: crypto.randomUUID() })),
    );
  });
  afterAll(async () => {
    await t.drop();
  });

  const record = (jobId: string, qualityScore: number): PublicationWrite => ({
    jobId,
    qualityScore,
    qualityReasons: [],
    spamScore: 0,
    spamReasons: [],
    status: 'published',
    publicationReasons: [],
    fingerprint: null,
  });

  it('never deadlocks, whatever order each batch lists them in', async () => {
    for (let round = 0; round < 8; round++) {
      const forward = ids.map((id) => record(id, round));
      const backward = [...ids].reverse().map((id) => record(id, round + 1));
      await Promise.all([
        recordPublications(t.db, forward, new Date()),
        recordPublications(t.db, backward, new Date()),
        recordPublications(t.db, forward.slice(100), new Date()),
        recordPublications(t.db, backward.slice(100), new Date()),
      ]);
    }
  }, 60_000);
});
