import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { FALLBACK_CLUSTERS_DIR, startPostgres, type RunningPostgres } from '../../scripts/stack/postgres';
import { findFreePort } from '../../scripts/stack/ports';
import * as tools from '../../scripts/tools.cjs';

/**
 * A clone the `postgres` OS user cannot enter (under /root, or in a `mktemp -d` folder of mode 0700)
 * is how every fresh machine runs the project as root. The launcher's Postgres step must still
 * initialise and start a cluster there: this runs that step from such a folder. PostgreSQL refuses
 * to run as root, so the case exists only for root; as another user the folder is its own.
 */
const asRoot = process.getuid?.() === 0;

describe('the launcher’s Postgres step from a clone inside a 0700 folder', () => {
  let privateDir: string;
  let running: RunningPostgres | undefined;

  beforeAll(() => {
    privateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hirehound-private-'));
    fs.chmodSync(privateDir, 0o700);
  });

  afterAll(async () => {
    await running?.stop();
    if (running && running.dataDir !== path.join(privateDir, 'clone', '.data', 'pg')) {
      fs.rmSync(running.dataDir, { recursive: true, force: true });
    }
    fs.rmSync(privateDir, { recursive: true, force: true });
  });

  it('initialises and starts the cluster, and the database answers', async () => {
    const requested = path.join(privateDir, 'clone', '.data', 'pg');
    fs.mkdirSync(path.dirname(requested), { recursive: true });
    running = await startPostgres({
      dataDir: requested,
      port: await findFreePort(),
      database: 'hirehound',
      logFile: path.join(privateDir, 'clone', '.data', 'logs', 'postgres.log'),
      durable: false,
    });
    if (asRoot) {
      expect(running.dataDir.startsWith(`${FALLBACK_CLUSTERS_DIR}/`)).toBe(true);
      // The folder the launcher created on the way is enterable by the server user.
      const server = tools.lookupUser('postgres');
      const st = fs.statSync(FALLBACK_CLUSTERS_DIR);
      expect(st.uid === server?.uid || (st.mode & 0o001) === 0o001).toBe(true);
    } else {
      expect(running.dataDir).toBe(requested);
    }
    const client = new pg.Client({ connectionString: running.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ one: number }>('SELECT 1 AS one');
      expect(rows).toEqual([{ one: 1 }]);
      await client.query('CREATE EXTENSION IF NOT EXISTS vector');
    } finally {
      await client.end();
    }
  }, 120_000);
});
