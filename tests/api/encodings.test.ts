import http from 'node:http';
import zlib from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { searchRoutes } from '../../api/searches';
import { loadConfig } from '../../common/config';
import { answerClientErrorsAsJson } from '../../common/http-server';
import { createUser } from '../../store/users';
import { openTestConnections, type TestConnections } from '../harness/connections';
import { withServer } from '../harness/http';
import { uniquePrefix } from '../harness/services';
import { expectDocumented } from './documented';
import { createTestApp, silentLogger } from './fixtures';

/**
 * Bytes and headers before any route sees them: the body's encoding and charset, a request line or
 * headers larger than the server takes. Every refusal is the JSON error shape with a documented code.
 */
const config = loadConfig({
  DATABASE_URL: 'postgres://unused@127.0.0.1:1/x',
  REDIS_URL: 'redis://127.0.0.1:1',
  TEMPORAL_ADDRESS: 'unused:1',
});

let services: TestConnections;
beforeAll(async () => {
  services = await openTestConnections();
});
afterAll(() => services.close());

function app() {
  const searches = searchRoutes({
    db: services.db,
    temporal: services.client,
    config,
    taskQueues: { search: uniquePrefix('none'), hasdata: uniquePrefix('none'), ml: uniquePrefix('none') },
    logger: silentLogger,
    eventsPollMs: 100,
  });
  return createTestApp(services, { routes: searches.routes });
}

interface Answer {
  status: number;
  contentType: string | undefined;
  body: { error?: { code: string; message: string } };
}

