import path from 'node:path';
import { z } from 'zod';

/**
 * The one place that reads `process.env`. Every process parses it once at start-up and passes the
 * frozen result down; nothing below this file looks at the environment again.
 *
 * Service URLs are required here: the embedded launcher (scripts/start.ts) and the test harness
 * compute them for the services they spawn, so the application code path is the same against an
 * embedded service and a production one.
 */

const port = z.coerce.number().int().min(1).max(65535);
const positiveInt = z.coerce.number().int().positive();

/** An empty variable (`HF_TOKEN=`) means unset, as it does for people reading a .env file. */
const unsetIfEmpty = (v: unknown): unknown => (v === '' ? undefined : v);
const weight = z.coerce.number().min(0).max(1);

/** The ATS components of the composite score (matching/scoring/ats.ts) and their default weights. */
export const ATS_COMPONENTS = ['skills', 'experience', 'education', 'seniority', 'occupation', 'location'] as const;
export type AtsComponentName = (typeof ATS_COMPONENTS)[number];
/**
 * What the job is (its skills, its occupation) weighs most and equally; the fit components then
 * adjust within it, and location is mostly decided by the hard filters. Chosen on a development
 * split of the matching evaluation (other seeds than bench/eval-matching.ts reports on); README.
 */
const DEFAULT_ATS_WEIGHTS = 'skills=35,occupation=35,experience=10,education=8,seniority=8,location=4';

/** "skills=35,experience=10,…": relative weights; a component left out weighs 0. */
const atsWeights = z
  .string()
  .default(DEFAULT_ATS_WEIGHTS)
  .transform((text, ctx) => {
    const weights = Object.fromEntries(ATS_COMPONENTS.map((c) => [c, 0])) as Record<AtsComponentName, number>;
    for (const part of text.split(',').filter((p) => p.trim())) {
      const [name, value] = part.split('=').map((x) => x.trim());
      const n = Number(value);
      if (!ATS_COMPONENTS.includes(name as AtsComponentName) || !Number.isFinite(n) || n < 0) {
        ctx.addIssue({ code: 'custom', message: `"${part}" is not <${ATS_COMPONENTS.join('|')}>=<number >= 0>` });
        return z.NEVER;
      }
      weights[name as AtsComponentName] = n;
    }
    if (Object.values(weights).every((w) => w === 0)) {
      ctx.addIssue({ code: 'custom', message: 'at least one ATS weight must be positive' });
      return z.NEVER;
    }
    return weights;
  });

const booleanFlag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no'])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

// Gateway, HasData and its simulator: value parsers

const nonNegativeInt = z.coerce.number().int().min(0);
const ratio = z.coerce.number().gt(0).lt(1);
const plainRatio = z.number().gt(0).lt(1);

/** The HasData endpoints Hirehound calls; each has its own credit cost, token bucket and circuit. */
export const HASDATA_ENDPOINTS = [
  'indeed.listing',
  'indeed.job',
  'glassdoor.listing',
  'glassdoor.job',
  'web.scrape',
] as const;
export type HasDataEndpoint = (typeof HASDATA_ENDPOINTS)[number];

/** "indeed.listing=2/5,web.scrape=1/1": per-endpoint token buckets, ratePerSecond/burst. */
const rateOverrides = z
  .string()
  .default('')
  .transform((text, ctx) => {
    const out: Partial<Record<HasDataEndpoint, { perSecond: number; burst: number }>> = {};
    for (const part of text
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)) {
      const match = /^([a-z.]+)=(\d+(?:\.\d+)?)\/(\d+)$/.exec(part);
      const endpoint = match?.[1] as HasDataEndpoint | undefined;
      if (
        !match ||
        !endpoint ||
        !HASDATA_ENDPOINTS.includes(endpoint) ||
        Number(match[2]) <= 0 ||
        Number(match[3]) < 1
      ) {
        ctx.addIssue({
          code: 'custom',
          message: `"${part}" is not <endpoint>=<perSecond>/<burst> with endpoint one of ${HASDATA_ENDPOINTS.join(', ')}`,
        });
        return z.NEVER;
      }
      out[endpoint] = { perSecond: Number(match[2]), burst: Number(match[3]) };
    }
    return out;
  });

