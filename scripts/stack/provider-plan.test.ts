import { planProviderProcesses } from './provider-plan';

const config = {
  ports: { postgres: 1, redis: 2, temporal: 3, temporalUi: 4, api: 3000, gateway: 3100, simulator: 3200 },
  gatewayHost: '127.0.0.1',
  simulatorHost: '127.0.0.1',
};

describe('npm start provider plan', () => {
  it('runs the simulator without a HasData key, and only the gateway learns the key it accepts', () => {
    const plan = planProviderProcesses(config, { PATH: '/bin', SIMULATOR_API_KEY: 'stale' });
    expect(plan.simulator?.url).toBe('http://127.0.0.1:3200');
    const key = plan.simulator?.env.SIMULATOR_API_KEY;
    expect(key).toMatch(/^[\w-]{32}$/);
    expect(plan.gateway.env).toMatchObject({
      HASDATA_API_KEY: key,
      HASDATA_BASE_URL: 'http://127.0.0.1:3200',
      GATEWAY_PORT: '3100',
      PATH: '/bin',
    });
    const token = plan.gateway.env.GATEWAY_INTERNAL_TOKEN;
    expect(token).toMatch(/^[\w-]{32}$/);
    expect(plan.callerEnv).toMatchObject({ GATEWAY_URL: 'http://127.0.0.1:3100', GATEWAY_INTERNAL_TOKEN: token });
    expect(plan.callerEnv.HASDATA_API_KEY).toBeUndefined();
    expect(plan.callerEnv.SIMULATOR_API_KEY).toBeUndefined();
  });

  it('uses the real API with a configured key, which reaches the gateway alone, and keeps a configured token', () => {
    const plan = planProviderProcesses(config, {
      HASDATA_API_KEY: 'real-key',
      GATEWAY_INTERNAL_TOKEN: 'a-configured-token-of-enough-length',
    });
    expect(plan.simulator).toBeUndefined();
    expect(plan.gateway.env.HASDATA_API_KEY).toBe('real-key');
    expect(plan.gateway.env.HASDATA_BASE_URL).toBeUndefined();
    expect(plan.gateway.env.GATEWAY_INTERNAL_TOKEN).toBe('a-configured-token-of-enough-length');
    expect(plan.callerEnv.HASDATA_API_KEY).toBeUndefined();
    expect(plan.callerEnv.GATEWAY_INTERNAL_TOKEN).toBe('a-configured-token-of-enough-length');
  });
});
