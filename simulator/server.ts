import { loadSimulatorConfig } from '../common/config';
import { runHttpService } from '../common/http-server';
import { createSimulator } from './simulator';

/**
 * The `simulator` process: HasData's API on a local port for `npm start` without HASDATA_API_KEY,
 * for tests and for benchmarks. Its postings are dated from today, so they look fresh every day.
 */
runHttpService('simulator', loadSimulatorConfig, async ({ config, logger }) => {
  const settings = config.simulator;
  if (!settings.apiKey) throw new Error('SIMULATOR_API_KEY must be set: it is the key the simulator accepts');

  const simulator = createSimulator({
    apiKey: settings.apiKey,
    costs: config.costs,
    corpusSize: settings.corpusSize,
    seed: settings.seed,
    asOf: new Date(),
    credits: settings.credits,
    concurrency: settings.concurrency,
    latency: settings.latency,
    logger,
  });
  return {
    handler: simulator.app,
    host: settings.host,
    port: settings.port,
    details: { postings: simulator.corpus.size },
    // Calls in progress answer at once instead of waiting out their simulated latency.
    stopping: () => simulator.stop(),
  };
});
