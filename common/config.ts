import path from 'node:path';
import { z } from 'zod';
import { ATS_COMPONENTS, type AtsComponentName } from './ats-component-names';
import { envSection, envVariable as v, listEnvVariables, parseEnvironment, type Frozen } from './env-variables';
import { HASDATA_ENDPOINTS, type HasDataEndpoint } from './hasdata-endpoints';
import { LOCAL_EMBEDDING_MODELS } from './local-embedding-models';
import { TASK_QUEUE_NAMES } from './vocabulary/task-queues';

export { ConfigError } from './env-variables';

/**
 * The one place that reads `process.env`. Every process parses it once at start-up and passes the
 * frozen result down; nothing below this file looks at the environment again. The schemas below
 * are the whole contract: the nesting is the shape the code receives, each leaf names its variable,
 * default and meaning, and docs/configuration.md is generated from them (`npm run docs:config`).
 *
 * Service URLs are required here: the embedded launcher (scripts/start.ts) and the test harness
 * compute them for the services they spawn, so the application code path is the same against an
 * embedded service and a production one.
 */

// Value parsers shared by several variables

const port = z.coerce.number().int().min(1).max(65535);
const positiveInt = z.coerce.number().int().positive();
const nonNegativeInt = z.coerce.number().int().min(0);
const weight = z.coerce.number().min(0).max(1);
const ratio = z.coerce.number().gt(0).lt(1);
const url = z.string().url();
const nonEmpty = z.string().min(1);

/** An empty variable (`HF_TOKEN=`) means unset, as it does for people reading a .env file. */
const unsetIfEmpty = (value: unknown): unknown => (value === '' ? undefined : value);

const booleanFlag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no'])
  .transform((value) => value === '1' || value === 'true' || value === 'yes');
const BOOLEAN_FORMAT = '`1`, `true`, `yes` or `0`, `false`, `no`';
/** Names as the docs print them. */
const listed = (names: readonly string[]): string => names.map((name) => `\`${name}\``).join(', ');

const workerQueues = z
  .string()
  .transform((text) =>
    text
      .split(',')
      .map((queue) => queue.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.enum(TASK_QUEUE_NAMES)).min(1));

