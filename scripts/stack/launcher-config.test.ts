import { loadLauncherConfig, portClashes } from './launcher-config';

describe('the launcher settings', () => {
  const load = (env: NodeJS.ProcessEnv) => loadLauncherConfig(env, '/project');

  it('find no clash in the defaults', () => {
    expect(portClashes(load({}), {})).toEqual([]);
  });

  it('name the settings that share a port', () => {
    const env = { API_PORT: '6380', GATEWAY_PORT: '6380', PG_PORT: '7000', TEMPORAL_UI_PORT: '7000' };
    expect(portClashes(load(env), env)).toEqual([
      'API_PORT, GATEWAY_PORT and REDIS_PORT are all 6380',
      'PG_PORT and TEMPORAL_UI_PORT are both 7000',
    ]);
  });

  it("count only the ports it binds: an external service's port is not its own", () => {
    const env = { API_PORT: '6380', REDIS_URL: 'redis://elsewhere:6380' };
    expect(portClashes(load(env), env)).toEqual([]);
    const real = { SIMULATOR_PORT: '3000', HASDATA_API_KEY: 'key' };
    expect(portClashes(load(real), real)).toEqual([]);
    expect(portClashes(load({ SIMULATOR_PORT: '3000' }), { SIMULATOR_PORT: '3000' })).toEqual([
      'API_PORT and SIMULATOR_PORT are both 3000',
    ]);
  });
});
