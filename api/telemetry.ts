import crypto from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import { Counter, Histogram, type Registry } from 'prom-client';
import {
  addToLogContext,
  currentLogContext,
  reenterLogContext,
  withLogContext,
  type LogContext,
} from '../common/log-context';
import type { Logger } from '../common/logger';
import { DURATION_BUCKETS, METRIC_PREFIX } from '../common/metrics/registry';
import type { Tier } from '../common/vocabulary/search';
import { searchWorkflowId } from '../temporal/workflow-ids';
import { ALL_ROUTES } from './contract/routes';

/**
 * What the api process tells about itself: a JSON log line per request and Prometheus series,
 * both labelled by the route's documented path (never the raw URL, whose ids would make every
 * request a series of its own), and the request's, search's and workflow's ids on every log line
 * written while it is served.
 */

export interface ApiMetrics {
  readonly registry: Registry;
  /** A search was started; how long until its first page (or until the wait ran out). */
  searchStarted(tier: Tier, seconds: number, firstResults: boolean): void;
  readonly requests: Counter<'method' | 'route' | 'status'>;
  readonly durations: Histogram<'method' | 'route'>;
  readonly refusals: Counter<'code' | 'status'>;
}

export function createApiMetrics(registry: Registry): ApiMetrics {
  const p = `${METRIC_PREFIX}api_`;
  const started = new Counter({
    name: `${p}searches_started_total`,
    help: 'Searches started, by tier',
    labelNames: ['tier'],
    registers: [registry],
  });
  const firstResults = new Histogram({
    name: `${p}first_results_seconds`,
    help: 'How long POST /v1/searches took to answer, by tier and whether the answer carried the first page',
    labelNames: ['tier', 'first_results'],
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });
  return {
    registry,
    searchStarted(tier, seconds, answered) {
      started.inc({ tier });
      firstResults.observe({ tier, first_results: answered ? 'yes' : 'no' }, seconds);
    },
    requests: new Counter({
      name: `${p}requests_total`,
      help: 'Requests by method, documented route and status',
      labelNames: ['method', 'route', 'status'],
      registers: [registry],
    }),
    durations: new Histogram({
      name: `${p}request_seconds`,
      help: 'Request duration by method and documented route',
      labelNames: ['method', 'route'],
      buckets: DURATION_BUCKETS,
      registers: [registry],
    }),
    refusals: new Counter({
      name: `${p}refusals_total`,
      help: 'Requests answered with an error, by catalogue code (rate limited, validation, auth…) and status',
      labelNames: ['code', 'status'],
      registers: [registry],
    }),
  };
}

const ROUTE_PATTERNS = ALL_ROUTES.map((route) => ({
  method: route.method.toUpperCase(),
  path: route.path,
  pattern: new RegExp(`^${route.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{\w+\\?\}/g, '[^/]+')}/?$`),
}));

/** The documented path a request is for (`/v1/searches/{id}`), or `other` (unknown routes, static files). */
export function routeLabel(method: string, path: string): string {
  return ROUTE_PATTERNS.find((r) => r.method === method && r.pattern.test(path))?.path ?? 'other';
}

/** Set by the error handler so that telemetry can name what an error answer was. */
export function noteErrorCode(res: Pick<Response, 'locals'>, code: string): void {
  res.locals.errorCode = code;
}

/** Names the search a request is about on the rest of its log lines (and its access line). */
export function bindSearchToLog(searchId: string): void {
  addToLogContext({ searchId, workflowId: searchWorkflowId(searchId) });
}

const QUIET_ROUTES = new Set(['/healthz', '/readyz']);
const REQUEST_ID = /^[\w.:-]{8,128}$/;

/**
 * First middleware of the app: a request id (the caller's X-Request-Id when it looks like one),
 * a log context for everything the request does, and on finish one log line and the series.
 */
export function requestTelemetry(metrics: ApiMetrics, logger: Logger): RequestHandler {
  return (req, res, next) => {
    const t0 = performance.now();
    const given = req.get('x-request-id');
    const requestId = given && REQUEST_ID.test(given) ? given : crypto.randomUUID();
    res.setHeader('X-Request-Id', requestId);
    withLogContext({ requestId }, () => {
      // The store is the one the handlers add the search to; the finish event may fire outside it.
      const context = currentLogContext();
      res.locals.logContext = context;
      res.once('finish', () => {
        const seconds = (performance.now() - t0) / 1000;
        // originalUrl: by now a router may have cut req.path down to the part below its mount point.
        const route = routeLabel(req.method, req.originalUrl.split('?')[0] ?? '/');
        const status = res.statusCode;
        metrics.requests.inc({ method: req.method, route, status: String(status) });
        metrics.durations.observe({ method: req.method, route }, seconds);
        const code = typeof res.locals.errorCode === 'string' ? res.locals.errorCode : undefined;
        if (code) metrics.refusals.inc({ code, status: String(status) });
        const userId = (res.locals.user as { id?: string } | undefined)?.id;
        const line = {
          ...context,
          method: req.method,
          route,
          status,
          ms: Math.round(seconds * 1000),
          ...(code ? { code } : {}),
          ...(userId ? { userId } : {}),
        };
        if (QUIET_ROUTES.has(route)) logger.debug(line, 'request');
        else logger.info(line, 'request');
      });
      next();
    });
  };
}

/**
 * Re-enters the request's log context after the body parser, which calls on from its stream's
 * events, outside the context the request started in.
 */
export const resumeRequestLogContext: RequestHandler = (_req, res, next) => {
  const context = res.locals.logContext as LogContext | undefined;
  if (context) reenterLogContext(context, next);
  else next();
};
