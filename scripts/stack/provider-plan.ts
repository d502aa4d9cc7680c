import crypto from 'node:crypto';
import type { LauncherConfig } from './launcher-config';

/**
 * Who gets which provider settings under `npm start`. The gateway is the only process that receives
 * HASDATA_API_KEY: the configured one, or, when none is set, a key made up for the simulator that
 * stands in for HasData. Workers and the api receive the gateway's URL and internal token instead.
 */

export interface ProviderPlan {
  /** Planned only when no HASDATA_API_KEY is configured. */
  readonly simulator: { readonly env: NodeJS.ProcessEnv; readonly url: string } | undefined;
  readonly gateway: { readonly env: NodeJS.ProcessEnv; readonly url: string };
  /** For the worker and the api: the gateway's address and token, never the provider key. */
  readonly callerEnv: NodeJS.ProcessEnv;
}

const SECRET_NAMES = ['HASDATA_API_KEY', 'SIMULATOR_API_KEY'] as const;

function withoutSecrets(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env };
  for (const name of SECRET_NAMES) delete copy[name];
  return copy;
}

export function planProviderProcesses(
  config: Pick<LauncherConfig, 'gatewayHost' | 'simulatorHost'> & {
    readonly ports: Pick<LauncherConfig['ports'], 'gateway' | 'simulator'>;
  },
  appEnv: NodeJS.ProcessEnv,
): ProviderPlan {
  const internalToken = appEnv.GATEWAY_INTERNAL_TOKEN || crypto.randomBytes(24).toString('base64url');
  const gatewayUrl = `http://${config.gatewayHost}:${config.ports.gateway}`;
  const base = withoutSecrets(appEnv);
  const configuredKey = appEnv.HASDATA_API_KEY;

  let simulator: ProviderPlan['simulator'];
  let provider: NodeJS.ProcessEnv;
  if (configuredKey) {
    provider = { HASDATA_API_KEY: configuredKey };
  } else {
    const simulatorKey = crypto.randomBytes(24).toString('base64url');
    const url = `http://${config.simulatorHost}:${config.ports.simulator}`;
    simulator = {
      url,
      env: {
        ...base,
        SIMULATOR_HOST: config.simulatorHost,
        SIMULATOR_PORT: String(config.ports.simulator),
        SIMULATOR_API_KEY: simulatorKey,
      },
    };
    provider = { HASDATA_API_KEY: simulatorKey, HASDATA_BASE_URL: url };
  }
  return {
    simulator,
    gateway: {
      url: gatewayUrl,
      env: {
        ...base,
        ...provider,
        GATEWAY_HOST: config.gatewayHost,
        GATEWAY_PORT: String(config.ports.gateway),
        GATEWAY_INTERNAL_TOKEN: internalToken,
      },
    },
    callerEnv: { ...base, GATEWAY_URL: gatewayUrl, GATEWAY_INTERNAL_TOKEN: internalToken },
  };
}
