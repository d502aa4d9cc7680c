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

const booleanFlag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no'])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

  DATABASE_URL: z.string().url().describe('PostgreSQL (with pgvector) connection string'),
  DATABASE_POOL_SIZE: positiveInt.default(10),
  DATABASE_STATEMENT_TIMEOUT_MS: positiveInt.default(30_000),

  REDIS_URL: z.string().url().describe('Redis connection string'),

  TEMPORAL_ADDRESS: z.string().min(1).describe('Temporal frontend host:port'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_UI_URL: z.string().url().optional(),

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
  PRETTY_LOGS: booleanFlag.optional(),

  // Gateway, HasData and its simulator

  // Document reading and understanding
  RESUME_MAX_BYTES: positiveInt.default(10 * 1024 * 1024),
  RESUME_MAX_PAGES: positiveInt.default(20),
  RESUME_MAX_DECOMPRESSED_BYTES: positiveInt.default(50 * 1024 * 1024),
  RESUME_READ_TIMEOUT_MS: positiveInt.default(30_000),
  RESUME_OCR_MAX_PAGES: positiveInt.default(10),
  RESUME_INGEST_WAIT_MS: positiveInt.default(30_000),

  // Embeddings and matching

  // Search workflow
  SEARCH_SHOWN_RESULTS: positiveInt.max(100).default(20),
  SEARCH_CANDIDATE_POOL: positiveInt.max(500).default(100),
  SEARCH_ENRICH_LIMIT_PAID: z.coerce.number().int().min(0).max(500).default(100),
  SEARCH_ENRICH_CONCURRENCY: positiveInt.max(100).default(15),
  SEARCH_ENRICH_REFRESH_DAYS: positiveInt.default(7),
  SEARCH_FIRST_RESULTS_WAIT_MS: z.coerce.number().int().min(0).max(30_000).default(2_000),
  DISCOVERY_BEST_SCORE_BELOW: z.coerce.number().min(0).max(100).default(60),
  DISCOVERY_FRESH_MATCHES_BELOW: z.coerce.number().int().min(0).default(100),
  DISCOVERY_RULE: z.enum(['all', 'any']).default('all'),
  DISCOVERY_MAX_PAGES: positiveInt.max(20).default(3),
  DISCOVERY_REPEAT_GUARD_MS: positiveInt.default(300_000),
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
  readonly prettyLogs: boolean;
  readonly database: {
    readonly url: string;
    readonly poolSize: number;
    readonly statementTimeoutMs: number;
  };
  readonly redis: { readonly url: string };
  readonly temporal: {
    readonly address: string;
    readonly namespace: string;
    readonly uiUrl: string | undefined;
  };
  readonly api: { readonly host: string; readonly port: number };
  readonly worker: { readonly queues: readonly Env['WORKER_QUEUES'][number][] };
  readonly shutdownGraceMs: number;

  // gateway / hasdata / simulator sections

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

  // search section
  readonly search: {
    readonly shownResults: number;
    readonly candidatePool: number;
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
    prettyLogs: e.PRETTY_LOGS ?? false,
    database: {
      url: e.DATABASE_URL,
      poolSize: e.DATABASE_POOL_SIZE,
      statementTimeoutMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
    },
    redis: { url: e.REDIS_URL },
    temporal: {
      address: e.TEMPORAL_ADDRESS,
      namespace: e.TEMPORAL_NAMESPACE,
      uiUrl: e.TEMPORAL_UI_URL,
    },
    api: { host: e.API_HOST, port: e.API_PORT },
    worker: { queues: e.WORKER_QUEUES },
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,

    // gateway / hasdata / simulator

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

    // search
    search: {
      shownResults: e.SEARCH_SHOWN_RESULTS,
      candidatePool: e.SEARCH_CANDIDATE_POOL,
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
