import crypto from 'node:crypto';
import { recordCreditEntries, searchCreditTotals, type CreditEntry } from '../../store/credit-ledger';
import { findSearchById, persistSearchResults, recordSearchProgress } from '../../store/searches';
import { createUser } from '../../store/users';
import type { SearchProgress } from '../../common/vocabulary/search';
import { createTestDatabase, uniquePrefix, type TestDatabase } from '../harness/services';
import { insertKeywordSearch, snapshotOf } from './search-fixtures';

/**
 * The credits a search reports are the ledger's, whichever of the two writers (the workflow's
 * snapshots, the gateway's ledger mirror) comes last, and however many mirrors write at once.
 */
describe('a search reports the credits its ledger holds', () => {
  let t: TestDatabase;
  let userId: string;
  beforeAll(async () => {
    t = await createTestDatabase({ poolSize: 8 });
    userId = (await createUser(t.db, { email: `${uniquePrefix('credits')}@example.com`, tier: 'paid' })).user.id;
  });
  afterAll(async () => {
    await t.drop();
  });

  const newSearch = (): Promise<string> => insertKeywordSearch(t.db, userId, 'marine biologist');
  const progress = (searchId: string, status: SearchProgress['status'], creditsUsed: number): SearchProgress =>
    snapshotOf(searchId, { status, creditsUsed });

  const charge = (searchId: string, credits: number): CreditEntry => ({
    requestId: crypto.randomUUID(),
    month: '2026-12',
    occurredAt: new Date(),
    endpoint: 'indeed.listing',
    credits,
    outcome: 'ok',
    providerStatus: 200,
    latencyMs: 1500,
    searchId,
    userId,
    jobId: null,
  });

  const reported = async (searchId: string): Promise<number> => (await findSearchById(t.db, searchId))!.creditsUsed;

  it('counts a call that settles after the search was cancelled and persisted', async () => {
    const searchId = await newSearch();
    await persistSearchResults(t.db, progress(searchId, 'cancelled', 0), []);
    expect(await reported(searchId)).toBe(0);
    await recordCreditEntries(t.db, [charge(searchId, 10)]);
    expect(await reported(searchId)).toBe(10);
    // Delivered twice (the outbox is at least once): still one call's credits.
    expect(await reported(searchId)).toBe((await searchCreditTotals(t.db, searchId)).credits);
  });

  it("keeps a ledger's later calls when the workflow persists its smaller count afterwards", async () => {
    const searchId = await newSearch();
    await recordSearchProgress(t.db, progress(searchId, 'running', 0));
    await recordCreditEntries(t.db, [charge(searchId, 10), charge(searchId, 1)]);
    await persistSearchResults(t.db, progress(searchId, 'cancelled', 10), []);
    expect(await reported(searchId)).toBe(11);
  });

  it("reports the workflow's count while the outbox has not drained, then the ledger's", async () => {
    const searchId = await newSearch();
    const first = charge(searchId, 10);
    const second = charge(searchId, 1);
    await recordCreditEntries(t.db, [first]);
    await persistSearchResults(t.db, progress(searchId, 'completed', 11), []);
    expect(await reported(searchId)).toBe(11);
    await recordCreditEntries(t.db, [first, second]);
    expect(await reported(searchId)).toBe(11);
    expect((await searchCreditTotals(t.db, searchId)).credits).toBe(11);
  });

  it('adds up calls that several mirrors write for one search at the same time', async () => {
    const searchId = await newSearch();
    const writes = Array.from({ length: 24 }, () => recordCreditEntries(t.db, [charge(searchId, 1)]));
    await Promise.all(writes);
    expect(await reported(searchId)).toBe(24);
  });
});
