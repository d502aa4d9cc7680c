import crypto from 'node:crypto';
import express, { Router, type Express, type RequestHandler, type Response } from 'express';
import type { z } from 'zod';
import { ERROR_CATALOGUE, HirehoundError, isErrorCode } from '../common/errors';
import type { Logger } from '../common/logger';
import {
  JobRequest,
  ListingRequest,
  ScrapeRequest,
  type JobResponse,
  type ListingResponse,
  type ScrapeResponse,
} from './contract';
import type { CreditGovernor } from './governance/governor';
import { ChatRequest, type ChatResponse } from './hf/chat-contract';
import type { ModelLineCalls } from './hf/model-line';
import { gatewayErrorHandler, methodNotAllowed, routeNotFound, validationError } from './http-errors';
import type { IdempotencyStore } from './idempotency';
import type { GatewayMetrics } from './metrics';
import type { ProviderCalls } from './provider-calls';

/**
 * The gateway's HTTP surface (contract in contract.ts). Workers authenticate with the internal
 * token; the HasData key never leaves this process. Health and metrics are open to the internal
 * network (they carry no secret).
 */

export interface GatewayAppDependencies {
  readonly logger: Logger;
  readonly calls: ProviderCalls;
  readonly governor: CreditGovernor;
  /** The Imaginator's chat model (`hf.chat`), on its own budget line. */
  readonly modelLine?: { readonly calls: ModelLineCalls; readonly governor: CreditGovernor<'hf.chat'> };
  readonly metrics: GatewayMetrics;
  readonly internalToken: string;
  readonly idempotency: IdempotencyStore;
  /** Liveness of Redis and Postgres, each resolving or rejecting with the reason. */
  readonly healthChecks: Readonly<Record<string, () => Promise<void>>>;
}

export const MAX_BODY_BYTES = 16 * 1024;
/** A chat request carries a resume and a posting. */
export const CHAT_MAX_BODY_BYTES = 128 * 1024;

function tokenCheck(expected: string): RequestHandler {
  const expectedDigest = crypto.createHash('sha256').update(expected).digest();
  return (req, _res, next) => {
    const given = req.get('x-internal-token');
    if (!given) {
      next(new HirehoundError('GATEWAY_MISSING_TOKEN'));
      return;
    }
    const digest = crypto.createHash('sha256').update(given).digest();
    next(crypto.timingSafeEqual(digest, expectedDigest) ? undefined : new HirehoundError('GATEWAY_INVALID_TOKEN'));
  };
}

/** HTTP status by outcome: 200 ok, 410 expired, and the catalogue's status for the error code. */
function send(res: Response, answer: ListingResponse | JobResponse | ScrapeResponse | ChatResponse): void {
  let status = 200;
  if (answer.outcome === 'expired') status = ERROR_CATALOGUE.PROVIDER_POSTING_EXPIRED.status;
  else if (answer.outcome === 'refused' || answer.outcome === 'provider_error') {
    status = isErrorCode(answer.error.code) ? ERROR_CATALOGUE[answer.error.code].status : 502;
    if (answer.retryAfterMs !== null) {
      res.setHeader('Retry-After', String(Math.max(1, Math.ceil(answer.retryAfterMs / 1000))));
    }
  }
  res.setHeader('X-Request-Id', answer.requestId);
  res.setHeader('X-Credits-Charged', String(answer.creditsCharged));
  res.status(status).json(answer);
}

/** An AbortSignal that fires when the caller hangs up before its answer (frees its place in the queue). */
function callerGone(res: Response): AbortSignal {
  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  return controller.signal;
}

function parse<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body ?? {});
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}

type Answer = ListingResponse | JobResponse | ScrapeResponse;

const NO_TIMING = { totalMs: 0, queuedMs: 0, providerMs: 0, overheadMs: 0 };

/**
 * Runs a call at most once per idempotency key: a repeat gets the stored answer, charged nothing
 * now; a repeat while the first is still running is told to wait (refused, nothing charged). If
 * Redis cannot be asked, the call is refused like any other: no unaccounted spend.
 */