const alertThresholds = z
  .string()
  .default('0.7,0.9')
  .transform((text) => text.split(',').map((p) => Number(p.trim())))
  .pipe(z.array(plainRatio).min(1).max(5));

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

  DATABASE_URL: z.string().url().describe('PostgreSQL (with pgvector) connection string'),
  DATABASE_POOL_SIZE: positiveInt.default(10),
  DATABASE_STATEMENT_TIMEOUT_MS: positiveInt.default(30_000),

  REDIS_URL: z.string().url().describe('Redis connection string'),

  TEMPORAL_ADDRESS: z.string().min(1).describe('Temporal frontend host:port'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9._-]*$/)
    .max(60)
    .default(''),

  API_HOST: z.string().default('127.0.0.1'),
  API_PORT: port.default(3000),

  WORKER_QUEUES: z
    .string()
    .default('search,hasdata,ml,maintenance')
    .transform((s) =>
      s
        .split(',')
        .map((q) => q.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(['search', 'hasdata', 'ml', 'maintenance'])).min(1)),

  SHUTDOWN_GRACE_MS: positiveInt.default(10_000),

  // Gateway, HasData and its simulator
  HASDATA_API_KEY: z.string().min(1).optional().describe('Only the gateway receives it'),
  HASDATA_BASE_URL: z.string().url().default('https://api.hasdata.com'),
  // HasData's own page-load limit is 300 s (failures after it are not billed); waiting a little
  // longer than that means a timeout on our side is never a call the provider still finishes and bills.
  HASDATA_TIMEOUT_MS: positiveInt.default(310_000),
  HASDATA_SERVER_DEADLINE_MS: positiveInt.default(300_000),
  HASDATA_MONTHLY_BUDGET: positiveInt.default(200_000),
  HASDATA_MAX_CONCURRENCY: positiveInt.default(15),
  // Credits per successful call (HASDATA.md section 8: Indeed and Glassdoor are 5 or 10, newest 10).
  HASDATA_COST_INDEED_LISTING: nonNegativeInt.default(10),
  HASDATA_COST_INDEED_JOB: nonNegativeInt.default(10),
  HASDATA_COST_GLASSDOOR_LISTING: nonNegativeInt.default(10),
  HASDATA_COST_GLASSDOOR_JOB: nonNegativeInt.default(10),
  HASDATA_COST_WEB: nonNegativeInt.default(1),
  HASDATA_COST_WEB_RESIDENTIAL: nonNegativeInt.default(5),
  HASDATA_COST_WEB_JS: nonNegativeInt.default(10),
  HASDATA_COST_WEB_JS_RESIDENTIAL: nonNegativeInt.default(15),
  GATEWAY_URL: z.string().url().optional().describe('Where workers reach the gateway'),
  GATEWAY_HOST: z.string().default('127.0.0.1'),
  GATEWAY_PORT: port.default(3100),
  GATEWAY_INTERNAL_TOKEN: z.string().min(16).optional().describe('Shared by the gateway and its callers'),
  GATEWAY_REDIS_PREFIX: z
    .string()
    .regex(/^[\w:.-]+$/)
    .default('hh:gw'),
  GATEWAY_LEASE_TTL_MS: positiveInt.default(30_000),
  GATEWAY_SLOT_WAIT_MS: nonNegativeInt.default(60_000),
  GATEWAY_RATE_PER_SECOND: z.coerce.number().positive().default(20),
  GATEWAY_RATE_BURST: positiveInt.default(40),
  GATEWAY_RATE_LIMITS: rateOverrides,
  GATEWAY_ALERT_THRESHOLDS: alertThresholds,
  GATEWAY_ALERT_WEBHOOK_URL: z.string().url().optional(),
  GATEWAY_CIRCUIT_WINDOW_MS: positiveInt.default(60_000),
  GATEWAY_CIRCUIT_MIN_CALLS: positiveInt.default(10),
  GATEWAY_CIRCUIT_FAILURE_RATIO: ratio.default(0.5),
  GATEWAY_CIRCUIT_COOLDOWN_MS: positiveInt.default(30_000),
  GATEWAY_BACKOFF_BASE_MS: positiveInt.default(1_000),
  GATEWAY_BACKOFF_MAX_MS: positiveInt.default(30_000),
  SIMULATOR_HOST: z.string().default('127.0.0.1'),
  SIMULATOR_PORT: port.default(3200),
  SIMULATOR_API_KEY: z.string().min(8).optional().describe('The key the simulator accepts'),
  SIMULATOR_CREDITS: nonNegativeInt.default(200_000),
  SIMULATOR_CONCURRENCY: positiveInt.default(15),
  SIMULATOR_CORPUS_SIZE: positiveInt.default(100_000),
  SIMULATOR_SEED: nonNegativeInt.default(20_261_123),
  SIMULATOR_LATENCY_MEDIAN_MS: nonNegativeInt.default(1_500),
  SIMULATOR_LATENCY_P95_MS: nonNegativeInt.default(4_000),

  // Document reading and understanding
  RESUME_MAX_BYTES: positiveInt.default(10 * 1024 * 1024),
  RESUME_MAX_PAGES: positiveInt.default(20),
  RESUME_MAX_DECOMPRESSED_BYTES: positiveInt.default(50 * 1024 * 1024),
  RESUME_READ_TIMEOUT_MS: positiveInt.default(30_000),
  RESUME_OCR_MAX_PAGES: positiveInt.default(10),
  RESUME_INGEST_WAIT_MS: positiveInt.default(30_000),

  // Embeddings and matching
  EMBEDDINGS_PROVIDER: z.enum(['auto', 'local', 'hf', 'hash']).default('auto'),
  EMBEDDINGS_MODEL_DIR: z.string().min(1).default('models'),
  EMBEDDINGS_BATCH_SIZE: positiveInt.max(256).default(32),
  EMBEDDINGS_CACHE_SIZE: z.coerce.number().int().min(0).default(2000),
  EMBEDDINGS_THREADS: z.coerce.number().int().min(0).default(0),
  HF_TOKEN: z.preprocess(unsetIfEmpty, z.string().min(1).optional()),
  HF_ENDPOINT_URL: z.preprocess(unsetIfEmpty, z.string().url().optional()),
  HF_EMBEDDING_MODEL: z.string().min(1).default('sentence-transformers/all-MiniLM-L6-v2'),
  HF_INFERENCE_PROVIDER: z.string().min(1).default('hf-inference'),
  HF_TIMEOUT_MS: positiveInt.default(30_000),
  MATCHING_FRESHNESS_DAYS: positiveInt.default(45),
  // pgvector caps hnsw.ef_search at 1000, and ef_search must be >= the candidate count.
  MATCHING_CANDIDATES: positiveInt.max(1000).default(500),
  MATCHING_RESULTS: positiveInt.default(100),
  MATCHING_EF_SEARCH: z.preprocess(unsetIfEmpty, positiveInt.max(1000).optional()),
  MATCHING_MAX_SCAN_TUPLES: positiveInt.default(20_000),
  MATCHING_WEIGHT_ATS: weight.default(0.7),
  MATCHING_WEIGHT_SEMANTIC: weight.default(0.3),
  MATCHING_FRESHNESS_BOOST: z.coerce.number().min(0).max(20).default(3),
  MATCHING_ATS_WEIGHTS: atsWeights,

  // Search workflow
  SEARCH_SHOWN_RESULTS: positiveInt.max(100).default(20),
  SEARCH_CANDIDATE_POOL: positiveInt.max(500).default(100),
  SEARCH_MATCH_MIN_SCORE: z.coerce.number().min(0).max(100).default(40),
  SEARCH_ENRICH_LIMIT_PAID: z.coerce.number().int().min(0).max(500).default(100),
  SEARCH_ENRICH_CONCURRENCY: positiveInt.max(100).default(45),
  SEARCH_ENRICH_REFRESH_DAYS: positiveInt.default(7),
  SEARCH_FIRST_RESULTS_WAIT_MS: z.coerce.number().int().min(0).max(30_000).default(2_000),
  DISCOVERY_BEST_SCORE_BELOW: z.coerce.number().min(0).max(100).default(60),
  DISCOVERY_FRESH_MATCHES_BELOW: z.coerce.number().int().min(0).default(100),
  DISCOVERY_RULE: z.enum(['all', 'any']).default('all'),
  DISCOVERY_MAX_PAGES: positiveInt.max(20).default(3),
  DISCOVERY_REPEAT_GUARD_MS: positiveInt.default(300_000),
  DISCOVERY_PROVIDER: z.enum(['indeed', 'glassdoor']).default('indeed'),
  DISCOVERY_DEFAULT_LOCATION: z.string().trim().min(1).max(200).default('United States'),
  PROVIDER_BACKOFF_INITIAL_MS: positiveInt.default(1_000),
  PROVIDER_BACKOFF_MAX_MS: positiveInt.default(30_000),
  PROVIDER_BACKOFF_MAX_WAIT_MS: positiveInt.default(300_000),
  API_RATE_LIMIT_PER_MINUTE: positiveInt.default(120),
  OBJECT_STORE_DIR: z.string().min(1).default('.data/objects'),
  S3_ENDPOINT: z.string().url().optional(),
  S3_BUCKET: z.string().min(3).default('hirehound-payloads'),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: booleanFlag.default(true),
});

