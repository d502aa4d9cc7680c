import crypto from 'node:crypto';
import {
  findCreditEntry,
  monthlyCreditTotals,
  recordCreditEntries,
  searchCreditTotals,
  userCreditTotals,
  type CreditEntry,
} from '../../store/credit-ledger';
import { createTestDatabase, type TestDatabase } from '../harness/services';

describe('credit ledger store', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => {
    await t.drop();
  });

  const entry = (overrides: Partial<CreditEntry> = {}): CreditEntry => ({
    requestId: crypto.randomUUID(),
    month: '2026-11',
    occurredAt: new Date('2026-11-23T10:00:00.000Z'),
    endpoint: 'indeed.listing',
    credits: 10,
    outcome: 'ok',
    providerStatus: 200,
    latencyMs: 1200,
    searchId: null,
    userId: null,
    jobId: null,
    ...overrides,
  });

  it('records each settled call once, whatever number of times it is delivered', async () => {
    const searchId = crypto.randomUUID();
    const userId = crypto.randomUUID();
    const a = entry({ searchId, userId });
    const b = entry({ searchId, endpoint: 'indeed.job', credits: 0, outcome: 'expired', providerStatus: 400 });
    expect(await recordCreditEntries(t.db, [a, b])).toBe(2);
    expect(await recordCreditEntries(t.db, [a, b, entry({ month: '2026-12', searchId })])).toBe(1);
    expect(await findCreditEntry(t.db, a.requestId)).toEqual(a);
    expect(await searchCreditTotals(t.db, searchId)).toEqual({
      credits: 20,
      calls: 3,
      byEndpoint: { 'indeed.listing': 20, 'indeed.job': 0 },
    });
    expect((await monthlyCreditTotals(t.db, '2026-11')).credits).toBe(10);
    expect(await userCreditTotals(t.db, userId)).toMatchObject({ credits: 10, calls: 1 });
    expect(await recordCreditEntries(t.db, [])).toBe(0);
  });
});
