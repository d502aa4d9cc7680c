import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { CreditStatus } from './contract';

/**
 * Prometheus metrics of one gateway instance. Month-level figures (credits used and reserved,
 * circuit states) are read from the shared Redis ledger when scraped, so every instance reports
 * the same truth; per-instance figures (calls, latencies, queue) are counted here.
 */

const LATENCY_BUCKETS = [0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];

export interface GatewayMetrics {
  readonly registry: Registry;
  readonly calls: Counter<'endpoint' | 'outcome'>;
  readonly refusals: Counter<'endpoint' | 'reason'>;
  readonly providerErrors: Counter<'endpoint' | 'kind'>;
  readonly creditsCharged: Counter<'endpoint'>;
  readonly providerLatency: Histogram<'endpoint'>;
  readonly overhead: Histogram;
  readonly queueWait: Histogram;
  readonly inFlight: Gauge;
  readonly waiting: Gauge;
  readonly alerts: Counter<'threshold'>;
  readonly settlementBacklog: Gauge;
}

export function createGatewayMetrics(readStatus: () => Promise<CreditStatus>): GatewayMetrics {
  const registry = new Registry();
  const prefix = 'hirehound_gateway_';
  // One read of the shared ledger per scrape, however many gauges ask (prom-client collects
  // metrics in parallel): a Redis outage shows as governance_up 0 and leaves the others as they were.
  let latest: { at: number; status: Promise<CreditStatus | undefined> } | undefined;
  const status = (): Promise<CreditStatus | undefined> => {
    if (!latest || Date.now() - latest.at > 250) {
      latest = { at: Date.now(), status: readStatus().catch(() => undefined) };
    }
    return latest.status;
  };
  const shared = (name: string, help: string, read: (s: CreditStatus) => number): Gauge =>
    new Gauge({
      name: `${prefix}${name}`,
      help,
      registers: [registry],
      async collect() {
        const s = await status();
        if (s) this.set(read(s));
      },
    });
  new Gauge({
    name: `${prefix}governance_up`,
    help: '1 when the Redis ledger answers, 0 when calls are being refused for lack of it',
    registers: [registry],
    async collect() {
      this.set((await status()) ? 1 : 0);
    },
  });
  shared('credits_used', 'Credits settled this month (shared ledger)', (s) => s.used);
  shared('credits_reserved', 'Credits held by calls in flight', (s) => s.reserved);
  shared('credits_budget', 'Monthly credit budget', (s) => s.budget);
  shared('slots_in_use', 'Concurrency slots held across all instances', (s) => s.inFlight);
  new Gauge({
    name: `${prefix}circuit_state`,
    help: 'Circuit per endpoint: 0 closed, 1 half-open, 2 open',
    labelNames: ['endpoint'],
    registers: [registry],
    async collect() {
      const s = await status();
      for (const [endpoint, c] of Object.entries(s?.circuits ?? {})) {
        this.set({ endpoint }, c.state === 'closed' ? 0 : c.state === 'half_open' ? 1 : 2);
      }
    },
  });
  return {
    registry,
    calls: new Counter({
      name: `${prefix}calls_total`,
      help: 'Calls by endpoint and outcome (ok, expired, refused, provider_error)',
      labelNames: ['endpoint', 'outcome'],
      registers: [registry],
    }),
    refusals: new Counter({
      name: `${prefix}refusals_total`,
      help: 'Calls refused without reaching the provider, by reason',
      labelNames: ['endpoint', 'reason'],
      registers: [registry],
    }),
    providerErrors: new Counter({
      name: `${prefix}provider_errors_total`,
      help: 'Provider failures by kind',
      labelNames: ['endpoint', 'kind'],
      registers: [registry],
    }),
    creditsCharged: new Counter({
      name: `${prefix}credits_charged_total`,
      help: 'Credits charged by this instance',
      labelNames: ['endpoint'],
      registers: [registry],
    }),
    providerLatency: new Histogram({
      name: `${prefix}provider_latency_seconds`,
      help: 'Provider call duration',
      labelNames: ['endpoint'],
      buckets: LATENCY_BUCKETS,
      registers: [registry],
    }),
    overhead: new Histogram({
      name: `${prefix}overhead_seconds`,
      help: 'Time the gateway adds to a call (total minus queueing minus provider)',
      buckets: LATENCY_BUCKETS,
      registers: [registry],
    }),
    queueWait: new Histogram({
      name: `${prefix}queue_wait_seconds`,
      help: 'Time spent waiting for a concurrency slot',
      buckets: LATENCY_BUCKETS,
      registers: [registry],
    }),
    inFlight: new Gauge({
      name: `${prefix}in_flight`,
      help: 'Provider calls in flight from this instance',
      registers: [registry],
    }),
    waiting: new Gauge({
      name: `${prefix}waiting`,
      help: 'Callers waiting for a slot on this instance',
      registers: [registry],
    }),
    alerts: new Counter({
      name: `${prefix}budget_alerts_total`,
      help: 'Budget alerts fired (each threshold once per month across all instances)',
      labelNames: ['threshold'],
      registers: [registry],
    }),
    settlementBacklog: new Gauge({
      name: `${prefix}settlement_backlog`,
      help: 'Finished calls waiting for Redis to book them',
      registers: [registry],
    }),
  };
}