async function once<A extends Answer>(
  store: IdempotencyStore,
  key: string | undefined,
  run: () => Promise<A>,
): Promise<A> {
  if (!key) return run();
  let state: Awaited<ReturnType<typeof store.begin<A>>>;
  try {
    state = await store.begin<A>(key);
  } catch {
    return refusedWithoutCall(
      'unavailable',
      1000,
      'GATEWAY_UNAVAILABLE',
      ERROR_CATALOGUE.GATEWAY_UNAVAILABLE.message,
    ) as A;
  }
  if (state.kind === 'replay') {
    return { ...state.answer, creditsCharged: 0, replayed: true, originalCreditsCharged: state.answer.creditsCharged };
  }
  if (state.kind === 'in_flight') {
    return refusedWithoutCall(
      'rate_limited',
      1000,
      'GATEWAY_RATE_LIMITED',
      'A call with this idempotency key is still running',
    ) as A;
  }
  let answer: A;
  try {
    answer = await run();
  } catch (err) {
    await store.abandon(key).catch(() => undefined);
    throw err;
  }
  await store.finish(key, answer).catch(() => undefined);
  return answer;
}

function refusedWithoutCall(
  reason: 'unavailable' | 'rate_limited',
  retryAfterMs: number,
  code: 'GATEWAY_UNAVAILABLE' | 'GATEWAY_RATE_LIMITED',
  message: string,
): Answer {
  return {
    outcome: 'refused',
    requestId: crypto.randomUUID(),
    creditsCharged: 0,
    timing: NO_TIMING,
    reason,
    retryAfterMs,
    error: { code, message },
  };
}

export function createGatewayApp(deps: GatewayAppDependencies): Express {
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');

  app.get('/healthz', async (_req, res) => {
    const entries = await Promise.all(
      Object.entries(deps.healthChecks).map(
        async ([name, check]): Promise<[string, { ok: boolean; error?: string }]> => {
          try {
            await check();
            return [name, { ok: true }];
          } catch (err) {
            return [name, { ok: false, error: err instanceof Error ? err.message : String(err) }];
          }
        },
      ),
    );
    const ok = entries.every(([, s]) => s.ok);
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'failing', dependencies: Object.fromEntries(entries) });
  });

  app.get('/metrics', async (_req, res) => {
    res.setHeader('Content-Type', deps.metrics.registry.contentType);
    res.send(await deps.metrics.registry.metrics());
  });

  if (deps.modelLine) {
    const { calls, governor } = deps.modelLine;
    const token = tokenCheck(deps.internalToken);
    // Its own body limit: the other routes' small one would refuse a resume and a posting.
    app.post('/v1/hf-chat', token, express.json({ limit: CHAT_MAX_BODY_BYTES }), async (req, res) => {
      send(res, await calls.chat(parse(ChatRequest, req.body), callerGone(res)));
    });
    app.get('/status/credits/hf-chat', token, async (_req, res) => {
      try {
        res.json(await governor.status());
      } catch (err) {
        throw new HirehoundError('GATEWAY_UNAVAILABLE', { message: 'The model ledger cannot be read', cause: err });
      }
    });
    for (const path of ['/v1/hf-chat', '/status/credits/hf-chat']) app.all(path, token, methodNotAllowed);
  }

  const authenticated = Router();
  authenticated.use(tokenCheck(deps.internalToken));
  authenticated.use(express.json({ limit: MAX_BODY_BYTES }));

  authenticated.post('/v1/listings', async (req, res) => {
    const request = parse(ListingRequest, req.body);
    send(res, await once(deps.idempotency, request.idempotencyKey, () => deps.calls.listing(request, callerGone(res))));
  });
  authenticated.post('/v1/jobs', async (req, res) => {
    const request = parse(JobRequest, req.body);
    send(res, await once(deps.idempotency, request.idempotencyKey, () => deps.calls.job(request, callerGone(res))));
  });
  authenticated.post('/v1/scrape', async (req, res) => {
    const request = parse(ScrapeRequest, req.body);
    send(res, await once(deps.idempotency, request.idempotencyKey, () => deps.calls.scrape(request, callerGone(res))));
  });
  authenticated.get('/status/credits', async (_req, res) => {
    try {
      res.json(await deps.governor.status());
    } catch (err) {
      throw new HirehoundError('GATEWAY_UNAVAILABLE', { message: 'The credit ledger cannot be read', cause: err });
    }
  });
  for (const path of ['/v1/listings', '/v1/jobs', '/v1/scrape', '/status/credits'])
    authenticated.all(path, methodNotAllowed);
  app.use(authenticated);

  app.use(routeNotFound);
  app.use(gatewayErrorHandler(deps.logger));
  return app;
}