export type Env = z.infer<typeof EnvSchema>;

/** Every environment variable the application reads (docs and deployment files are checked against it). */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(EnvSchema.shape);

export interface Config {
  readonly env: Env['NODE_ENV'];
  readonly logLevel: Env['LOG_LEVEL'];
  readonly database: {
    readonly url: string;
    readonly poolSize: number;
    readonly statementTimeoutMs: number;
  };
  readonly redis: { readonly url: string };
  readonly temporal: {
    readonly address: string;
    readonly namespace: string;
    readonly taskQueuePrefix: string;
  };
  readonly api: { readonly host: string; readonly port: number };
  readonly worker: { readonly queues: readonly Env['WORKER_QUEUES'][number][] };
  readonly shutdownGraceMs: number;

  // gateway / hasdata / simulator sections
  readonly hasdata: HasDataConfig;
  readonly gateway: GatewayConfig;
  readonly simulator: SimulatorConfig;

  // understanding section
  readonly understanding: {
    /** Limits on every document read (uploads and library calls alike). */
    readonly limits: {
      readonly maxBytes: number;
      readonly maxPages: number;
      readonly maxDecompressedBytes: number;
      readonly timeoutMs: number;
      readonly maxOcrPages: number;
    };
    /** How long POST /v1/resumes waits for ingestion before answering 202 with the resume id. */
    readonly ingestWaitMs: number;
  };

