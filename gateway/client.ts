import type { z } from 'zod';
import { ERROR_CATALOGUE, HirehoundError, isErrorCode } from '../common/errors';
import {
  CreditStatus,
  JobResponse,
  ListingResponse,
  ScrapeResponse,
  type CallContext,
  type Provider,
} from './contract';
import { ChatResponse, ModelLineStatus, type ChatRequest } from './hf/chat-contract';

/**
 * How workers (Temporal activities on the `hasdata` queue) call the provider: through the gateway,
 * with the internal token. Every method resolves to a discriminated union and never throws for an
 * outcome the caller must handle:
 *
 *   ok             typed data, creditsCharged (and nextCursor for listings)
 *   expired        the posting is gone: store that, do not retry (jobs only)
 *   refused        the gateway made no provider call and charged nothing:
 *                  rate_limited | circuit_open | budget_exhausted | user_cap_reached | unavailable,
 *                  with retryAfterMs when waiting helps
 *   provider_error the provider failed: status, kind, retryable
 *
 * It throws a HirehoundError only when the gateway rejects the request itself (a typed 4xx such as
 * API_VALIDATION_FAILED or GATEWAY_INVALID_TOKEN: fix the call, retrying cannot help; or
 * IMAGINATOR_MODEL_NOT_CONFIGURED from chat() when the gateway has no model), and a plain Error for
 * answers outside the contract.
 *
 *   const gateway = createGatewayClient({ baseUrl: config.gateway.url, internalToken });
 *   const page = await gateway.searchListings({ provider: 'indeed', keyword, location, context: { searchId, userId } });
 *   if (page.outcome === 'ok') save(page.data.items), next = page.nextCursor;
 */

export type ListingResult = z.infer<typeof ListingResponse>;
export type JobResult = z.infer<typeof JobResponse>;
export type ScrapeResult = z.infer<typeof ScrapeResponse>;
export type ChatResult = z.infer<typeof ChatResponse>;
export type { ChatMessage, ChatCompletion, ModelLineStatus } from './hf/chat-contract';
export type { CallContext, CreditStatus, Provider } from './contract';
export type { JobDetail, ListingItem, ListingPage, ScrapedPage, RefusalReason, ProviderErrorKind } from './contract';

export interface GatewayClientOptions {
  /** GATEWAY_URL, e.g. http://127.0.0.1:3100 */
  readonly baseUrl: string;
  /** GATEWAY_INTERNAL_TOKEN */
  readonly internalToken: string;
  /**
   * How long to wait for the gateway. It must cover the gateway's own wait for a slot and the
   * provider's deadline (HasData: 300 s), so the default is generous: a client-side timeout leaves
   * the call's cost unknown to the caller (the ledger still has it).
   */
  readonly timeoutMs?: number;
  /**
   * Requests this client has open at once; more wait their turn in this process. A burst of callers
   * (a thousand enrichments at once) otherwise opens a socket each, overflows the gateway's accept
   * queue on a busy machine, and fails on the connect timeout: a refusal that no budget decided.
   */
  readonly maxOpenRequests?: number;
}

export interface GatewayClient {
  searchListings(request: {
    provider: Provider;
    keyword: string;
    location: string;
    sort?: 'relevance' | 'date';
    cursor?: string;
    context?: CallContext;
    idempotencyKey?: string;
  }): Promise<ListingResult>;
  fetchJob(request: {
    provider: Provider;
    url: string;
    context?: CallContext;
    idempotencyKey?: string;
  }): Promise<JobResult>;
  scrapePage(request: {
    url: string;
    jsRendering?: boolean;
    proxyType?: 'datacenter' | 'residential';
    context?: CallContext;
    idempotencyKey?: string;
  }): Promise<ScrapeResult>;
  creditStatus(): Promise<CreditStatus>;
  /** The Imaginator's chat model, charged to the `hf.chat` budget line (never to HasData's). */
  chat(request: ChatRequest): Promise<ChatResult>;
  /** The `hf.chat` line's month, as creditStatus() reports HasData's. */
  modelLineStatus(): Promise<ModelLineStatus>;
}

/** The gateway's own 4xx, rethrown with its catalogue code. */
function requestError(status: number, body: unknown): HirehoundError {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  const code = isErrorCode(error?.code) ? error.code : 'API_VALIDATION_FAILED';
  return new HirehoundError(code, {
    message: typeof error?.message === 'string' ? error.message : `The gateway answered ${status}`,
    details: { status },
  });
}

const NO_TIMING = { totalMs: 0, queuedMs: 0, providerMs: 0, overheadMs: 0 };

type Outcomes = ListingResult | JobResult | ScrapeResult | ChatResult;

/** The refusal a caller gets when the gateway itself cannot be reached or cannot govern. */
function unavailable(message: string) {
  return {
    outcome: 'refused',
    requestId: '',
    creditsCharged: 0,
    timing: NO_TIMING,
    reason: 'unavailable',
    retryAfterMs: 1000,
    error: { code: 'GATEWAY_UNAVAILABLE', message },
  } as const;
}

