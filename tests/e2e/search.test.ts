import type { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { searchCreditTotals } from '../../store/credit-ledger';
import { createUser } from '../../store/users';
import { enrichWorkflowId, searchWorkflowId } from '../../temporal/workflow-ids';
import { recordHistory } from '../harness/histories';
import { uniquePrefix } from '../harness/services';
import {
  call,
  chargesPerJob,
  ledgerFor,
  startSearch,
  waitFinished,
  waitForProgress,
  type SearchView,
} from './api-client';
import { startStack, type Stack } from './stack';
import { bundleWorkflows } from '../harness/workflow-bundle';

/**
 * Issue #7's end-to-end promises, over HTTP against the real dev server, Redis, PostgreSQL +
 * pgvector, the gateway and the HasData simulator, with every activity real.
 */
let bundle: WorkflowBundleWithSourceMap;
beforeAll(async () => {
  bundle = await bundleWorkflows();
}, 60_000);

const listingCalls = async (stack: Stack): Promise<number> => {
  const stats = await stack.sim.admin.stats();
  return Object.entries(stats.callsByEndpoint)
    .filter(([endpoint]) => endpoint.includes('listing'))
    .reduce((sum, [, n]) => sum + n, 0);
};

describe('search end to end', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ bundle });
  }, 120_000);
  afterAll(() => stack?.close());

  it('serves a free user from the cache with zero provider calls', async () => {
    expect(await stack.seedCache('software developer', 'United States', 2)).toBeGreaterThan(10);
    const free = await createUser(stack.db, { email: `${uniquePrefix('free')}@example.com`, tier: 'free' });
    const before = await stack.sim.admin.stats();
    await stack.withApi(async (base) => {
      const id = await startSearch(base, free.apiKey, { query: { keyword: 'software developer' } });
      const final = await waitFinished(base, free.apiKey, id);
      expect(final.progress.status).toBe('completed');
      expect(final.progress.discoveryTriggered).toBe(false);
      expect(final.progress.creditsUsed).toBe(0);
      expect(final.results.items.length).toBeGreaterThan(0);
      expect(final.results.items[0]?.reasons).toHaveProperty('components');
      await recordHistory(stack.temporal, 'e2e-free', searchWorkflowId(id));
      expect((await ledgerFor(stack.db, id)).calls).toBe(0);
    });
    expect((await stack.sim.admin.stats()).calls).toBe(before.calls);
  });

  it('runs a paid cold search through discovery and enrichment, and reports exactly what the ledger charged', async () => {
    const paid = await createUser(stack.db, { email: `${uniquePrefix('paid')}@example.com`, tier: 'paid' });
    const simBefore = (await stack.sim.admin.stats()).creditsCharged;
    await stack.withApi(async (base) => {
      const id = await startSearch(base, paid.apiKey, { query: { keyword: 'registered nurse', location: 'Texas' } });
      const final = await waitFinished(base, paid.apiKey, id);
      expect(final.progress).toMatchObject({
        status: 'completed',
        discoveryTriggered: true,
        liveSearchUnavailable: null,
      });
      expect(final.progress.counts.discoveredPages).toBe(2);
      expect(final.progress.counts.enrichDone + final.progress.counts.enrichExpired).toBeGreaterThan(0);
      expect(final.results.items.some((r) => r.job.enriched)).toBe(true);
      const enrichedJobId = final.results.items.find((r) => r.job.enriched)!.job.id;
      await stack.gateway.gateway.mirror.drain();
      const ledger = await ledgerFor(stack.db, id);
      expect(final.progress.creditsUsed).toBeGreaterThan(0);
      expect(final.progress.creditsUsed).toBe(ledger.credits);
      expect((await searchCreditTotals(stack.db, id)).credits).toBe(ledger.credits);
      expect((await stack.sim.admin.stats()).creditsCharged - simBefore).toBe(ledger.credits);
      const job = await call<{ description: string | null }>(base, paid.apiKey, 'GET', `/v1/jobs/${enrichedJobId}`);
      expect(job.body.description?.length ?? 0).toBeGreaterThan(100);
      await recordHistory(stack.temporal, 'e2e-paid-cold', searchWorkflowId(id));
      await recordHistory(stack.temporal, 'e2e-enrich-job', enrichWorkflowId(enrichedJobId));
    });
  });

  it('pays for each job once when two paid searches want the same jobs at the same time', async () => {
    await stack.seedCache('data analyst', 'United States', 2);
    const [a, b] = await Promise.all(
      ['a', 'b'].map((n) => createUser(stack.db, { email: `${uniquePrefix(`twin-${n}`)}@example.com`, tier: 'paid' })),
    );
    await stack.withApi(async (base) => {
      const ids = await Promise.all(
        [a!, b!].map((u) => startSearch(base, u.apiKey, { query: { keyword: 'data analyst' } })),
      );
      const [ra, rb] = await Promise.all([
        waitFinished(base, a!.apiKey, ids[0]!),
        waitFinished(base, b!.apiKey, ids[1]!),
      ]);
      await stack.gateway.gateway.mirror.drain();
      for (const [, times] of await chargesPerJob(stack.db)) expect(times).toBe(1);
      const enriched = ra.progress.counts.enrichDone + rb.progress.counts.enrichDone;
      expect(enriched).toBeGreaterThan(0);
      // The same jobs were wanted by both: one search paid, the other joined.
      expect(ra.progress.counts.enrichJoined + rb.progress.counts.enrichJoined).toBeGreaterThan(0);
      const [la, lb] = await Promise.all(ids.map((id) => ledgerFor(stack.db, id)));
      expect(ra.progress.creditsUsed).toBe(la!.credits);
      expect(rb.progress.creditsUsed).toBe(lb!.credits);
    });
  });

  it('makes no listing call for a query discovered moments ago, however it is written', async () => {
    const paid = await createUser(stack.db, { email: `${uniquePrefix('rep')}@example.com`, tier: 'paid' });
    const keyword = 'electrician';
    await stack.withApi(async (base) => {
      const first = await waitFinished(
        base,
        paid.apiKey,
        await startSearch(base, paid.apiKey, { query: { keyword, location: 'Ohio' } }),
      );
      expect(first.progress.discoveryTriggered).toBe(true);
      const listingsBefore = await listingCalls(stack);
      const again = await waitFinished(
        base,
        paid.apiKey,
        await startSearch(base, paid.apiKey, { query: { keyword: 'ELECTRICIAN ', location: ' ohio' } }),
      );
      expect(again.progress.discoveryTriggered).toBe(false);
      // The first search has finished, so the rest (DISCOVERY_REST_HOURS) answers before the
      // 5-minute repeat guard would: it names the search that discovered the query.
      expect(again.progress.discoveryDecision).toContain(`discovered at`);
      expect(again.progress.discoveryDecision).toContain(`(search ${first.searchId})`);
      expect(await listingCalls(stack)).toBe(listingsBefore);
    });
  });

  it('re-ranks under new filters without credits, and never lets another user see the search', async () => {
    await stack.seedCache('accountant', 'United States', 2);
    const paid = await createUser(stack.db, { email: `${uniquePrefix('flt')}@example.com`, tier: 'paid' });
    const other = await createUser(stack.db, { email: `${uniquePrefix('oth')}@example.com`, tier: 'paid' });
    await stack.withApi(async (base) => {
      const id = await startSearch(base, paid.apiKey, { query: { keyword: 'accountant' } });
      const changed = await call<SearchView>(base, paid.apiKey, 'PATCH', `/v1/searches/${id}/filters`, {
        remoteTypes: ['remote'],
      });
      if (changed.status === 200) {
        expect(changed.body.results.items.every((r) => r.job.remoteType === 'remote')).toBe(true);
      } else {
        // The search finished before the filters arrived (a fast machine): that is the typed answer.
        expect(changed.body.error?.code).toBe('SEARCH_NOT_RUNNING');
      }
      expect((await call(base, other.apiKey, 'GET', `/v1/searches/${id}`)).status).toBe(404);
      const final = await waitFinished(base, paid.apiKey, id);
      await stack.gateway.gateway.mirror.drain();
      const ledger = await ledgerFor(stack.db, id);
      // Whatever the search spent went to enrichment: no discovery, and the filter change cost nothing.
      expect(final.progress.creditsUsed).toBe(ledger.credits);
      expect(ledger.credits).toBe(10 * [...ledger.chargedJobs.values()].reduce((s, n) => s + n, 0));
      if (changed.status === 200) expect(final.results.items.every((r) => r.job.remoteType === 'remote')).toBe(true);
      await recordHistory(stack.temporal, 'e2e-filters-changed', searchWorkflowId(id));
    });
  });
});

