import { Client, type Connection } from '@temporalio/client';
import { connectTemporal } from '../../temporal/connection';
import { NativeConnection, Worker } from '@temporalio/worker';
import { UserTierAttribute } from '../../temporal/search-attributes';
import { temporalAddress, uniquePrefix } from '../harness/services';
import { createSmokeActivities } from './fixtures/smoke-activities';
import { releaseSignal, smokeWorkflow, statusQuery } from './fixtures/smoke-workflows';

describe('Temporal dev server', () => {
  let connection: Connection;
  let client: Client;
  let nativeConnection: NativeConnection;

  beforeAll(async () => {
    connection = await connectTemporal({ address: temporalAddress() });
    client = new Client({ connection });
    nativeConnection = await NativeConnection.connect({ address: temporalAddress() });
  });
  afterAll(async () => {
    await nativeConnection.close();
    await connection.close();
  });

  it('runs a workflow with one activity, answers its query, and carries our search attributes', async () => {
    const taskQueue = uniquePrefix('smoke');
    const worker = await Worker.create({
      connection: nativeConnection,
      taskQueue,
      workflowsPath: require.resolve('./fixtures/smoke-workflows'),
      activities: createSmokeActivities('Hello'),
    });
    await worker.runUntil(async () => {
      const handle = await client.workflow.start(smokeWorkflow, {
        taskQueue,
        workflowId: uniquePrefix('smoke-wf'),
        args: ['Hirehound'],
        typedSearchAttributes: [{ key: UserTierAttribute, value: 'free' }],
      });
      // Poll the query until the activity has run (the workflow then waits for the signal).
      let status = '';
      for (let i = 0; i < 100 && !status.startsWith('greeted'); i++) {
        status = await handle.query(statusQuery);
        if (!status.startsWith('greeted')) await new Promise((r) => setTimeout(r, 100));
      }
      expect(status).toBe('greeted:Hello, Hirehound');
      await handle.signal(releaseSignal);
      expect(await handle.result()).toBe('Hello, Hirehound');
      const description = await handle.describe();
      expect(description.typedSearchAttributes.get(UserTierAttribute)).toBe('free');
    });
  });
});
