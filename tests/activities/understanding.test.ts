import crypto from 'node:crypto';
import { ApplicationFailure } from '@temporalio/common';
import pino from 'pino';
import { createUnderstandingActivities } from '../../activities/understanding';
import { ERROR_CATALOGUE } from '../../common/errors';
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
});
