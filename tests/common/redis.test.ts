import { connectRedis, createRedis } from '../../common/redis';
import { createTestRedis, uniquePrefix } from '../harness/services';

describe('Redis', () => {
  it('round-trips a value with expiry', async () => {
    const redis = await createTestRedis();
    try {
      const key = uniquePrefix('roundtrip');
      await redis.set(key, 'value', 'PX', 5000);
      expect(await redis.get(key)).toBe('value');
      const ttl = await redis.pttl(key);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(5000);
    } finally {
      redis.disconnect();
    }
  });

  it('fails fast instead of queueing commands when the server is unreachable', async () => {
    const client = createRedis('redis://127.0.0.1:1', 'unreachable', { retryStrategy: () => null });
    client.on('error', () => undefined);
    await expect(connectRedis(client, 500)).rejects.toThrow(/did not become ready/);
    await expect(client.get('x')).rejects.toThrow();
    client.disconnect();
  });
});