describe('search end to end: limits', () => {
  it('ends with liveSearchUnavailable and the cached results when the monthly budget runs out mid-search', async () => {
    const stack = await startStack({
      bundle,
      gatewayEnv: { HASDATA_MONTHLY_BUDGET: '50' },
      env: { SEARCH_ENRICH_CONCURRENCY: '1' },
    });
    try {
      await stack.seedCache('welder', 'United States', 1);
      const paid = await createUser(stack.db, { email: `${uniquePrefix('bud')}@example.com`, tier: 'paid' });
      await stack.withApi(async (base) => {
        const id = await startSearch(base, paid.apiKey, { query: { keyword: 'welder' } });
        const final = await waitFinished(base, paid.apiKey, id);
        expect(final.progress.status).toBe('completed');
        expect(final.progress.liveSearchUnavailable?.reason).toBe('budget_exhausted');
        expect(final.results.items.length).toBeGreaterThan(0);
        await stack.gateway.gateway.mirror.drain();
        const ledger = await ledgerFor(stack.db, id);
        expect(ledger.credits).toBeLessThanOrEqual(50);
        expect(final.progress.creditsUsed).toBe(ledger.credits);
        await recordHistory(stack.temporal, 'e2e-budget-exhausted', searchWorkflowId(id));
      });
    } finally {
      await stack.close();
    }
  });

  it("reports a cancelled search's credits as the ledger has them, a call finishing after the cancel included", async () => {
    // A cold cache: a paid search discovers, and its first listing call takes 1.5 s.
    const stack = await startStack({ bundle, simulator: { latency: { medianMs: 1500, p95Ms: 1600 } } });
    try {
      const paid = await createUser(stack.db, { email: `${uniquePrefix('late')}@example.com`, tier: 'paid' });
      await stack.withApi(async (base) => {
        const id = await startSearch(base, paid.apiKey, { query: { keyword: 'marine biologist' }, waitMs: 0 });
        await waitForProgress(base, paid.apiKey, id, (p) => p.phase === 'discover');
        const cancelled = await call(base, paid.apiKey, 'POST', `/v1/searches/${id}/cancel`, {});
        expect(cancelled.status).toBe(202);
        expect((await waitFinished(base, paid.apiKey, id)).progress.status).toBe('cancelled');
        // The listing call under way when the cancel arrived still finishes, and is paid for.
        let ledger = await ledgerFor(stack.db, id);
        for (let i = 0; i < 100 && ledger.calls === 0; i++) {
          await new Promise((r) => setTimeout(r, 200));
          await stack.gateway.gateway.mirror.drain();
          ledger = await ledgerFor(stack.db, id);
        }
        expect(ledger.credits).toBeGreaterThan(0);
        const read = await call<SearchView>(base, paid.apiKey, 'GET', `/v1/searches/${id}`);
        expect(read.body.progress.creditsUsed).toBe(ledger.credits);
        const row = await stack.db
          .selectFrom('searches')
          .select('credits_used')
          .where('id', '=', id)
          .executeTakeFirstOrThrow();
        expect(row.credits_used).toBe(ledger.credits);
      });
    } finally {
      await stack.close();
    }
  });

  it('stops spending once cancelled', async () => {
    const stack = await startStack({
      bundle,
      simulator: { latency: { medianMs: 800, p95Ms: 900 } },
      env: { SEARCH_ENRICH_CONCURRENCY: '1' },
    });
    try {
      await stack.seedCache('pharmacist', 'United States', 1);
      const paid = await createUser(stack.db, { email: `${uniquePrefix('can')}@example.com`, tier: 'paid' });
      await stack.withApi(async (base) => {
        const id = await startSearch(base, paid.apiKey, { query: { keyword: 'pharmacist' } });
        await waitForProgress(base, paid.apiKey, id, (p) => p.phase === 'enrich' && p.counts.enrichDone >= 1);
        const cancelled = await call(base, paid.apiKey, 'POST', `/v1/searches/${id}/cancel`, { reason: 'test' });
        expect([cancelled.status, cancelled.body]).toEqual([202, { searchId: id, status: 'cancelling' }]);
        const final = await waitFinished(base, paid.apiKey, id);
        expect([final.progress.status, final.progress.counts]).toEqual(['cancelled', expect.anything()]);
        await stack.gateway.gateway.mirror.drain();
        const atEnd = await ledgerFor(stack.db, id);
        // Calls already in flight when the cancel arrived may finish; nothing new starts.
        await new Promise((r) => setTimeout(r, 3000));
        await stack.gateway.gateway.mirror.drain();
        const later = await ledgerFor(stack.db, id);
        expect(later.calls - atEnd.calls).toBeLessThanOrEqual(1);
        expect(later.chargedJobs.size).toBeLessThan(8);
        await recordHistory(stack.temporal, 'e2e-cancelled', searchWorkflowId(id));
      });
    } finally {
      await stack.close();
    }
  });
});
