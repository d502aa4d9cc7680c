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
  });
}
