import crypto from 'node:crypto';
import type { Redis } from 'ioredis';
import { tailoringRoutes } from '../../api/tailoring';
import { createLogger } from '../../common/logger';
import type { GatewayClient } from '../../gateway/client';
import type { Tailoring } from '../../imaginator/tailoring';
import { findCreditEntry } from '../../store/credit-ledger';
import type { DB } from '../../store/database';
import { insertJobs } from '../../store/jobs';
import { registerResumeUpload, saveResumeAnalysis, saveResumeReading } from '../../store/resumes';
import { createUser } from '../../store/users';
import { analysePosting } from '../../understanding/analysis/analyse-posting';
import { analyseResume } from '../../understanding/analysis/analyse-resume';
import { loadOnet } from '../../understanding/onet/load';
import { createTestApp } from '../api/fixtures';
import { expectDocumented } from '../api/documented';
import { captureLogs, startGateway, type GatewayUnderTest } from '../gateway/fixtures';
import { withServer } from '../harness/http';
import { createTestDatabase, createTestRedis, type TestDatabase } from '../harness/services';
import { CHAT_STAND_IN_TOKEN, startHfChatStandIn, type ChatRequestSeen, type HfChatStandIn } from './hf-chat-stand-in';
import { EXECUTIVE_CHEF, ICU_NURSE, type TestPosting } from './fixtures/postings';
import { CHEF_RESUME, NURSE_RESUME } from './fixtures/resumes';

/**
 * POST /v1/resumes/:id/tailor on a real database and gateway, the chat model a local stand-in that
 * speaks the inference protocol and, here, tries its best to invent: the job's missing skills, an
 * employer, figures and dates the resume never mentions.
 */

async function storeResume(db: DB, userId: string, text: string, analysed = true): Promise<string> {
  const { resume } = await registerResumeUpload(db, {
    userId,
    fileName: 'resume.txt',
    mediaType: 'text/plain',
    contentSha256: crypto.createHash('sha256').update(text).digest('hex'),
    bytes: Buffer.from(text),
  });
  if (!analysed) return resume.id;
  const reading = {
    format: 'text',
    method: 'plain-text',
    pages: 1,
    ocrPages: 0,
    quality: {},
    warnings: [],
    elapsedMs: 1,
  };
  await saveResumeReading(db, resume.id, text, reading);
  const analysis = analyseResume(text);
  await saveResumeAnalysis(db, resume.id, analysis, { ...analysis });
  return resume.id;
}

async function storeJob(db: DB, posting: TestPosting): Promise<string> {
  const analysis = analysePosting(posting);
  const [id] = await insertJobs(db, [
    {
      source: 'test',
      externalId: crypto.randomUUID(),
      url: `https://jobs.example.com/${crypto.randomUUID()}`,
      title: posting.title,
      companyName: posting.company,
      location: null,
      remoteType: analysis.remoteType,
      snippet: null,
      descriptionText: posting.description,
      salary: null,
      visaSponsorship: null,
      skillsRequired: analysis.skillsRequired,
      skillsPreferred: analysis.skillsPreferred,
      yearsRequired: analysis.yearsRequired,
      educationRequired: analysis.educationRequired,
      seniority: analysis.seniority,
      onetCode: analysis.onetCode,
      postedAt: null,
    },
  ]);
  return id!;
}

const INVENTED = ['Four Seasons', '35%', '2009', '15 years', '$2M'];

/**
 * A model that invents on purpose. For each bullet of the resume it proposes an honest edit (the
 * line, with a placeholder for a figure) and a dishonest one (the job's missing skills, a famous
 * employer, a percentage, a date); its summary claims all the missing skills and fifteen years there.
 */
function inventingModel(request: ChatRequestSeen): string {
  const prompt = request.body.messages.map((m) => m.content).join('\n');
  const missing = /does not show \(never claim them\): (.*)/.exec(prompt)?.[1]?.split(', ') ?? [];
  const resume = prompt.slice(prompt.indexOf('RESUME\n<<<\n') + 'RESUME\n<<<\n'.length, prompt.lastIndexOf('\n>>>'));
  const bases = resume
    .split('\n')
    .filter((l) => l.startsWith('- '))
    .map((l) => l.slice(2))
    .slice(0, 3);
  return JSON.stringify({
    summaryLine: `Executive Chef with 15 years at Four Seasons, expert in ${missing.join(', ')}.`,
    bullets: bases.flatMap((basis) => [
      { text: `${basis.replace(/\.$/, '')} for [number of guests] guests.`, basis },
      { text: `${basis.replace(/\.$/, '')}, using ${missing[0]} and ${missing[1]}.`, basis },
      { text: `Grew revenue 35% and managed a $2M budget at Four Seasons since 2009.`, basis },
    ]),
  });
}