  // matching / embeddings sections
  readonly embeddings: {
    readonly provider: Env['EMBEDDINGS_PROVIDER'];
    /** Absolute path of the folder the bootstrap puts model files in. */
    readonly modelDir: string;
    readonly batchSize: number;
    readonly cacheSize: number;
    readonly threads: number;
    readonly hf: {
      readonly token: string | undefined;
      readonly endpointUrl: string | undefined;
      readonly model: string;
      readonly inferenceProvider: string;
      readonly timeoutMs: number;
    };
  };
  readonly matching: {
    readonly freshnessDays: number;
    readonly candidates: number;
    readonly results: number;
    /** Always >= candidates (HNSW returns at most ef_search rows per scan otherwise). */
    readonly efSearch: number;
    readonly maxScanTuples: number;
    readonly weights: {
      readonly ats: number;
      readonly semantic: number;
      /** Points added to the newest posting, falling linearly to 0 at the freshness limit. */
      readonly freshnessBoost: number;
      readonly atsComponents: Readonly<Record<AtsComponentName, number>>;
    };
  };

  // search section
  readonly search: {
    readonly shownResults: number;
    readonly candidatePool: number;
    readonly matchMinScore: number;
    readonly enrichLimitPaid: number;
    readonly enrichConcurrency: number;
    readonly enrichRefreshDays: number;
    readonly firstResultsWaitMs: number;
    readonly discovery: {
      readonly bestScoreBelow: number;
      readonly freshMatchesBelow: number;
      readonly rule: 'all' | 'any';
      readonly maxPages: number;
      readonly repeatGuardMs: number;
      readonly provider: 'indeed' | 'glassdoor';
      readonly defaultLocation: string;
    };
    readonly backoff: { readonly initialMs: number; readonly maxMs: number; readonly maxWaitMs: number };
  };
  readonly apiRateLimitPerMinute: number;
  readonly objectStore:
    | { readonly kind: 'filesystem'; readonly dir: string }
    | {
        readonly kind: 's3';
        readonly endpoint: string | undefined;
        readonly bucket: string;
        readonly region: string;
        readonly accessKeyId: string | undefined;
        readonly secretAccessKey: string | undefined;
        readonly forcePathStyle: boolean;
      };
}

