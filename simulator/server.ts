import { loadSimulatorConfig } from '../common/config';
import { installShutdown } from '../common/lifecycle';
import { createLogger } from '../common/logger';
import { createSimulator } from './simulator';

/**
 * The `simulator` process: HasData's API on a local port for `npm start` without HASDATA_API_KEY,
 * for tests and for benchmarks. Its postings are dated from today, so they look fresh every day.
 */
async function main(): Promise<void> {
  const config = loadSimulatorConfig();
  const logger = createLogger({ name: 'simulator', level: config.logLevel });
  const onShutdown = installShutdown(logger, config.shutdownGraceMs);
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
  const server = simulator.app.listen(settings.port, settings.host, () => {
    logger.info(
      { url: `http://${settings.host}:${settings.port}`, postings: simulator.corpus.size },
      'simulator listening',
    );
  });
  server.on('error', (err) => {
    logger.fatal({ err }, 'simulator server error');
    process.exit(1);
  });
  onShutdown(
    () =>
      new Promise<void>((resolve) => {
        simulator.stop();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`simulator failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
