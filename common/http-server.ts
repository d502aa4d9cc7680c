import http from 'node:http';
import type { Duplex } from 'node:stream';
import { HirehoundError } from './errors';
import { installShutdown } from './lifecycle';
import { createLogger, type Logger } from './logger';

/**
 * Answers what Node's HTTP parser refuses before any handler runs (a request line or headers past
 * `maxHeaderSize`, a malformed request) with the same JSON error shape as everything else, instead
 * of Node's bare status line; a connection that timed out or broke is only closed.
 */
export function answerClientErrorsAsJson(server: http.Server): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (err.code === 'ECONNRESET' || err.code === 'ERR_HTTP_REQUEST_TIMEOUT' || !socket.writable) {
      socket.destroy();
      return;
    }
    const error =
      err.code === 'HPE_HEADER_OVERFLOW'
        ? new HirehoundError('API_HEADERS_TOO_LARGE')
        : new HirehoundError('API_VALIDATION_FAILED', { message: 'The HTTP request is malformed' });
    const body = JSON.stringify(error.toJSON());
    socket.end(
      `HTTP/1.1 ${error.status} ${http.STATUS_CODES[error.status] ?? ''}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Connection: close\r\n\r\n' +
        body,
    );
  });
}

/** What every process's configuration carries for running it. */
export interface ProcessSettings {
  readonly logLevel: string;
  readonly shutdownGraceMs: number;
}

export interface ServiceContext<C extends ProcessSettings> {
  readonly config: C;
  readonly logger: Logger;
  /** Registers a clean-up for SIGINT/SIGTERM; they run in reverse order, after the server closes. */
  readonly onShutdown: (cleanup: () => Promise<void> | void) => void;
}

/** What a started service serves, and where. */
export interface HttpService {
  readonly handler: http.RequestListener;
  readonly host: string;
  readonly port: number;
  /** More fields for the "listening" log line. */
  readonly details?: Readonly<Record<string, unknown>>;
  /**
   * At shutdown, let requests under way finish (only idle connections are cut) instead of cutting
   * every connection. The gateway needs it: a provider call under way is paid for and must be booked.
   */
  readonly finishRequests?: boolean;
  /** Tunes the server before it listens (timeouts). */
  readonly configure?: (server: http.Server) => void;
  /** Runs at shutdown just before the server closes. */
  readonly stopping?: () => void;
}

/**
 * Runs a process that serves HTTP (api, gateway, simulator): reads its configuration, makes its
 * logger, stops cleanly on SIGINT/SIGTERM, lets `start` build what it serves, then listens and logs
 * the URL. A port already in use, or any failure to start, ends the process with status 1 and says why.
 */
export function runHttpService<C extends ProcessSettings>(
  name: string,
  loadConfig: () => C,
  start: (context: ServiceContext<C>) => Promise<HttpService>,
): void {
  const run = async (): Promise<void> => {
    const config = loadConfig();
    const logger = createLogger({ name, level: config.logLevel });
    const onShutdown = installShutdown(logger, config.shutdownGraceMs);
    const service = await start({ config, logger, onShutdown });
    const server = http.createServer(service.handler);
    answerClientErrorsAsJson(server);
    service.configure?.(server);
    server.on('error', (err) => {
      logger.fatal({ err }, `${name} server error`);
      process.exit(1);
    });
    server.once('listening', () => {
      logger.info({ url: `http://${service.host}:${service.port}`, ...service.details }, `${name} listening`);
    });
    server.listen(service.port, service.host);
    onShutdown(
      () =>
        new Promise<void>((resolve) => {
          service.stopping?.();
          server.close(() => resolve());
          if (service.finishRequests) server.closeIdleConnections();
          else server.closeAllConnections();
        }),
    );
  };
  run().catch((err: unknown) => {
    process.stderr.write(
      `${name} failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    process.exit(1);
  });
}
