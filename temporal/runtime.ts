import { Runtime } from '@temporalio/worker';
import type { Config } from '../common/config';
import type { Logger } from '../common/logger';
import { temporalLoggerFrom } from './runtime-logger';

/**
 * Installs the process's Temporal Core runtime: the SDK's log lines into pino and, when a bind
 * address is configured, its own metrics (workflow and activity outcomes and latencies, task
 * slots, sticky cache, server requests) on a Prometheus endpoint of Core's. Core keeps one runtime
 * per process, created by whichever comes first; so this must run before any NativeConnection or
 * Worker is created, and only once.
 */
export function installTemporalRuntime(observability: Config['observability'], logger: Logger): void {
  const bindAddress = observability.temporalBindAddress;
  Runtime.install({
    logger: temporalLoggerFrom(logger.child({ component: 'temporal-sdk' })),
    // Default names and units (milliseconds, no _total suffix): what the Temporal SDK dashboards expect.
    ...(bindAddress ? { telemetryOptions: { metrics: { prometheus: { bindAddress } } } } : {}),
  });
  if (bindAddress) logger.info({ url: `http://${bindAddress}/metrics` }, 'temporal sdk metrics listening');
}
