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
  const temporalLogger = temporalLoggerFrom(logger.child({ component: 'temporal-sdk' }));
  const bindAddress = observability.temporalBindAddress;
  if (bindAddress) {
    try {
      // Default names and units (milliseconds, no _total suffix): what the Temporal SDK dashboards expect.
      Runtime.install({
        logger: temporalLogger,
        telemetryOptions: { metrics: { prometheus: { bindAddress } } },
      });
      logger.info({ url: `http://${bindAddress}/metrics` }, 'temporal sdk metrics listening');
      return;
    } catch (err) {
      // Core refuses to start when the address is taken; metrics are for people watching, the
      // work goes on without them (and says so).
      logger.error({ err: (err as Error).message, bindAddress }, 'temporal sdk metrics could not start');
    }
  }
  Runtime.install({ logger: temporalLogger });
}
