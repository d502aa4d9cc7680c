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
    expect(config.worker.queues).toEqual(['search', 'hasdata', 'ml', 'documents', 'maintenance']);
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
    expect(() => loadConfig({ ...base, WORKER_QUEUES: 'search,mining' })).toThrow(/WORKER_QUEUES\.1: /);
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
        maxTextChars: 200_000,
        toolCpuSeconds: 10,
        toolMemoryBytes: 1024 * 1024 * 1024,
      },
      ingestWaitMs: 30_000,
    });
    const tuned = loadConfig({ ...base, RESUME_MAX_BYTES: '2048', RESUME_READ_TIMEOUT_MS: '5000' }).understanding;
    expect(tuned.limits).toMatchObject({ maxBytes: 2048, timeoutMs: 5000 });
    expect(() => loadConfig({ ...base, RESUME_MAX_PAGES: '0' })).toThrow(ConfigError);
  });

  it('keeps results and ef_search consistent with the candidate count', () => {
    expect(loadConfig(base).matching).toMatchObject({
      candidates: 200,
      occupationCandidates: 300,
      occupationScan: 500,
      results: 100,
      efSearch: 200,
    });
    const few = { ...base, MATCHING_CANDIDATES: '50', MATCHING_RESULTS: '80', MATCHING_EF_SEARCH: '20' };
    // Results are kept from both sources of candidates: 50 nearest and up to 300 of the occupation.
    expect(loadConfig(few).matching).toMatchObject({ candidates: 50, results: 80, efSearch: 50 });
    expect(loadConfig({ ...few, MATCHING_OCCUPATION_CANDIDATES: '0' }).matching).toMatchObject({
      candidates: 50,
      results: 50,
      efSearch: 50,
    });
    expect(loadConfig({ ...base, MATCHING_EF_SEARCH: '900' }).matching.efSearch).toBe(900);
    expect(loadConfig({ ...base, MATCHING_EF_SEARCH: '' }).matching.efSearch).toBe(200);
  });

  it('stores payloads in S3 once an endpoint or credentials are set, on disk otherwise', () => {
    expect(loadConfig(base).objectStore).toEqual({ kind: 'filesystem', dir: '.data/objects' });
    expect(
      loadConfig({ ...base, S3_ENDPOINT: 'http://127.0.0.1:9000', S3_FORCE_PATH_STYLE: 'no' }).objectStore,
    ).toEqual({
      kind: 's3',
      endpoint: 'http://127.0.0.1:9000',
      bucket: 'hirehound-payloads',
      region: 'us-east-1',
      forcePathStyle: false,
    });
    expect(loadConfig({ ...base, S3_ACCESS_KEY_ID: 'id' }).objectStore.kind).toBe('s3');
  });
});
