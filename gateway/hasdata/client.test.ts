import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHasDataClient } from './client';

const KEY = 'hd_live_unit_0123456789abcdef';

/**
 * The client against a stand-in for HasData that answers whatever each case needs (the simulator
 * covers the documented behaviour; this covers the ugly corners: hostile messages, hangs, drops).
 */
describe('HasData client', () => {
  let server: http.Server;
  let baseUrl: string;
  let answer: (req: http.IncomingMessage, res: http.ServerResponse) => void = () => undefined;
  beforeAll(async () => {
    server = http.createServer((req, res) => answer(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const client = (timeoutMs = 2000, serverDeadlineMs = 300_000) =>
    createHasDataClient({ baseUrl, apiKey: KEY, timeoutMs, serverDeadlineMs });
  const reply = (status: number, body: unknown, headers: Record<string, string> = {}) => {
    answer = (_req, res) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(typeof body === 'string' ? body : JSON.stringify(body));
    };
  };
  const listing = () => client().indeedListing({ keyword: 'nurse', location: 'Ohio', sort: 'relevance' });

  it('sends the key in x-api-key and the parameters in the query', async () => {
    let seen: { key: string | undefined; url: string | undefined } = { key: undefined, url: undefined };
    answer = (req, res) => {
      seen = { key: req.headers['x-api-key'] as string, url: req.url };
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ requestMetadata: { id: 'r1', status: 'ok' }, jobs: [] }));
    };
    const outcome = await client().indeedListing({ keyword: 'nurse', location: 'Ohio, US', sort: 'date', start: 20 });
    expect(outcome).toMatchObject({ kind: 'ok', charged: true, providerRequestId: 'r1' });
    expect(seen.key).toBe(KEY);
    expect(seen.url).toBe('/scrape/indeed/listing?keyword=nurse&location=Ohio%2C+US&sort=date&start=20');
  });

  it('does not take HTTP 200 for success: requestMetadata.status must be ok', async () => {
    reply(200, { requestMetadata: { status: 'error' }, message: 'Could not load the page' });
    expect(await listing()).toMatchObject({
      kind: 'failed',
      failure: 'server_error',
      charged: true,
      message: 'Could not load the page',
    });
    reply(200, '{"requestMetadata":{"status":"ok"},"jobs":[{"title":');
    expect(await listing()).toMatchObject({ kind: 'failed', failure: 'malformed', charged: true });
    reply(200, { requestMetadata: { status: 'ok' }, jobs: 'none' });
    expect(await listing()).toMatchObject({ kind: 'failed', failure: 'malformed', charged: true });
  });

  it('maps every documented status to a typed, unbilled failure, quoting the provider without the key', async () => {
    const cases: [number, string][] = [
      [401, 'bad_api_key'],
      [403, 'out_of_credits'],
      [422, 'bad_parameters'],
      [429, 'rate_limited'],
      [500, 'server_error'],
      [503, 'server_error'],
      [404, 'bad_parameters'],
    ];
    for (const [status, failure] of cases) {
      reply(
        status,
        { status: 'error', message: `Rejected key ${KEY} (code ${status})` },
        status === 429 ? { 'retry-after': '3' } : {},
      );
      const outcome = await listing();
      expect(outcome).toMatchObject({ kind: 'failed', failure, httpStatus: status, charged: false });
      expect(outcome.kind === 'failed' && outcome.message).toBe(`Rejected key [redacted] (code ${status})`);
      if (status === 429) expect(outcome).toMatchObject({ retryAfterMs: 3000 });
    }
    reply(422, { errors: [{ message: 'keyword is required', rule: 'required', field: 'keyword' }] });
    expect(await listing()).toMatchObject({ failure: 'bad_parameters', message: 'keyword is required' });
  });

  it('reads 400 on a job as "expired", and a Glassdoor listing marked expired as expired but billed', async () => {
    reply(400, { requestMetadata: { status: 'error' }, message: 'gone' });
    expect(await client().indeedJob('https://www.indeed.com/viewjob?jk=1')).toMatchObject({
      kind: 'expired',
      charged: false,
    });
    expect(await listing()).toMatchObject({ kind: 'failed', failure: 'bad_parameters' });
    reply(200, {
      requestMetadata: { status: 'ok' },
      job: { title: 'Cook', description: 'Cook things', expired: true },
    });
    expect(await client().glassdoorJob('https://www.glassdoor.com/job-listing/x.htm?jl=1')).toMatchObject({
      kind: 'expired',
      charged: true,
    });
  });

  it('counts an unanswered call as billed unless it outlived the provider deadline; an unreachable one as free', async () => {
    answer = () => undefined; // never answers
    expect(await client(150).indeedListing({ keyword: 'a', location: 'b', sort: 'date' })).toMatchObject({
      kind: 'failed',
      failure: 'timeout',
      charged: true,
    });
    expect(await client(150, 100).indeedListing({ keyword: 'a', location: 'b', sort: 'date' })).toMatchObject({
      kind: 'failed',
      failure: 'timeout',
      charged: false,
    });
    answer = (req) => req.socket.destroy();
    expect(await listing()).toMatchObject({ kind: 'failed', failure: 'unreachable', charged: true });
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    // A closed port (connection refused) and a port fetch will not dial: nothing was sent.
    for (const url of [`http://127.0.0.1:${port}`, 'http://127.0.0.1:1']) {
      const nowhere = createHasDataClient({ baseUrl: url, apiKey: KEY, timeoutMs: 1000, serverDeadlineMs: 300_000 });
      expect(await nowhere.indeedListing({ keyword: 'a', location: 'b', sort: 'date' })).toMatchObject({
        kind: 'failed',
        failure: 'unreachable',
        charged: false,
      });
    }
  });

  it('asks the Web Scraping API for JSON (two formats) with an explicit price', async () => {
    let body: unknown;
    answer = (req, res) => {
      let text = '';
      req.on('data', (c: Buffer) => (text += c.toString()));
      req.on('end', () => {
        body = JSON.parse(text);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({ requestMetadata: { status: 'ok' }, statusCode: '404', content: '<h1>x</h1>', text: 'x' }),
        );
      });
    };
    const outcome = await client().webScrape({
      url: 'https://example.com',
      jsRendering: false,
      proxyType: 'residential',
    });
    expect(body).toEqual({
      url: 'https://example.com',
      jsRendering: false,
      proxyType: 'residential',
      outputFormat: ['html', 'text'],
      screenshot: false,
    });
    // Numbers may arrive as strings.
    expect(outcome).toMatchObject({ kind: 'ok', data: { statusCode: 404 } });
  });
});
