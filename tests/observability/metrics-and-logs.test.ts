import type { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { findFreePort } from '../../scripts/stack/ports';
import { createUser } from '../../store/users';
import { searchWorkflowId } from '../../temporal/workflow-ids';
import { startSearch, waitFinished } from '../e2e/api-client';
import { startStack, type Stack } from '../e2e/stack';
import { INTERNAL_TOKEN } from '../gateway/fixtures';
import { startEntryProcess, type EntryProcess } from '../harness/entry-process';
import { scrape, total, type Sample } from '../../bench/prometheus-text';
import { uniquePrefix } from '../harness/services';
import { bundleWorkflows } from '../harness/workflow-bundle';
import { SIMULATOR_KEY } from '../simulator/fixtures';

/**
 * Issue 14's observability promises against the processes as they run: the api and a worker as
 * processes of their own (the worker with the Temporal SDK's exporter installed by its entry
 * point), the gateway and the simulator in this one. A paid search and an identical one after it
 * must move the series of all four endpoints; every log line of their activities and requests must
 * name the search and its workflow; no key may appear in any of it.
 */
let bundle: WorkflowBundleWithSourceMap;
beforeAll(async () => {
  bundle = await bundleWorkflows();
}, 60_000);

interface JsonLine {
  readonly msg?: string;
  readonly searchId?: string;
  readonly workflowId?: string;
  readonly activity?: string;
  readonly route?: string;
  readonly method?: string;
  readonly status?: number;
  readonly [key: string]: unknown;
}

function jsonLines(output: string): JsonLine[] {
  return output
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as JsonLine);
}

