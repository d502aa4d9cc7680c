import fs from 'node:fs';
import path from 'node:path';
import { Client, type Connection } from '@temporalio/client';
import { connectTemporal } from '../../temporal/connection';
import { ApplicationFailure } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { NativeConnection, Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import type { UnderstandingActivities } from '../../activities/understanding';
import { resumeIngestionPhaseQuery } from '../../workflows/resume-ingestion/messages';
import { resumeIngestionWorkflow } from '../../workflows/resume-ingestion/workflow';
import { temporalAddress, uniquePrefix } from '../harness/services';
import { bundleWorkflows } from '../harness/workflow-bundle';

// Binary protobuf: the SDK's JSON converters trip over the duplicate protobufjs copies under jest.
const HISTORY = path.join(__dirname, '..', 'histories', 'resume-ingestion-failed.pb');
const History = temporal.api.history.v1.History;

/** Stub activities that record what the workflow asked for; `failWith` makes reading fail with that code. */
function stubActivities(failWith?: string) {
  const calls: string[] = [];
  const failures: { code: string; message: string }[] = [];
  const activities: UnderstandingActivities = {
    readResumeDocument: async (id) => {
      calls.push(`read:${id}`);
      if (failWith) throw ApplicationFailure.create({ type: failWith, message: 'refused', nonRetryable: false });
      return { format: 'pdf', method: 'text-layer', pages: 1, ocrPages: 0, isResume: true, contentChars: 900 };
    },
    analyseResumeText: async (id) => {
      calls.push(`analyse:${id}`);
      return { title: 'Software Developers', onetCode: '15-1252.00', skills: 7 };
    },
    markResumeFailed: async (id, error) => {
      calls.push(`failed:${id}`);
      failures.push(error);
    },
  };
  return { activities, calls, failures };
}

describe('resumeIngestionWorkflow', () => {
  let connection: Connection;
  let client: Client;
  let native: NativeConnection;
  let bundle: WorkflowBundleWithSourceMap;

  beforeAll(async () => {
    connection = await connectTemporal({ address: temporalAddress() });
    client = new Client({ connection });
    native = await NativeConnection.connect({ address: temporalAddress() });
    bundle = await bundleWorkflows();
  });
  afterAll(async () => {
    await native.close();
    await connection.close();
  });

  async function run(failWith?: string) {
    const taskQueue = uniquePrefix('resume-ingestion');
    const stub = stubActivities(failWith);
    const worker = await Worker.create({
      connection: native,
      taskQueue,
      workflowBundle: bundle,
      activities: stub.activities,
    });
    const resumeId = '0b3b8f3e-7c2a-4d5e-9f10-1a2b3c4d5e6f';
    const handle = await client.workflow.start(resumeIngestionWorkflow, {
      taskQueue,
      workflowId: uniquePrefix('resume'),
      args: [{ resumeId, activityTaskQueue: taskQueue }],
    });
    // Queries need a polling worker, even on a closed run: ask before the worker stops.
    const { result, phase } = await worker.runUntil(async () => ({
      result: await handle.result(),
      phase: await handle.query(resumeIngestionPhaseQuery),
    }));
    return { result, phase, handle, stub, resumeId };
  }

  it('reads, then analyses, and leaves embedding to the matching module', async () => {
    const { result, phase, stub, resumeId } = await run();
    expect(result).toEqual({ resumeId, status: 'analysed', error: null });
    expect(stub.calls).toEqual([`read:${resumeId}`, `analyse:${resumeId}`]);
    expect(phase).toBe('analysed');
  });

  it('stops at a verdict on the file without retrying, and records it on the resume', async () => {
    const { result, phase, handle, stub, resumeId } = await run('RESUME_ENCRYPTED');
    expect(phase).toBe('failed');
    expect(result).toEqual({ resumeId, status: 'failed', error: { code: 'RESUME_ENCRYPTED', message: 'refused' } });
    // Listed in nonRetryableErrorTypes: one attempt only, even though the failure itself allowed retries.
    expect(stub.calls).toEqual([`read:${resumeId}`, `failed:${resumeId}`]);
    expect(stub.failures).toEqual([{ code: 'RESUME_ENCRYPTED', message: 'refused' }]);

    const history = await handle.fetchHistory();
    if (process.env.UPDATE_HISTORIES === '1') fs.writeFileSync(HISTORY, History.encode(history).finish());
    // The fresh history and the committed one (an earlier version's run) replay against today's code.
    await Worker.runReplayHistory({ workflowBundle: bundle }, history);
    const stored = History.decode(fs.readFileSync(HISTORY));
    expect(stored.events.length).toBeGreaterThan(5);
    await Worker.runReplayHistory({ workflowBundle: bundle }, stored, 'resume-ingestion-failed');
  });
});