export interface HasDataCosts {
  readonly 'indeed.listing': number;
  readonly 'indeed.job': number;
  readonly 'glassdoor.listing': number;
  readonly 'glassdoor.job': number;
  /** Web Scraping API: the cost depends on JS rendering and proxy type (HASDATA.md 8.1). */
  readonly web: {
    readonly datacenter: number;
    readonly residential: number;
    readonly jsDatacenter: number;
    readonly jsResidential: number;
  };
}

export interface HasDataConfig {
  readonly apiKey: string | undefined;
  readonly baseUrl: string;
  readonly timeoutMs: number;
  readonly serverDeadlineMs: number;
  readonly costs: HasDataCosts;
}

export interface TokenBucketSettings {
  readonly perSecond: number;
  readonly burst: number;
}

export interface GatewayConfig {
  /** For callers (workers, api): where the gateway listens. */
  readonly url: string | undefined;
  readonly host: string;
  readonly port: number;
  readonly internalToken: string | undefined;
  readonly redisPrefix: string;
  readonly monthlyBudget: number;
  readonly maxConcurrency: number;
  readonly leaseTtlMs: number;
  readonly slotWaitMs: number;
  readonly rateLimits: Readonly<Record<HasDataEndpoint, TokenBucketSettings>>;
  readonly alerts: { readonly thresholds: readonly number[]; readonly webhookUrl: string | undefined };
  readonly circuit: {
    readonly windowMs: number;
    readonly minCalls: number;
    readonly failureRatio: number;
    readonly cooldownMs: number;
  };
  /** After a provider 429: wait base, doubling per consecutive 429, up to max. */
  readonly backoff: { readonly baseMs: number; readonly maxMs: number };
}

export interface SimulatorConfig {
  readonly host: string;
  readonly port: number;
  readonly apiKey: string | undefined;
  readonly credits: number;
  readonly concurrency: number;
  readonly corpusSize: number;
  readonly seed: number;
  readonly latency: { readonly medianMs: number; readonly p95Ms: number };
}

