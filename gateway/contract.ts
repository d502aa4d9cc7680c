import { z } from 'zod';
import { HASDATA_ENDPOINTS } from '../common/hasdata-endpoints';
import { REMOTE_TYPES, SALARY_PERIODS } from '../common/vocabulary/jobs';
import { GATEWAY_REFUSAL_REASONS } from '../common/vocabulary/refusals';

/**
 * The gateway's HTTP contract, shared by the gateway (which parses requests with it) and
 * gateway/client.ts (which parses responses with it), so the two cannot drift apart.
 *
 *   POST /v1/listings   { provider, keyword, location, sort?, cursor?, context? }
 *   POST /v1/jobs       { provider, url, context? }
 *   POST /v1/scrape     { url, jsRendering?, proxyType?, context? }
 *   GET  /status/credits
 *
 * Every answer says what it cost (`creditsCharged`) and carries one `outcome`:
 *   ok             the data, normalized (HTTP 200)
 *   expired        the posting is gone; a business outcome, not an error (HTTP 410)
 *   refused        the gateway did not call the provider; costs nothing (429, 402 or 503)
 *   provider_error the provider failed; `retryable` says whether trying again can help (502/504/…)
 */

export const Provider = z.enum(['indeed', 'glassdoor']);
export type Provider = z.infer<typeof Provider>;

export const RemoteHint = z.enum(REMOTE_TYPES);
export type RemoteHint = z.infer<typeof RemoteHint>;

export const Salary = z.object({
  min: z.number().nullable(),
  max: z.number().nullable(),
  /** ISO 4217; null when the provider does not say. */
  currency: z.string().nullable(),
  period: z.enum(SALARY_PERIODS),
});
export type Salary = z.infer<typeof Salary>;

/** What a listing item and a job detail both say about a posting. */
const postingFields = {
  source: Provider,
  /** Indeed `jk` or Glassdoor listing id (`jl`): the posting's identity at its source. */
  externalId: z.string().min(1),
  url: z.string(),
  title: z.string(),
  company: z.string().nullable(),
  location: z.string().nullable(),
  /** ISO timestamp (Indeed's isoDate, Glassdoor's datePosted or age in days); Indeed job pages have none. */
  postedAt: z.string().nullable(),
  salary: Salary.nullable(),
  remote: RemoteHint,
  /** "Full-time", "Part-time", "Contract"… as the board prints them. */
  employmentTypes: z.array(z.string()),
};

export const ListingItem = z.object({
  ...postingFields,
  snippet: z.string().nullable(),
  sponsored: z.boolean(),
  skills: z.array(z.string()),
});
export type ListingItem = z.infer<typeof ListingItem>;

export const ListingPage = z.object({
  items: z.array(ListingItem),
  totalResults: z.number().int().nonnegative().nullable(),
});
export type ListingPage = z.infer<typeof ListingPage>;

export const JobDetail = z.object({
  ...postingFields,
  /** Plain text. */
  description: z.string(),
  descriptionHtml: z.string().nullable(),
});
export type JobDetail = z.infer<typeof JobDetail>;

export const ScrapedPage = z.object({
  url: z.string(),
  /** The target site's status: a 404 page is still a successful (and billed) scrape. */
  statusCode: z.number().int(),
  html: z.string().nullable(),
  text: z.string().nullable(),
  markdown: z.string().nullable(),
});
export type ScrapedPage = z.infer<typeof ScrapedPage>;

/** Recorded with every settled call in the credit ledger, so any credit can be traced. */
export const CallContext = z
  .object({
    searchId: z.uuid().optional(),
    userId: z.uuid().optional(),
    jobId: z.uuid().optional(),
  })
  .strict();
export type CallContext = z.infer<typeof CallContext>;

const httpUrl = z.url({ protocol: /^https?$/ }).max(2048);

/**
 * Makes a call safe to repeat: a second request with the same key gets the first one's answer back
 * without calling (or charging) again. Workers derive it from what they are doing (the search and
 * page, the enrichment run and job), so an activity retried after a crash never pays twice.
 */
export const IdempotencyKey = z.string().regex(/^[A-Za-z0-9:._-]{8,200}$/, 'letters, digits and :._- (8–200)');

export const ListingRequest = z
  .object({
    provider: Provider,
    keyword: z.string().trim().min(1).max(200),
    location: z.string().trim().min(1).max(200),
    sort: z.enum(['relevance', 'date']).default('relevance'),
    /** Opaque: the `nextCursor` of the previous page. */
    cursor: z.string().min(1).max(4096).optional(),
    context: CallContext.default({}),
    idempotencyKey: IdempotencyKey.optional(),
  })
  .strict();
export type ListingRequest = z.input<typeof ListingRequest>;

