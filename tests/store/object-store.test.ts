import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createFilesystemStore } from '../../store/objects/filesystem-store';
import type { ObjectStore } from '../../store/objects/object-store';
import { createS3Store } from '../../store/objects/s3-store';
import { testS3, uniquePrefix } from '../harness/services';

/** The same contract, run against the filesystem store and against a real S3 server (MinIO). */
function contract(name: string, make: () => Promise<{ store: ObjectStore; close: () => Promise<void> }>): void {
  describe(name, () => {
    let store: ObjectStore;
    let close: () => Promise<void>;
    beforeAll(async () => {
      ({ store, close } = await make());
    });
    afterAll(() => close());

    it('round-trips bytes, overwrites, deletes, and answers undefined for a missing key', async () => {
      const key = `raw/${crypto.randomUUID()}/payload.json`;
      const bytes = Buffer.concat([Buffer.from('{"a":1}'), crypto.randomBytes(4096)]);
      expect(await store.get(key)).toBeUndefined();
      await store.put(key, bytes, 'application/json');
      expect((await store.get(key))?.equals(bytes)).toBe(true);
      await store.put(key, Buffer.from('second'), 'text/plain');
      expect((await store.get(key))?.toString()).toBe('second');
      await store.delete(key);
      expect(await store.get(key)).toBeUndefined();
      await store.delete(key); // deleting twice is not an error
    });

    it('lists by prefix, across pages', async () => {
      const prefix = `list/${uniquePrefix('p')}/`;
      const keys = Array.from({ length: 1005 }, (_, i) => `${prefix}${String(i).padStart(5, '0')}.txt`);
      for (let i = 0; i < keys.length; i += 50) {
        await Promise.all(keys.slice(i, i + 50).map((k) => store.put(k, Buffer.from(k), 'text/plain')));
      }
      await store.put(`list/other/${uniquePrefix('x')}.txt`, Buffer.from('x'), 'text/plain');
      const listed: string[] = [];
      for await (const item of store.list(prefix)) {
        listed.push(item.key);
        expect(item.size).toBe(Buffer.byteLength(item.key));
        expect(item.lastModified.getTime()).toBeGreaterThan(0);
      }
      expect(listed.sort()).toEqual(keys);
    }, 120_000);

    it('refuses keys that could escape the store', async () => {
      for (const bad of ['../etc/passwd', '/absolute', 'a/../../b', 'a//b', '', 'spaces are bad', 'a/./b']) {
        await expect(store.put(bad, Buffer.from('x'), 'text/plain')).rejects.toThrow(RangeError);
      }
    });
  });
}

contract('filesystem object store', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'hh-objects-'));
  return { store: createFilesystemStore(root), close: async () => fs.rmSync(root, { recursive: true, force: true }) };
});

contract('S3 object store against MinIO', async () => {
  const s3 = testS3();
  const store = createS3Store({
    endpoint: s3.endpoint,
    region: 'us-east-1',
    bucket: uniquePrefix('hh-test').toLowerCase(),
    accessKeyId: s3.accessKeyId,
    secretAccessKey: s3.secretAccessKey,
    forcePathStyle: true,
  });
  await store.ensureBucket();
  await store.ensureBucket(); // idempotent
  return { store, close: async () => store.close() };
});
