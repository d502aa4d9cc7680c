import crypto from 'node:crypto';
import { searchCreditTotals } from '../../store/credit-ledger';
import { createUser } from '../../store/users';
import { createTestDatabase, type TestDatabase } from '../harness/services';
import { startSimulator, type RunningSimulator } from '../simulator/fixtures';
import { startGateway, type GatewayUnderTest } from './fixtures';

/**
 * What keeps a retried worker from paying twice (idempotency keys), and what keeps a free user from
 * paying at all (a cap of zero), both enforced in the gateway itself.
 */
describe('gateway: idempotent calls and the free tier', () => {
  let t: TestDatabase;
  let sim: RunningSimulator;
  let gw: GatewayUnderTest;
  beforeAll(async () => {
    t = await createTestDatabase();
    sim = await startSimulator({ corpusSize: 5_000 });
    gw = await startGateway({ simulatorUrl: sim.url, db: t.db, databaseUrl: t.url });
  });
  afterAll(async () => {
    await gw.close();
    await sim.close();
    await t.drop();
  });

  it('answers a repeated call from its first answer, charging once', async () => {
    const paid = await createUser(t.db, { email: 'paid-idem@example.com', tier: 'paid' });
    const searchId = crypto.randomUUID();
    const request = {
      provider: 'indeed' as const,
      keyword: 'software developer',
      location: 'United States',
      context: { searchId, userId: paid.user.id },
      idempotencyKey: `discovery:${searchId}:0`,
    };
    const callsBefore = (await sim.admin.stats()).calls;
    const first = await gw.client.searchListings(request);
    const again = await gw.client.searchListings(request);
    if (first.outcome !== 'ok' || again.outcome !== 'ok') throw new Error('expected two ok answers');
    expect(first.creditsCharged).toBe(10);
    expect(first.replayed).toBeUndefined();
    expect(again.creditsCharged).toBe(0);
    expect(again.replayed).toBe(true);
    expect(again.originalCreditsCharged).toBe(10);
    expect(again.data.items.map((i) => i.externalId)).toEqual(first.data.items.map((i) => i.externalId));
    expect((await sim.admin.stats()).calls - callsBefore).toBe(1);

    // A different key is a different call.
    const other = await gw.client.searchListings({ ...request, idempotencyKey: `discovery:${searchId}:1` });
    expect(other.creditsCharged).toBe(10);
    await gw.gateway.mirror.drain();
    expect((await searchCreditTotals(t.db, searchId)).credits).toBe(20);
  });

  it('refuses every provider call made on behalf of a free user, at no cost', async () => {
    const free = await createUser(t.db, { email: 'free-gw@example.com', tier: 'free' });
    const callsBefore = (await sim.admin.stats()).calls;
    const listing = await gw.client.searchListings({
      provider: 'indeed',
      keyword: 'nurse',
      location: 'Texas',
      context: { userId: free.user.id },
    });
    expect(listing).toMatchObject({ outcome: 'refused', reason: 'user_cap_reached', creditsCharged: 0 });
    const job = await gw.client.fetchJob({
      provider: 'indeed',
      url: 'https://www.indeed.com/viewjob?jk=0123456789abcdef',
      context: { userId: free.user.id },
    });
    expect(job).toMatchObject({ outcome: 'refused', reason: 'user_cap_reached', creditsCharged: 0 });
    expect((await sim.admin.stats()).calls).toBe(callsBefore);
  });
});
