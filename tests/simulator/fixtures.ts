import pino from 'pino';
import { loadSimulatorConfig } from '../../common/config';
import { createSimulatorAdmin, type SimulatorAdmin } from '../../simulator/admin-client';
import type { FaultSettings, LatencySettings } from '../../simulator/behaviour';
import { createSimulator, type Simulator } from '../../simulator/simulator';
import { listen } from '../harness/listen';

export const SIMULATOR_KEY = 'sim-test-key-5f1c9a';

export interface RunningSimulator extends Simulator {
  readonly url: string;
  readonly admin: SimulatorAdmin;
  close(): Promise<void>;
}

/** A simulator on a free port with small latencies (tests must be fast on a busy machine). */
export async function startSimulator(
  options: {
    apiKey?: string;
    corpusSize?: number;
    credits?: number;
    concurrency?: number;
    latency?: LatencySettings;
    faults?: Partial<FaultSettings>;
    deadlineMs?: number;
    asOf?: Date;
  } = {},
): Promise<RunningSimulator> {
  const { costs } = loadSimulatorConfig({});
  const simulator = createSimulator({
    apiKey: options.apiKey ?? SIMULATOR_KEY,
    costs,
    corpusSize: options.corpusSize ?? 5000,
    seed: 7,
    asOf: options.asOf ?? new Date(),
    credits: options.credits ?? 1_000_000,
    concurrency: options.concurrency ?? 15,
    latency: options.latency ?? { medianMs: 5, p95Ms: 5 },
    ...(options.faults ? { faults: options.faults } : {}),
    ...(options.deadlineMs ? { deadlineMs: options.deadlineMs } : {}),
    logger: pino({ level: 'silent' }),
  });
  const server = await listen(simulator.app);
  return {
    ...simulator,
    url: server.url,
    admin: createSimulatorAdmin(server.url),
    close: () => {
      simulator.stop();
      return server.close();
    },
  };
}
