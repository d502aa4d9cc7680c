import type { Logger } from './logger';

type Cleanup = () => Promise<void> | void;

/**
 * Stops a process cleanly on SIGINT/SIGTERM: runs the registered clean-ups in reverse order of
 * registration (close the HTTP server before the pools it uses), then exits. A second signal, or
 * the grace period running out, exits at once.
 */
export function installShutdown(logger: Logger, graceMs: number): (cleanup: Cleanup) => void {
  const cleanups: Cleanup[] = [];
  let shuttingDown = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (shuttingDown) {
      logger.warn({ signal }, 'second signal, exiting now');
      process.exit(1);
    }
    shuttingDown = true;
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      logger.error({ graceMs }, 'clean shutdown took too long, exiting');
      process.exit(1);
    }, graceMs);
    timer.unref();
    for (const cleanup of [...cleanups].reverse()) {
      try {
        await cleanup();
      } catch (err) {
        logger.error({ err }, 'error during shutdown');
      }
    }
    logger.info('stopped');
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  return (cleanup) => {
    cleanups.push(cleanup);
  };
}
