import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { findFreePort } from '../../scripts/stack/ports';

const ROOT = path.resolve(__dirname, '..', '..');

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * The simulator's entry point as its own process (the smallest of the three services on the shared
 * runner): `whileUp` runs once it has logged that it listens, or not at all if it never does.
 */
async function runSimulator(env: NodeJS.ProcessEnv, whileUp?: (url: string) => Promise<void>): Promise<Run> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'simulator', 'server.ts')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, LOG_LEVEL: 'info', SIMULATOR_CORPUS_SIZE: '200', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const up = new Promise<string | undefined>((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const listening = stdout.split('\n').find((line) => line.includes('"simulator listening"'));
      if (listening) resolve((JSON.parse(listening) as { url: string }).url);
    });
    void exited.then(() => resolve(undefined));
  });
  try {
    const url = await up;
    if (url && whileUp) await whileUp(url);
  } finally {
    if (child.exitCode === null) child.kill('SIGTERM');
  }
  return { code: await exited, stdout, stderr };
}

/** common/http-server.ts: how the api, gateway and simulator processes start, listen and stop. */
describe('an HTTP service process', () => {
  it('logs its URL, serves, and stops cleanly on SIGTERM', async () => {
    const port = await findFreePort();
    let health = 0;
    const run = await runSimulator(
      { SIMULATOR_PORT: String(port), SIMULATOR_API_KEY: 'sim-key-123456' },
      async (url) => {
        expect(url).toBe(`http://127.0.0.1:${port}`);
        health = (await fetch(`${url}/healthz`)).status;
      },
    );
    expect(health).toBe(200);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('"shutting down"');
    expect(run.stdout).toContain('"stopped"');
  });

  it('exits with status 1 when its port is taken, without claiming to listen', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as net.AddressInfo;
    try {
      const run = await runSimulator({ SIMULATOR_PORT: String(port), SIMULATOR_API_KEY: 'sim-key-123456' });
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('EADDRINUSE');
      expect(run.stdout).not.toContain('"simulator listening"');
    } finally {
      blocker.close();
    }
  });

  it('exits with status 1 and says why when it cannot start', async () => {
    const run = await runSimulator({ SIMULATOR_PORT: String(await findFreePort()) });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^simulator failed to start: .*SIMULATOR_API_KEY must be set/);
  });
});
