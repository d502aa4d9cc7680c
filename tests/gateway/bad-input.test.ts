import { createTestDatabase, type TestDatabase } from '../harness/services';
import { startSimulator, type RunningSimulator } from '../simulator/fixtures';
import { INTERNAL_TOKEN, startGateway, type GatewayUnderTest } from './fixtures';

/** Bad input gets a typed 4xx and never reaches the provider (nor costs a slot or a credit). */
describe('gateway input validation', () => {
  let t: TestDatabase;
  let sim: RunningSimulator;
  let gw: GatewayUnderTest;
  beforeAll(async () => {
    t = await createTestDatabase();
    sim = await startSimulator({ corpusSize: 2000 });
    gw = await startGateway({ simulatorUrl: sim.url, db: t.db, databaseUrl: t.url });
  });
  afterAll(async () => {
    await gw.close();
    await sim.close();
    await t.drop();
  });

  const send = (path: string, init: { method?: string; token?: string | null; body?: string; type?: string } = {}) =>
    fetch(`${gw.url}${path}`, {
      method: init.method ?? 'POST',
      headers: {
        ...(init.token === null ? {} : { 'x-internal-token': init.token ?? INTERNAL_TOKEN }),
        'content-type': init.type ?? 'application/json',
      },
      ...(init.body === undefined ? {} : { body: init.body }),
    });

  const listing = { provider: 'indeed', keyword: 'nurse', location: 'Ohio' };
  /** Look-alike hosts, and the parser tricks that make a URL's host differ from what it seems. */
  const refusedJobUrls: ['indeed' | 'glassdoor', string][] = [
    ['indeed', 'https://www.indeed.com.attacker.example/viewjob?jk=3c916f0d7f870c71'],
    ['indeed', 'https://indeed.attacker.example/viewjob?jk=3c916f0d7f870c71'],
    ['indeed', 'https://attacker-indeed.com/viewjob?jk=3c916f0d7f870c71'],
    ['indeed', 'https://indeed.com/viewjob?jk=3c916f0d7f870c71'],
    ['indeed', 'https://www.indeed.com@attacker.example/viewjob?jk=3c916f0d7f870c71'],
    ['indeed', 'https://www.indeed.com:8443/viewjob?jk=3c916f0d7f870c71'],
    ['indeed', 'https://www.indeed.com./viewjob?jk=3c916f0d7f870c71'],
    ['indeed', 'http://www.indeed.com/viewjob?jk=3c916f0d7f870c71'],
    ['indeed', 'https://169.254.169.254/viewjob?jk=3c916f0d7f870c71'],
    ['glassdoor', 'https://www.glassdoor.com.attacker.example/job-listing/x.htm?jl=1009'],
    ['glassdoor', 'https://glassdoor.attacker.co.uk/job-listing/x.htm?jl=1009'],
    ['glassdoor', 'https://www.glassdoor.co.uk.attacker.example/job-listing/x.htm?jl=1009'],
    ['glassdoor', 'https://user:pw@www.glassdoor.com/job-listing/x.htm?jl=1009'],
  ];
  /** Private, loopback, link-local and metadata addresses, as literals, in disguise and by name. */
  const refusedScrapeUrls = [
    'http://169.254.169.254/latest/meta-data/',
    'http://169.254.169.254./latest/meta-data/',
    'http://[fd00:ec2::254]/latest/meta-data/',
    'http://100.100.100.200/latest/meta-data/',
    'http://metadata.google.internal/computeMetadata/v1/',
    'http://metadata/computeMetadata/v1/',
    'http://127.0.0.1/',
    'http://2130706433/',
    'http://0x7f.1/',
    'http://[::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://0.0.0.0/',
    'http://10.1.2.3/',
    'http://172.16.0.1/',
    'http://192.168.1.1/',
    'http://[fe80::1]/',
    'http://localhost/',
    'http://api.localhost/',
    'http://printer.local/',
    'https://www.indeed.com@127.0.0.1/',
  ];
  const cases: [string, () => Promise<Response>, number, string][] = [
    [
      'no token',
      () => send('/v1/listings', { token: null, body: JSON.stringify(listing) }),
      401,
      'GATEWAY_MISSING_TOKEN',
    ],
    [
      'wrong token',
      () => send('/v1/listings', { token: 'x'.repeat(32), body: JSON.stringify(listing) }),
      401,
      'GATEWAY_INVALID_TOKEN',
    ],
    ['no token on status', () => send('/status/credits', { method: 'GET', token: null }), 401, 'GATEWAY_MISSING_TOKEN'],
    ['unknown endpoint', () => send('/v1/linkedin', { body: JSON.stringify(listing) }), 404, 'API_ROUTE_NOT_FOUND'],
    ['wrong method', () => send('/v1/listings', { method: 'GET' }), 405, 'API_METHOD_NOT_ALLOWED'],
    ['malformed JSON', () => send('/v1/listings', { body: '{"provider": "indeed",' }), 400, 'API_MALFORMED_BODY'],
    [
      'oversized body',
      () => send('/v1/listings', { body: JSON.stringify({ ...listing, keyword: 'x'.repeat(20_000) }) }),
      413,
      'API_BODY_TOO_LARGE',
    ],
    [
      'not JSON at all',
      () => send('/v1/listings', { body: 'provider=indeed', type: 'text/plain' }),
      400,
      'API_VALIDATION_FAILED',
    ],
    [
      'missing keyword',
      () => send('/v1/listings', { body: JSON.stringify({ provider: 'indeed', location: 'Ohio' }) }),
      400,
      'API_VALIDATION_FAILED',
    ],
    [
      'unknown provider',
      () => send('/v1/listings', { body: JSON.stringify({ ...listing, provider: 'linkedin' }) }),
      400,
      'API_VALIDATION_FAILED',
    ],
    [
      'unknown field',
      () => send('/v1/listings', { body: JSON.stringify({ ...listing, apiKey: 'mine' }) }),
      400,
      'API_VALIDATION_FAILED',
    ],
    [
      'context not a uuid',
      () => send('/v1/listings', { body: JSON.stringify({ ...listing, context: { searchId: '42' } }) }),
      400,
      'API_VALIDATION_FAILED',
    ],
    [
      'forged cursor',
      () => send('/v1/listings', { body: JSON.stringify({ ...listing, cursor: 'bm90LWEtY3Vyc29y' }) }),
      400,
      'API_VALIDATION_FAILED',
    ],
    [
      'glassdoor cursor for indeed',
      () =>
        send('/v1/listings', {
          body: JSON.stringify({
            ...listing,
            cursor: Buffer.from(JSON.stringify({ p: 'glassdoor', page: 2, token: 'x' })).toString('base64url'),
          }),
        }),
      400,
      'API_VALIDATION_FAILED',
    ],
    [
      'job URL not http',
      () => send('/v1/jobs', { body: JSON.stringify({ provider: 'indeed', url: 'file:///etc/passwd' }) }),
      400,
      'API_VALIDATION_FAILED',
    ],
    [
      'indeed job without jk',
      () => send('/v1/jobs', { body: JSON.stringify({ provider: 'indeed', url: 'https://www.indeed.com/viewjob' }) }),
      400,
      'API_VALIDATION_FAILED',
    ],
    [
      'glassdoor URL as indeed',
      () =>
        send('/v1/jobs', {
          body: JSON.stringify({ provider: 'indeed', url: 'https://www.glassdoor.com/job-listing/x.htm?jl=1&jk=2' }),
        }),
      422,
      'GATEWAY_TARGET_REFUSED',
    ],
    [
      'glassdoor job without jl',
      () =>
        send('/v1/jobs', {
          body: JSON.stringify({ provider: 'glassdoor', url: 'https://www.glassdoor.com/job-listing/x.htm' }),
        }),
      400,
      'API_VALIDATION_FAILED',
    ],
    [
      'scrape with bad proxy',
      () => send('/v1/scrape', { body: JSON.stringify({ url: 'https://example.com', proxyType: 'mobile' }) }),
      400,
      'API_VALIDATION_FAILED',
    ],
    // Costly options are the gateway's policy: a caller asking for them is refused, not obeyed.
    [
      'scrape asking for JS rendering',
      () => send('/v1/scrape', { body: JSON.stringify({ url: 'https://example.com', jsRendering: true }) }),
      400,
      'API_VALIDATION_FAILED',
    ],
    [
      'scrape asking for residential proxies',
      () => send('/v1/scrape', { body: JSON.stringify({ url: 'https://example.com', proxyType: 'residential' }) }),
      400,
      'API_VALIDATION_FAILED',
    ],
    ...refusedJobUrls.map(([provider, url]): [string, () => Promise<Response>, number, string] => [
      `${provider} job at ${url}`,
      () => send('/v1/jobs', { body: JSON.stringify({ provider, url }) }),
      422,
      'GATEWAY_TARGET_REFUSED',
    ]),
    ...refusedScrapeUrls.map((url): [string, () => Promise<Response>, number, string] => [
      `scrape of ${url}`,
      () => send('/v1/scrape', { body: JSON.stringify({ url }) }),
      422,
      'GATEWAY_TARGET_REFUSED',
    ]),
  ];

  it.each(cases.map(([name, request, status, code]) => [name, status, code, request] as const))(
    '%s → %d %s',
    async (_name, status, code, request) => {
      const res = await request();
      expect(res.status).toBe(status);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe(code);
      expect(body.error.message.length).toBeGreaterThan(0);
      expect(res.headers.get('x-credits-charged')).toBe('0');
    },
  );

  it('let none of them reach the provider or touch the ledger', async () => {
    const stats = await sim.admin.stats();
    expect(stats.calls).toBe(0);
    const status = await gw.client.creditStatus();
    expect(status).toMatchObject({ used: 0, reserved: 0, inFlight: 0 });
  });

  it('throws them from the client as HirehoundErrors with the same code', async () => {
    await expect(
      gw.client.fetchJob({ provider: 'indeed', url: 'https://www.indeed.com/viewjob' }),
    ).rejects.toMatchObject({
      name: 'HirehoundError',
      code: 'API_VALIDATION_FAILED',
    });
  });
});
