import crypto from 'node:crypto';
import { resumeCorrectionRoutes } from '../../api/resume-corrections';
import { searchListRoutes, temporalRunUrl } from '../../api/search-lists';
import { loadConfig } from '../../common/config';
import { recordCreditEntries } from '../../store/credit-ledger';
import { registerResumeUpload, saveResumeAnalysis } from '../../store/resumes';
import { insertSearch } from '../../store/searches';
import { createUser } from '../../store/users';
import { call } from '../e2e/api-client';
import { openTestConnections, type TestConnections } from '../harness/connections';
import { withServer } from '../harness/http';
import { expectDocumented } from './documented';
import { createTestApp } from './fixtures';

/**
 * The routes the web app needed beyond the search API: correcting a resume's understanding, the
 * caller's past searches, and the admin list of searches with their cost and Temporal UI links.
 */
const config = loadConfig({
  DATABASE_URL: 'postgres://unused@127.0.0.1:1/x',
  REDIS_URL: 'redis://127.0.0.1:1',
  TEMPORAL_ADDRESS: 'unused:1',
  TEMPORAL_NAMESPACE: 'hirehound-test',
  TEMPORAL_UI_URL: 'http://127.0.0.1:8233/',
});

const ANALYSIS = {
  title: 'Software Developers',
  onetCode: '15-1252.00',
  jobTitle: 'Backend engineer',
  occupations: [
    { code: '15-1252.00', title: 'Software Developers', confidence: 0.62 },
    { code: '15-1243.00', title: 'Database Architects', confidence: 0.21 },
  ],
  skills: ['Go', 'PostgreSQL'],
  location: 'Austin, TX',
  yearsExperience: 6,
  seniority: 'senior',
  educationLevel: 'bachelor',
};

