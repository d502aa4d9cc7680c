import crypto from 'node:crypto';
import { WithStartWorkflowOperation } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import type { TaskQueueNames } from '../../common/vocabulary/task-queues';
import { searchWorkflowId } from '../../temporal/workflow-ids';
import { firstResultsUpdate } from '../../workflows/search/messages';
import { searchWorkflow } from '../../workflows/search/workflow';
import { openTestConnections, type TestConnections } from '../harness/connections';
import { uniquePrefix } from '../harness/services';
import { bundleWorkflows } from '../harness/workflow-bundle';
import { makeJobs, SearchWorld, searchInput, TEST_SETTINGS, withWorldWorkers } from './search-world';

/**
 * A worker that has evicted a running search (cache pressure, a restart) rebuilds it by replaying
 * its history so far, for its next task or for a query. The history must replay at any point,
 * whatever order enrichments, pool re-rankings and their upserts happened in: here
 * a paid search started as the API starts it (update-with-start) discovers and then enriches while
 * fetches and rankings take random times, and its history is replayed again and again mid-run.
 */
let bundle: WorkflowBundleWithSourceMap;
let services: TestConnections;
beforeAll(async () => {
  bundle = await bundleWorkflows();
  services = await openTestConnections();
}, 60_000);
afterAll(() => services?.close());

/**
 * The history up to its last completed workflow task: what a worker that evicted the run replays.
 * Events after it (a task under way, results not yet handed to the workflow) would make the replay
 * worker run the workflow on, and it has no activities to run.
 */
function completedPart(history: temporal.api.history.v1.IHistory): temporal.api.history.v1.IHistory {
  const events = history.events ?? [];
  const last = events.findLastIndex(
    (e) => e.eventType === temporal.api.enums.v1.EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED,
  );
  return { ...history, events: events.slice(0, last + 1) };
}

const jitter = (min: number, max: number) => new Promise((r) => setTimeout(r, min + Math.random() * (max - min)));

it('replays a paid search at any point while its enrichments finish during re-rankings', async () => {
  for (let round = 0; round < 3; round++) {
    const world = new SearchWorld({
      jobs: makeJobs(30, uniquePrefix('stress'), () => 50),
      discoverPages: [makeJobs(10, uniquePrefix('found1'), () => 70), makeJobs(10, uniquePrefix('found2'), () => 65)],
    });
    const provider = world.providerActivities();
    world.providerActivities = () => ({
      ...provider,
      fetchJobDetails: async (request) => {
        await jitter(0, 60);
        return provider.fetchJobDetails(request);
      },
    });
    await withWorldWorkers(
      { native: services.native, client: services.client, db: services.db, bundle },
      world,
      () => {
        const search = world.searchActivities();
        return {
          ...search,
          rankCandidates: async (request) => {
            await jitter(5, 80);
            return search.rankCandidates(request);
          },
        };
      },
      async (queues: TaskQueueNames) => {
        const searchId = crypto.randomUUID();
        const op = new WithStartWorkflowOperation(searchWorkflow, {
          workflowId: searchWorkflowId(searchId),
          taskQueue: queues.search,
          workflowIdConflictPolicy: 'FAIL',
          args: [
            searchInput(queues, 'paid', {
              searchId,
              query: { keyword: 'cook', location: 'Remote' },
              normalizedQuery: uniquePrefix('cook|remote'),
              settings: { ...TEST_SETTINGS, enrichLimit: 40, enrichConcurrency: 20 },
            }),
          ],
        });
        await services.client.workflow.executeUpdateWithStart(firstResultsUpdate, {
          args: [{ limit: 20 }],
          startWorkflowOperation: op,
        });
        const handle = await op.workflowHandle();
        let done = false;
        const midway = (async () => {
          let n = 0;
          while (!done) {
            const partial = completedPart(await handle.fetchHistory());
            await Worker.runReplayHistory({ workflowBundle: bundle }, partial, `${handle.workflowId}-${n++}`);
          }
          return n;
        })();
        const final = await handle.result().finally(() => {
          done = true;
        });
        expect(await midway).toBeGreaterThan(0);
        expect(final.counts.enrichDone).toBeGreaterThan(0);
        const history = await handle.fetchHistory();
        await Worker.runReplayHistory({ workflowBundle: bundle }, history, handle.workflowId);
      },
    );
  }
}, 240_000);
