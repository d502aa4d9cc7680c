import crypto from 'node:crypto';
import {
  findResumeForUser,
  loadUploadedFile,
  markResumeFailed,
  registerResumeUpload,
  saveResumeReading,
} from '../../store/resumes';
import { createUser } from '../../store/users';
import { createTestDatabase, type TestDatabase } from '../harness/services';

describe('store/resumes', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());

  const upload = (userId: string, content: string) => ({
    userId,
    fileName: 'cv.txt',
    mediaType: 'text/plain',
    contentSha256: crypto.createHash('sha256').update(content).digest('hex'),
    bytes: Buffer.from(content),
  });

  it('registers a file once per user and content, and parks its bytes only until read', async () => {
    const { user } = await createUser(t.db, { email: 'a@example.com', tier: 'free' });
    const { user: other } = await createUser(t.db, { email: 'b@example.com', tier: 'free' });
    const first = await registerResumeUpload(t.db, upload(user.id, 'resume one'));
    expect(first).toMatchObject({ created: true, resume: { status: 'received', sizeBytes: 10, hasEmbedding: false } });
    const again = await registerResumeUpload(t.db, upload(user.id, 'resume one'));
    expect(again).toMatchObject({ created: false, resume: { id: first.resume.id } });
    // The same bytes from another user are another resume.
    const theirs = await registerResumeUpload(t.db, upload(other.id, 'resume one'));
    expect(theirs.created).toBe(true);
    expect(theirs.resume.id).not.toBe(first.resume.id);
    expect(await findResumeForUser(t.db, other.id, first.resume.id)).toBeUndefined();

    expect((await loadUploadedFile(t.db, first.resume.id))?.bytes.toString()).toBe('resume one');
    await saveResumeReading(t.db, first.resume.id, 'resume one', {
      format: 'text',
      method: 'plain-text',
      pages: 1,
      ocrPages: 0,
      quality: {},
      warnings: [],
      elapsedMs: 1,
    });
    expect(await loadUploadedFile(t.db, first.resume.id)).toBeUndefined();
    expect((await findResumeForUser(t.db, user.id, first.resume.id))?.status).toBe('parsed');
  });

  it('runs a file again after a transient failure, never after a verdict on the file', async () => {
    const { user } = await createUser(t.db, { email: 'c@example.com', tier: 'paid' });
    const transient = await registerResumeUpload(t.db, upload(user.id, 'flaky'));
    await markResumeFailed(t.db, transient.resume.id, { code: 'RESUME_INGESTION_FAILED', message: 'worker lost' });
    expect(await loadUploadedFile(t.db, transient.resume.id)).toBeUndefined();
    const retried = await registerResumeUpload(t.db, upload(user.id, 'flaky'));
    expect(retried).toMatchObject({
      created: true,
      resume: { id: transient.resume.id, status: 'received', error: null },
    });
    expect(await loadUploadedFile(t.db, transient.resume.id)).toBeDefined();

    const refused = await registerResumeUpload(t.db, upload(user.id, 'locked'));
    await markResumeFailed(t.db, refused.resume.id, { code: 'RESUME_ENCRYPTED', message: 'password' });
    const same = await registerResumeUpload(t.db, upload(user.id, 'locked'));
    expect(same).toMatchObject({ created: false, resume: { status: 'failed', error: { code: 'RESUME_ENCRYPTED' } } });
    expect(await loadUploadedFile(t.db, refused.resume.id)).toBeUndefined();
  });
});