export class ConfigError extends Error {
  constructor(readonly issues: readonly string[]) {
    super(`Invalid configuration:\n  ${issues.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** Parses the environment into a frozen, typed config; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`));
  }
  const e = parsed.data;
  return deepFreeze({
    env: e.NODE_ENV,
    logLevel: e.LOG_LEVEL,
    database: {
      url: e.DATABASE_URL,
      poolSize: e.DATABASE_POOL_SIZE,
      statementTimeoutMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
    },
    redis: { url: e.REDIS_URL },
    temporal: {
      address: e.TEMPORAL_ADDRESS,
      namespace: e.TEMPORAL_NAMESPACE,
      taskQueuePrefix: e.TEMPORAL_TASK_QUEUE_PREFIX,
    },
    api: { host: e.API_HOST, port: e.API_PORT },
    worker: { queues: e.WORKER_QUEUES },
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,

    // gateway / hasdata / simulator
    hasdata: hasdataConfigFrom(e),
    gateway: {
      url: e.GATEWAY_URL,
      host: e.GATEWAY_HOST,
      port: e.GATEWAY_PORT,
      internalToken: e.GATEWAY_INTERNAL_TOKEN,
      redisPrefix: e.GATEWAY_REDIS_PREFIX,
      monthlyBudget: e.HASDATA_MONTHLY_BUDGET,
      maxConcurrency: e.HASDATA_MAX_CONCURRENCY,
      leaseTtlMs: e.GATEWAY_LEASE_TTL_MS,
      slotWaitMs: e.GATEWAY_SLOT_WAIT_MS,
      rateLimits: Object.fromEntries(
        HASDATA_ENDPOINTS.map((endpoint) => [
          endpoint,
          e.GATEWAY_RATE_LIMITS[endpoint] ?? { perSecond: e.GATEWAY_RATE_PER_SECOND, burst: e.GATEWAY_RATE_BURST },
        ]),
      ) as Record<HasDataEndpoint, TokenBucketSettings>,
      alerts: {
        thresholds: [...e.GATEWAY_ALERT_THRESHOLDS].sort((a, b) => a - b),
        webhookUrl: e.GATEWAY_ALERT_WEBHOOK_URL,
      },
      circuit: {
        windowMs: e.GATEWAY_CIRCUIT_WINDOW_MS,
        minCalls: e.GATEWAY_CIRCUIT_MIN_CALLS,
        failureRatio: e.GATEWAY_CIRCUIT_FAILURE_RATIO,
        cooldownMs: e.GATEWAY_CIRCUIT_COOLDOWN_MS,
      },
      backoff: { baseMs: e.GATEWAY_BACKOFF_BASE_MS, maxMs: e.GATEWAY_BACKOFF_MAX_MS },
    },
    simulator: simulatorConfigFrom(e),

    // understanding
    understanding: {
      limits: {
        maxBytes: e.RESUME_MAX_BYTES,
        maxPages: e.RESUME_MAX_PAGES,
        maxDecompressedBytes: e.RESUME_MAX_DECOMPRESSED_BYTES,
        timeoutMs: e.RESUME_READ_TIMEOUT_MS,
        maxOcrPages: e.RESUME_OCR_MAX_PAGES,
      },
      ingestWaitMs: e.RESUME_INGEST_WAIT_MS,
    },

    // matching / embeddings
    embeddings: {
      provider: e.EMBEDDINGS_PROVIDER,
      modelDir: path.resolve(e.EMBEDDINGS_MODEL_DIR),
      batchSize: e.EMBEDDINGS_BATCH_SIZE,
      cacheSize: e.EMBEDDINGS_CACHE_SIZE,
      threads: e.EMBEDDINGS_THREADS,
      hf: {
        token: e.HF_TOKEN,
        endpointUrl: e.HF_ENDPOINT_URL,
        model: e.HF_EMBEDDING_MODEL,
        inferenceProvider: e.HF_INFERENCE_PROVIDER,
        timeoutMs: e.HF_TIMEOUT_MS,
      },
    },
    matching: {
      freshnessDays: e.MATCHING_FRESHNESS_DAYS,
      candidates: e.MATCHING_CANDIDATES,
      results: Math.min(e.MATCHING_RESULTS, e.MATCHING_CANDIDATES),
      efSearch: Math.max(e.MATCHING_EF_SEARCH ?? e.MATCHING_CANDIDATES, e.MATCHING_CANDIDATES),
      maxScanTuples: e.MATCHING_MAX_SCAN_TUPLES,
      weights: {
        ats: e.MATCHING_WEIGHT_ATS,
        semantic: e.MATCHING_WEIGHT_SEMANTIC,
        freshnessBoost: e.MATCHING_FRESHNESS_BOOST,
        atsComponents: e.MATCHING_ATS_WEIGHTS,
      },
    },

    // search
    search: {
      shownResults: e.SEARCH_SHOWN_RESULTS,
      candidatePool: e.SEARCH_CANDIDATE_POOL,
      matchMinScore: e.SEARCH_MATCH_MIN_SCORE,
      enrichLimitPaid: e.SEARCH_ENRICH_LIMIT_PAID,
      enrichConcurrency: e.SEARCH_ENRICH_CONCURRENCY,
      enrichRefreshDays: e.SEARCH_ENRICH_REFRESH_DAYS,
      firstResultsWaitMs: e.SEARCH_FIRST_RESULTS_WAIT_MS,
      discovery: {
        bestScoreBelow: e.DISCOVERY_BEST_SCORE_BELOW,
        freshMatchesBelow: e.DISCOVERY_FRESH_MATCHES_BELOW,
        rule: e.DISCOVERY_RULE,
        maxPages: e.DISCOVERY_MAX_PAGES,
        repeatGuardMs: e.DISCOVERY_REPEAT_GUARD_MS,
        provider: e.DISCOVERY_PROVIDER,
        defaultLocation: e.DISCOVERY_DEFAULT_LOCATION,
      },
      backoff: {
        initialMs: e.PROVIDER_BACKOFF_INITIAL_MS,
        maxMs: e.PROVIDER_BACKOFF_MAX_MS,
        maxWaitMs: e.PROVIDER_BACKOFF_MAX_WAIT_MS,
      },
    },
    apiRateLimitPerMinute: e.API_RATE_LIMIT_PER_MINUTE,
    objectStore:
      e.S3_ENDPOINT || e.S3_ACCESS_KEY_ID
        ? {
            kind: 's3',
            endpoint: e.S3_ENDPOINT,
            bucket: e.S3_BUCKET,
            region: e.S3_REGION,
            accessKeyId: e.S3_ACCESS_KEY_ID,
            secretAccessKey: e.S3_SECRET_ACCESS_KEY,
            forcePathStyle: e.S3_FORCE_PATH_STYLE,
          }
        : { kind: 'filesystem', dir: e.OBJECT_STORE_DIR },
  });
}

