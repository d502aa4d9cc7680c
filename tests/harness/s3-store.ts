import { createS3Store } from '../../store/objects/s3-store';
import { testS3, uniquePrefix } from './services';

/** An S3 object store on the harness' MinIO, in a bucket of its own (created), so tests never share keys. */
export async function createTestS3Store(label: string): Promise<ReturnType<typeof createS3Store>> {
  const s3 = testS3();
  const store = createS3Store({
    endpoint: s3.endpoint,
    region: 'us-east-1',
    bucket: uniquePrefix(label).toLowerCase(),
    accessKeyId: s3.accessKeyId,
    secretAccessKey: s3.secretAccessKey,
    forcePathStyle: true,
  });
  await store.ensureBucket();
  return store;
}
