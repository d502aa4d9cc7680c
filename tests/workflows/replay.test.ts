import fs from 'node:fs';
import path from 'node:path';
import { temporal } from '@temporalio/proto';
import { Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { bundleWorkflows } from '../harness/workflow-bundle';

/**
 * Every history recorded from a real run (`RECORD_HISTORIES=1 npx jest tests/e2e tests/workflows`
 * writes them: e2e-* over the whole stack, search-* and enrich-* with stub activities) must
 * replay against today's workflow code without a non-determinism error: a change that would break
 * the searches running in production during a deploy fails here first.
 */
const DIR = path.join(__dirname, '..', 'histories');
const History = temporal.api.history.v1.History;
const recorded = fs
  .readdirSync(DIR)
  // resume-ingestion-*.pb belong to the resume ingestion test, which replays them itself.
  .filter((file) => file.endsWith('.pb') && !file.startsWith('resume-ingestion'))
  .sort();

let bundle: WorkflowBundleWithSourceMap;
beforeAll(async () => {
  bundle = await bundleWorkflows();
}, 60_000);

describe('replay of recorded search and enrichment runs', () => {
  it('has the recorded runs the end-to-end tests produce', () => {
    expect(recorded).toEqual(
      expect.arrayContaining([
        'e2e-free.pb',
        'e2e-paid-cold.pb',
        'e2e-enrich-job.pb',
        'e2e-filters-changed.pb',
        'e2e-cancelled.pb',
        'e2e-budget-exhausted.pb',
        'e2e-worker-killed.pb',
        'search-free.pb',
        'search-paid-cold.pb',
        'search-budget-exhausted.pb',
        'search-filters-changed.pb',
        'enrich-rate-limited.pb',
      ]),
    );
  });

  it.each(recorded)('%s replays deterministically', async (file) => {
    const history = History.decode(fs.readFileSync(path.join(DIR, file)));
    expect(history.events.length).toBeGreaterThan(5);
    // Throws DeterminismViolationError (or any workflow task failure) when the code diverges.
    await Worker.runReplayHistory({ workflowBundle: bundle }, history, file);
  });
});