type HasDataEnv = Pick<
  Env,
  | 'HASDATA_API_KEY'
  | 'HASDATA_BASE_URL'
  | 'HASDATA_TIMEOUT_MS'
  | 'HASDATA_SERVER_DEADLINE_MS'
  | 'HASDATA_COST_INDEED_LISTING'
  | 'HASDATA_COST_INDEED_JOB'
  | 'HASDATA_COST_GLASSDOOR_LISTING'
  | 'HASDATA_COST_GLASSDOOR_JOB'
  | 'HASDATA_COST_WEB'
  | 'HASDATA_COST_WEB_RESIDENTIAL'
  | 'HASDATA_COST_WEB_JS'
  | 'HASDATA_COST_WEB_JS_RESIDENTIAL'
>;

function hasdataConfigFrom(e: HasDataEnv): HasDataConfig {
  return {
    apiKey: e.HASDATA_API_KEY,
    baseUrl: e.HASDATA_BASE_URL.replace(/\/+$/, ''),
    timeoutMs: e.HASDATA_TIMEOUT_MS,
    serverDeadlineMs: e.HASDATA_SERVER_DEADLINE_MS,
    costs: {
      'indeed.listing': e.HASDATA_COST_INDEED_LISTING,
      'indeed.job': e.HASDATA_COST_INDEED_JOB,
      'glassdoor.listing': e.HASDATA_COST_GLASSDOOR_LISTING,
      'glassdoor.job': e.HASDATA_COST_GLASSDOOR_JOB,
      web: {
        datacenter: e.HASDATA_COST_WEB,
        residential: e.HASDATA_COST_WEB_RESIDENTIAL,
        jsDatacenter: e.HASDATA_COST_WEB_JS,
        jsResidential: e.HASDATA_COST_WEB_JS_RESIDENTIAL,
      },
    },
  };
}