/** "skills=35,experience=10,…": relative weights; a component left out weighs 0. */
const atsWeights = z.string().transform((text, ctx) => {
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

interface TokenBucket {
  readonly perSecond: number;
  readonly burst: number;
}

/** "indeed.listing=2/5,web.scrape=1/1": per-endpoint token buckets, ratePerSecond/burst. */
const rateOverrides = z.string().transform((text, ctx) => {
  const out: Partial<Record<HasDataEndpoint, TokenBucket>> = {};
  for (const part of text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const match = /^([a-z.]+)=(\d+(?:\.\d+)?)\/(\d+)$/.exec(part);
    const endpoint = match?.[1] as HasDataEndpoint | undefined;
    if (!match || !endpoint || !HASDATA_ENDPOINTS.includes(endpoint) || Number(match[2]) <= 0 || Number(match[3]) < 1) {
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
  .transform((text) => text.split(',').map((p) => Number(p.trim())))
  .pipe(z.array(z.number().gt(0).lt(1)).min(1).max(5))
  .transform((shares) => [...shares].sort((a, b) => a - b));

// The variables, grouped by concern

const processSettings = {
  env: v(
    'NODE_ENV',
    z.enum(['development', 'test', 'production']),
    'development',
    'read by Express and other libraries (`production` drops their development aids)',
  ),
  logLevel: v(
    'LOG_LEVEL',
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
    'info',
    'pino log level',
  ),
  shutdownGraceMs: v('SHUTDOWN_GRACE_MS', positiveInt, 10_000, 'how long a process may take to stop cleanly (ms)'),
};
const PROCESS_ABOUT = 'Read by every process, the HasData simulator included.';

const database = envSection('Database', 'PostgreSQL with pgvector; every process opens its own pool.', {
  url: v('DATABASE_URL', url, undefined, 'PostgreSQL connection string (set by the launcher)'),
  poolSize: v('DATABASE_POOL_SIZE', positiveInt, 10, 'connections per process'),
  statementTimeoutMs: v('DATABASE_STATEMENT_TIMEOUT_MS', positiveInt, 30_000, 'server-side statement timeout (ms)'),
});

const redis = envSection('Redis', 'Gateway governance, discovery claims and the API rate limit live in Redis.', {
  url: v('REDIS_URL', url, undefined, 'Redis connection string (set by the launcher)'),
  keyPrefix: v(
    'REDIS_KEY_PREFIX',
    z.string().regex(/^[\w:.-]+$/),
    'hh',
    'prefix of the search’s keys (discovery claims, results cache); processes sharing one database share it',
  ),
});

const temporal = envSection('Temporal', 'Where the workflows run.', {
  address: v('TEMPORAL_ADDRESS', nonEmpty, undefined, 'Temporal frontend `host:port` (set by the launcher)'),
  namespace: v('TEMPORAL_NAMESPACE', nonEmpty, 'default', 'Temporal namespace'),
  taskQueuePrefix: v(
    'TEMPORAL_TASK_QUEUE_PREFIX',
    z
      .string()
      .regex(/^[A-Za-z0-9._-]*$/)
      .max(60),
    '',
    'prefixes every task queue, so several stacks share one namespace (the tests do)',
  ),
});

const worker = envSection('Workers', 'What one worker process polls (`workers/main.ts`).', {
  queues: v('WORKER_QUEUES', workerQueues, TASK_QUEUE_NAMES.join(','), 'task queues this process polls', {
    format: `comma-separated subset of ${listed(TASK_QUEUE_NAMES)}`,
  }),
});

const api = envSection('API', 'The public HTTP API (`api/server.ts`).', {
  host: v('API_HOST', z.string(), '127.0.0.1', 'address the API listens on'),
  port: v('API_PORT', port, 3000, 'port the API listens on'),
  rateLimitPerMinute: v('API_RATE_LIMIT_PER_MINUTE', positiveInt, 120, 'requests per API key per minute'),
});

const understanding = envSection('Resume reading', 'Limits on every document read, uploads and library calls alike.', {
  limits: z.object({
    maxBytes: v('RESUME_MAX_BYTES', positiveInt, 10 * 1024 * 1024, 'largest resume upload accepted (bytes)'),
    maxPages: v('RESUME_MAX_PAGES', positiveInt, 20, 'most PDF pages read; longer documents are refused'),
    maxDecompressedBytes: v(
      'RESUME_MAX_DECOMPRESSED_BYTES',
      positiveInt,
      50 * 1024 * 1024,
      'most a DOCX (or an image’s pixels) may expand to (bytes)',
    ),
    timeoutMs: v('RESUME_READ_TIMEOUT_MS', positiveInt, 30_000, 'wall-clock budget of one document read, OCR included'),
    maxOcrPages: v('RESUME_OCR_MAX_PAGES', positiveInt, 10, 'most pages of one document sent through OCR'),
    maxTextChars: v(
      'RESUME_MAX_TEXT_CHARS',
      positiveInt,
      200_000,
      'most characters of text one document may hold; more is refused (413), not truncated',
    ),
    toolCpuSeconds: v(
      'RESUME_TOOL_CPU_SECONDS',
      positiveInt,
      10,
      'CPU seconds one run of poppler or Tesseract may use (RLIMIT_CPU) before it is stopped',
    ),
    toolMemoryBytes: v(
      'RESUME_TOOL_MEMORY_BYTES',
      positiveInt,
      1024 * 1024 * 1024,
      'address space one run of poppler or Tesseract may map (RLIMIT_AS, bytes)',
    ),
  }),
  ingestWaitMs: v(
    'RESUME_INGEST_WAIT_MS',
    positiveInt,
    30_000,
    'how long `POST /v1/resumes` waits for ingestion before answering 202 with the resume id',
  ),
});

const embeddings = envSection('Embeddings', 'Which model turns resumes and postings into vectors.', {
  provider: v(
    'EMBEDDINGS_PROVIDER',
    z.enum(['auto', 'local', 'hf', 'hash']),
    'auto',
    '`auto`: Hugging Face when configured, else the local model when installed, else lexical hashing',
  ),
  modelDir: v(
    'EMBEDDINGS_MODEL_DIR',
    nonEmpty.transform((dir) => path.resolve(dir)),
    'models',
    'where the bootstrap puts the local model (relative to the working directory)',
  ),
  localModel: v(
    'EMBEDDINGS_LOCAL_MODEL',
    z.enum(LOCAL_EMBEDDING_MODELS),
    'all-MiniLM-L6-v2-q',
    'the local model: the int8 quantization of all-MiniLM-L6-v2 (half the CPU, same vector space, nDCG@20 within 0.01), or the full model',
    { format: listed(LOCAL_EMBEDDING_MODELS) },
  ),
  batchSize: v('EMBEDDINGS_BATCH_SIZE', positiveInt.max(256), 32, 'texts per model call'),
  cacheSize: v('EMBEDDINGS_CACHE_SIZE', nonNegativeInt, 2000, 'in-process LRU of recent texts’ vectors (0 disables)'),
  threads: v(
    'EMBEDDINGS_THREADS',
    nonNegativeInt,
    0,
    'ONNX Runtime threads for the local model, which runs on a thread of its own (0: every core but the event loop’s, at least 1)',
  ),
  hf: z.object({
    token: v(
      'HF_TOKEN',
      z.preprocess(unsetIfEmpty, nonEmpty.optional()),
      undefined,
      'Hugging Face token: Inference Providers, or a private endpoint',
    ),
    endpointUrl: v(
      'HF_ENDPOINT_URL',
      z.preprocess(unsetIfEmpty, url.optional()),
      undefined,
      'a self-hosted feature-extraction endpoint (Inference Endpoints, TEI); wins over routing',
    ),
    model: v(
      'HF_EMBEDDING_MODEL',
      nonEmpty,
      'sentence-transformers/all-MiniLM-L6-v2',
      'model id for routing, and the model name recorded with `hf` vectors',
    ),
    inferenceProvider: v('HF_INFERENCE_PROVIDER', nonEmpty, 'hf-inference', 'Inference Provider used with `HF_TOKEN`'),
    timeoutMs: v('HF_TIMEOUT_MS', positiveInt, 30_000, 'per request (ms)'),
  }),
});

const matching = envSection('Matching', 'Candidate retrieval from pgvector and the composite score.', {
  freshnessDays: v(
    'MATCHING_FRESHNESS_DAYS',
    positiveInt,
    45,
    'jobs discovered longer ago are not candidates; the freshness boost falls to 0 there',
  ),
  // pgvector caps hnsw.ef_search at 1000, and ef_search must be >= the candidate count.
  // 200 nearest and 300 of the occupation hold as much of the composite's best 20 as 300 + 200
  // did at 100k jobs (0.919 against 0.921), for 28% less of PostgreSQL's CPU per lookup: an
  // occupation candidate costs less than a nearest one (docs/performance.md#a-second-source-of-candidates).
  candidates: v('MATCHING_CANDIDATES', positiveInt.max(1000), 200, 'nearest fresh jobs taken from pgvector'),
  occupationCandidates: v(
    'MATCHING_OCCUPATION_CANDIDATES',
    z.coerce.number().int().min(0).max(1000),
    300,
    "more candidates from the profile's occupation, nearest first, besides the vector search's (0: none)",
  ),
  occupationScan: v(
    'MATCHING_OCCUPATION_SCAN',
    positiveInt.max(20_000),
    // 500, not 1,000: the composite's freshness boost prefers the newer half, which held more of
    // its best 20 (0.921 against 0.915 at 100k jobs) for half the rows read.
    500,
    "the occupation's most recently seen jobs those candidates are chosen from (bounds the lookup's cost)",
  ),
  results: v('MATCHING_RESULTS', positiveInt, 100, 'composite-ranked results kept (at most the candidates)'),
  efSearch: v(
    'MATCHING_EF_SEARCH',
    z.preprocess(unsetIfEmpty, positiveInt.max(1000).optional()),
    undefined,
    '`hnsw.ef_search`; never below the candidate count, which it defaults to',
  ),
  maxScanTuples: v(
    'MATCHING_MAX_SCAN_TUPLES',
    positiveInt,
    20_000,
    '`hnsw.max_scan_tuples`: how far a filtered iterative scan goes before the exact fallback',
  ),
  weights: z.object({
    ats: v('MATCHING_WEIGHT_ATS', weight, 0.7, 'weight of the ATS score (relative to the semantic weight)'),
    semantic: v('MATCHING_WEIGHT_SEMANTIC', weight, 0.3, 'weight of the semantic score'),
    freshnessBoost: v(
      'MATCHING_FRESHNESS_BOOST',
      z.coerce.number().min(0).max(20),
      3,
      'points added to a posting of today, falling linearly to 0 at the freshness limit',
    ),
    // What the job is (skills, occupation) weighs most and equally; the fit components adjust
    // within it, and location is mostly decided by the hard filters. Chosen on a development split
    // of the matching evaluation (other seeds than it reports on; docs/benchmarks.md#npm-run-evalmatching).
    atsComponents: v(
      'MATCHING_ATS_WEIGHTS',
      atsWeights,
      'skills=35,occupation=35,experience=10,education=8,seniority=8,location=4',
      'relative weights of the ATS components; a component left out weighs 0',
      { format: `comma-separated \`<component>=<number ≥ 0>\`, components ${listed(ATS_COMPONENTS)}` },
    ),
  }),
}).transform((m) => ({
  ...m,
  results: Math.min(m.results, m.candidates + m.occupationCandidates),
  // HNSW returns at most ef_search rows per scan, so it never goes below the candidate count.
  efSearch: Math.max(m.efSearch ?? m.candidates, m.candidates),
}));

const search = envSection('Search', 'How one search run ranks, discovers and enriches.', {
  shownResults: v('SEARCH_SHOWN_RESULTS', positiveInt.max(100), 20, 'results with full detail in each version'),
  candidatePool: v(
    'SEARCH_CANDIDATE_POOL',
    positiveInt.max(500),
    100,
    'ranked jobs a search keeps (re-scored after enrichment, re-ranked on a filter change)',
  ),
  matchMinScore: v(
    'SEARCH_MATCH_MIN_SCORE',
    z.coerce.number().min(0).max(100),
    40,
    'score from which a job counts as a match: for the discovery decision, and the least a job is enriched at',
  ),
  enrichLimitPaid: v(
    'SEARCH_ENRICH_LIMIT_PAID',
    z.coerce.number().int().min(0).max(500),
    100,
    'most jobs a paid search enriches, best matches first, once its first page lacks full text',
  ),
  enrichConcurrency: v(
    'SEARCH_ENRICH_CONCURRENCY',
    positiveInt.max(100),
    45,
    'enrichments one search has under way (three times the 15 provider slots keeps the provider busy)',
  ),
  enrichRefreshDays: v(
    'SEARCH_ENRICH_REFRESH_DAYS',
    positiveInt,
    7,
    'a job enriched more recently is not fetched again',
  ),
  firstResultsWaitMs: v(
    'SEARCH_FIRST_RESULTS_WAIT_MS',
    z.coerce.number().int().min(0).max(30_000),
    2_000,
    'how long `POST /v1/searches` waits for the first page (ms)',
  ),
  discovery: z.object({
    bestScoreBelow: v(
      'DISCOVERY_BEST_SCORE_BELOW',
      z.coerce.number().min(0).max(100),
      60,
      'a paid search discovers when its best score is below this…',
    ),
    freshMatchesBelow: v(
      'DISCOVERY_FRESH_MATCHES_BELOW',
      nonNegativeInt,
      100,
      '…and (see `DISCOVERY_RULE`) it has fewer fresh matches than this',
    ),
    rule: v(
      'DISCOVERY_RULE',
      z.enum(['all', 'any']),
      'all',
      '`all`: both thresholds must be missed; `any`: one is enough',
    ),
    maxPages: v('DISCOVERY_MAX_PAGES', positiveInt.max(20), 3, 'listing pages per discovery'),
    repeatGuardMs: v(
      'DISCOVERY_REPEAT_GUARD_MS',
      positiveInt,
      300_000,
      'the same normalized query is not discovered again within this window (ms)',
    ),
    restHours: v(
      'DISCOVERY_REST_HOURS',
      nonNegativeInt.max(24 * 30),
      24,
      'a query some search discovered within this many hours is not discovered again (0: only the repeat guard)',
    ),
    provider: v('DISCOVERY_PROVIDER', z.enum(['indeed', 'glassdoor']), 'indeed', 'listing source'),
    defaultLocation: v(
      'DISCOVERY_DEFAULT_LOCATION',
      z.string().trim().min(1).max(200),
      'United States',
      'location used when neither the query nor the resume gives one',
    ),
  }),
  backoff: z.object({
    initialMs: v(
      'PROVIDER_BACKOFF_INITIAL_MS',
      positiveInt,
      1_000,
      'first durable-timer pause after a rate-limit or open-circuit refusal',
    ),
    maxMs: v('PROVIDER_BACKOFF_MAX_MS', positiveInt, 30_000, 'longest single pause (it doubles up to this)'),
    maxWaitMs: v('PROVIDER_BACKOFF_MAX_WAIT_MS', positiveInt, 300_000, 'total pause after which the search gives up'),
  }),
});

const ingestion = envSection(
  'Ingestion quality',
  'The posting-ingestion pipeline (docs/ingestion.md): duplicate thresholds measured by `npm run eval:dedup`, publication thresholds, and diversity in results.',
  {
    dedup: z.object({
      nearJaccard: v(
        'INGEST_NEAR_DUPLICATE_JACCARD',
        ratio,
        0.6,
        'estimated word-shingle Jaccard from which two descriptions are near-identical',
      ),
      identityMinJaccard: v(
        'INGEST_IDENTITY_MIN_JACCARD',
        ratio,
        0.3,
        'below this, two postings with the same employer, title and place are different jobs',
      ),
      titleSimilarity: v(
        'INGEST_TITLE_SIMILARITY',
        z.coerce.number().gt(0).max(1),
        1,
        'title-word Jaccard (with the same level words) from which near-identical texts are one job',
      ),
      skillSimilarity: v(
        'INGEST_SKILL_SIMILARITY',
        z.coerce.number().min(0).lt(1),
        0.3,
        'skills Jaccard (when both name three or more) from which near-identical texts are one job',
      ),
      skillDifference: v(
        'INGEST_SKILL_DIFFERENCE',
        positiveInt.max(100),
        2,
        'skills each of two near-identical texts names that the other does not, from which they are two roles',
      ),
    }),
    candidateLimit: v(
      'INGEST_DEDUP_CANDIDATES',
      positiveInt.max(5000),
      200,
      'stored postings compared with each new one (found by content hash, identity or LSH band)',
    ),
    publication: z.object({
      spamHoldAt: v(
        'INGEST_SPAM_HOLD_AT',
        z.coerce.number().int().min(1).max(100),
        50,
        'a spam score from this holds a posting',
      ),
      qualityMin: v(
        'INGEST_QUALITY_MIN',
        z.coerce.number().int().min(0).max(100),
        25,
        'a quality (completeness) score below this holds a posting',
      ),
    }),
    maxPerCompany: v(
      'SEARCH_MAX_PER_COMPANY',
      positiveInt.max(100),
      3,
      'postings of one employer among the results shown with full detail (the rest move down)',
    ),
  },
);

const objectStore = envSection(
  'Object store',
  'Raw provider payloads: an S3-compatible store when `S3_ENDPOINT` or `S3_ACCESS_KEY_ID` is set, the filesystem otherwise.',
  {
    dir: v('OBJECT_STORE_DIR', nonEmpty, '.data/objects', 'folder of the filesystem store'),
    endpoint: v('S3_ENDPOINT', url.optional(), undefined, 'S3-compatible endpoint (MinIO in docker-compose.yml)'),
    bucket: v('S3_BUCKET', z.string().min(3), 'hirehound-payloads', 'bucket, created when missing'),
    region: v('S3_REGION', nonEmpty, 'us-east-1', 'region'),
    accessKeyId: v('S3_ACCESS_KEY_ID', nonEmpty.optional(), undefined, 'access key id'),
    secretAccessKey: v('S3_SECRET_ACCESS_KEY', nonEmpty.optional(), undefined, 'secret access key'),
    forcePathStyle: v('S3_FORCE_PATH_STYLE', booleanFlag, true, 'path-style addressing (MinIO needs it)', {
      format: BOOLEAN_FORMAT,
    }),
  },
).transform(({ dir, ...s3 }) =>
  s3.endpoint || s3.accessKeyId ? { kind: 's3' as const, ...s3 } : { kind: 'filesystem' as const, dir },
);

/** Credits per successful call; HasData reports no cost per response, so these are the truth. */
const hasdataCosts = z.object({
  'indeed.listing': v('HASDATA_COST_INDEED_LISTING', nonNegativeInt, 10, 'Indeed listing page'),
  'indeed.job': v('HASDATA_COST_INDEED_JOB', nonNegativeInt, 10, 'Indeed job'),
  'glassdoor.listing': v('HASDATA_COST_GLASSDOOR_LISTING', nonNegativeInt, 10, 'Glassdoor listing page'),
  'glassdoor.job': v(
    'HASDATA_COST_GLASSDOOR_JOB',
    nonNegativeInt,
    10,
    'Glassdoor job (5 in older HasData price lists)',
  ),
  // The Web Scraping API's price depends on JS rendering and the proxy type.
  web: z.object({
    datacenter: v('HASDATA_COST_WEB', nonNegativeInt, 1, 'Web Scraping API, no JS rendering, datacenter proxy'),
    residential: v(
      'HASDATA_COST_WEB_RESIDENTIAL',
      nonNegativeInt,
      5,
      'Web Scraping API, no JS rendering, residential proxy',
    ),
    jsDatacenter: v('HASDATA_COST_WEB_JS', nonNegativeInt, 10, 'Web Scraping API with JS rendering, datacenter proxy'),
    jsResidential: v(
      'HASDATA_COST_WEB_JS_RESIDENTIAL',
      nonNegativeInt,
      15,
      'Web Scraping API with JS rendering, residential proxy',
    ),
  }),
});

const hasdata = envSection(
  'HasData',
  'The paid provider, reached only by the gateway. Costs are credits per successful call (failed calls cost nothing); the simulator bills the same.',
  {
    apiKey: v(
      'HASDATA_API_KEY',
      nonEmpty.optional(),
      undefined,
      'the real API’s key; only the gateway receives it (unset under `npm start`: the simulator is used)',
    ),
    baseUrl: v(
      'HASDATA_BASE_URL',
      url.transform((u) => u.replace(/\/+$/, '')),
      'https://api.hasdata.com',
      'where the gateway calls HasData (the simulator’s URL under `npm start`)',
    ),
    // HasData's own page-load limit is 300 s (failures after it are not billed); waiting a little
    // longer than that means a timeout on our side is never a call the provider still finishes and bills.
    timeoutMs: v('HASDATA_TIMEOUT_MS', positiveInt, 310_000, 'how long the gateway waits for HasData (ms)'),
    serverDeadlineMs: v(
      'HASDATA_SERVER_DEADLINE_MS',
      positiveInt,
      300_000,
      'HasData’s own page-load deadline; failures after it are not billed (ms)',
    ),
    costs: hasdataCosts,
  },
);

const gateway = envSection('Gateway', 'The credit-budgeted gateway, the only holder of the HasData key.', {
  url: v('GATEWAY_URL', url.optional(), undefined, 'where workers and the API reach the gateway (set by the launcher)'),
  host: v('GATEWAY_HOST', z.string(), '127.0.0.1', 'address the gateway listens on'),
  port: v('GATEWAY_PORT', port, 3100, 'port the gateway listens on'),
  internalToken: v(
    'GATEWAY_INTERNAL_TOKEN',
    z.string().min(16).optional(),
    undefined,
    'shared by the gateway and its callers (`x-internal-token`); generated by the launcher',
  ),
  redisPrefix: v(
    'GATEWAY_REDIS_PREFIX',
    z.string().regex(/^[\w:.-]+$/),
    'hh:gw',
    'Redis key prefix of the governance state (instances sharing it share the budget)',
  ),
  monthlyBudget: v('HASDATA_MONTHLY_BUDGET', positiveInt, 200_000, 'credits per calendar month (UTC); never exceeded'),
  maxConcurrency: v(
    'HASDATA_MAX_CONCURRENCY',
    positiveInt,
    15,
    'provider calls in flight, across all gateway instances',
  ),
  leaseTtlMs: v(
    'GATEWAY_LEASE_TTL_MS',
    positiveInt,
    30_000,
    'a concurrency slot’s lease, renewed every third of it while the call runs (ms)',
  ),
  slotWaitMs: v(
    'GATEWAY_SLOT_WAIT_MS',
    nonNegativeInt,
    60_000,
    'how long a caller may queue for a slot before it is refused as rate limited (ms)',
  ),
  rateLimits: z
    .object({
      perSecond: v(
        'GATEWAY_RATE_PER_SECOND',
        z.coerce.number().positive(),
        20,
        'token bucket rate per endpoint (HasData has no per-minute limit of its own)',
      ),
      burst: v('GATEWAY_RATE_BURST', positiveInt, 40, 'token bucket size per endpoint'),
      overrides: v('GATEWAY_RATE_LIMITS', rateOverrides, '', 'per-endpoint buckets, e.g. `indeed.listing=2/5`', {
        format: `comma-separated \`<endpoint>=<perSecond>/<burst>\`, endpoints ${listed(HASDATA_ENDPOINTS)}`,
      }),
    })
    .transform(
      ({ perSecond, burst, overrides }) =>
        Object.fromEntries(
          HASDATA_ENDPOINTS.map((endpoint) => [endpoint, overrides[endpoint] ?? { perSecond, burst }]),
        ) as Record<HasDataEndpoint, TokenBucket>,
    ),
  alerts: z.object({
    thresholds: v(
      'GATEWAY_ALERT_THRESHOLDS',
      alertThresholds,
      '0.7,0.9',
      'budget shares that fire an alert, once a month each',
      {
        format: 'comma-separated numbers in (0, 1), at most 5',
      },
    ),
    webhookUrl: v(
      'GATEWAY_ALERT_WEBHOOK_URL',
      url.optional(),
      undefined,
      'POSTed a JSON alert (besides the log line and the metric)',
    ),
  }),
  circuit: z.object({
    windowMs: v('GATEWAY_CIRCUIT_WINDOW_MS', positiveInt, 60_000, 'the circuit counts calls over this window (ms)…'),
    minCalls: v('GATEWAY_CIRCUIT_MIN_CALLS', positiveInt, 10, '…opens once at least this many calls…'),
    failureRatio: v('GATEWAY_CIRCUIT_FAILURE_RATIO', ratio, 0.5, '…of which this share failed (5xx, timeouts)'),
    cooldownMs: v(
      'GATEWAY_CIRCUIT_COOLDOWN_MS',
      positiveInt,
      30_000,
      'how long it stays open before one half-open probe',
    ),
  }),
  /** After a provider 429: wait base, doubling per consecutive 429, up to max. */
  backoff: z.object({
    baseMs: v(
      'GATEWAY_BACKOFF_BASE_MS',
      positiveInt,
      1_000,
      'pause after a provider 429, doubling per consecutive 429',
    ),
    maxMs: v('GATEWAY_BACKOFF_MAX_MS', positiveInt, 30_000, 'longest such pause'),
  }),
  /** The costly Web Scraping API options are the operator's choice, never a caller's. */
  scrape: z.object({
    jsRendering: v(
      'GATEWAY_SCRAPE_JS_RENDERING',
      booleanFlag,
      false,
      'scrape with JavaScript rendering (10 credits a page instead of 1); callers cannot ask for it',
      { format: BOOLEAN_FORMAT },
    ),
    proxyType: v(
      'GATEWAY_SCRAPE_PROXY_TYPE',
      z.enum(['datacenter', 'residential']),
      'datacenter',
      'the proxy pool scrapes go through (`residential` costs 5 credits a page); callers cannot ask for it',
    ),
  }),
});

const web = envSection('Web app', 'The single-page app the API serves at `/`, and where its admin view links to.', {
  distDir: v(
    'WEB_DIST_DIR',
    nonEmpty.transform((dir) => path.resolve(dir)),
    'web/dist',
    'the built web app (`npm run web:build`, run by the bootstrap), relative to the working directory',
  ),
  temporalUiUrl: v(
    'TEMPORAL_UI_URL',
    z.preprocess(unsetIfEmpty, url.optional()),
    undefined,
    'the Temporal UI the admin view links each search run to (set by the launcher); no links when unset',
  ),
});

/**
 * The Imaginator's chat model, reached only through the gateway (the one process given `HF_TOKEN`
 * for it) and governed there like HasData calls, on a budget line of its own.
 */
const hfChat = envSection(
  'Imaginator model line',
  'The chat model the Imaginator asks for resume edits (`POST /v1/resumes/:id/tailor`). The gateway calls it with `HF_TOKEN` (see Embeddings) or at `HF_CHAT_ENDPOINT_URL`, under a monthly budget of its own: HasData credits are never spent on it. With neither set, the Imaginator answers from its deterministic analysis.',
  {
    endpointUrl: v(
      'HF_CHAT_ENDPOINT_URL',
      z.preprocess(unsetIfEmpty, url.optional()),
      undefined,
      'a self-hosted chat-completion endpoint (Inference Endpoints, TGI, vLLM); wins over routing',
    ),
    model: v(
      'HF_CHAT_MODEL',
      nonEmpty,
      'meta-llama/Llama-3.1-8B-Instruct',
      'model id for routing with `HF_TOKEN`, and the model named to an endpoint',
    ),
    provider: v(
      'HF_CHAT_PROVIDER',
      nonEmpty,
      'auto',
      'Inference Provider used with `HF_TOKEN` (`auto`: the Hugging Face router chooses)',
    ),
    maxTokens: v('HF_CHAT_MAX_TOKENS', positiveInt.max(4096), 700, 'completion tokens one call may produce'),
    timeoutMs: v('HF_CHAT_TIMEOUT_MS', positiveInt, 60_000, 'how long the gateway waits for the model (ms)'),
    monthlyBudget: v(
      'HF_CHAT_MONTHLY_BUDGET',
      positiveInt,
      100_000,
      'model credits per calendar month (UTC); never exceeded, separate from `HASDATA_MONTHLY_BUDGET`',
    ),
    costPerCall: v('HF_CHAT_COST_PER_CALL', nonNegativeInt, 1, 'model credits per successful call, besides its tokens'),
    costPer1kTokens: v(
      'HF_CHAT_COST_PER_1K_TOKENS',
      nonNegativeInt,
      10,
      'model credits per 1,000 tokens, prompt and completion together, as the provider reports them',
    ),
    maxConcurrency: v('HF_CHAT_MAX_CONCURRENCY', positiveInt, 4, 'model calls in flight, across all gateway instances'),
    rate: z.object({
      perSecond: v('HF_CHAT_RATE_PER_SECOND', z.coerce.number().positive(), 2, 'token bucket rate of model calls'),
      burst: v('HF_CHAT_RATE_BURST', positiveInt, 5, 'token bucket size of model calls'),
    }),
  },
);

const simulator = envSection(
  'HasData simulator',
  'HasData’s API over a generated corpus, for `npm start` without `HASDATA_API_KEY`, the tests and the benchmarks. It reads only these, the process settings and the `HASDATA_COST_*` costs.',
  {
    host: v('SIMULATOR_HOST', z.string(), '127.0.0.1', 'address the simulator listens on'),
    port: v('SIMULATOR_PORT', port, 3200, 'port the simulator listens on'),
    apiKey: v(
      'SIMULATOR_API_KEY',
      z.string().min(8).optional(),
      undefined,
      'the one key it accepts; generated by the launcher',
    ),
    credits: v('SIMULATOR_CREDITS', nonNegativeInt, 200_000, 'the simulated account’s balance (403 when spent)'),
    concurrency: v('SIMULATOR_CONCURRENCY', positiveInt, 15, 'the simulated plan’s concurrency (429 above it)'),
    corpusSize: v('SIMULATOR_CORPUS_SIZE', positiveInt, 100_000, 'postings served'),
    seed: v('SIMULATOR_SEED', nonNegativeInt, 20_261_123, 'seed the postings are generated from'),
    latency: z.object({
      medianMs: v('SIMULATOR_LATENCY_MEDIAN_MS', nonNegativeInt, 1_500, 'median of the log-normal latency (ms)'),
      p95Ms: v(
        'SIMULATOR_LATENCY_P95_MS',
        nonNegativeInt,
        4_000,
        '95th percentile; faults and latency also change at run time (`PUT /_admin/settings`)',
      ),
    }),
  },
);

const maintenance = envSection(
  'Maintenance',
  'The scheduled upkeep on the `maintenance` task queue (docs/operations.md#scheduled-maintenance).',
  {
    startPaused: v(
      'MAINTENANCE_SCHEDULES_PAUSED',
      booleanFlag,
      false,
      'create the schedules paused (an existing schedule keeps its state); the tests trigger them by hand',
      { format: BOOLEAN_FORMAT },
    ),
    purge: z.object({
      batchSize: v(
        'MAINTENANCE_PURGE_BATCH_SIZE',
        positiveInt.max(10_000),
        500,
        'jobs archived per transaction (each batch is one short statement)',
      ),
      payloadGraceDays: v(
        'MAINTENANCE_PAYLOAD_GRACE_DAYS',
        nonNegativeInt,
        7,
        'days an archived job keeps its raw payloads before they are deleted',
      ),
    }),
    enrichment: z.object({
      stuckHours: v(
        'MAINTENANCE_ENRICH_STUCK_HOURS',
        positiveInt,
        6,
        'a job `queued` or `in_progress` this long is reset to `none`',
      ),
      maxAttempts: v(
        'MAINTENANCE_ENRICH_RETRY_MAX_ATTEMPTS',
        nonNegativeInt.max(10),
        3,
        'nightly retries of a failed enrichment a paid search asked for; then it is failed for good',
      ),
      nightlyCredits: v(
        'MAINTENANCE_ENRICH_RETRY_CREDITS',
        nonNegativeInt,
        500,
        'credits the nightly retries may spend, at most',
      ),
    }),
    index: z.object({
      recallSamples: v(
        'MAINTENANCE_INDEX_RECALL_SAMPLES',
        positiveInt.max(500),
        20,
        'sample queries the recall of each vector index is measured with',
      ),
      minRecall: v(
        'MAINTENANCE_INDEX_MIN_RECALL',
        z.coerce.number().min(0).max(1),
        0.9,
        'a vector index whose measured recall against exact search is below this is rebuilt',
      ),
      maxBloat: v(
        'MAINTENANCE_INDEX_MAX_BLOAT',
        z.coerce.number().positive(),
        1,
        'growth of a vector index’s bytes per row since it was built that triggers a rebuild (1: doubled)',
      ),
    }),
    objectMinAgeHours: v(
      'MAINTENANCE_OBJECT_MIN_AGE_HOURS',
      nonNegativeInt,
      24,
      'an unreferenced payload younger than this is kept (its enrichment may not have recorded it yet)',
    ),
    analyticsLookbackHours: v(
      'MAINTENANCE_ANALYTICS_LOOKBACK_HOURS',
      positiveInt.max(24 * 31),
      48,
      'hours the analytics roll-up recomputes on each run (searches finish and results are opened late)',
    ),
    reembed: z.object({
      batchSize: v(
        'MAINTENANCE_REEMBED_BATCH_SIZE',
        positiveInt.max(5_000),
        200,
        'jobs re-embedded per activity call after an embedding model change',
      ),
      servingCheckMs: v(
        'MAINTENANCE_REEMBED_SERVING_CHECK_MS',
        positiveInt,
        2_000,
        'how often a worker serving the old model checks whether the new vectors were switched in (ms)',
      ),
    }),
  },
);

// Caches and observability (docs/observability.md)

/** `host:port`, as the Temporal SDK's Prometheus exporter binds it. */
const hostPort = z.string().regex(/^[\w.-]+:\d{1,5}$/, 'expected host:port');
/** A port, or 0 for "not served". */
const portOrOff = z.coerce.number().int().min(0).max(65535);

const caches = envSection(
  'Caches',
  'Short-lived answers kept in a Redis of their own, whose eviction policy may drop any of them; the ledger’s Redis (`REDIS_URL`) never evicts (docs/observability.md#caches-and-redis-memory).',
  {
    redisUrl: v(
      'CACHE_REDIS_URL',
      z.preprocess(unsetIfEmpty, url.optional()),
      undefined,
      'the caches’ Redis, bounded by `maxmemory` with an evicting policy (set by the launcher); unset: `REDIS_URL`, bounded by the keys’ TTLs only',
    ),
    resultsTtlMs: v(
      'RESULTS_CACHE_TTL_MS',
      nonNegativeInt,
      600_000,
      'how long an identical search (same resume content or query, same filters) is answered from the last ranking (ms; 0 turns the cache off)',
    ),
  },
);

const observability = envSection(
  'Observability',
  'Prometheus endpoints of the api and worker processes (the gateway serves `/metrics` on its own port).',
  {
    host: v('METRICS_HOST', z.string(), '127.0.0.1', 'address the api’s and the workers’ metrics endpoints listen on'),
    apiPort: v('API_METRICS_PORT', portOrOff, 9464, 'port of the api process’s `/metrics` (0: not served)'),
    workerPort: v('WORKER_METRICS_PORT', portOrOff, 9465, 'port of a worker process’s `/metrics` (0: not served)'),
    temporalBindAddress: v(
      'TEMPORAL_METRICS_BIND_ADDRESS',
      z.preprocess(unsetIfEmpty, hostPort.optional()),
      undefined,
      'where a worker process serves the Temporal SDK’s own metrics, `host:port`; unset: not served',
    ),
  },
);

/** Everything an application process (api, workers, gateway, migrate) reads; the simulator's own below. */
export const ConfigSchema = envSection('Process', PROCESS_ABOUT, {
  ...processSettings,
  database,
  redis,
  temporal,
  worker,
  api,
  understanding,
  embeddings,
  matching,
  search,
  ingestion,
  objectStore,
  hasdata,
  gateway,
  hfChat,
  caches,
  observability,
  maintenance,
  web,
});

export type Config = Frozen<z.output<typeof ConfigSchema>>;

/** Parses the environment into a frozen, typed config; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return parseEnvironment(ConfigSchema, env);
}

/**
 * The HasData simulator stands in for an outside provider: it needs none of Hirehound's services,
 * so it reads only its own variables and the credit costs, which it bills exactly as HasData does.
 */
export const SimulatorConfigSchema = envSection('Process', PROCESS_ABOUT, {
  ...processSettings,
  simulator,
  costs: hasdataCosts,
});

export type SimulatorConfig = Frozen<z.output<typeof SimulatorConfigSchema>>;

export function loadSimulatorConfig(env: NodeJS.ProcessEnv = process.env): SimulatorConfig {
  return parseEnvironment(SimulatorConfigSchema, env);
}

/** Every environment variable our processes read (docs and deployment files are checked against it). */
export const CONFIG_VARIABLES: readonly string[] = [
  ...new Set([ConfigSchema, SimulatorConfigSchema].flatMap((schema) => listEnvVariables(schema).map((v) => v.name))),
];
