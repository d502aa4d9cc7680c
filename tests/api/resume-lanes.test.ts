import { Worker } from '@temporalio/worker';
import { createUnderstandingActivities } from '../../activities/understanding';
import { resumeRoutes } from '../../api/resumes';
import { analyseResume } from '../../understanding/analysis/analyse-resume';
import { createUser } from '../../store/users';
import { DEFAULT_READ_LIMITS } from '../../understanding/document/limits';
import { readImageSize } from '../../understanding/document/image-size';
import { openTestConnections, type TestConnections } from '../harness/connections';
import { withServer } from '../harness/http';
import { uniquePrefix } from '../harness/services';
import { bundleWorkflows } from '../harness/workflow-bundle';
import { RESUME_TEXT, rasterize, resumePdf } from '../understanding/fixtures/documents';
import { scannedPdf } from '../understanding/fixtures/pdf-writer';
import { createTestApp, silentLogger } from './fixtures';

/**
 * One slow document must not hold the reads everyone else waits for. Documents read with OS tools
 * (PDF, images) wait for slots of their own (the `documents` queue); text, Markdown, HTML and DOCX
 * are read in-process on `ml`. With one slot on each, as on a small machine, a text upload sent
 * while a five-page scan is being OCRed is answered before that scan has even been read.
 */
describe('resume reading lanes', () => {
  let services: TestConnections;
  const queues = {
    workflow: uniquePrefix('lanes-wf'),
    ml: uniquePrefix('lanes-ml'),
    documents: uniquePrefix('lanes-doc'),
  };
  let workers: Worker[] = [];
  let runs: Promise<void>[] = [];

  beforeAll(async () => {
    services = await openTestConnections();
    const activities = createUnderstandingActivities({
      db: services.db,
      logger: silentLogger,
      // Time enough for the scan to be read to its end on a busy machine.
      limits: { ...DEFAULT_READ_LIMITS, timeoutMs: 100_000 },
    });
    workers = await Promise.all([
      Worker.create({
        connection: services.native,
        taskQueue: queues.workflow,
        workflowBundle: await bundleWorkflows(),
      }),
      Worker.create({
        connection: services.native,
        taskQueue: queues.ml,
        activities,
        maxConcurrentActivityTaskExecutions: 1,
      }),
      Worker.create({
        connection: services.native,
        taskQueue: queues.documents,
        activities,
        maxConcurrentActivityTaskExecutions: 1,
      }),
    ]);
    runs = workers.map((w) => w.run());
    // The analysis models load once per process: loaded now, the text upload measures reading only.
    analyseResume(RESUME_TEXT);
  }, 60_000);
  afterAll(async () => {
    for (const w of workers) w.shutdown();
    await Promise.all(runs);
    await services.close();
  });

  it('answers a text upload while a slow scan is still being read', async () => {
    const user = await createUser(services.db, { email: `${uniquePrefix('lanes')}@example.com`, tier: 'free' });
    const page = rasterize(resumePdf(RESUME_TEXT), 'jpeg');
    const slowScan = scannedPdf(Array.from({ length: 5 }, () => ({ jpeg: page, ...readImageSize(page, 'jpeg') })));
    const app = createTestApp(services, {
      routes: resumeRoutes({
        db: services.db,
        temporal: services.client,
        redis: services.redis,
        logger: silentLogger,
        maxBytes: DEFAULT_READ_LIMITS.maxBytes,
        maxTextChars: DEFAULT_READ_LIMITS.maxTextChars,
        ingestWaitMs: 120_000,
        taskQueues: { workflow: queues.workflow, activities: queues.ml, documents: queues.documents },
      }),
    });
    await withServer(app, async (base) => {
      const post = (bytes: Buffer, name: string, type: string) => {
        const form = new FormData();
        form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
        return fetch(`${base}/v1/resumes`, { method: 'POST', headers: { 'x-api-key': user.apiKey }, body: form });
      };
      const scan = post(slowScan, 'scan.pdf', 'application/pdf');
      // The scan is registered and its reading under way before the text is sent.
      const scanStatus = async () =>
        (
          await services.db
            .selectFrom('resumes')
            .select('status')
            .where('user_id', '=', user.user.id)
            .where('file_name', '=', 'scan.pdf')
            .executeTakeFirst()
        )?.status;
      while ((await scanStatus()) === undefined) await new Promise((r) => setTimeout(r, 50));

      const text = await post(Buffer.from(RESUME_TEXT), 'nurse.txt', 'text/plain');
      expect(text.status).toBe(201);
      // Still not read: the text did not wait behind it.
      expect(await scanStatus()).toBe('received');

      const scanned = await scan;
      const scanBody = await scanned.text();
      expect([scanned.status, scanBody.slice(0, 300)]).toEqual([201, expect.anything()]);
      expect((JSON.parse(scanBody) as { reading: { ocrPages: number } }).reading.ocrPages).toBe(5);
    });
  }, 240_000);
});