type SimulatorEnv = Pick<
  Env,
  | 'SIMULATOR_HOST'
  | 'SIMULATOR_PORT'
  | 'SIMULATOR_API_KEY'
  | 'SIMULATOR_CREDITS'
  | 'SIMULATOR_CONCURRENCY'
  | 'SIMULATOR_CORPUS_SIZE'
  | 'SIMULATOR_SEED'
  | 'SIMULATOR_LATENCY_MEDIAN_MS'
  | 'SIMULATOR_LATENCY_P95_MS'
>;

function simulatorConfigFrom(e: SimulatorEnv): SimulatorConfig {
  return {
    host: e.SIMULATOR_HOST,
    port: e.SIMULATOR_PORT,
    apiKey: e.SIMULATOR_API_KEY,
    credits: e.SIMULATOR_CREDITS,
    concurrency: e.SIMULATOR_CONCURRENCY,
    corpusSize: e.SIMULATOR_CORPUS_SIZE,
    seed: e.SIMULATOR_SEED,
    latency: { medianMs: e.SIMULATOR_LATENCY_MEDIAN_MS, p95Ms: e.SIMULATOR_LATENCY_P95_MS },
  };
}

const SimulatorEnvSchema = EnvSchema.pick({
  NODE_ENV: true,
  LOG_LEVEL: true,
  SHUTDOWN_GRACE_MS: true,
  HASDATA_API_KEY: true,
  HASDATA_BASE_URL: true,
  HASDATA_TIMEOUT_MS: true,
  HASDATA_SERVER_DEADLINE_MS: true,
  HASDATA_COST_INDEED_LISTING: true,
  HASDATA_COST_INDEED_JOB: true,
  HASDATA_COST_GLASSDOOR_LISTING: true,
  HASDATA_COST_GLASSDOOR_JOB: true,
  HASDATA_COST_WEB: true,
  HASDATA_COST_WEB_RESIDENTIAL: true,
  HASDATA_COST_WEB_JS: true,
  HASDATA_COST_WEB_JS_RESIDENTIAL: true,
  SIMULATOR_HOST: true,
  SIMULATOR_PORT: true,
  SIMULATOR_API_KEY: true,
  SIMULATOR_CREDITS: true,
  SIMULATOR_CONCURRENCY: true,
  SIMULATOR_CORPUS_SIZE: true,
  SIMULATOR_SEED: true,
  SIMULATOR_LATENCY_MEDIAN_MS: true,
  SIMULATOR_LATENCY_P95_MS: true,
});

export interface SimulatorProcessConfig {
  readonly logLevel: Env['LOG_LEVEL'];
  readonly shutdownGraceMs: number;
  readonly simulator: SimulatorConfig;
  /** The simulator bills what HasData bills: the same cost settings as the gateway. */
  readonly costs: HasDataCosts;
}

/**
 * The HasData simulator stands in for an outside provider: it needs none of Hirehound's services,
 * so it reads only its own variables (and the shared credit costs).
 */
export function loadSimulatorConfig(env: NodeJS.ProcessEnv = process.env): SimulatorProcessConfig {
  const parsed = SimulatorEnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`));
  }
  const e = parsed.data;
  return deepFreeze({
    logLevel: e.LOG_LEVEL,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    simulator: simulatorConfigFrom(e),
    costs: hasdataConfigFrom(e).costs,
  });
}
