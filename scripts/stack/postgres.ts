import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import * as tools from '../tools.cjs';
import { ManagedProcess, waitUntilReady } from './managed-process';
import { assertPortFree } from './ports';

const execFileAsync = promisify(execFile);

export interface PostgresOptions {
  /** The cluster directory (initialised on first use, kept across runs). */
  readonly dataDir: string;
  readonly port: number;
  /** Database created if missing. */
  readonly database: string;
  readonly logFile: string;
  /** Extra server settings, passed as -c flags on every start (so changing them needs no edit). */
  readonly settings?: Readonly<Record<string, string>>;
  /** Skip fsync etc. for throwaway test clusters. */
  readonly durable: boolean;
}

export interface RunningPostgres {
  readonly url: string;
  /** The cluster directory actually used (may differ from the requested one, see resolveDataDir). */
  readonly dataDir: string;
  readonly process: ManagedProcess;
  stop(): Promise<void>;
}

interface OsUser {
  readonly uid: number;
  readonly gid: number;
}

/** PostgreSQL refuses to run as root; as root we run it as the `postgres` OS user. */
function serverUser(): OsUser | undefined {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
  const user = tools.lookupUser('postgres');
  if (!user) {
    throw new Error(
      'Running as root, but there is no "postgres" OS user to run PostgreSQL as. ' +
        'Install postgresql-15 (it creates the user) or run as a normal user.',
    );
  }
  return user;
}

/** Can `user` reach `dir` (execute permission on every ancestor)? */
function traversableBy(user: OsUser, dir: string): boolean {
  let current = path.resolve(dir);
  for (;;) {
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
    let st: fs.Stats;
    try {
      st = fs.statSync(current);
    } catch {
      continue;
    }
    const mode = st.mode;
    const ok =
      st.uid === user.uid ? (mode & 0o100) !== 0 : st.gid === user.gid ? (mode & 0o010) !== 0 : (mode & 0o001) !== 0;
    if (!ok) return false;
  }
}

/** Where clusters go when the checkout is out of the postgres user's reach (under its Debian home). */
export const FALLBACK_CLUSTERS_DIR = '/var/lib/postgresql/hirehound';

/**
 * The cluster normally lives at the requested directory (.data/pg). When the checkout sits under a
 * folder the `postgres` user cannot enter (e.g. /root), the cluster goes to a stable folder under
 * the postgres user's home instead, keyed by the requested path so each checkout keeps its own.
 */
export function resolveDataDir(requested: string): string {
  const user = serverUser();
  if (!user || traversableBy(user, requested)) return requested;
  const key = crypto.createHash('sha256').update(path.resolve(requested)).digest('hex').slice(0, 12);
  return path.join(FALLBACK_CLUSTERS_DIR, key);
}

/**
 * Creates the cluster directory owned by the server user, and any missing folder above it open to
 * traversal (0755): a folder the launcher creates as root on the way (the fallback's
 * `/var/lib/postgresql/hirehound`) must still be enterable by `postgres`, or initdb fails with
 * "could not access directory".
 */
function makeClusterDir(dir: string, user: OsUser | undefined): void {
  const missing: string[] = [];
  for (let d = path.resolve(dir); !fs.existsSync(d); d = path.dirname(d)) missing.unshift(d);
  for (const d of missing) fs.mkdirSync(d, { mode: d === path.resolve(dir) ? 0o700 : 0o755 });
  if (user) chownTree(dir, user);
}

function chownTree(dir: string, user: OsUser): void {
  fs.chownSync(dir, user.uid, user.gid);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) chownTree(p, user);
    else fs.chownSync(p, user.uid, user.gid);
  }
}