export const JobRequest = z
  .object({
    provider: Provider,
    /** The posting URL from a listing item. */
    url: httpUrl,
    context: CallContext.default({}),
    idempotencyKey: IdempotencyKey.optional(),
  })
  .strict();
export type JobRequest = z.input<typeof JobRequest>;

export const ScrapeRequest = z
  .object({
    url: httpUrl,
    /** Off by default: 1 credit instead of 10 (docs/hasdata.md#credit-costs); job pages are server-rendered. */
    jsRendering: z.boolean().default(false),
    proxyType: z.enum(['datacenter', 'residential']).default('datacenter'),
    context: CallContext.default({}),
    idempotencyKey: IdempotencyKey.optional(),
  })
  .strict();
export type ScrapeRequest = z.input<typeof ScrapeRequest>;

export const RefusalReason = z.enum(GATEWAY_REFUSAL_REASONS);
export type RefusalReason = z.infer<typeof RefusalReason>;

export const ProviderErrorKind = z.enum([
  'bad_api_key',
  'out_of_credits',
  'bad_parameters',
  'rate_limited',
  'server_error',
  'timeout',
  'malformed',
  'unreachable',
]);
export type ProviderErrorKind = z.infer<typeof ProviderErrorKind>;

export const Timing = z.object({
  totalMs: z.number().nonnegative(),
  /** Waiting for one of the concurrency slots. */
  queuedMs: z.number().nonnegative(),
  providerMs: z.number().nonnegative(),
  /** What the gateway itself added: total − queued − provider. */
  overheadMs: z.number().nonnegative(),
});
export type Timing = z.infer<typeof Timing>;

const ErrorInfo = z.object({ code: z.string(), message: z.string() });

const base = {
  /** Ledger key of the call (credit_ledger.request_id). */
  requestId: z.string(),
  creditsCharged: z.number().int().nonnegative(),
  timing: Timing,
  /** True when this is the stored answer of an earlier call with the same idempotency key (charged then, not now). */
  replayed: z.boolean().optional(),
  /** On a replay: what the earlier call was charged (so the caller can account for work it never heard back about). */
  originalCreditsCharged: z.number().int().nonnegative().optional(),
};

export const Refused = z.object({
  outcome: z.literal('refused'),
  ...base,
  reason: RefusalReason,
  retryAfterMs: z.number().int().nonnegative().nullable(),
  error: ErrorInfo,
});

const Expired = z.object({ outcome: z.literal('expired'), ...base, error: ErrorInfo });

export const ProviderError = z.object({
  outcome: z.literal('provider_error'),
  ...base,
  /** The provider's HTTP status; null when there was none (timeout, connection lost). */
  status: z.number().int().nullable(),
  kind: ProviderErrorKind,
  retryable: z.boolean(),
  retryAfterMs: z.number().int().nonnegative().nullable(),
  error: ErrorInfo,
});

export const ListingResponse = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('ok'), ...base, data: ListingPage, nextCursor: z.string().nullable() }),
  Refused,
  ProviderError,
]);
export type ListingResponse = z.infer<typeof ListingResponse>;

export const JobResponse = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('ok'), ...base, data: JobDetail }),
  Expired,
  Refused,
  ProviderError,
]);
export type JobResponse = z.infer<typeof JobResponse>;

export const ScrapeResponse = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('ok'), ...base, data: ScrapedPage }),
  Refused,
  ProviderError,
]);
export type ScrapeResponse = z.infer<typeof ScrapeResponse>;

export const CircuitStatus = z.object({
  state: z.enum(['closed', 'open', 'half_open']),
  /** Why it opened: errors (5xx/timeouts) or out_of_credits (the provider's 403). */
  reason: z.enum(['errors', 'out_of_credits']).nullable(),
  openUntil: z.string().nullable(),
  windowCalls: z.number().int(),
  windowFailures: z.number().int(),
});
export type CircuitStatus = z.infer<typeof CircuitStatus>;

export const CreditStatus = z.object({
  /** Calendar month (UTC) the figures are for, 'YYYY-MM'. */
  month: z.string(),
  budget: z.number().int(),
  /** Settled credits. */
  used: z.number().int(),
  /** Held by calls in flight. */
  reserved: z.number().int(),
  remaining: z.number().int(),
  inFlight: z.number().int(),
  maxConcurrency: z.number().int(),
  alerts: z.object({
    thresholds: z.array(z.number()),
    fired: z.array(z.object({ threshold: z.number(), firedAt: z.string() })),
  }),
  circuits: z.record(z.enum(HASDATA_ENDPOINTS), CircuitStatus),
  /** Set after a provider 429: calls wait until then. */
  backoffUntil: z.string().nullable(),
});
export type CreditStatus = z.infer<typeof CreditStatus>;
