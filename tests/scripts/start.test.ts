import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import pg from 'pg';
import { findFreePort } from '../../scripts/stack/ports';

const ROOT = path.resolve(__dirname, '..', '..');

interface Launch {
  child: ChildProcess;
  output: () => string;
}

function launch(env: NodeJS.ProcessEnv): Launch {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'start.ts')], {
    cwd: ROOT,
    env: { ...process.env, ...env, NODE_ENV: 'development', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  return { child, output: () => output };
}

async function waitFor(l: Launch, text: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!l.output().includes(text)) {
    if (l.child.exitCode !== null) throw new Error(`launcher exited early:\n${l.output()}`);
    if (Date.now() > deadline) throw new Error(`no "${text}" within ${timeoutMs} ms:\n${l.output()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Runs one of scripts/ as `npm run` would, with only the given variables beyond a bare environment. */
function runScript(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const bare = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(DATABASE_URL|REDIS_URL|TEMPORAL_ADDRESS|HIREHOUND_)/.test(k)),
  );
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', script), ...args], {
      cwd: ROOT,
      env: { ...bare, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The demo users' keys as the banner prints them, by role. */
function demoKeys(output: string): Record<string, string> {
  const banner = output.slice(output.lastIndexOf('Demo users'));
  return Object.fromEntries(
    [...banner.matchAll(/^ {2}(free|paid|admin) +\S+@hirehound\.local +(hh_\S+)$/gm)].map(
      (m) => [m[1]!, m[2]!] as const,
    ),
  );
}

async function whoIs(apiUrl: string, key: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${apiUrl}/v1/me`, { headers: { 'x-api-key': key } });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null
    ? Promise.resolve(child.exitCode)
    : new Promise((r) => child.once('exit', (code) => r(code)));
}

/** Processes whose command line mentions the folder: what a launcher could have left behind. */
function processesMentioning(dir: string): string[] {
  const found: string[] = [];
  for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (cmd.includes(dir)) found.push(`${pid}: ${cmd}`);
    } catch {
      /* exited meanwhile */
    }
  }
  return found;
}

