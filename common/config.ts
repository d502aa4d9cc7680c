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
  });
}
