import path from 'node:path';
import type { Config } from '../../common/config';
import { createFilesystemStore } from './filesystem-store';
import type { ObjectStore } from './object-store';
import { createS3Store } from './s3-store';

/** The configured store: S3 when an endpoint or credentials are set, the local filesystem otherwise. */
export async function createObjectStore(
  settings: Config['objectStore'],
): Promise<{ store: ObjectStore; close: () => void }> {
  if (settings.kind === 'filesystem')
    return { store: createFilesystemStore(path.resolve(settings.dir)), close: () => undefined };
  const store = createS3Store(settings);
  await store.ensureBucket();
  return { store, close: () => store.close() };
}