describe('web app routes: resume corrections, past searches, search costs', () => {
  let services: TestConnections;
  beforeAll(async () => {
    services = await openTestConnections();
  });
  afterAll(() => services.close());

  const app = () =>
    createTestApp(services, {
      routes: [...resumeCorrectionRoutes(services.db), ...searchListRoutes(services.db, config)],
    });

  async function analysedResume(userId: string, text: string): Promise<string> {
    const { resume } = await registerResumeUpload(services.db, {
      userId,
      fileName: 'cv.md',
      mediaType: 'text/markdown',
      contentSha256: crypto.createHash('sha256').update(text).digest('hex'),
      bytes: Buffer.from(text),
    });
    await saveResumeAnalysis(services.db, resume.id, { ...ANALYSIS, skills: ANALYSIS.skills }, ANALYSIS);
    return resume.id;
  }

  it('corrects title, occupation, location and skills, keeping what the analysis found first', async () => {
    const owner = await createUser(services.db, { email: 'corrects@example.com', tier: 'free' });
    const other = await createUser(services.db, { email: 'stranger@example.com', tier: 'free' });
    const id = await analysedResume(owner.user.id, 'backend engineer');
    await withServer(app(), async (base) => {
      const patch = (key: string, body: unknown) =>
        call<{ profile: Record<string, unknown> }>(base, key, 'PATCH', `/v1/resumes/${id}`, body);
      const answer = await patch(owner.apiKey, {
        title: 'Platform engineer',
        onetCode: '15-1243.00',
        location: 'Remote, US',
        skills: ['golang', 'Kubernetes', 'postgres', 'Underwater basket weaving'],
      });
      expect(answer.status).toBe(200);
      expectDocumented('PATCH', `/v1/resumes/${id}`, 200, answer.body);
      expect(answer.body.profile).toMatchObject({
        jobTitle: 'Platform engineer',
        title: 'Database Architects',
        onetCode: '15-1243.00',
        location: 'Remote, US',
        skills: ['Go', 'Kubernetes', 'PostgreSQL'],
        corrections: {
          original: { title: 'Software Developers', location: 'Austin, TX', skills: ['Go', 'PostgreSQL'] },
          unrecognisedSkills: ['Underwater basket weaving'],
        },
      });
      // Matching reads the columns.
      const row = await services.db.selectFrom('resumes').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ title: 'Database Architects', onet_code: '15-1243.00', location: 'Remote, US' });
      expect(row.skills).toEqual(['Go', 'Kubernetes', 'PostgreSQL']);

      // A second correction keeps the first original and the skills it did not touch.
      const again = await patch(owner.apiKey, { location: null });
      expect(again.body.profile).toMatchObject({
        location: null,
        skills: ['Go', 'Kubernetes', 'PostgreSQL'],
        corrections: { original: { location: 'Austin, TX' }, unrecognisedSkills: ['Underwater basket weaving'] },
      });

      const notAGuess = await patch(owner.apiKey, { onetCode: '29-1141.00' });
      expect(notAGuess.status).toBe(400);
      expect(notAGuess.body.error?.code).toBe('API_VALIDATION_FAILED');
      const unknownField = await patch(owner.apiKey, { seniority: 'lead' });
      expect(unknownField.status).toBe(400);
      const theirs = await patch(other.apiKey, { title: 'Thief' });
      expect(theirs.status).toBe(404);
      expect(theirs.body.error?.code).toBe('RESUME_NOT_FOUND');
    });
  });

  it('refuses to correct a resume that has not been analysed yet', async () => {
    const owner = await createUser(services.db, { email: 'early@example.com', tier: 'free' });
    const { resume } = await registerResumeUpload(services.db, {
      userId: owner.user.id,
      fileName: 'cv.txt',
      mediaType: 'text/plain',
      contentSha256: 'a'.repeat(64),
      bytes: Buffer.from('x'),
    });
    await withServer(app(), async (base) => {
      const res = await call(base, owner.apiKey, 'PATCH', `/v1/resumes/${resume.id}`, { title: 'Nurse' });
      expect(res.status).toBe(409);
      expect(res.body.error?.code).toBe('MATCHING_PROFILE_NOT_READY');
    });
  });

  it("lists the caller's searches newest first, and an admin sees everyone's with the ledger's cost and run links", async () => {
    const alice = await createUser(services.db, { email: 'alice@example.com', tier: 'paid' });
    const bob = await createUser(services.db, { email: 'bob@example.com', tier: 'free' });
    const admin = await createUser(services.db, { email: 'boss@example.com', tier: 'free', isAdmin: true });
    const started = async (userId: string, keyword: string): Promise<string> => {
      const searchId = crypto.randomUUID();
      await insertSearch(
        services.db,
        {
          searchId,
          userId,
          tier: 'paid',
          resumeId: null,
          query: { keyword },
          filters: { remoteTypes: ['remote'] },
          normalizedQuery: keyword,
        },
        `search-${searchId}`,
      );
      return searchId;
    };
    const first = await started(alice.user.id, 'nurse');
    await new Promise((r) => setTimeout(r, 10));
    const second = await started(alice.user.id, 'welder');
    await started(bob.user.id, 'baker');
    await recordCreditEntries(services.db, [
      {
        requestId: crypto.randomUUID(),
        month: new Date().toISOString().slice(0, 7),
        occurredAt: new Date(),
        endpoint: 'indeed.listing',
        credits: 10,
        outcome: 'ok',
        providerStatus: 200,
        latencyMs: 5,
        searchId: second,
        userId: alice.user.id,
        jobId: null,
      },
    ]);

    await withServer(app(), async (base) => {
      const mine = await call<{ items: { searchId: string; query: { keyword: string } }[] }>(
        base,
        alice.apiKey,
        'GET',
        '/v1/searches',
      );
      expect(mine.status).toBe(200);
      expectDocumented('GET', '/v1/searches', 200, mine.body);
      expect(mine.body.items.map((s) => s.searchId)).toEqual([second, first]);
      expect(mine.body.items[1]).toMatchObject({ query: { keyword: 'nurse' }, filters: { remoteTypes: ['remote'] } });

      const refused = await call(base, alice.apiKey, 'GET', '/v1/credits/searches');
      expect(refused.status).toBe(403);
      const all = await call<{
        temporalUiUrl: string;
        items: { searchId: string; ledgerCredits: number; runUrl: string; userEmail: string }[];
      }>(base, admin.apiKey, 'GET', '/v1/credits/searches?limit=2');
      expect(all.status).toBe(200);
      expectDocumented('GET', '/v1/credits/searches', 200, all.body);
      expect(all.body.items).toHaveLength(2);
      const costly = all.body.items.find((s) => s.searchId === second);
      expect(costly).toMatchObject({
        userEmail: 'alice@example.com',
        ledgerCredits: 10,
        runUrl: `http://127.0.0.1:8233/namespaces/hirehound-test/workflows/search-${second}`,
      });
    });
  });

  it('builds Temporal UI links whatever the base URL looks like', () => {
    expect(temporalRunUrl('http://ui.example/', 'default', 'search-1')).toBe(
      'http://ui.example/namespaces/default/workflows/search-1',
    );
    expect(temporalRunUrl('http://ui.example/temporal', 'a b', 'x/y')).toBe(
      'http://ui.example/temporal/namespaces/a%20b/workflows/x%2Fy',
    );
  });
});
