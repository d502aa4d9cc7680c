import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { findFreePort } from '../../scripts/stack/ports';
import { startTemporal, type RunningTemporal } from '../../scripts/stack/temporal';
import { createUser } from '../../store/users';
import { searchWorkflowId } from '../../temporal/workflow-ids';
import { recordHistory } from '../harness/histories';
import { uniquePrefix } from '../harness/services';
import { chargesPerJob, ledgerFor, startSearch, waitFinished, waitForProgress } from './api-client';
import { startStack } from './stack';
import { bundleWorkflows } from '../harness/workflow-bundle';
import { killGroup, startWorkerProcess } from '../harness/worker-process';

/**
 * The failures a durable workflow is for: the worker process dies in the middle of the enrichment
 * fan-out, and the Temporal server itself restarts mid-search. Both searches must finish, and no
 * job may be charged twice.
 */
let bundle: WorkflowBundleWithSourceMap;
beforeAll(async () => {
  bundle = await bundleWorkflows();
}, 60_000);

describe('faults', () => {
  it('finishes the search and charges no job twice when the worker process is killed mid-enrichment', async () => {
    const stack = await startStack({
      bundle,
      inProcessWorkers: false,
      // Four waves of two 2-second calls: a wide window in which some enrichments are done and
      // others are in flight, even when the machine is slow to answer the test's polls.
      simulator: { latency: { medianMs: 2000, p95Ms: 2100 } },
      env: { SEARCH_ENRICH_CONCURRENCY: '2', SEARCH_ENRICH_LIMIT_PAID: '8' },
    });
    let worker = startWorkerProcess(stack.env);
    try {
      await worker.ready;
      await stack.seedCache('truck driver', 'United States', 1);
      const paid = await createUser(stack.db, { email: `${uniquePrefix('kill')}@example.com`, tier: 'paid' });
      await stack.withApi(async (base) => {
        const id = await startSearch(base, paid.apiKey, { query: { keyword: 'truck driver' } });
        await waitForProgress(base, paid.apiKey, id, (p) => p.phase === 'enrich' && p.counts.enrichDone >= 1);
        // Mid fan-out: some enrichments are done, others are in flight at the provider.
        await killGroup(worker.child, 'SIGKILL');
        worker = startWorkerProcess(stack.env);
        await worker.ready;
        const final = await waitFinished(base, paid.apiKey, id, 240_000);
        expect(final.progress.status).toBe('completed');
        expect(final.progress.counts.enrichDone + final.progress.counts.enrichExpired).toBeGreaterThan(1);
        await stack.gateway.gateway.mirror.drain();
        for (const [jobId, times] of await chargesPerJob(stack.db)) expect([jobId, times]).toEqual([jobId, 1]);
        expect(final.progress.creditsUsed).toBe((await ledgerFor(stack.db, id)).credits);
        await recordHistory(stack.temporal, 'e2e-worker-killed', searchWorkflowId(id));
      });
    } finally {
      await killGroup(worker.child, 'SIGTERM');
      await stack.close();
    }
  }, 300_000);

  it('finishes the search when the Temporal dev server restarts mid-search (persistent database)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hh-temporal-restart-'));
    const port = await findFreePort();
    const serverOptions = {
      dbFile: path.join(dir, 'temporal.db'),
      port,
      uiPort: undefined,
      namespace: 'default',
      logFile: path.join(dir, 'temporal.log'),
    };
    let server: RunningTemporal = await startTemporal(serverOptions);
    const stack = await startStack({
      bundle,
      temporalAddress: server.address,
      // Three waves of two 2-second calls, as above: with half-second calls the whole fan-out took
      // about 1.5 s and a slow machine's polls could miss it (the search was done before one saw it).
      simulator: { latency: { medianMs: 2000, p95Ms: 2100 } },
      env: { SEARCH_ENRICH_CONCURRENCY: '2', SEARCH_ENRICH_LIMIT_PAID: '6' },
    });
    try {
      await stack.seedCache('chef', 'United States', 1);
      const paid = await createUser(stack.db, { email: `${uniquePrefix('restart')}@example.com`, tier: 'paid' });
      await stack.withApi(async (base) => {
        const id = await startSearch(base, paid.apiKey, { query: { keyword: 'chef' } });
        await waitForProgress(base, paid.apiKey, id, (p) => p.phase === 'enrich' && p.counts.enrichDone >= 1);
        await server.stop();
        server = await startTemporal(serverOptions);
        const final = await waitFinished(base, paid.apiKey, id, 240_000);
        expect(final.progress.status).toBe('completed');
        expect(final.progress.counts.enrichDone + final.progress.counts.enrichExpired).toBeGreaterThan(1);
        await stack.gateway.gateway.mirror.drain();
        for (const [jobId, times] of await chargesPerJob(stack.db)) expect([jobId, times]).toEqual([jobId, 1]);
      });
    } finally {
      await stack.close();
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
