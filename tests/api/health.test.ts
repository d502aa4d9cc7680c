import { Worker } from '@temporalio/worker';
import {
  migrationsCheck,
  postgresCheck,
  redisCheck,
  temporalCheck,
  workerPollersCheck,
} from '../../api/dependency-checks';
import { createRedis } from '../../common/redis';
import { openTestConnections, type TestConnections } from '../harness/connections';
import { withServer } from '../harness/http';
import { createTestRedis, uniquePrefix } from '../harness/services';
import { fetchDocumented } from './documented';
import { createSmokeActivities } from '../temporal/fixtures/smoke-activities';
import { createTestApp } from './fixtures';

describe('GET /healthz and /readyz', () => {
  let services: TestConnections;
  beforeAll(async () => {
    services = await openTestConnections();
  });
  afterAll(() => services.close());

  it('is green when every dependency answers, and names the one that does not', async () => {
    const liveRedis = await createTestRedis();
    const deadRedis = createRedis('redis://127.0.0.1:1', 'dead', { retryStrategy: () => null, lazyConnect: true });
    deadRedis.on('error', () => undefined);
    try {
      const healthy = createTestApp(services, {
        healthChecks: [postgresCheck(services.db), redisCheck(liveRedis), temporalCheck(services.client)],
      });
      await withServer(healthy, async (base) => {
        const res = await fetchDocumented(`${base}/healthz`);
        expect(res.status).toBe(200);
        const body = (await res.json()) as { status: string; dependencies: Record<string, { ok: boolean }> };
        expect(body.status).toBe('ok');
        expect(Object.keys(body.dependencies).sort()).toEqual(['postgres', 'redis', 'temporal']);
      });

      const broken = createTestApp(services, {
        healthChecks: [postgresCheck(services.db), redisCheck(deadRedis), temporalCheck(services.client)],
      });
      await withServer(broken, async (base) => {
        const res = await fetchDocumented(`${base}/healthz`);
        expect(res.status).toBe(503);
        const body = (await res.json()) as { dependencies: Record<string, { ok: boolean; error?: string }> };
        expect(body.dependencies.redis?.ok).toBe(false);
        expect(body.dependencies.redis?.error).toBeTruthy();
        expect(body.dependencies.postgres?.ok).toBe(true);
      });
    } finally {
      liveRedis.disconnect();
      deadRedis.disconnect();
    }
  });

  it('is ready only once migrations are applied and a worker polls the queue', async () => {
    const taskQueue = uniquePrefix('ready');
    const app = createTestApp(services, {
      healthChecks: [postgresCheck(services.db)],
      readinessChecks: [migrationsCheck(services.db), workerPollersCheck(services.client, taskQueue)],
    });
    await withServer(app, async (base) => {
      const before = await fetchDocumented(`${base}/readyz`);
      expect(before.status).toBe(503);
      const body = (await before.json()) as { dependencies: Record<string, { ok: boolean }> };
      expect(body.dependencies.migrations?.ok).toBe(true);
      expect(body.dependencies[`workers:${taskQueue}`]?.ok).toBe(false);

      const worker = await Worker.create({
        connection: services.native,
        taskQueue,
        workflowsPath: require.resolve('../temporal/fixtures/smoke-workflows'),
        activities: createSmokeActivities('hi'),
      });
      await worker.runUntil(async () => {
        let status = 0;
        for (let i = 0; i < 50 && status !== 200; i++) {
          status = (await fetchDocumented(`${base}/readyz`)).status;
          if (status !== 200) await new Promise((r) => setTimeout(r, 200));
        }
        expect(status).toBe(200);
      });
    });
  });

  it('answers unknown routes and malformed JSON with the error catalogue shape', async () => {
    const app = createTestApp(services);
    await withServer(app, async (base) => {
      const missing = await fetch(`${base}/nope`);
      expect(missing.status).toBe(404);
      expect(await missing.json()).toEqual({
        error: { code: 'API_ROUTE_NOT_FOUND', message: 'No route for GET /nope' },
      });
      const malformed = await fetch(`${base}/nope`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"broken":',
      });
      expect(malformed.status).toBe(400);
      expect(((await malformed.json()) as { error: { code: string } }).error.code).toBe('API_MALFORMED_BODY');
    });
  });
});