describe('metrics and logs of a search', () => {
  let stack: Stack;
  let worker: EntryProcess;
  let api: EntryProcess;
  let urls: { api: string; apiMetrics: string; worker: string; temporal: string; gateway: string };

  beforeAll(async () => {
    // Every job of the pool enriched, as in production (100 of 100), so an identical search finds
    // nothing left to pay for.
    stack = await startStack({
      bundle,
      inProcessWorkers: false,
      env: { SEARCH_ENRICH_LIMIT_PAID: '100', SEARCH_ENRICH_CONCURRENCY: '10' },
    });
    const [apiPort, apiMetricsPort, workerMetricsPort, temporalPort] = await Promise.all(
      Array.from({ length: 4 }, () => findFreePort()),
    );
    urls = {
      api: `http://127.0.0.1:${apiPort}`,
      apiMetrics: `http://127.0.0.1:${apiMetricsPort}/metrics`,
      worker: `http://127.0.0.1:${workerMetricsPort}/metrics`,
      temporal: `http://127.0.0.1:${temporalPort}/metrics`,
      gateway: `${stack.gateway.url}/metrics`,
    };
    const env = {
      ...stack.env,
      // Debug: the SDK's own lines about each activity are the ones most likely to miss an id.
      LOG_LEVEL: 'debug',
      API_PORT: String(apiPort),
      API_METRICS_PORT: String(apiMetricsPort),
      WORKER_METRICS_PORT: String(workerMetricsPort),
      TEMPORAL_METRICS_BIND_ADDRESS: `127.0.0.1:${temporalPort}`,
    };
    worker = startEntryProcess('workers/main.ts', env, 'workers polling');
    api = startEntryProcess('api/server.ts', env, 'api listening');
    await Promise.all([worker.ready, api.ready]);
  }, 240_000);

  afterAll(async () => {
    await Promise.all([worker?.stop(), api?.stop()]);
    await stack?.close();
  });

  it('moves the api, gateway, worker and Temporal SDK series; names the search on every line; logs no key', async () => {
    // A cache that holds other trades: the nurse search finds it thin and discovers.
    await stack.seedCache('software developer', 'United States', 1);
    const paid = await createUser(stack.db, { email: `${uniquePrefix('obs')}@example.com`, tier: 'paid' });
    const endpoints = [urls.apiMetrics, urls.gateway, urls.worker, urls.temporal] as const;
    const before = await Promise.all(endpoints.map(scrape));

    const query = { query: { keyword: 'registered nurse', location: 'Texas' } };
    const first = await startSearch(urls.api, paid.apiKey, query);
    const firstView = await waitFinished(urls.api, paid.apiKey, first);
    expect(firstView.progress.discoveryTriggered).toBe(true);
    // The same search again: answered from the last ranking, with nothing left to pay for.
    const second = await startSearch(urls.api, paid.apiKey, query);
    const secondView = await waitFinished(urls.api, paid.apiKey, second);
    expect(secondView.progress.creditsUsed).toBe(0);
    expect(secondView.results.items.map((r) => r.job.id)).toEqual(firstView.results.items.map((r) => r.job.id));

    const after = await Promise.all(endpoints.map(scrape));
    const moved = (i: number, name: string, labels: Record<string, string> = {}): number =>
      total(after[i] as Sample[], name, labels) - total(before[i] as Sample[], name, labels);

    // api
    expect(moved(0, 'hirehound_api_searches_started_total', { tier: 'paid' })).toBe(2);
    expect(moved(0, 'hirehound_api_requests_total', { method: 'POST', route: '/v1/searches', status: '202' })).toBe(2);
    expect(moved(0, 'hirehound_api_request_seconds_count', { route: '/v1/searches/{id}' })).toBeGreaterThan(0);
    expect(moved(0, 'hirehound_api_first_results_seconds_count', { tier: 'paid' })).toBe(2);
    expect(total(after[0] as Sample[], 'process_resident_memory_bytes')).toBeGreaterThan(0);
    // gateway
    expect(moved(1, 'hirehound_gateway_calls_total', { endpoint: 'indeed.listing', outcome: 'ok' })).toBeGreaterThan(0);
    expect(moved(1, 'hirehound_gateway_credits_charged_total')).toBe(firstView.progress.creditsUsed);
    // worker
    expect(moved(2, 'hirehound_searches_total', { tier: 'paid', outcome: 'completed' })).toBe(2);
    expect(moved(2, 'hirehound_searches_total', { discovery: 'triggered' })).toBe(1);
    expect(moved(2, 'hirehound_search_phase_seconds_count', { phase: 'cache' })).toBe(2);
    expect(moved(2, 'hirehound_search_phase_seconds_count', { phase: 'discover' })).toBe(1);
    expect(moved(2, 'hirehound_search_credits_sum', { tier: 'paid' })).toBe(firstView.progress.creditsUsed);
    expect(moved(2, 'hirehound_search_credits_bucket', { tier: 'paid', le: '0' })).toBe(1);
    expect(moved(2, 'hirehound_results_cache_lookups_total', { outcome: 'miss' })).toBe(1);
    expect(moved(2, 'hirehound_results_cache_lookups_total', { outcome: 'hit' })).toBe(1);
    expect(moved(2, 'hirehound_discovery_claims_total', { outcome: 'claimed' })).toBe(1);
    expect(moved(2, 'hirehound_search_enrichments_total', { result: 'enriched' })).toBeGreaterThan(0);
    expect((after[2] as Sample[]).some((s) => s.name === 'hirehound_enrichment_backlog')).toBe(true);
    // the Temporal SDK, from Core's own exporter
    expect(moved(3, 'temporal_workflow_completed', { workflow_type: 'searchWorkflow' })).toBe(2);
    expect(moved(3, 'temporal_activity_execution_latency_count', { activity_type: 'discoverListings' })).toBe(1);

    // Logs: every line of a search's workflow names the search; every line naming a search names
    // the workflow it was written for (the search's, or an enrichment's it started).
    const workerLines = jsonLines(worker.output());
    const apiLines = jsonLines(api.output());
    for (const id of [first, second]) {
      const workflowId = searchWorkflowId(id);
      const ofItsWorkflow = workerLines.filter((l) => l.workflowId === workflowId);
      expect(ofItsWorkflow.length).toBeGreaterThan(3);
      for (const line of ofItsWorkflow) expect(line.searchId).toBe(id);
      expect(ofItsWorkflow.some((l) => l.activity === 'rankCandidates' || l.activityType === 'rankCandidates')).toBe(
        true,
      );
      for (const line of workerLines.filter((l) => l.searchId === id)) {
        expect(line.workflowId).toMatch(new RegExp(`^(${workflowId}|enrich-[0-9a-f-]{36})$`));
      }
      const requests = apiLines.filter((l) => l.msg === 'request' && l.searchId === id);
      expect(requests.map((l) => `${l.method} ${l.route}`)).toEqual(
        expect.arrayContaining(['POST /v1/searches', 'GET /v1/searches/{id}']),
      );
      for (const line of requests) expect(line.workflowId).toBe(workflowId);
    }
    // The provider activities of the first search (discovery, then enrichments) name it, from the
    // moment their input does (an enrichment's workflow is the job's, not the search's: the SDK's
    // "started" line, written before the input is read, names that workflow only).
    const providerLines = workerLines.filter(
      (l) =>
        (l.activityType === 'discoverListings' || l.activityType === 'fetchJobDetails') &&
        !(l.activityType === 'fetchJobDetails' && l.msg === 'Activity started'),
    );
    expect(providerLines.length).toBeGreaterThan(1);
    for (const line of providerLines) expect(line.searchId).toBe(first);

    const everything = [worker.output(), api.output(), ...stack.gateway.logs].join('\n');
    for (const secret of [paid.apiKey, INTERNAL_TOKEN, SIMULATOR_KEY]) expect(everything).not.toContain(secret);
  }, 300_000);
});