describe('POST /v1/resumes/:id/tailor', () => {
  let t: TestDatabase;
  let redis: Redis;
  let chat: HfChatStandIn;
  let withModel: GatewayUnderTest;
  let spentModel: GatewayUnderTest;
  let withoutModel: GatewayUnderTest;
  const logs = captureLogs();
  const logger = createLogger({ name: 'api', level: 'info', destination: logs.destination });
  let free: { id: string; key: string };
  let paid: { id: string; key: string };
  let chefResume: string;
  let nurseResume: string;
  let chefJob: string;
  let nurseJob: string;

  const gateway = (env: Record<string, string>) =>
    startGateway({ simulatorUrl: 'http://127.0.0.1:9', db: t.db, databaseUrl: t.url, env });

  beforeAll(async () => {
    t = await createTestDatabase();
    redis = await createTestRedis();
    chat = await startHfChatStandIn();
    const model = { HF_TOKEN: CHAT_STAND_IN_TOKEN, HF_CHAT_ENDPOINT_URL: chat.endpointUrl };
    withModel = await gateway(model);
    spentModel = await gateway({ ...model, HF_CHAT_MONTHLY_BUDGET: '1' });
    withoutModel = await gateway({});
    const freeUser = await createUser(t.db, { email: 'free@example.com', tier: 'free' });
    const paidUser = await createUser(t.db, { email: 'paid@example.com', tier: 'paid' });
    free = { id: freeUser.user.id, key: freeUser.apiKey };
    paid = { id: paidUser.user.id, key: paidUser.apiKey };
    chefResume = await storeResume(t.db, paid.id, CHEF_RESUME);
    nurseResume = await storeResume(t.db, paid.id, NURSE_RESUME);
    chefJob = await storeJob(t.db, EXECUTIVE_CHEF);
    nurseJob = await storeJob(t.db, ICU_NURSE);
  });
  afterAll(async () => {
    for (const gw of [withModel, spentModel, withoutModel]) await gw?.close();
    await chat?.close();
    redis?.disconnect();
    await t?.drop();
  });
  beforeEach(() => {
    chat.requests.length = 0;
    chat.reply = inventingModel;
    logs.lines.length = 0;
  });

  async function tailor(
    gw: Pick<GatewayClient, 'chat'> | undefined,
    key: string,
    resumeId: string,
    jobId: string,
  ): Promise<{ status: number; body: unknown }> {
    const app = createTestApp(
      { db: t.db, redis },
      { routes: tailoringRoutes({ db: t.db, logger, gateway: gw, onet: loadOnet() }) },
    );
    return withServer(app, async (base) => {
      const path = `/v1/resumes/${resumeId}/tailor`;
      const res = await fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'x-api-key': key, 'content-type': 'application/json' },
        body: JSON.stringify({ jobId }),
      });
      const body: unknown = await res.json();
      expectDocumented('POST', path, res.status, body);
      return { status: res.status, body };
    });
  }

  it('is for paid accounts: a free user gets a typed 403 and the model is never asked', async () => {
    const ownResume = await storeResume(t.db, free.id, CHEF_RESUME);
    const { status, body } = await tailor(withModel.client, free.key, ownResume, chefJob);
    expect(status).toBe(403);
    expect(body).toEqual({ error: { code: 'IMAGINATOR_PAID_ONLY', message: 'Resume tailoring is for paid accounts' } });
    expect(chat.requests).toHaveLength(0);
  });

  it('returns no line naming a skill, employer, date or figure the resume lacks, however hard the model tries', async () => {
    const { status, body } = await tailor(withModel.client, paid.key, chefResume, chefJob);
    expect(status).toBe(200);
    const tailoring = body as Tailoring;
    expect(tailoring).toMatchObject({ jobId: chefJob, resumeId: chefResume, source: 'model', note: null });
    const missing = tailoring.skillsMissing.map((s) => s.skill);
    expect(missing).toEqual(expect.arrayContaining(['Catering', 'Budgeting', 'Purchasing']));

    const lines = [tailoring.summaryLine ?? '', ...tailoring.bullets.map((b) => b.text)];
    for (const line of lines) {
      for (const invented of [...INVENTED, ...missing]) {
        expect([line, line.toLowerCase().includes(invented.toLowerCase())]).toEqual([line, false]);
      }
    }
    // The honest edit of each bullet survives; the invented summary gives way to the analysis'.
    expect(tailoring.bullets).toEqual([
      {
        text: 'Responsible for running the line for dinner service of up to 250 covers for [number of guests] guests.',
        basis: 'Responsible for running the line for dinner service of up to 250 covers.',
      },
      {
        text: 'Plan weekly specials and seasonal menus; cost recipes and order produce from local farms for [number of guests] guests.',
        basis: 'Plan weekly specials and seasonal menus; cost recipes and order produce from local farms.',
      },
      {
        text: 'Train and schedule a brigade of 12 cooks; enforce food safety and sanitation standards for [number of guests] guests.',
        basis: 'Train and schedule a brigade of 12 cooks; enforce food safety and sanitation standards.',
      },
    ]);
    expect(tailoring.summaryLine).toMatch(/^Sous Chef with \d+\+ years of experience, skilled in menu planning/);
    // 1 summary and 2 bullets for each of the 3 resume lines were invented.
    expect(tailoring.dropped).toBe(7);
    const dropLog = logs.lines.find((l) => l.includes('imaginator dropped lines'));
    expect(dropLog).toContain('Four Seasons');

    // The model was asked through the gateway, and its call is on the hf.chat line of the ledger.
    expect(chat.requests).toHaveLength(1);
    expect(chat.requests[0]!.body.messages[1]!.content).toContain('Tomasz'.toUpperCase());
    await withModel.gateway.modelLine.mirror.drain(10_000);
    const entries = await t.db
      .selectFrom('credit_ledger')
      .select(['request_id', 'endpoint', 'credits', 'user_id'])
      .where('user_id', '=', paid.id)
      .execute();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ endpoint: 'hf.chat', user_id: paid.id });
    expect(entries[0]!.credits).toBeGreaterThan(0);
    expect(await findCreditEntry(t.db, entries[0]!.request_id)).toMatchObject({ outcome: 'ok' });
    expect(await withModel.client.creditStatus()).toMatchObject({ used: 0, reserved: 0 });
  });

  it('answers from the analysis, with a note, when the model line’s budget is spent', async () => {
    const { status, body } = await tailor(spentModel.client, paid.key, chefResume, chefJob);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      source: 'analysis',
      note: { code: 'IMAGINATOR_MODEL_BUDGET_EXHAUSTED', message: "This month's chat-model budget is spent" },
      dropped: 0,
    });
    expect((body as Tailoring).summaryLine).toMatch(/^Sous Chef with/);
    expect(chat.requests).toHaveLength(0);
    expect(logs.lines.some((l) => l.includes('imaginator answered without the chat model'))).toBe(true);
  });

  it('answers from the analysis, without a note, when no model is configured (a nurse, an ICU posting)', async () => {
    for (const gw of [withoutModel.client, undefined]) {
      const { status, body } = await tailor(gw, paid.key, nurseResume, nurseJob);
      expect(status).toBe(200);
      const tailoring = body as Tailoring;
      expect(tailoring).toMatchObject({ source: 'analysis', note: null, dropped: 0 });
      expect(tailoring.summaryLine).toMatch(/^Registered Nurse with \d+\+ years of experience/);
      expect(tailoring.skillsShown.map((s) => s.skill)).toEqual(expect.arrayContaining(['ACLS']));
      expect(tailoring.skillsMissing.find((s) => s.skill === 'Wound care')?.hints.length).toBeGreaterThan(0);
    }
    expect(chat.requests).toHaveLength(0);
  });

  it('keeps resumes private and says what is missing', async () => {
    const other = await createUser(t.db, { email: 'other@example.com', tier: 'paid' });
    expect(await tailor(withModel.client, other.apiKey, chefResume, chefJob)).toMatchObject({
      status: 404,
      body: { error: { code: 'RESUME_NOT_FOUND' } },
    });
    expect(await tailor(withModel.client, paid.key, chefResume, crypto.randomUUID())).toMatchObject({
      status: 404,
      body: { error: { code: 'JOB_NOT_FOUND' } },
    });
    const unread = await storeResume(t.db, paid.id, `${CHEF_RESUME}\nReferences on request.`, false);
    expect(await tailor(withModel.client, paid.key, unread, chefJob)).toMatchObject({
      status: 409,
      body: { error: { code: 'IMAGINATOR_RESUME_NOT_READY' } },
    });
    expect(chat.requests).toHaveLength(0);
  });
});
