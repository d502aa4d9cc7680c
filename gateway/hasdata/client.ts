import type { z } from 'zod';
import type { ProviderErrorKind } from '../contract';
import {
  ErrorBody,
  GlassdoorJobBody,
  GlassdoorListingBody,
  IndeedJobBody,
  IndeedListingBody,
  WebScrapeBody,
} from './schemas';
import type { ProxyType } from './costs';

/**
 * HasData over HTTP: typed, validated answers and every failure mapped to a typed outcome. Success
 * means `requestMetadata.status === "ok"`, not only HTTP 200. Each outcome says whether HasData
 * billed it (`charged`): only successful calls are billed, and a call that ended without an answer
 * is assumed billed unless it outlived HasData's own page-load deadline (failures after it are free),
 * so the ledger errs on the side of spending, never of unaccounted spend.
 */

export type ProviderOutcome<T> =
  | {
      readonly kind: 'ok';
      readonly data: T;
      readonly httpStatus: number;
      readonly providerRequestId: string | null;
      readonly charged: true;
    }
  | { readonly kind: 'expired'; readonly httpStatus: number; readonly charged: boolean; readonly message: string }
  | {
      readonly kind: 'failed';
      readonly failure: ProviderErrorKind;
      readonly httpStatus: number | null;
      readonly charged: boolean;
      readonly retryAfterMs: number | null;
      readonly message: string;
    };

export interface HasDataClientOptions {
  readonly baseUrl: string;
  readonly apiKey: string;
  /** How long to wait for an answer (HasData advises at least its 300 s deadline). */
  readonly timeoutMs: number;
  /** HasData's page-load deadline: calls failing after it are not billed. */
  readonly serverDeadlineMs: number;
}

export interface HasDataClient {
  indeedListing(params: {
    keyword: string;
    location: string;
    sort: 'relevance' | 'date';
    start?: number;
  }): Promise<ProviderOutcome<IndeedListingBody>>;
  indeedJob(url: string): Promise<ProviderOutcome<IndeedJobBody>>;
  glassdoorListing(params: {
    keyword: string;
    location: string;
    sort: 'recent' | 'relevant';
    nextPageToken?: string;
  }): Promise<ProviderOutcome<GlassdoorListingBody>>;
  glassdoorJob(url: string): Promise<ProviderOutcome<GlassdoorJobBody>>;
  webScrape(params: {
    url: string;
    jsRendering: boolean;
    proxyType: ProxyType;
  }): Promise<ProviderOutcome<WebScrapeBody>>;
}

interface Request {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly query?: Record<string, string | undefined>;
  readonly body?: unknown;
  /** Job endpoints: a 400 means the posting is gone (docs/hasdata.md#indeed-job). */
  readonly expiresWith400: boolean;
}