/** A raw HTTP/1.1 request: fetch would refuse or normalize what these tests send on purpose. */
function send(base: string, method: string, path: string, headers: Record<string, string>, body?: Buffer) {
  return new Promise<Answer>((resolve, reject) => {
    const url = new URL(base);
    const req = http.request({ host: url.hostname, port: url.port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({
          status: res.statusCode ?? 0,
          contentType: res.headers['content-type'],
          body: (text ? JSON.parse(text) : {}) as Answer['body'],
        });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('request bodies: UTF-8 JSON only', () => {
  it('refuses invalid UTF-8, other charsets, compressed bodies and non-JSON bodies on JSON routes', async () => {
    const user = await createUser(services.db, { email: `${uniquePrefix('enc')}@example.com`, tier: 'free' });
    await withServer(app(), async (base) => {
      const json = (charset?: string) => ({
        'x-api-key': user.apiKey,
        'content-type': `application/json${charset ? `; charset=${charset}` : ''}`,
      });
      const valid = Buffer.from(JSON.stringify({ query: { keyword: 'nurse' } }));
      // "nurse" with a byte that is not UTF-8 in the middle: it would become U+FFFD and be searched for.
      const invalidUtf8 = Buffer.concat([
        Buffer.from('{"query":{"keyword":"nu'),
        Buffer.from([0xff]),
        Buffer.from('rse"}}'),
      ]);
      const cases: [string, Record<string, string>, Buffer, number, string][] = [
        ['invalid UTF-8', json(), invalidUtf8, 400, 'API_MALFORMED_BODY'],
        ['an overlong UTF-8 form', json(), Buffer.from([0x7b, 0xc0, 0xaf, 0x7d]), 400, 'API_MALFORMED_BODY'],
        ['UTF-16', json('utf-16'), Buffer.from(valid.toString('utf8'), 'utf16le'), 415, 'API_UNSUPPORTED_MEDIA_TYPE'],
        [
          'UTF-16LE',
          json('UTF-16LE'),
          Buffer.from(valid.toString('utf8'), 'utf16le'),
          415,
          'API_UNSUPPORTED_MEDIA_TYPE',
        ],
        ['Latin-1', json('iso-8859-1'), valid, 415, 'API_UNSUPPORTED_MEDIA_TYPE'],
        ['utf8 (not a charset name)', json('utf8'), valid, 415, 'API_UNSUPPORTED_MEDIA_TYPE'],
        ['gzip', { ...json(), 'content-encoding': 'gzip' }, zlib.gzipSync(valid), 415, 'API_UNSUPPORTED_MEDIA_TYPE'],
        [
          'text/plain',
          { 'x-api-key': user.apiKey, 'content-type': 'text/plain' },
          valid,
          415,
          'API_UNSUPPORTED_MEDIA_TYPE',
        ],
        ['no content type', { 'x-api-key': user.apiKey }, valid, 415, 'API_UNSUPPORTED_MEDIA_TYPE'],
      ];
      for (const [what, headers, body, status, code] of cases) {
        const answer = await send(base, 'POST', '/v1/searches', headers, body);
        expect([what, answer.status, answer.body.error?.code]).toEqual([what, status, code]);
        expectDocumented('POST', '/v1/searches', answer.status, answer.body);
      }
      // UTF-8, said or not, is what we take (the search itself needs a worker: any other answer means it was parsed).
      for (const headers of [json(), json('utf-8'), json('"UTF-8"')]) {
        const answer = await send(base, 'POST', '/v1/searches', headers, Buffer.from('{"query":{"keyword":""}}'));
        expect([answer.status, answer.body.error?.code]).toEqual([400, 'API_VALIDATION_FAILED']);
      }
    });
  });
});

describe('path parameters', () => {
  it('refuses a percent-encoding that is not UTF-8, or an id that names nothing, with a 400 on every search route', async () => {
    const user = await createUser(services.db, { email: `${uniquePrefix('enc')}@example.com`, tier: 'free' });
    await withServer(app(), async (base) => {
      // A lone surrogate as a raw client sends it, an overlong slash, a bare continuation byte, a cut sequence.
      // …and the nil and max uuids, which are uuids but name no workflow (the fuzzer's 500s).
      const ids = ['%ED%A0%80', '%C0%AF', '%80', '%E2%82', '%ZZ'];
      for (const id of [...ids, '00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff']) {
        for (const [method, path] of [
          ['GET', `/v1/searches/${id}`],
          ['GET', `/v1/searches/${id}/events`],
          ['POST', `/v1/searches/${id}/cancel`],
          ['PATCH', `/v1/searches/${id}/filters`],
        ] as const) {
          const body = method === 'GET' ? undefined : Buffer.from('{}');
          const headers = {
            'x-api-key': user.apiKey,
            ...(body ? { 'content-type': 'application/json', 'content-length': String(body.length) } : {}),
          };
          const answer = await send(base, method, path, headers, body);
          expect([method, path, answer.status, answer.body.error?.code]).toEqual([
            method,
            path,
            400,
            'API_VALIDATION_FAILED',
          ]);
          expectDocumented(method, path, answer.status, answer.body);
        }
      }
    });
  });
});

describe('request line and headers beyond what the server takes', () => {
  async function withRawServer(fn: (base: string) => Promise<void>): Promise<void> {
    const server = http.createServer(app());
    answerClientErrorsAsJson(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      await fn(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  }

  it('answers an oversized path with a JSON 414, and oversized headers with a JSON 431', async () => {
    await withRawServer(async (base) => {
      const longPath = await send(base, 'GET', `/v1/searches/${'a'.repeat(10_000)}`, {});
      expect([longPath.status, longPath.body.error?.code]).toEqual([414, 'API_URI_TOO_LONG']);
      expect(longPath.contentType).toMatch(/application\/json/);
      expectDocumented('GET', '/v1/searches/x', longPath.status, longPath.body);

      const hugePath = await send(base, 'GET', `/${'a'.repeat(100_000)}`, {});
      expect([hugePath.status, hugePath.body.error?.code]).toEqual([431, 'API_HEADERS_TOO_LARGE']);
      expect(hugePath.contentType).toMatch(/application\/json/);

      const hugeHeader = await send(base, 'GET', '/v1/me', { cookie: 'c'.repeat(20_000) });
      expect([hugeHeader.status, hugeHeader.body.error?.code]).toEqual([431, 'API_HEADERS_TOO_LARGE']);
      expectDocumented('GET', '/v1/me', hugeHeader.status, hugeHeader.body);
    });
  });
});
