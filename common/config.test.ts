import { ConfigError, loadConfig } from './config';

const base = {
  DATABASE_URL: 'postgres://u@127.0.0.1:5432/db',
  REDIS_URL: 'redis://127.0.0.1:6379',
  TEMPORAL_ADDRESS: '127.0.0.1:7233',
};

describe('loadConfig', () => {
  it('applies defaults and freezes the result', () => {
    const config = loadConfig(base);
    expect(config.api.port).toBe(3000);
    expect(config.worker.queues).toEqual(['search', 'hasdata', 'ml', 'maintenance']);
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.database)).toBe(true);
  });

  it('names every missing or malformed variable', () => {
    try {
      loadConfig({ REDIS_URL: 'not a url', API_PORT: '70000' });
      throw new Error('expected a ConfigError');
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const text = (err as ConfigError).message;
      for (const name of ['DATABASE_URL', 'REDIS_URL', 'TEMPORAL_ADDRESS', 'API_PORT']) expect(text).toContain(name);
    }
  });

  it('rejects unknown worker queues', () => {
    expect(() => loadConfig({ ...base, WORKER_QUEUES: 'search,mining' })).toThrow(ConfigError);
    expect(loadConfig({ ...base, WORKER_QUEUES: ' ml , search ' }).worker.queues).toEqual(['ml', 'search']);
  });

  it('reads the document reader limits with safe defaults', () => {
    expect(loadConfig(base).understanding).toEqual({
      limits: {
        maxBytes: 10 * 1024 * 1024,
        maxPages: 20,
        maxDecompressedBytes: 50 * 1024 * 1024,
        timeoutMs: 30_000,
        maxOcrPages: 10,
      },
      ingestWaitMs: 30_000,
    });
    const tuned = loadConfig({ ...base, RESUME_MAX_BYTES: '2048', RESUME_READ_TIMEOUT_MS: '5000' }).understanding;
    expect(tuned.limits).toMatchObject({ maxBytes: 2048, timeoutMs: 5000 });
    expect(() => loadConfig({ ...base, RESUME_MAX_PAGES: '0' })).toThrow(ConfigError);
  });
});