async function runAsServerUser(user: OsUser | undefined, file: string, args: string[]): Promise<string> {
  const { stdout } = await execFileAsync(file, args, {
    encoding: 'utf8',
    ...(user ? { uid: user.uid, gid: user.gid } : {}),
    env: { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' },
  });
  return stdout;
}

async function isClusterRunning(binDir: string, user: OsUser | undefined, dataDir: string): Promise<boolean> {
  try {
    await runAsServerUser(user, path.join(binDir, 'pg_ctl'), ['status', '-D', dataDir]);
    return true;
  } catch {
    return false;
  }
}

export async function startPostgres(options: PostgresOptions): Promise<RunningPostgres> {
  const binDir = tools.findPostgresBinDir();
  if (!binDir) throw new Error('PostgreSQL server binaries not found; run `node scripts/bootstrap.cjs` first.');
  if (!tools.hasPgvector(binDir)) {
    throw new Error(`pgvector is not installed for ${binDir}; run \`node scripts/bootstrap.cjs\` first.`);
  }
  const user = serverUser();
  const dataDir = resolveDataDir(options.dataDir);
  if (dataDir !== options.dataDir) {
    process.stdout.write(
      `[postgres] ${options.dataDir} is not reachable by the postgres user; using ${dataDir} for the cluster\n`,
    );
  }
  makeClusterDir(dataDir, user);
  // An earlier launcher created the fallback folder root-owned with mode 0700; hand it over.
  if (user && dataDir.startsWith(`${FALLBACK_CLUSTERS_DIR}/`)) fs.chownSync(FALLBACK_CLUSTERS_DIR, user.uid, user.gid);
  if (user && !traversableBy(user, dataDir)) {
    throw new Error(
      `The postgres OS user cannot reach ${dataDir} (a folder above it is closed to it); ` +
        'set HIREHOUND_DATA_DIR to a folder it can enter, or DATABASE_URL to a running server.',
    );
  }
  fs.mkdirSync(path.dirname(options.logFile), { recursive: true });

  // A launcher that was killed outright leaves its postmaster behind; stop it before reusing the dir.
  if (fs.existsSync(path.join(dataDir, 'postmaster.pid')) && (await isClusterRunning(binDir, user, dataDir))) {
    await runAsServerUser(user, path.join(binDir, 'pg_ctl'), ['stop', '-D', dataDir, '-m', 'fast', '-w']);
  }

  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await runAsServerUser(user, path.join(binDir, 'initdb'), [
      '-D',
      dataDir,
      '-U',
      'postgres',
      '--auth=trust',
      '--encoding=UTF8',
      '--locale=C.UTF-8',
    ]);
  }

  await assertPortFree(options.port, 'PostgreSQL', 'PG_PORT');

  const settings: Record<string, string> = {
    listen_addresses: '127.0.0.1',
    port: String(options.port),
    // No Unix socket: its directory would need to be writable by postgres and short enough for
    // sun_path; TCP on loopback is what the application uses anyway.
    unix_socket_directories: '',
    max_connections: '200',
    // Room for the 100k jobs' HNSW graph (194 MB) and the rows a lookup reads: at 256 MB a lookup
    // cost PostgreSQL 16 ms of CPU, at 512 MB 11-12 (bench/lookup-cpu.ts, docs/performance.md).
    shared_buffers: '512MB',
    work_mem: '32MB',
    maintenance_work_mem: '512MB',
    max_parallel_maintenance_workers: '2',
    ...(options.durable ? {} : { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' }),
    ...options.settings,
  };
  const args = ['-D', dataDir, ...Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`])];
  if (user) fs.writeFileSync(options.logFile, '', { flag: 'a' });
  const proc = ManagedProcess.start({
    name: 'postgres',
    command: path.join(binDir, 'postgres'),
    args,
    logFile: options.logFile,
    env: { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' },
    ...(user ? { runAs: user } : {}),
  });

  const adminUrl = `postgres://postgres@127.0.0.1:${options.port}/postgres`;
  await waitUntilReady(
    proc,
    async () => {
      const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 1000 });
      try {
        await client.connect();
        await client.query('SELECT 1');
        return true;
      } finally {
        await client.end().catch(() => undefined);
      }
    },
    60_000,
  );

  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(options.database)}`);
  } finally {
    await admin.end();
  }

  const stop = async (): Promise<void> => {
    if (!proc.running) return;
    proc.markStopping();
    // pg_ctl stop -m fast: roll back open transactions, checkpoint, exit cleanly.
    await runAsServerUser(user, path.join(binDir, 'pg_ctl'), [
      'stop',
      '-D',
      dataDir,
      '-m',
      'fast',
      '-w',
      '-t',
      '60',
    ]).catch(() => proc.stop({ signal: 'SIGINT', timeoutMs: 30_000 }));
    await proc.stop({ signal: 'SIGINT', timeoutMs: 30_000 });
  };

  return {
    url: `postgres://postgres@127.0.0.1:${options.port}/${options.database}`,
    dataDir,
    process: proc,
    stop,
  };
}
