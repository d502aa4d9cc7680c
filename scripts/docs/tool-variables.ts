/**
 * Variables read by the bootstrap, the tools, the tests and the benchmarks, never by the
 * application processes. Each reads its own with a plain `process.env.X ?? default`, so they are
 * listed here for the docs; configuration-page.test.ts checks the list against the code both ways
 * (every such read is listed, every listed variable is read).
 */
export interface ToolVariable {
  readonly name: string;
  /** The value used when unset, as a person would write it; undefined: none. */
  readonly default: string | undefined;
  readonly readBy: string;
  readonly description: string;
}

export const TOOL_VARIABLES: readonly ToolVariable[] = [
  {
    name: 'CI',
    default: undefined,
    readBy: 'bootstrap',
    description: 'any value: progress as periodic lines instead of a live status line',
  },
  {
    name: 'TEMPORAL_CLI',
    default: undefined,
    readBy: 'bootstrap, launcher, tests',
    description: 'the Temporal CLI to use instead of the one on `PATH` or in Go’s bin folder',
  },
  {
    name: 'REDIS_SERVER',
    default: undefined,
    readBy: 'bootstrap, launcher, tests',
    description: 'the `redis-server` to use instead of the one on `PATH`',
  },
  {
    name: 'MINIO_SERVER',
    default: undefined,
    readBy: 'bootstrap, tests',
    description: 'the MinIO server the object-store tests run, instead of the one on `PATH` or in Go’s bin folder',
  },
  {
    name: 'PG_BIN_DIR',
    default: undefined,
    readBy: 'bootstrap, launcher, tests',
    description: 'the folder of PostgreSQL’s server binaries (`initdb`, `postgres`, `pg_ctl`)',
  },
  { name: 'NO_COLOR', default: undefined, readBy: '`npm start`', description: 'any value: plain launcher output' },
  {
    name: 'HIREHOUND_API_URL',
    default: undefined,
    readBy: '`npm run demo`',
    description: 'the API the demo talks to; unset: the one the running stack’s `.data/stack.json` names',
  },
  {
    name: 'ONET_SOURCE_DIR',
    default: '../shared/data/onet-29.2',
    readBy: '`npm run data:onet`',
    description: 'the O*NET database release the occupation data is built from',
  },
  {
    name: 'SKILL_ALIASES_DIR',
    default: '../shared/data/tech-skill-aliases',
    readBy: '`npm run data:skills`',
    description: 'the technology-skill alias lists the skill taxonomy is built from',
  },
  {
    name: 'PYTHON',
    default: 'python3',
    readBy: '`npm run train:titles`',
    description: 'interpreter for the title classifier’s training virtualenv',
  },
  {
    name: 'RECORD_HISTORIES',
    default: undefined,
    readBy: 'tests',
    description: '`1`: the search and end-to-end tests write workflow histories for the replay tests',
  },
  {
    name: 'UPDATE_HISTORIES',
    default: undefined,
    readBy: 'tests',
    description: '`1`: the resume-ingestion test rewrites its replay history',
  },
  {
    name: 'HIREHOUND_SHARED_DATA',
    default: '../shared/data',
    readBy: 'evaluations, benchmarks',
    description: 'third-party data the evaluations and benchmarks read',
  },
  {
    name: 'BENCH_SIZES',
    default: '10000,50000,100000',
    readBy: '`npm run bench:cache`',
    description: 'cache sizes measured',
  },
  { name: 'BENCH_QUERIES', default: '100', readBy: '`npm run bench:cache`', description: 'queries per size' },
  {
    name: 'BENCH_POOLS',
    default: '100,200,300,500',
    readBy: '`npm run bench:cache`',
    description: 'candidate counts whose ranking is compared with the widest pool (1000) at the largest size',
  },
  {
    name: 'EVAL_POSTINGS',
    default: '3000',
    readBy: '`npm run eval:matching`',
    description: 'postings in the evaluation corpus',
  },
  {
    name: 'EVAL_RESUMES',
    default: '150',
    readBy: '`npm run eval:matching`',
    description: 'resumes evaluated (at most)',
  },
  {
    name: 'EVAL_TEXT',
    default: 'fulltext',
    readBy: '`npm run eval:matching`',
    description: '`listing`: embed the listing text instead of the full posting',
  },
  {
    name: 'BENCH_CALLS',
    default: '2000',
    readBy: '`npm run bench:gateway`',
    description: 'calls in the saturation run',
  },
  {
    name: 'BENCH_LATENCY_MEDIAN_MS',
    default: '300',
    readBy: '`npm run bench:gateway`',
    description: 'median provider latency (log-normal)',
  },
  {
    name: 'BENCH_LATENCY_P95_MS',
    default: '700',
    readBy: '`npm run bench:gateway`',
    description: '95th percentile provider latency',
  },
  { name: 'BENCH_JOBS', default: '100000', readBy: '`npm run bench:search`', description: 'jobs in the cache' },
  {
    name: 'BENCH_PROVIDER_LATENCY_MS',
    default: '1000',
    readBy: '`npm run bench:search`',
    description: 'fixed provider latency',
  },
  {
    name: 'BENCH_FIRST_SEARCHES',
    default: '60',
    readBy: '`npm run bench:search`',
    description: 'searches timed to their first results',
  },
  {
    name: 'BENCH_THROUGHPUT_S',
    default: '30',
    readBy: '`npm run bench:search`',
    description: 'length of the cache-only throughput run (s)',
  },
  {
    name: 'BENCH_THROUGHPUT_CLIENTS',
    default: '12',
    readBy: '`npm run bench:search`',
    description: 'clients searching at once in that run',
  },
  { name: 'BENCH_ENRICH_RUNS', default: '3', readBy: '`npm run bench:search`', description: 'paid enrichment runs' },
  {
    name: 'BENCH_INGEST_STORED',
    default: '0',
    readBy: '`npm run bench:ingest`',
    description:
      'stored postings (each with its LSH band keys) put in the table before the run, to measure the lookups at a running cache size',
  },
  { name: 'BENCH_WORKERS', default: '1', readBy: '`npm run bench:search`', description: 'worker processes' },
  {
    name: 'BENCH_REPLAY_SEARCHES',
    default: '2000',
    readBy: '`npm run bench:replay`',
    description: 'searches replayed and counted',
  },
  {
    name: 'BENCH_REPLAY_WARMUP',
    default: '2000',
    readBy: '`npm run bench:replay`',
    description:
      'searches of the same workload replayed first (traffic already seen), reported apart as the cold start (`warmup_*` keys)',
  },
  {
    name: 'BENCH_REPLAY_PAID_SHARE',
    default: '0.3',
    readBy: '`npm run bench:replay`',
    description: 'share of searches by paid users',
  },
  {
    name: 'BENCH_REPLAY_ZIPF',
    default: '1',
    readBy: '`npm run bench:replay`',
    description: 'exponent of the Zipf law over query popularity',
  },
  {
    name: 'BENCH_REPLAY_QUERIES',
    default: '10000',
    readBy: '`npm run bench:replay`',
    description: 'distinct (title, city) queries the workload draws from',
  },
  {
    name: 'BENCH_REPLAY_REPEAT_SHARE',
    default: '0.33',
    readBy: '`npm run bench:replay`',
    description: 'share of a user’s searches that repeat one of their own earlier queries',
  },
  {
    name: 'BENCH_REPLAY_JOBS',
    default: '20000',
    readBy: '`npm run bench:replay`',
    description: 'simulator postings in the cache before the replay (listings, none enriched)',
  },
  {
    name: 'BENCH_REPLAY_CLIENTS',
    default: '8',
    readBy: '`npm run bench:replay`',
    description: 'people searching at once',
  },
  {
    name: 'BENCH_REPLAY_LATENCY_MS',
    default: '300',
    readBy: '`npm run bench:replay`',
    description: 'median provider latency (p95 twice that)',
  },
  {
    name: 'BENCH_REPLAY_SEED',
    default: '14',
    readBy: '`npm run bench:replay`',
    description: 'seed of the workload',
  },
  {
    name: 'BENCH_PROFILE_DIR',
    default: undefined,
    readBy: '`npm run bench:search`, `npm run bench:replay`',
    description:
      'a folder to write V8 CPU profiles of the processes to (bench:search also writes PostgreSQL time by statement there)',
  },
  {
    name: 'BENCH_EMBED_TEXTS',
    default: '96',
    readBy: '`npm run bench:embed`',
    description: 'real postings embedded per model and batch size',
  },
  {
    name: 'BENCH_EMBED_BATCHES',
    default: '1,8,32',
    readBy: '`npm run bench:embed`',
    description: 'batch sizes measured, comma-separated',
  },
  {
    name: 'EVAL_IMAGINATOR_PER_CATEGORY',
    default: '20',
    readBy: '`npm run eval:imaginator`',
    description: 'resumes tailored per LiveCareer category',
  },
  {
    name: 'EVAL_IMAGINATOR_POSTINGS',
    default: '600',
    readBy: '`npm run eval:imaginator`',
    description: 'real postings the resumes are paired with',
  },
  {
    name: 'EVAL_DEDUP_EMBED',
    default: '1',
    readBy: '`npm run eval:dedup`',
    description: '`0` skips the embedding (threshold work; the throughput is then not the pipeline’s)',
  },
  {
    name: 'EVAL_DEDUP_SWEEP',
    default: undefined,
    readBy: '`npm run eval:dedup`',
    description: '`1` prints precision and recall over a grid of thresholds',
  },
  {
    name: 'EVAL_DEDUP_LABEL',
    default: '0',
    readBy: '`npm run eval:dedup`',
    description: 'real pairs per stratum written to `.data/bench/dedup-label.txt` for a person to judge',
  },
  {
    name: 'CHROMIUM_PATH',
    default: undefined,
    readBy: 'bootstrap, the browser tests',
    description: 'the Chromium the web app’s tests drive (unset: Debian’s package, else one on PATH)',
  },
  {
    name: 'FUZZ_CASES',
    default: '25',
    readBy: 'tests/api/fuzz.test.ts, `npm run fuzz:api`',
    description: 'requests per API operation',
  },
  {
    name: 'FUZZ_SEED',
    default: '20261206',
    readBy: 'tests/api/fuzz.test.ts, `npm run fuzz:api`',
    description: 'seed of the generated requests',
  },
  {
    name: 'STACK_API_LOG',
    default: undefined,
    readBy: 'the end-to-end tests',
    description: 'a pino level (`info`, `debug`): the API’s log at that level instead of silenced',
  },
];
