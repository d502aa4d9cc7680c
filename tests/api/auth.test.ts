import { createUser } from '../../store/users';
import { openTestConnections, type TestConnections } from '../harness/connections';
import { withServer } from '../harness/http';
import { createTestApp } from './fixtures';
import { fetchDocumented } from './documented';

describe('API-key authentication and per-key rate limit', () => {
  let services: TestConnections;
  beforeAll(async () => {
    services = await openTestConnections();
  });
  afterAll(() => services.close());

  it('refuses missing and wrong keys, and takes the tier from the database', async () => {
    const { user, apiKey } = await createUser(services.db, { email: 'Paid@Example.com', tier: 'paid' });
    const app = createTestApp(services);
    await withServer(app, async (base) => {
      const missing = await fetchDocumented(`${base}/v1/me`);
      expect(missing.status).toBe(401);
      expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('AUTH_MISSING_API_KEY');

      const wrong = await fetchDocumented(`${base}/v1/me`, {
        headers: { authorization: `Bearer ${apiKey.slice(0, -2)}xx` },
      });
      expect(wrong.status).toBe(401);
      expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe('AUTH_INVALID_API_KEY');

      const me = await fetchDocumented(`${base}/v1/me`, {
        headers: { authorization: `Bearer ${apiKey}`, 'x-tier': 'free' },
      });
      expect(me.status).toBe(200);
      expect(await me.json()).toEqual({
        id: user.id,
        email: 'paid@example.com',
        tier: 'paid',
        isAdmin: false,
        dailyCreditCap: null,
      });
      const viaHeader = await fetchDocumented(`${base}/v1/me`, { headers: { 'x-api-key': apiKey } });
      expect(viaHeader.status).toBe(200);
    });
    const stored = await services.db
      .selectFrom('users')
      .select(['api_key_hash', 'api_key_prefix'])
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(stored.api_key_hash).not.toContain(apiKey);
    expect(apiKey.startsWith(stored.api_key_prefix)).toBe(true);
  });

  it('limits requests per key with 429 and Retry-After, without touching other keys', async () => {
    const a = await createUser(services.db, { email: 'a@example.com', tier: 'free' });
    const b = await createUser(services.db, { email: 'b@example.com', tier: 'free' });
    const app = createTestApp(services, { rateLimit: { limit: 3, windowMs: 3_600_000 } });
    await withServer(app, async (base) => {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++)
        statuses.push((await fetchDocumented(`${base}/v1/me`, { headers: { 'x-api-key': a.apiKey } })).status);
      expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
      expect(statuses.slice(3)).toEqual([429, 429]);
      const limited = await fetchDocumented(`${base}/v1/me`, { headers: { 'x-api-key': a.apiKey } });
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(((await limited.json()) as { error: { code: string } }).error.code).toBe('API_RATE_LIMITED');
      expect((await fetchDocumented(`${base}/v1/me`, { headers: { 'x-api-key': b.apiKey } })).status).toBe(200);
    });
  });
});
