import pino, { type Logger } from 'pino';
import { currentLogContext } from './log-context';

export type { Logger } from 'pino';

/**
 * Paths that may carry secrets. The HasData key, internal tokens and user API keys must never reach
 * a log line, whatever object a caller hands to the logger.
 */
export const REDACTED_PATHS = [
  'apiKey',
  '*.apiKey',
  'token',
  '*.token',
  'password',
  '*.password',
  'headers.authorization',
  'headers["x-api-key"]',
  'headers["x-internal-token"]',
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'req.headers["x-internal-token"]',
  'config.hasdata.apiKey',
  'config.gateway.internalToken',
] as const;

export interface LoggerOptions {
  readonly level: string;
  /** Process name shown on every line (api, worker, gateway, simulator, launcher). */
  readonly name: string;
  /** Where lines go; stdout by default (tests capture them to prove what never gets logged). */
  readonly destination?: pino.DestinationStream;
}

/**
 * JSON lines on stdout; the embedded launcher renders them for people, production ships them as is.
 * Every line carries the fields of the current log context (search id, workflow id, request id).
 */
export function createLogger(options: LoggerOptions): Logger {
  const settings: pino.LoggerOptions = {
    name: options.name,
    level: options.level,
    redact: { paths: [...REDACTED_PATHS], censor: '[redacted]' },
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    // The search, workflow and request the current work is for (common/log-context.ts).
    mixin: () => ({ ...currentLogContext() }),
  };
  return options.destination ? pino(settings, options.destination) : pino(settings);
}
