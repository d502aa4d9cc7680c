import { ConfigError, loadConfig, loadSimulatorConfig } from './config';

const base = {
  DATABASE_URL: 'postgres://u@127.0.0.1:5432/db',
  REDIS_URL: 'redis://127.0.0.1:6379',
  TEMPORAL_ADDRESS: '127.0.0.1:7233',
};

describe('gateway, HasData and simulator configuration', () => {
  it('defaults to the HasData plan: 200,000 credits, 15 in flight, 10 credits a job call, 1 or 10 a scrape', () => {
    const config = loadConfig(base);
    expect(config.hasdata).toMatchObject({
      apiKey: undefined,
      baseUrl: 'https://api.hasdata.com',
      costs: {
        'indeed.listing': 10,
        'indeed.job': 10,
        'glassdoor.listing': 10,
        'glassdoor.job': 10,
        web: { datacenter: 1, residential: 5, jsDatacenter: 10, jsResidential: 15 },
      },
    });
    // A client timeout beyond HasData's own deadline: a timeout is then never a billed call.
    expect(config.hasdata.timeoutMs).toBeGreaterThan(config.hasdata.serverDeadlineMs);
    expect(config.gateway).toMatchObject({
      monthlyBudget: 200_000,
      maxConcurrency: 15,
      port: 3100,
      redisPrefix: 'hh:gw',
    });
    expect(config.gateway.alerts.thresholds).toEqual([0.7, 0.9]);
    expect(config.gateway.rateLimits['web.scrape']).toEqual({ perSecond: 20, burst: 40 });
  });

  it('reads per-endpoint buckets and costs, and names what is wrong', () => {
    const config = loadConfig({
      ...base,
      HASDATA_COST_INDEED_JOB: '5',
      GATEWAY_RATE_LIMITS: 'indeed.listing=2/5, web.scrape=0.5/1',
      GATEWAY_ALERT_THRESHOLDS: '0.9,0.5',
    });
    expect(config.hasdata.costs['indeed.job']).toBe(5);
    expect(config.gateway.rateLimits['indeed.listing']).toEqual({ perSecond: 2, burst: 5 });
    expect(config.gateway.rateLimits['web.scrape']).toEqual({ perSecond: 0.5, burst: 1 });
    expect(config.gateway.alerts.thresholds).toEqual([0.5, 0.9]);
    for (const [name, value] of <[string, string][]>[
      ['GATEWAY_RATE_LIMITS', 'linkedin.jobs=1/1'],
      ['GATEWAY_ALERT_THRESHOLDS', '70,90'],
      ['GATEWAY_INTERNAL_TOKEN', 'short'],
      ['HASDATA_COST_WEB', '-1'],
    ]) {
      expect(() => loadConfig({ ...base, [name]: value })).toThrow(ConfigError);
      try {
        loadConfig({ ...base, [name]: value });
      } catch (err) {
        expect((err as ConfigError).message).toContain(name);
      }
    }
  });

  it('lets the simulator start without any of Hirehound’s services', () => {
    const config = loadSimulatorConfig({ SIMULATOR_API_KEY: 'a-simulator-key', HASDATA_COST_GLASSDOOR_JOB: '5' });
    expect(config.simulator).toMatchObject({
      apiKey: 'a-simulator-key',
      credits: 200_000,
      concurrency: 15,
      corpusSize: 100_000,
    });
    expect(config.costs['glassdoor.job']).toBe(5);
    expect(Object.isFrozen(config.simulator)).toBe(true);
  });
});
