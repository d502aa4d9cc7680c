import fs from 'node:fs';
import path from 'node:path';
import { assertValidKey, type ObjectStore, type StoredObject } from './object-store';

/**
 * The embedded default: one file per object under a root folder. Writes go to a temporary file
 * first and are renamed into place, so a reader never sees half an object.
 */
export function createFilesystemStore(root: string): ObjectStore {
  const absolute = path.resolve(root);
  fs.mkdirSync(absolute, { recursive: true });
  const fileFor = (key: string): string => {
    assertValidKey(key);
    return path.join(absolute, ...key.split('/'));
  };

  async function* walk(dir: string, prefix: string): AsyncIterable<StoredObject> {
    let entries: fs.Dirent[];
    try {
      entries = await fs.promises.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      const key = path.relative(absolute, full).split(path.sep).join('/');
      if (entry.isDirectory()) yield* walk(full, prefix);
      else if (entry.isFile() && key.startsWith(prefix) && !entry.name.endsWith('.partial')) {
        const stat = await fs.promises.stat(full);
        yield { key, size: stat.size, lastModified: stat.mtime };
      }
    }
  }

  return {
    location: `file://${absolute}`,
    async put(key, body) {
      const file = fileFor(key);
      await fs.promises.mkdir(path.dirname(file), { recursive: true });
      const partial = `${file}.${process.pid}.${Date.now()}.partial`;
      await fs.promises.writeFile(partial, body);
      await fs.promises.rename(partial, file);
    },
    async get(key) {
      try {
        return await fs.promises.readFile(fileFor(key));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw err;
      }
    },
    async delete(key) {
      await fs.promises.rm(fileFor(key), { force: true });
    },
    list: (prefix) => walk(absolute, prefix),
  };
}
