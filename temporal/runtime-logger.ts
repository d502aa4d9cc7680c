import type { LogLevel, LogMetadata, Logger as TemporalLogger } from '@temporalio/common';
import type { Logger } from '../common/logger';
import { searchIdFromWorkflowId } from './workflow-ids';

const LEVELS: Record<LogLevel, 'trace' | 'debug' | 'info' | 'warn' | 'error'> = {
  TRACE: 'trace',
  DEBUG: 'debug',
  INFO: 'info',
  WARN: 'warn',
  ERROR: 'error',
};

/**
 * Routes the Temporal SDK's own log lines (worker, workflow and activity loggers) into pino. The
 * SDK names the workflow of each line; a search workflow's lines also get the search id, so one
 * search's lines are found by either.
 */
export function temporalLoggerFrom(logger: Logger): TemporalLogger {
  const log = (level: LogLevel, message: string, meta?: LogMetadata): void => {
    const workflowId = typeof meta?.workflowId === 'string' ? meta.workflowId : undefined;
    const searchId = workflowId && meta?.searchId === undefined ? searchIdFromWorkflowId(workflowId) : undefined;
    logger[LEVELS[level]](searchId ? { ...meta, searchId } : (meta ?? {}), message);
  };
  return {
    log,
    trace: (m, meta) => log('TRACE', m, meta),
    debug: (m, meta) => log('DEBUG', m, meta),
    info: (m, meta) => log('INFO', m, meta),
    warn: (m, meta) => log('WARN', m, meta),
    error: (m, meta) => log('ERROR', m, meta),
  };
}
