import crypto from 'node:crypto';
import { ApplicationFailure } from '@temporalio/common';
import pino from 'pino';
import { createUnderstandingActivities } from '../../activities/understanding';
import { ERROR_CATALOGUE } from '../../common/errors';
import { registerResumeUpload } from '../../store/resumes';
import { createUser } from '../../store/users';
import { DEFAULT_READ_LIMITS } from '../../understanding/document/limits';
import { createTestDatabase, type TestDatabase } from '../harness/services';

/**
 * Workflows stop retrying on the catalogue's non-retryable codes only. RESUME_INGESTION_FAILED is
 * retryable for a caller (upload again later), so when an attempt's input is gone the activity
 * itself must say that retrying it cannot help.
 */
describe('understanding activities', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());

  const activities = () =>
    createUnderstandingActivities({ db: t.db, logger: pino({ level: 'silent' }), limits: DEFAULT_READ_LIMITS });

  it('fails for good when no upload waits to be read or no text waits to be analysed', async () => {
    expect(ERROR_CATALOGUE.RESUME_INGESTION_FAILED.retryable).toBe(true);

    const reread = activities().readResumeDocument(crypto.randomUUID());
    await expect(reread).rejects.toBeInstanceOf(ApplicationFailure);
    await expect(reread).rejects.toMatchObject({ type: 'RESUME_INGESTION_FAILED', nonRetryable: true });

    const nothing = activities().analyseResumeText(crypto.randomUUID());
    await expect(nothing).rejects.toMatchObject({ type: 'RESUME_INGESTION_FAILED', nonRetryable: true });
  });

  it('forgets a refused upload entirely, and keeps a failure of ours for the next attempt', async () => {
    const user = await createUser(t.db, { email: 'refused@example.com', tier: 'free' });
    const register = (sha: string) =>
      registerResumeUpload(t.db, {
        userId: user.user.id,
        fileName: 'cv.pdf',
        mediaType: 'application/pdf',
        contentSha256: sha,
        bytes: Buffer.from('%PDF-1.4'),
      });
    const refused = (await register('a'.repeat(64))).resume;
    const broken = (await register('b'.repeat(64))).resume;
    await activities().markResumeFailed(refused.id, { code: 'RESUME_ENCRYPTED', message: 'locked' });
    await activities().markResumeFailed(broken.id, { code: 'RESUME_INGESTION_FAILED', message: 'database away' });
    expect(await t.db.selectFrom('resumes').select(['id', 'status']).execute()).toEqual([
      { id: broken.id, status: 'failed' },
    ]);
    expect(await t.db.selectFrom('resume_uploads').selectAll().execute()).toEqual([]);
  });
});
