import { z } from 'zod';
import { BehaviourSettings, type BehaviourPatch } from './behaviour';
import type { ScriptEntry } from './scripted';

/**
 * The simulator's admin endpoint from the outside (tests and benchmarks): switch faults and latency
 * at run time, read what the provider saw (calls, credits charged, peak in flight).
 */

export const SimulatorStats = z.object({
  calls: z.number(),
  callsByEndpoint: z.record(z.string(), z.number()),
  responsesByStatus: z.record(z.string(), z.number()),
  creditsCharged: z.number(),
  creditsRemaining: z.number(),
  inFlight: z.number(),
  peakInFlight: z.number(),
  rejectedOverConcurrency: z.number(),
  utilisation: z.number(),
  busyMs: z.number(),
  firstCallAt: z.string().nullable(),
  lastAnswerAt: z.string().nullable(),
});
export type SimulatorStats = z.infer<typeof SimulatorStats>;

const State = z.object({
  settings: BehaviourSettings,
  corpus: z.object({ size: z.number(), seed: z.number() }),
  stats: SimulatorStats,
});
export type SimulatorState = z.infer<typeof State>;

export interface SimulatorAdmin {
  state(): Promise<SimulatorState>;
  stats(): Promise<SimulatorStats>;
  configure(patch: BehaviourPatch): Promise<SimulatorState['settings']>;
  /** Clears the counters (calls, credits charged, peak in flight). */
  resetStats(): Promise<void>;
  /** Replaces the queue of scripted answers (simulator/scripted.ts); an empty list clears it. */
  script(entries: readonly ScriptEntry[]): Promise<void>;
}

export function createSimulatorAdmin(baseUrl: string): SimulatorAdmin {
  const url = (path: string): string => `${baseUrl.replace(/\/+$/, '')}${path}`;
  async function json(res: globalThis.Response): Promise<unknown> {
    if (!res.ok) throw new Error(`simulator admin answered ${res.status}: ${await res.text()}`);
    return res.json();
  }
  return {
    state: async () => State.parse(await json(await fetch(url('/_admin/state')))),
    stats: async () => State.parse(await json(await fetch(url('/_admin/state')))).stats,
    configure: async (patch) => {
      const res = await fetch(url('/_admin/settings'), {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(patch),
      });
      return z.object({ settings: BehaviourSettings }).parse(await json(res)).settings;
    },
    resetStats: async () => {
      await json(await fetch(url('/_admin/reset'), { method: 'POST' }));
    },
    script: async (entries) => {
      await json(
        await fetch(url('/_admin/script'), {
          method: 'PUT',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(entries),
        }),
      );
    },
  };
}