describe('npm start (scripts/start.ts)', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hirehound-start-'));
  fs.chmodSync(dataDir, 0o755);
  let current: Launch | undefined;

  afterAll(async () => {
    if (current && current.child.exitCode === null) {
      current.child.kill('SIGINT');
      await exitOf(current.child);
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('brings the stack up, stops every process on Ctrl-C, and keeps data across restarts', async () => {
    const ports = {
      PG_PORT: String(await findFreePort()),
      REDIS_PORT: String(await findFreePort()),
      TEMPORAL_PORT: String(await findFreePort()),
      TEMPORAL_UI_PORT: String(await findFreePort()),
      API_PORT: String(await findFreePort()),
      GATEWAY_PORT: String(await findFreePort()),
      SIMULATOR_PORT: String(await findFreePort()),
    };
    const env = { HIREHOUND_DATA_DIR: dataDir, ...ports };
    const databaseUrl = `postgres://postgres@127.0.0.1:${ports.PG_PORT}/hirehound`;
    const workflowId = `persisted-${Date.now()}`;

    current = launch(env);
    await waitFor(current, 'Press Ctrl-C to stop everything.', 120_000);
    const health = await fetch(`http://127.0.0.1:${ports.API_PORT}/healthz`);
    expect(health.status).toBe(200);
    expect(current.output()).toContain(`Temporal UI     http://127.0.0.1:${ports.TEMPORAL_UI_PORT}`);
    expect(current.output()).toMatch(/Embeddings {6}(local|hf|hash) /);
    // Without HASDATA_API_KEY the gateway talks to the simulator; both answer.
    expect(current.output()).toContain(`Gateway         http://127.0.0.1:${ports.GATEWAY_PORT}`);
    expect((await fetch(`http://127.0.0.1:${ports.GATEWAY_PORT}/healthz`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${ports.SIMULATOR_PORT}/healthz`)).status).toBe(200);

    // The demo users, one per role, with keys that work; the web app is at /.
    const apiUrl = `http://127.0.0.1:${ports.API_PORT}`;
    expect(current.output()).toContain(`Web app         ${apiUrl}/`);
    const firstKeys = demoKeys(current.output());
    expect(Object.keys(firstKeys).sort()).toEqual(['admin', 'free', 'paid']);
    expect((await whoIs(apiUrl, firstKeys.free!)).body).toMatchObject({ tier: 'free', isAdmin: false });
    expect((await whoIs(apiUrl, firstKeys.paid!)).body).toMatchObject({ tier: 'paid', isAdmin: false });
    expect((await whoIs(apiUrl, firstKeys.admin!)).body).toMatchObject({ isAdmin: true });
    const page = await fetch(`${apiUrl}/`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');

    // user:create finds the running stack by itself: no DATABASE_URL, REDIS_URL or TEMPORAL_ADDRESS.
    const created = await runScript('create-user.ts', ['--email', 'first@example.com', '--tier', 'paid', '--admin'], {
      HIREHOUND_DATA_DIR: dataDir,
    });
    expect(created.code).toBe(0);
    const user = JSON.parse(created.stdout) as { email: string; tier: string; apiKey: string };
    expect(user).toMatchObject({ email: 'first@example.com', tier: 'paid' });
    const me = await fetch(`http://127.0.0.1:${ports.API_PORT}/v1/credits`, {
      headers: { authorization: `Bearer ${user.apiKey}` },
    });
    expect(me.status).toBe(200);

    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    await db.query(
      `INSERT INTO jobs (source, external_id, url, title) VALUES ('test', 'kept', 'https://example.com/k', 'Kept')`,
    );
    await db.end();
    const connection = await Connection.connect({ address: `127.0.0.1:${ports.TEMPORAL_PORT}` });
    await new Client({ connection }).workflow.start('notRegisteredAnywhere', { taskQueue: 'nobody-polls', workflowId });
    await connection.close();

    current.child.kill('SIGINT');
    expect(await exitOf(current.child)).toBe(0);
    expect(current.output()).toContain('All processes stopped.');
    expect(processesMentioning(dataDir)).toEqual([]);

    current = launch(env);
    await waitFor(current, 'Press Ctrl-C to stop everything.', 120_000);
    const db2 = new pg.Client({ connectionString: databaseUrl });
    await db2.connect();
    const kept = await db2.query(`SELECT title FROM jobs WHERE external_id = 'kept'`);
    expect(kept.rows).toEqual([{ title: 'Kept' }]);
    // Restarting creates no second demo user; each gets a new key and the old one stops working.
    const demoRows = await db2.query(`SELECT email FROM users WHERE email LIKE '%@hirehound.local' ORDER BY email`);
    expect(demoRows.rows.map((r: { email: string }) => r.email)).toEqual([
      'demo-admin@hirehound.local',
      'demo-free@hirehound.local',
      'demo-paid@hirehound.local',
    ]);
    const secondKeys = demoKeys(current.output());
    expect(secondKeys.paid).not.toBe(firstKeys.paid);
    expect((await whoIs(apiUrl, secondKeys.paid!)).body).toMatchObject({ tier: 'paid' });
    expect((await whoIs(apiUrl, firstKeys.paid!)).status).toBe(401);
    await db2.end();
    const connection2 = await Connection.connect({ address: `127.0.0.1:${ports.TEMPORAL_PORT}` });
    const described = await new Client({ connection: connection2 }).workflow.getHandle(workflowId).describe();
    await connection2.close();
    expect(described.workflowId).toBe(workflowId);

    current.child.kill('SIGINT');
    expect(await exitOf(current.child)).toBe(0);
    expect(processesMentioning(dataDir)).toEqual([]);
  }, 300_000);

  it('refuses a port that is already taken, with a message naming the setting', async () => {
    const busy = await findFreePort();
    const net = await import('node:net');
    const server = net.createServer().listen(busy, '127.0.0.1');
    try {
      const l = launch({ HIREHOUND_DATA_DIR: dataDir, API_PORT: String(busy) });
      expect(await exitOf(l.child)).not.toBe(0);
      expect(l.output()).toContain(`Port ${busy} for the API is already in use`);
      expect(l.output()).toContain('API_PORT');
    } finally {
      server.close();
    }
  });
});
