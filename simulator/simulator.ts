import type { Express } from 'express';
import type { HasDataCosts } from '../gateway/hasdata/costs';
import type { Logger } from '../common/logger';
import { SimulatedAccount } from './account';
import { ScriptedResponses } from './scripted';
import { Behaviour, NO_FAULTS, type FaultSettings, type LatencySettings } from './behaviour';
import { JobCorpus } from './corpus';
import { SimulatedWork, createSimulatorApp } from './app';
import { CorpusSearchIndex } from './search-index';

export interface SimulatorOptions {
  /** The only key the simulator accepts in `x-api-key`. */
  readonly apiKey: string;
  readonly costs: HasDataCosts;
  readonly corpusSize: number;
  readonly seed: number;
  /** Postings are dated back from this day; the process passes today so they look fresh. */
  readonly asOf?: Date;
  readonly credits: number;
  readonly concurrency: number;
  readonly latency: LatencySettings;
  readonly faults?: Partial<FaultSettings>;
  /** HasData's page-load deadline (300 s), where injected timeouts end. */
  readonly deadlineMs?: number;
  readonly logger: Logger;
}

export interface Simulator {
  readonly app: Express;
  readonly corpus: JobCorpus;
  readonly account: SimulatedAccount;
  readonly behaviour: Behaviour;
  /** Ends every simulated wait now (calls in progress answer at once). */
  stop(): void;
}

/** Builds the corpus, its search index and the simulated account, and the app serving them. */
export function createSimulator(options: SimulatorOptions): Simulator {
  const corpus = new JobCorpus({
    size: options.corpusSize,
    seed: options.seed,
    ...(options.asOf ? { asOf: options.asOf } : {}),
  });
  const started = Date.now();
  const index = CorpusSearchIndex.build(corpus);
  options.logger.info({ postings: corpus.size, ms: Date.now() - started }, 'corpus indexed');
  const behaviour = new Behaviour(
    {
      latency: options.latency,
      faults: { ...NO_FAULTS, ...options.faults },
      deadlineMs: options.deadlineMs ?? 300_000,
      concurrency: options.concurrency,
    },
    options.seed,
  );
  const account = new SimulatedAccount(options.credits, () => behaviour.settings.concurrency);
  const work = new SimulatedWork();
  const app = createSimulatorApp({
    work,
    script: new ScriptedResponses(),
    corpus,
    index,
    costs: options.costs,
    apiKey: options.apiKey,
    behaviour,
    account,
    logger: options.logger,
  });
  return { app, corpus, account, behaviour, stop: () => work.stopAll() };
}
