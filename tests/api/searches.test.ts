import type { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { Registry } from 'prom-client';
import { createSearchActivities, type SearchActivities } from '../../activities/search';
import { createSearchMetrics } from '../../common/metrics/search-metrics';
import { searchRoutes } from '../../api/searches';
import { loadConfig } from '../../common/config';
import { createUser } from '../../store/users';
import type { SearchProgress } from '../../common/vocabulary/search';
import type { TaskQueueNames } from '../../common/vocabulary/task-queues';
import { openTestConnections, type TestConnections } from '../harness/connections';
import { withServer } from '../harness/http';
import { uniquePrefix } from '../harness/services';
import { expectDocumented, expectDocumentedEvents } from './documented';
import { call } from '../e2e/api-client';
import { makeJobs, SearchWorld, TEST_SETTINGS, withWorldWorkers } from '../workflows/search-world';
import { bundleWorkflows } from '../harness/workflow-bundle';
import { createTestApp, silentLogger } from './fixtures';

/**
 * The public search API over HTTP against the real dev server, Postgres and Redis: auth and
 * ownership, validation, the synchronous first page, SSE, cancel, filter changes and read-back from
 * Postgres. Ranking and provider calls come from the in-memory world (see search-world.ts).
 */
const config = loadConfig({
  DATABASE_URL: 'postgres://unused@127.0.0.1:1/x',
  REDIS_URL: 'redis://127.0.0.1:1',
  TEMPORAL_ADDRESS: 'unused:1',
  SEARCH_ENRICH_LIMIT_PAID: String(TEST_SETTINGS.enrichLimit),
  SEARCH_ENRICH_CONCURRENCY: '2',
  PROVIDER_BACKOFF_INITIAL_MS: '200',
});

let bundle: WorkflowBundleWithSourceMap;
let services: TestConnections;

beforeAll(async () => {
  bundle = await bundleWorkflows();
  services = await openTestConnections();
}, 60_000);

afterAll(() => services?.close());

interface Harness {
  base: string;
  world: SearchWorld;
  queues: TaskQueueNames;
}

function withApi(world: SearchWorld, fn: (h: Harness) => Promise<void>): Promise<void> {
  const fake = world.searchActivities();
  // Real persistence and repeat guard; the ranking and the gateway answer come from the world.
  const searchActivities = (): SearchActivities =>
    createSearchActivities({
      db: services.db,
      redis: services.redis,
      ranker: { rank: (r) => fake.rankCandidates(r) },
      liveSearch: { check: async () => ({ available: true }) },
      guardPrefix: uniquePrefix('guard'),
      metrics: createSearchMetrics(new Registry()),
    });
  return withWorldWorkers(
    { native: services.native, client: services.client, db: services.db, bundle },
    world,
    searchActivities,
    async (queues) => {
      const searches = searchRoutes({
        db: services.db,
        temporal: services.client,
        config,
        taskQueues: queues,
        logger: silentLogger,
        eventsPollMs: 100,
      });
      const app = createTestApp(services, { routes: searches.routes });
      try {
        await withServer(app, (base) => fn({ base, world, queues }));
      } finally {
        searches.close();
      }
    },
  );
}

/** A call whose answer must be one /openapi.json documents. */
async function api(base: string, key: string, method: string, path: string, body?: unknown) {
  const answer = await call<Record<string, unknown>>(base, key, method, path, body);
  expectDocumented(method, path, answer.status, answer.body);
  return answer;
}

async function waitFinished(base: string, key: string, id: string): Promise<Record<string, unknown>> {
  for (let i = 0; i < 200; i++) {
    const r = await api(base, key, 'GET', `/v1/searches/${id}`);
    if ((r.body.progress as SearchProgress | null)?.status !== 'running' && r.body.source === 'database') return r.body;
    await new Promise((res) => setTimeout(res, 100));
  }
  throw new Error('search did not finish');
}

describe('/v1/searches', () => {
  it('starts a search, answers the first page at once, and reads the final answer back from Postgres', async () => {
    const free = await createUser(services.db, { email: `${uniquePrefix('free')}@example.com`, tier: 'free' });
    await withApi(
      new SearchWorld({ jobs: makeJobs(25, uniquePrefix('api'), (i) => 80 - i) }),
      async ({ base, world }) => {
        const started = await api(base, free.apiKey, 'POST', '/v1/searches', { query: { keyword: 'Data Engineer' } });
        expect(started.status).toBe(202);
        const searchId = started.body.searchId as string;
        const results = started.body.results as { items: { rank: number; score: number }[]; total: number };
        expect(results.items).toHaveLength(20);
        expect(results.items[0]).toMatchObject({ rank: 1, score: 80 });

        const final = await waitFinished(base, free.apiKey, searchId);
        expect((final.progress as SearchProgress).status).toBe('completed');
        expect((final.results as { total: number }).total).toBe(20);
        const row = await services.db
          .selectFrom('searches')
          .selectAll()
          .where('id', '=', searchId)
          .executeTakeFirstOrThrow();
        expect(row).toMatchObject({ user_id: free.user.id, tier: 'free', status: 'completed', credits_used: 0 });
        expect(world.fetchCalls).toHaveLength(0);
        expect(world.discoveryCalls).toHaveLength(0);
      },
    );
  });

  it("answers 404 for another user's search and for unknown ids, 400 for malformed ones", async () => {
    const owner = await createUser(services.db, { email: `${uniquePrefix('own')}@example.com`, tier: 'free' });
    const other = await createUser(services.db, { email: `${uniquePrefix('oth')}@example.com`, tier: 'paid' });
    await withApi(new SearchWorld({ jobs: makeJobs(3, uniquePrefix('own'), () => 70) }), async ({ base }) => {
      const started = await api(base, owner.apiKey, 'POST', '/v1/searches', { query: { keyword: 'nurse' } });
      const id = started.body.searchId as string;
      for (const path of [`/v1/searches/${id}`, `/v1/searches/${id}/events`]) {
        const r = await api(base, other.apiKey, 'GET', path);
        expect(r.status).toBe(404);
        expect(r.body.error?.code).toBe('SEARCH_NOT_FOUND');
      }
      expect((await api(base, other.apiKey, 'POST', `/v1/searches/${id}/cancel`, {})).status).toBe(404);
      expect(
        (await api(base, other.apiKey, 'PATCH', `/v1/searches/${id}/filters`, { remoteTypes: ['remote'] })).status,
      ).toBe(404);
      expect((await api(base, owner.apiKey, 'GET', '/v1/searches/00000000-0000-4000-8000-000000000000')).status).toBe(
        404,
      );
      const malformed = await api(base, owner.apiKey, 'GET', '/v1/searches/not-a-uuid');
      expect(malformed.status).toBe(400);
      expect(malformed.body.error?.code).toBe('API_VALIDATION_FAILED');
      await waitFinished(base, owner.apiKey, id);
    });
  });

  it('rejects bad input with a typed 4xx and starts nothing', async () => {
    const user = await createUser(services.db, { email: `${uniquePrefix('bad')}@example.com`, tier: 'paid' });
    await withApi(new SearchWorld({ jobs: [] }), async ({ base, world }) => {
      const before = await services.db
        .selectFrom('searches')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      const cases: [unknown, number, string][] = [
        [{}, 400, 'SEARCH_NEEDS_QUERY_OR_RESUME'],
        [{ query: { keyword: '' } }, 400, 'API_VALIDATION_FAILED'],
        [{ query: { keyword: 'x' }, filters: { colour: 'blue' } }, 400, 'API_VALIDATION_FAILED'],
        [{ query: { keyword: 'x' }, filters: { minAnnualSalary: { amount: -1 } } }, 400, 'API_VALIDATION_FAILED'],
        [{ query: { keyword: 'x' }, filters: { minAnnualSalary: { amount: 1e12 } } }, 400, 'API_VALIDATION_FAILED'],
        [{ query: { keyword: 'x' }, tier: 'paid' }, 400, 'API_VALIDATION_FAILED'],
        [{ query: { keyword: 'x'.repeat(500) } }, 400, 'API_VALIDATION_FAILED'],
        // Text Postgres cannot store (NUL, lone surrogates) or no field holds (C0 controls), anywhere.
        [{ query: { keyword: 'nurse\u0000' } }, 400, 'API_VALIDATION_FAILED'],
        [{ query: { keyword: '\ud800nurse' } }, 400, 'API_VALIDATION_FAILED'],
        [{ query: { keyword: 'nurse\udfff' } }, 400, 'API_VALIDATION_FAILED'],
        [{ query: { keyword: 'nurse', location: 'Austin\u001b[31m' } }, 400, 'API_VALIDATION_FAILED'],
        [{ query: { keyword: 'x' }, filters: { location: { text: 'Austin\u0000' } } }, 400, 'API_VALIDATION_FAILED'],
        [{ query: { keyword: 'x', '\u0000': 1 } }, 400, 'API_VALIDATION_FAILED'],
        [
          { query: { keyword: 'x' }, filters: { remoteTypes: Array(1000).fill('remote') } },
          400,
          'API_VALIDATION_FAILED',
        ],
        [{ resumeId: '00000000-0000-4000-8000-000000000000' }, 404, 'API_NOT_FOUND'],
        ['{"query":', 400, 'API_MALFORMED_BODY'],
        [JSON.stringify({ query: { keyword: 'y'.repeat(300_000) } }), 413, 'API_BODY_TOO_LARGE'],
      ];
      for (const [body, status, code] of cases) {
        const r = await api(base, user.apiKey, 'POST', '/v1/searches', body);
        expect([JSON.stringify(body).slice(0, 60), r.status, r.body.error?.code]).toEqual([
          JSON.stringify(body).slice(0, 60),
          status,
          code,
        ]);
      }
      const noKey = await fetch(`${base}/v1/searches`, { method: 'POST' });
      expect(noKey.status).toBe(401);
      const after = await services.db
        .selectFrom('searches')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(after.n)).toBe(Number(before.n));
      expect(world.rankCalls).toHaveLength(0);
    });
  });

  it('streams progress as Server-Sent Events until the search is done', async () => {
    const paid = await createUser(services.db, { email: `${uniquePrefix('sse')}@example.com`, tier: 'paid' });
    // Enrichment waits until the stream is open, so the search cannot end before anyone listens.
    let openGate: () => void = () => undefined;
    const fetchGate = new Promise<void>((resolve) => {
      openGate = resolve;
    });
    const world = new SearchWorld({
      // Weak enough to leave the cache insufficient, yet matches (from 40), so all are worth enriching.
      jobs: makeJobs(10, uniquePrefix('sse'), (i) => 55 - i),
      discoverPages: [],
      fetchDelayMs: 100,
      fetchGate,
    });
    await withApi(world, async ({ base }) => {
      const started = await api(base, paid.apiKey, 'POST', '/v1/searches', {
        query: { keyword: uniquePrefix('sse kw') },
        waitMs: 0,
      });
      const path = `/v1/searches/${started.body.searchId as string}/events`;
      const res = await fetch(`${base}${path}`, { headers: { 'x-api-key': paid.apiKey } });
      expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
      // Enrichment starts only once the first progress event has arrived: however slow the
      // machine, the stream then carries a running state before the completed one.
      const reader = (res.body as ReadableStream<Uint8Array>).getReader();
      const decoder = new TextDecoder();
      let text = '';
      while (!text.includes('event: progress')) {
        const chunk = await reader.read();
        if (chunk.done) break;
        text += decoder.decode(chunk.value, { stream: true });
      }
      openGate();
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        text += decoder.decode(chunk.value, { stream: true }); // the server ends the stream after `done`
      }
      expect(expectDocumentedEvents(path, text).map((e) => e.event)).toContain('done');
      const events = text.split('\n\n').filter((e) => e.startsWith('event:'));
      const progress = events
        .filter((e) => e.startsWith('event: progress'))
        .map((e) => JSON.parse(e.split('data: ')[1]!) as SearchProgress);
      expect(progress.length).toBeGreaterThanOrEqual(2);
      expect(progress.at(-1)?.status).toBe('completed');
      expect(progress.at(-1)?.counts.enrichDone).toBe(TEST_SETTINGS.enrichLimit);
      const versions = progress.map((p) => p.version);
      expect([...versions].sort((a, b) => a - b)).toEqual(versions);
      expect(events.at(-1)).toMatch(/^event: done/);
    });
  });

  it('cancels a running search and re-ranks under new filters without provider calls', async () => {
    const paid = await createUser(services.db, { email: `${uniquePrefix('cf')}@example.com`, tier: 'paid' });
    let openGate: () => void = () => undefined;
    const fetchGate = new Promise<void>((resolve) => {
      openGate = resolve;
    });
    const world = new SearchWorld({
      jobs: makeJobs(12, uniquePrefix('cf'), (i) => 45 - i),
      discoverPages: [],
      fetchDelayMs: 100,
      // The first enrichments hang until the search is cancelled: it is still running for the
      // filter change, however slow the machine.
      fetchGate,
    });
    await withApi(world, async ({ base }) => {
      const started = await api(base, paid.apiKey, 'POST', '/v1/searches', {
        query: { keyword: uniquePrefix('cf kw') },
      });
      const id = started.body.searchId as string;
      const filtered = await api(base, paid.apiKey, 'PATCH', `/v1/searches/${id}/filters`, { remoteTypes: ['remote'] });
      expect(filtered.status).toBe(200);
      const items = (filtered.body.results as { items: { job: { remoteType: string } }[] }).items;
      expect(items.length).toBeGreaterThan(0);
      expect(items.every((i) => i.job.remoteType === 'remote')).toBe(true);
      const bad = await api(base, paid.apiKey, 'PATCH', `/v1/searches/${id}/filters`, { remoteTypes: ['moon'] });
      expect(bad.status).toBe(400);
      // Text that cannot be stored is refused at the edge, and the running search is not told it finished.
      for (const text of ['Austin\u0000', 'Austin\ud800']) {
        const unstorable = await api(base, paid.apiKey, 'PATCH', `/v1/searches/${id}/filters`, { location: { text } });
        expect([unstorable.status, unstorable.body.error?.code]).toEqual([400, 'API_VALIDATION_FAILED']);
      }
      const reason = await api(base, paid.apiKey, 'POST', `/v1/searches/${id}/cancel`, { reason: 'bye\u0000' });
      expect([reason.status, reason.body.error?.code]).toEqual([400, 'API_VALIDATION_FAILED']);

      const cancelled = await api(base, paid.apiKey, 'POST', `/v1/searches/${id}/cancel`, {
        reason: 'changed my mind',
      });
      expect(cancelled.status).toBe(202);
      openGate();
      const final = await waitFinished(base, paid.apiKey, id);
      expect((final.progress as SearchProgress).status).toBe('cancelled');
      expect(world.fetchCalls.length).toBeLessThan(TEST_SETTINGS.enrichLimit);
      const again = await api(base, paid.apiKey, 'POST', `/v1/searches/${id}/cancel`, {});
      expect(again.status).toBe(409);
      expect(again.body.error?.code).toBe('SEARCH_NOT_RUNNING');
    });
  });
});