/** A counting semaphore: at most `limit` holders at once, the rest served in arrival order. */
function openRequestLimit(limit: number): <T>(run: () => Promise<T>) => Promise<T> {
  let open = 0;
  const waiting: (() => void)[] = [];
  return async (run) => {
    if (open >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    else open++;
    try {
      return await run();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else open--;
    }
  };
}

export function createGatewayClient(options: GatewayClientOptions): GatewayClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 420_000;
  const limited = openRequestLimit(options.maxOpenRequests ?? 64);

  async function request(method: 'GET' | 'POST', path: string, body?: unknown): Promise<globalThis.Response | Error> {
    // The deadline covers the wait for a turn too: the caller's budget of time is one.
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      return await limited(async () => {
        // Still waiting for a turn when the deadline passed: nothing was sent.
        if (signal.aborted) throw new Error(`no turn to reach the gateway within ${timeoutMs} ms`);
        const response = await fetch(`${baseUrl}${path}`, {
          method,
          headers: {
            'x-internal-token': options.internalToken,
            accept: 'application/json',
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
          signal,
        });
        // The turn ends when the answer is read, not when its headers arrive.
        const text = await response.text();
        return new Response(text, { status: response.status, headers: response.headers });
      });
    } catch (err) {
      if (err instanceof Error) return err;
      // A DOMException from another realm (the abort of a timed-out fetch under a test VM) is no
      // Error here; keep its name, which tells a timeout from a refused connection.
      const { name, message } = err as { name?: unknown; message?: unknown };
      const error = new Error(typeof message === 'string' ? message : String(err));
      if (typeof name === 'string') error.name = name;
      return error;
    }
  }

  async function call<S extends z.ZodType<Outcomes>>(path: string, body: unknown, schema: S): Promise<z.infer<S>> {
    const response = await request('POST', path, body);
    if (response instanceof Error) {
      if (response.name === 'TimeoutError') {
        // The gateway may still finish the call and charge it; its ledger has the truth.
        return schema.parse({
          outcome: 'provider_error',
          requestId: '',
          creditsCharged: 0,
          timing: NO_TIMING,
          status: null,
          kind: 'timeout',
          retryable: true,
          retryAfterMs: null,
          error: { code: 'PROVIDER_TIMEOUT', message: `No answer from the gateway within ${timeoutMs} ms` },
        });
      }
      // Nothing was sent, or the gateway is down: no provider call was made on our behalf.
      return schema.parse(unavailable(`The gateway cannot be reached: ${response.message}`));
    }
    const json: unknown = await response.json().catch(() => undefined);
    const outcome = schema.safeParse(json);
    if (outcome.success) return outcome.data;
    const error = (json as { error?: { code?: unknown } } | undefined)?.error;
    if (response.status >= 400 && response.status < 500 && error) throw requestError(response.status, json);
    // The gateway has no chat model to call (neither HF_TOKEN nor HF_CHAT_ENDPOINT_URL): a typed answer.
    if (error?.code === 'IMAGINATOR_MODEL_NOT_CONFIGURED') throw requestError(response.status, json);
    if (response.status === 503 && error?.code === 'GATEWAY_UNAVAILABLE') {
      return schema.parse(unavailable(ERROR_CATALOGUE.GATEWAY_UNAVAILABLE.message));
    }
    throw new Error(
      `The gateway answered ${response.status} outside its contract: ${outcome.error.issues[0]?.message ?? ''}`,
    );
  }

  return {
    searchListings: (r) =>
      call(
        '/v1/listings',
        {
          provider: r.provider,
          keyword: r.keyword,
          location: r.location,
          sort: r.sort,
          cursor: r.cursor,
          context: r.context,
          idempotencyKey: r.idempotencyKey,
        },
        ListingResponse,
      ),
    fetchJob: (r) =>
      call(
        '/v1/jobs',
        { provider: r.provider, url: r.url, context: r.context, idempotencyKey: r.idempotencyKey },
        JobResponse,
      ),
    scrapePage: (r) =>
      call(
        '/v1/scrape',
        {
          url: r.url,
          jsRendering: r.jsRendering,
          proxyType: r.proxyType,
          context: r.context,
          idempotencyKey: r.idempotencyKey,
        },
        ScrapeResponse,
      ),
    chat: (r) =>
      call('/v1/hf-chat', { messages: r.messages, maxTokens: r.maxTokens, context: r.context }, ChatResponse),
    creditStatus: () => status('/status/credits', CreditStatus),
    modelLineStatus: () => status('/status/credits/hf-chat', ModelLineStatus),
  };

  async function status<S extends z.ZodType>(path: string, schema: S): Promise<z.output<S>> {
    const response = await request('GET', path);
    if (response instanceof Error) {
      throw new HirehoundError('GATEWAY_UNAVAILABLE', {
        message: `The gateway cannot be reached: ${response.message}`,
      });
    }
    const json: unknown = await response.json().catch(() => undefined);
    if (!response.ok) throw requestError(response.status, json);
    return schema.parse(json);
  }
}
