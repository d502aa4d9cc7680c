import { Worker } from '@temporalio/worker';
import { createUnderstandingActivities } from '../../activities/understanding';
import { resumeRoutes } from '../../api/resumes';
import { DEFAULT_READ_LIMITS } from '../../understanding/document/limits';
import { createUser } from '../../store/users';
import { openTestConnections, type TestConnections } from '../harness/connections';
import { withServer } from '../harness/http';
import { uniquePrefix } from '../harness/services';
import { fetchDocumented } from './documented';
import { bundleWorkflows } from '../harness/workflow-bundle';
import { RESUME_MARKDOWN, RESUME_TEXT, resumePdf } from '../understanding/fixtures/documents';
import { encryptedPdf } from '../understanding/fixtures/pdf-writer';
import { createTestApp, silentLogger } from './fixtures';

interface ErrorBody {
  error: { code: string; message: string };
}
interface ResumeBody {
  id: string;
  status: string;
  fileName: string;
  embedded: boolean;
  originalFileStored: boolean;
  reading: { format: string; method: string; pages: number };
  profile: { onetCode: string; title: string; skills: string[]; yearsExperience: number; educationLevel: string };
}

function upload(file: Buffer, name: string, type: string): FormData {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file)], { type }), name);
  return form;
}

describe('POST /v1/resumes and GET /v1/resumes/:id (real PostgreSQL, Temporal dev server, worker)', () => {
  let services: TestConnections;
  let worker: Worker;
  let running: Promise<void>;
  const taskQueue = uniquePrefix('resumes-api');

  beforeAll(async () => {
    services = await openTestConnections();
    worker = await Worker.create({
      connection: services.native,
      taskQueue,
      workflowBundle: await bundleWorkflows(),
      activities: createUnderstandingActivities({ db: services.db, logger: silentLogger, limits: DEFAULT_READ_LIMITS }),
    });
    running = worker.run();
  });
  afterAll(async () => {
    worker.shutdown();
    await running;
    await services.close();
  });

  function app(maxBytes = DEFAULT_READ_LIMITS.maxBytes, ingestWaitMs = 45_000) {
    return createTestApp(services, {
      routes: resumeRoutes({
        db: services.db,
        temporal: services.client,
        redis: services.redis,
        logger: silentLogger,
        maxBytes,
        maxTextChars: DEFAULT_READ_LIMITS.maxTextChars,
        ingestWaitMs,
        taskQueues: { workflow: taskQueue, activities: taskQueue, documents: taskQueue },
      }),
    });
  }

  it('ingests an upload into a profile, returns it again for the same file, and keeps it private', async () => {
    let created!: ResumeBody;
    const owner = await createUser(services.db, { email: 'owner@example.com', tier: 'free' });
    const other = await createUser(services.db, { email: 'other@example.com', tier: 'free' });
    await withServer(app(), async (base) => {
      const post = () =>
        fetchDocumented(`${base}/v1/resumes`, {
          method: 'POST',
          headers: { 'x-api-key': owner.apiKey },
          body: upload(Buffer.from(RESUME_MARKDOWN), 'dana.md', 'text/markdown'),
        });
      const first = await post();
      expect(first.status).toBe(201);
      created = (await first.json()) as ResumeBody;
      expect(created).toMatchObject({
        status: 'analysed',
        fileName: 'dana.md',
        embedded: false,
        originalFileStored: false,
      });
      expect(created.reading).toMatchObject({ format: 'markdown', method: 'markdown', pages: 1 });
      expect(created.profile).toMatchObject({ educationLevel: 'master' });
      expect(['15-1252.00', '15-1254.00']).toContain(created.profile.onetCode);
      expect(created.profile.skills).toEqual(expect.arrayContaining(['Go', 'PostgreSQL', 'Kubernetes']));
      expect(first.headers.get('location')).toBe(`/v1/resumes/${created.id}`);

      const again = await post();
      expect(again.status).toBe(200);
      expect(((await again.json()) as ResumeBody).id).toBe(created.id);

      const mine = await fetchDocumented(`${base}/v1/resumes/${created.id}`, {
        headers: { 'x-api-key': owner.apiKey },
      });
      expect(mine.status).toBe(200);
      expect(((await mine.json()) as ResumeBody).profile.title).toBe(created.profile.title);
      const theirs = await fetchDocumented(`${base}/v1/resumes/${created.id}`, {
        headers: { 'x-api-key': other.apiKey },
      });
      expect(theirs.status).toBe(404);
      expect(((await theirs.json()) as ErrorBody).error.code).toBe('RESUME_NOT_FOUND');
      const nonsense = await fetchDocumented(`${base}/v1/resumes/not-a-uuid`, {
        headers: { 'x-api-key': owner.apiKey },
      });
      expect(nonsense.status).toBe(404);
      // The nil and max uuids pass the route's check but name no ingestion run (the fuzzer's 500).
      for (const id of ['00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff']) {
        const unnamed = await fetchDocumented(`${base}/v1/resumes/${id}`, { headers: { 'x-api-key': owner.apiKey } });
        expect([unnamed.status, ((await unnamed.json()) as ErrorBody).error.code]).toEqual([404, 'RESUME_NOT_FOUND']);
      }
    });
    const row = await services.db.selectFrom('resumes').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      status: 'analysed',
      onet_code: created.profile.onetCode,
      seniority: 'senior',
      embedding: null,
    });
    expect(row.skills).toContain('Go');
    // The original bytes are dropped once read.
    expect(await services.db.selectFrom('resume_uploads').selectAll().execute()).toEqual([]);
  });

  it('reads a PDF upload through the same workflow', async () => {
    const user = await createUser(services.db, { email: 'pdf@example.com', tier: 'paid' });
    await withServer(app(), async (base) => {
      const res = await fetchDocumented(`${base}/v1/resumes`, {
        method: 'POST',
        headers: { authorization: `Bearer ${user.apiKey}` },
        body: upload(resumePdf(RESUME_TEXT), 'marisol.pdf', 'application/pdf'),
      });
      expect(res.status).toBe(201);
      const body = (await res.json()) as ResumeBody;
      expect(body.reading).toMatchObject({ format: 'pdf', method: 'text-layer' });
      expect(body.profile.onetCode).toBe('29-1141.00');
    });
  });

  it('answers 202 when ingestion outlasts the wait, and the profile appears at its location', async () => {
    const user = await createUser(services.db, { email: 'patient@example.com', tier: 'free' });
    await withServer(app(DEFAULT_READ_LIMITS.maxBytes, 1), async (base) => {
      const res = await fetchDocumented(`${base}/v1/resumes`, {
        method: 'POST',
        headers: { 'x-api-key': user.apiKey },
        body: upload(Buffer.from(RESUME_TEXT), 'nurse.txt', 'text/plain'),
      });
      expect(res.status).toBe(202);
      const accepted = (await res.json()) as ResumeBody;
      expect(accepted.status).toBe('received');
      let body = accepted;
      for (let i = 0; i < 450 && body.status !== 'analysed'; i++) {
        await new Promise((r) => setTimeout(r, 100));
        const poll = await fetchDocumented(`${base}${res.headers.get('location')}`, {
          headers: { 'x-api-key': user.apiKey },
        });
        body = (await poll.json()) as ResumeBody;
      }
      expect(body.status).toBe('analysed');
      expect(body.profile.onetCode).toBe('29-1141.00');
    });
  }, 90_000);

  it('answers refused files with their typed 4xx errors and keeps nothing of them', async () => {
    const user = await createUser(services.db, { email: 'hostile@example.com', tier: 'free' });
    await withServer(app(4096), async (base) => {
      const send = (body: FormData | string, headers: Record<string, string> = {}) =>
        fetchDocumented(`${base}/v1/resumes`, {
          method: 'POST',
          headers: { 'x-api-key': user.apiKey, ...headers },
          body,
        });

      // Refused by the reader (the worker): the ingestion's result is the answer.
      const encrypted = await send(upload(encryptedPdf(['Secret']), 'locked.pdf', 'application/pdf'));
      expect(encrypted.status).toBe(422);
      expect(((await encrypted.json()) as ErrorBody).error.code).toBe('RESUME_ENCRYPTED');
      // The same file again gets the same answer, from the verdict kept for a day (not from a row).
      const again = await send(upload(encryptedPdf(['Secret']), 'locked.pdf', 'application/pdf'));
      expect(((await again.json()) as ErrorBody).error.code).toBe('RESUME_ENCRYPTED');
      expect(await services.redis.keys(`hh:resume-verdict:${user.user.id}:*`)).toHaveLength(1);

      // Refused up front (the API): nothing is stored or queued.
      const empty = await send(upload(Buffer.alloc(0), 'empty.txt', 'text/plain'));
      expect(empty.status).toBe(422);
      expect(((await empty.json()) as ErrorBody).error.code).toBe('RESUME_EMPTY');

      const huge = await send(upload(Buffer.alloc(5000, 0x41), 'huge.txt', 'text/plain'));
      expect(huge.status).toBe(413);
      expect(((await huge.json()) as ErrorBody).error.code).toBe('RESUME_TOO_LARGE');

      const mismatch = await send(upload(Buffer.from('just some text, not a pdf at all'), 'cv.pdf', 'application/pdf'));
      expect(mismatch.status).toBe(415);
      expect(((await mismatch.json()) as ErrorBody).error.code).toBe('RESUME_TYPE_MISMATCH');

      const noFile = await send(JSON.stringify({ resume: 'text' }), { 'content-type': 'application/json' });
      expect(noFile.status).toBe(400);
      expect(((await noFile.json()) as ErrorBody).error.code).toBe('RESUME_FILE_MISSING');
      const wrongField = new FormData();
      wrongField.append('document', new Blob(['hello']), 'a.txt');
      expect((await send(wrongField)).status).toBe(400);
    });
    expect(await services.db.selectFrom('resumes').where('user_id', '=', user.user.id).selectAll().execute()).toEqual(
      [],
    );
    expect(await services.db.selectFrom('resume_uploads').selectAll().execute()).toEqual([]);
  });

  it("answers a refusal that outlasted the wait at the resume's location, to its uploader only", async () => {
    const user = await createUser(services.db, { email: 'slow-refusal@example.com', tier: 'free' });
    const other = await createUser(services.db, { email: 'curious@example.com', tier: 'free' });
    await withServer(app(DEFAULT_READ_LIMITS.maxBytes, 1), async (base) => {
      const res = await fetchDocumented(`${base}/v1/resumes`, {
        method: 'POST',
        headers: { 'x-api-key': user.apiKey },
        body: upload(encryptedPdf(['Locked away']), 'locked.pdf', 'application/pdf'),
      });
      expect(res.status).toBe(202);
      const location = res.headers.get('location')!;
      let poll = await fetchDocumented(`${base}${location}`, { headers: { 'x-api-key': user.apiKey } });
      for (let i = 0; i < 600 && poll.status === 200; i++) {
        await new Promise((r) => setTimeout(r, 100));
        poll = await fetchDocumented(`${base}${location}`, { headers: { 'x-api-key': user.apiKey } });
      }
      expect([poll.status, ((await poll.json()) as ErrorBody).error.code]).toEqual([422, 'RESUME_ENCRYPTED']);
      const theirs = await fetchDocumented(`${base}${location}`, { headers: { 'x-api-key': other.apiKey } });
      expect([theirs.status, ((await theirs.json()) as ErrorBody).error.code]).toEqual([404, 'RESUME_NOT_FOUND']);
    });
    expect(await services.db.selectFrom('resumes').where('user_id', '=', user.user.id).selectAll().execute()).toEqual(
      [],
    );
  }, 90_000);

  it('keeps the stored and answered profile small whatever the text, and refuses text past the limits up front', async () => {
    const user = await createUser(services.db, { email: 'stuffed@example.com', tier: 'free' });
    const skills = 'Go, PostgreSQL, Kubernetes, Python, Java, React, AWS, Terraform, Excel, Account reconciliation; ';
    const stuffed = `# Dana Smith\n\nSenior Software Engineer\n\n## Skills\n\n${`${skills.repeat(150)}\n`.repeat(10)}`;
    await withServer(app(), async (base) => {
      const post = (bytes: Buffer, name: string) =>
        fetchDocumented(`${base}/v1/resumes`, {
          method: 'POST',
          headers: { 'x-api-key': user.apiKey },
          body: upload(bytes, name, 'text/markdown'),
        });
      const res = await post(Buffer.from(stuffed), 'stuffed.md');
      expect(res.status).toBe(201);
      const text = await res.text();
      expect(text.length).toBeLessThan(256 * 1024);
      const body = JSON.parse(text) as ResumeBody & { profile: { skillEvidence: unknown[] } };
      expect(body.profile.skills).toEqual(expect.arrayContaining(['Go', 'PostgreSQL']));
      expect(body.profile.skillEvidence.length).toBeLessThanOrEqual(400);
      const row = await services.db
        .selectFrom('resumes')
        .select((eb) => eb.fn('octet_length', [eb.cast('analysis', 'text')]).as('bytes'))
        .where('id', '=', body.id)
        .executeTakeFirstOrThrow();
      expect(Number(row.bytes)).toBeLessThan(256 * 1024);

      // The issue's upload: 5 MB of Markdown on one line. Refused at once, nothing stored.
      const oneLine = await post(Buffer.from(`# ${'Go PostgreSQL Kubernetes '.repeat(200_000)}`), 'one-line.md');
      expect([oneLine.status, ((await oneLine.json()) as ErrorBody).error.code]).toEqual([413, 'RESUME_TOO_LARGE']);
    });
    const rows = await services.db
      .selectFrom('resumes')
      .select('file_name')
      .where('user_id', '=', user.user.id)
      .execute();
    expect(rows).toEqual([{ file_name: 'stuffed.md' }]);
  }, 90_000);

  it('refuses a file name longer than 255 characters with a typed 400 and stores nothing', async () => {
    const user = await createUser(services.db, { email: 'long-name@example.com', tier: 'free' });
    await withServer(app(), async (base) => {
      const res = await fetchDocumented(`${base}/v1/resumes`, {
        method: 'POST',
        headers: { 'x-api-key': user.apiKey },
        body: upload(Buffer.from(RESUME_TEXT), `${'n'.repeat(300)}.txt`, 'text/plain'),
      });
      expect(res.status).toBe(400);
      expect(((await res.json()) as ErrorBody).error.code).toBe('API_VALIDATION_FAILED');
    });
    expect(await services.db.selectFrom('resumes').where('user_id', '=', user.user.id).selectAll().execute()).toEqual(
      [],
    );
  });

  it('keeps UTF-8 file names, without the characters that make a name lie, and refuses SVG images', async () => {
    const user = await createUser(services.db, { email: 'names@example.com', tier: 'free' });
    await withServer(app(), async (base) => {
      const post = (body: FormData) =>
        fetchDocumented(`${base}/v1/resumes`, { method: 'POST', headers: { 'x-api-key': user.apiKey }, body });
      // U+202E shows "cv\u202Edm.exe" as "cvexe.md"; C1 controls and tabs have no place either.
      const named = await post(upload(Buffer.from(RESUME_MARKDOWN), 'José Núñez\u202E\u0085\tcv.md', 'text/markdown'));
      expect(named.status).toBe(201);
      expect(((await named.json()) as ResumeBody).fileName).toBe('José Núñez cv.md');

      const svg = Buffer.from(
        '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script>' +
          '<text x="0" y="20">Dana Smith, Senior Software Engineer, Go and PostgreSQL</text></svg>',
      );
      for (const [name, type] of [
        ['cv.svg', 'image/svg+xml'],
        ['cv.txt', 'text/plain'],
        ['cv', 'application/octet-stream'],
      ] as const) {
        const refused = await post(upload(svg, name, type));
        expect([name, refused.status, ((await refused.json()) as ErrorBody).error.code]).toEqual([
          name,
          415,
          'RESUME_UNSUPPORTED_TYPE',
        ]);
      }
      // Claimed as SVG, whatever the bytes: the claim alone is refused.
      const claimed = await post(upload(Buffer.from(RESUME_TEXT), 'cv.svg', 'image/svg+xml'));
      expect(((await claimed.json()) as ErrorBody).error.code).toBe('RESUME_UNSUPPORTED_TYPE');
    });
  });

  it('requires an API key', async () => {
    await withServer(app(), async (base) => {
      const res = await fetchDocumented(`${base}/v1/resumes`, {
        method: 'POST',
        body: upload(Buffer.from('x'), 'a.txt', 'text/plain'),
      });
      expect(res.status).toBe(401);
    });
  });
});