/** Connection errors that happen before a request is sent: nothing reached HasData. */
const NOT_SENT = new Set([
  'BAD_PORT',
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

function errorCode(err: unknown): string | undefined {
  const cause = (err as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  if (typeof cause?.code === 'string') return cause.code;
  // fetch refuses ports on its block list before connecting.
  return cause?.message === 'bad port' ? 'BAD_PORT' : undefined;
}

/** The connection error's code when the request never left this machine (nothing can have been billed). */
export function unsentRequestCode(err: unknown): string | undefined {
  const code = errorCode(err);
  return code && NOT_SENT.has(code) ? code : undefined;
}

function retryAfterMs(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}

export function createHasDataClient(options: HasDataClientOptions): HasDataClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');

  /** Provider messages are quoted to callers: never let them carry the key. */
  const scrub = (text: string): string => text.split(options.apiKey).join('[redacted]').slice(0, 300);

  function messageOf(text: string, fallback: string): string {
    try {
      const parsed = ErrorBody.safeParse(JSON.parse(text));
      if (parsed.success) {
        const first = parsed.data.errors?.[0];
        const message =
          parsed.data.message ?? parsed.data.error ?? (typeof first === 'string' ? first : first?.message);
        if (message) return scrub(message);
      }
    } catch {
      /* not JSON */
    }
    return fallback;
  }

  async function call<S extends z.ZodType>(request: Request, schema: S): Promise<ProviderOutcome<z.infer<S>>> {
    const url = new URL(`${baseUrl}${request.path}`);
    for (const [key, value] of Object.entries(request.query ?? {}))
      if (value !== undefined) url.searchParams.set(key, value);
    const started = Date.now();
    const fail = (
      failure: ProviderErrorKind,
      httpStatus: number | null,
      charged: boolean,
      message: string,
      retryAfter: number | null = null,
    ): ProviderOutcome<z.infer<S>> => ({
      kind: 'failed',
      failure,
      httpStatus,
      charged,
      retryAfterMs: retryAfter,
      message,
    });

    let response: globalThis.Response;
    let text: string;
    try {
      response = await fetch(url, {
        method: request.method,
        headers: {
          'x-api-key': options.apiKey,
          accept: 'application/json',
          'user-agent': 'hirehound-gateway',
          ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      text = await response.text();
    } catch (err) {
      const unsent = unsentRequestCode(err);
      if (unsent) return fail('unreachable', null, false, `HasData could not be reached (${unsent})`);
      const code = errorCode(err);
      // Sent, but no answer: HasData may have done (and billed) the work, unless its own deadline passed.
      const billed = Date.now() - started < options.serverDeadlineMs;
      const timedOut = (err as { name?: string } | null)?.name === 'TimeoutError';
      return timedOut
        ? fail('timeout', null, billed, `HasData did not answer within ${options.timeoutMs} ms`)
        : fail('unreachable', null, billed, `The connection to HasData was lost${code ? ` (${code})` : ''}`);
    }

    const status = response.status;
    if (status === 200) {
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        return fail('malformed', status, true, 'HasData answered 200 with a body that is not JSON');
      }
      const parsed = schema.safeParse(json);
      if (!parsed.success) {
        const metadata = (json as { requestMetadata?: { status?: unknown } } | null)?.requestMetadata;
        if (metadata && metadata.status !== 'ok') {
          return fail('server_error', status, true, messageOf(text, 'HasData reported an error with HTTP 200'));
        }
        return fail(
          'malformed',
          status,
          true,
          `HasData's answer did not match its documented shape: ${parsed.error.issues[0]?.message ?? ''}`,
        );
      }
      const data = parsed.data as { requestMetadata: { status: string; id?: string | null } };
      if (data.requestMetadata.status !== 'ok') {
        return fail(
          'server_error',
          status,
          true,
          messageOf(text, `HasData reported status "${data.requestMetadata.status}"`),
        );
      }
      return {
        kind: 'ok',
        data: parsed.data,
        httpStatus: status,
        providerRequestId: data.requestMetadata.id ?? null,
        charged: true,
      };
    }
    if (status === 400 && request.expiresWith400) {
      return { kind: 'expired', httpStatus: status, charged: false, message: messageOf(text, 'The posting is gone') };
    }
    if (status === 401) return fail('bad_api_key', status, false, messageOf(text, 'HasData rejected the API key'));
    if (status === 403)
      return fail('out_of_credits', status, false, messageOf(text, 'HasData account is out of credits'));
    if (status === 429) {
      return fail(
        'rate_limited',
        status,
        false,
        messageOf(text, 'HasData concurrency limit reached'),
        retryAfterMs(response.headers.get('retry-after')),
      );
    }
    if (status >= 500) return fail('server_error', status, false, messageOf(text, `HasData failed with ${status}`));
    return fail('bad_parameters', status, false, messageOf(text, `HasData rejected the request with ${status}`));
  }

  return {
    indeedListing: (p) =>
      call(
        {
          method: 'GET',
          path: '/scrape/indeed/listing',
          query: {
            keyword: p.keyword,
            location: p.location,
            sort: p.sort,
            start: p.start === undefined ? undefined : String(p.start),
          },
          expiresWith400: false,
        },
        IndeedListingBody,
      ),
    indeedJob: (url) =>
      call({ method: 'GET', path: '/scrape/indeed/job', query: { url }, expiresWith400: true }, IndeedJobBody),
    glassdoorListing: (p) =>
      call(
        {
          method: 'GET',
          path: '/scrape/glassdoor/listing',
          query: { keyword: p.keyword, location: p.location, sort: p.sort, nextPageToken: p.nextPageToken },
          expiresWith400: false,
        },
        GlassdoorListingBody,
      ),
    glassdoorJob: async (url) => {
      const outcome = await call(
        { method: 'GET', path: '/scrape/glassdoor/job', query: { url }, expiresWith400: true },
        GlassdoorJobBody,
      );
      // Glassdoor still serves a listing it has marked expired: billed, but the job is gone.
      if (outcome.kind === 'ok' && outcome.data.job.expired) {
        return {
          kind: 'expired',
          httpStatus: outcome.httpStatus,
          charged: true,
          message: 'Glassdoor marks the listing expired',
        };
      }
      return outcome;
    },
    webScrape: (p) =>
      call(
        {
          method: 'POST',
          path: '/scrape/web',
          // Two formats make HasData answer JSON (one alone is the raw page).
          body: {
            url: p.url,
            jsRendering: p.jsRendering,
            proxyType: p.proxyType,
            outputFormat: ['html', 'text'],
            screenshot: false,
          },
          expiresWith400: false,
        },
        WebScrapeBody,
      ),
  };
}
