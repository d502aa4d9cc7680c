import { createLogger } from '../../common/logger';
import { createTestDatabase, type TestDatabase } from '../harness/services';
import { startSimulator, type RunningSimulator } from '../simulator/fixtures';
import { INTERNAL_TOKEN, captureLogs, startGateway, type GatewayUnderTest } from './fixtures';

const API_KEY = 'hd_live_9f3c2e7a1b5d4c6e8f0a2b4c';
const WRONG_KEY = 'hd_live_wrong_77aa11bb22cc33dd';

/** Done when: the API key never appears in any log line, response or error message. */
describe('the HasData API key stays in the gateway', () => {
  let t: TestDatabase;
  let sim: RunningSimulator;
  let gw: GatewayUnderTest;
  let misconfigured: GatewayUnderTest;
  const seen: string[] = [];

  beforeAll(async () => {
    t = await createTestDatabase();
    sim = await startSimulator({ apiKey: API_KEY, corpusSize: 1000 });
    gw = await startGateway({ simulatorUrl: sim.url, db: t.db, databaseUrl: t.url, apiKey: API_KEY });
    misconfigured = await startGateway({ simulatorUrl: sim.url, db: t.db, databaseUrl: t.url, apiKey: WRONG_KEY });
  });
  afterAll(async () => {
    await gw.close();
    await misconfigured.close();
    await sim.close();
    await t.drop();
  });

  /** Every byte a caller can see: status line, headers and body. */
  async function record(
    target: GatewayUnderTest,
    path: string,
    body?: unknown,
    method = body === undefined ? 'GET' : 'POST',
  ) {
    const res = await fetch(`${target.url}${path}`, {
      method,
      headers: { 'x-internal-token': INTERNAL_TOKEN, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    seen.push(`${res.status} ${JSON.stringify([...res.headers])} ${await res.text()}`);
    return res.status;
  }

  it('is in no answer, in no error and in no log line, whatever happens', async () => {
    const posting = sim.corpus.posting(0);
    const listing = { provider: 'indeed', keyword: 'nurse', location: 'Texas' };
    expect(await record(gw, '/v1/listings', listing)).toBe(200);
    expect(await record(gw, '/v1/jobs', { provider: 'indeed', url: posting.indeedUrl })).toBeLessThan(500);
    expect(await record(gw, '/v1/scrape', { url: posting.indeedUrl })).toBe(200);
    await record(gw, '/v1/listings', '{"broken":');
    await record(gw, '/v1/listings', { ...listing, apiKey: API_KEY.slice(0, 6) });
    await record(gw, '/v1/nowhere', listing);
    await sim.admin.configure({ faults: { errorRate: 1 } });
    expect(await record(gw, '/v1/listings', listing)).toBe(502);
    await sim.admin.configure({ faults: { errorRate: 0, malformedRate: 1 } });
    expect(await record(gw, '/v1/listings', listing)).toBe(502);
    await sim.admin.configure({ faults: { malformedRate: 0 } });
    // The provider rejects a wrong key: the caller learns that, not the key.
    expect(await record(misconfigured, '/v1/listings', listing)).toBe(502);
    expect(seen.at(-1)).toContain('PROVIDER_BAD_API_KEY');
    await record(gw, '/status/credits');
    await record(gw, '/metrics');
    await record(gw, '/healthz');
    const thrown = await gw.client
      .fetchJob({ provider: 'indeed', url: 'https://www.indeed.com/viewjob' })
      .catch((e: Error) => e);
    seen.push(thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : 'no error', JSON.stringify(thrown));

    const everything = [...seen, ...gw.logs, ...misconfigured.logs].join('\n');
    // The failures were logged (with the provider's own words), just never with the key.
    expect(misconfigured.logs.some((l) => l.includes('"kind":"bad_api_key"'))).toBe(true);
    expect(gw.logs.some((l) => l.includes('"kind":"server_error"'))).toBe(true);
    for (const secret of [API_KEY, WRONG_KEY]) expect(everything).not.toContain(secret);
  });

  it('is redacted by the logger wherever a caller puts it', () => {
    const { destination, lines } = captureLogs();
    const logger = createLogger({ name: 'gateway', level: 'debug', destination });
    logger.info({ headers: { 'x-api-key': API_KEY, 'x-internal-token': INTERNAL_TOKEN } }, 'outbound');
    logger.info({ req: { headers: { 'x-api-key': API_KEY } } }, 'inbound');
    logger.info({ config: { hasdata: { apiKey: API_KEY }, gateway: { internalToken: INTERNAL_TOKEN } } }, 'config');
    logger.warn({ apiKey: API_KEY, hasdata: { apiKey: API_KEY } }, 'careless');
    const text = lines.join('\n');
    expect(lines).toHaveLength(4);
    expect(text).not.toContain(API_KEY);
    expect(text).not.toContain(INTERNAL_TOKEN);
    expect(text).toContain('[redacted]');
  });
});
