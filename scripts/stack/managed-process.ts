import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface ProcessSpec {
  /** Short name used in messages and log prefixes (postgres, redis, temporal, api, worker…). */
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  readonly env?: NodeJS.ProcessEnv;
  readonly cwd?: string;
  /** Run as another OS user (PostgreSQL refuses to run as root). */
  readonly runAs?: { readonly uid: number; readonly gid: number };
  /** Append the child's output to this file. */
  readonly logFile?: string;
  /** Receive every output line (for prefixing to the console or watching for readiness). */
  readonly onLine?: (line: string) => void;
  /** Record the pid here so a later launcher can reap a process orphaned by a crash. */
  readonly pidFile?: string;
}

export interface ExitInfo {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/**
 * A supervised child. Each runs in its own process group, so a Ctrl-C in the terminal reaches only
 * the launcher, which then stops the children in dependency order.
 */
export class ManagedProcess {
  readonly exited: Promise<ExitInfo>;
  private exitInfo: ExitInfo | undefined;
  private readonly recent: string[] = [];
  private stopping = false;

  private constructor(
    readonly spec: ProcessSpec,
    private readonly child: ChildProcess,
  ) {
    this.exited = new Promise((resolve) => {
      child.on('exit', (code, signal) => {
        this.exitInfo = { code, signal };
        if (spec.pidFile) fs.rmSync(spec.pidFile, { force: true });
        resolve(this.exitInfo);
      });
    });
  }

  static start(spec: ProcessSpec): ManagedProcess {
    const logStream = spec.logFile ? fs.createWriteStream(spec.logFile, { flags: 'a' }) : undefined;
    const child = spawn(spec.command, [...spec.args], {
      cwd: spec.cwd,
      env: spec.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
      ...(spec.runAs ? { uid: spec.runAs.uid, gid: spec.runAs.gid } : {}),
    });
    const managed = new ManagedProcess(spec, child);
    const handle = (chunk: Buffer): void => {
      if (logStream && !logStream.writableEnded) logStream.write(chunk);
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line) continue;
        managed.recent.push(line);
        if (managed.recent.length > 50) managed.recent.shift();
        spec.onLine?.(line);
      }
    };
    child.stdout?.on('data', handle);
    child.stderr?.on('data', handle);
    child.on('error', (err) => {
      managed.recent.push(`spawn error: ${err.message}`);
    });
    // 'close', not 'exit': output can still arrive after the process exited, until its pipes close.
    child.once('close', () => logStream?.end());
    if (spec.pidFile && child.pid !== undefined) {
      fs.mkdirSync(path.dirname(spec.pidFile), { recursive: true });
      fs.writeFileSync(spec.pidFile, `${child.pid}\n`);
    }
    return managed;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get running(): boolean {
    return this.exitInfo === undefined;
  }

  get isStopping(): boolean {
    return this.stopping;
  }

  /** The last lines the process printed, for error messages when it fails to start. */
  recentOutput(): string {
    return this.recent.join('\n');
  }

  /** Signals the process group and waits; escalates to SIGKILL after the timeout. */
  async stop(options: { signal?: NodeJS.Signals; timeoutMs?: number } = {}): Promise<ExitInfo> {
    this.stopping = true;
    if (this.exitInfo) return this.exitInfo;
    this.signalGroup(options.signal ?? 'SIGTERM');
    const timeoutMs = options.timeoutMs ?? 10_000;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    const result = await Promise.race([this.exited, timedOut]);
    clearTimeout(timer);
    if (result === 'timeout') {
      this.signalGroup('SIGKILL');
      return this.exited;
    }
    return result;
  }

  /** Marks the process as being stopped by someone else (e.g. pg_ctl), so its exit is expected. */
  markStopping(): void {
    this.stopping = true;
  }

  private signalGroup(signal: NodeJS.Signals): void {
    const pid = this.child.pid;
    if (pid === undefined) return;
    try {
      process.kill(-pid, signal);
    } catch {
      try {
        process.kill(pid, signal);
      } catch {
        /* already gone */
      }
    }
  }
}

/**
 * A launcher killed with SIGKILL cannot stop its children. The next launcher finds their pid files
 * and stops them, but only if the pid still belongs to the same program (pids are reused).
 */
export async function reapOrphan(pidFile: string, expectedCommand: string): Promise<boolean> {
  if (!fs.existsSync(pidFile)) return false;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').trim());
  fs.rmSync(pidFile, { force: true });
  if (!Number.isInteger(pid) || pid <= 0) return false;
  let cmdline = '';
  try {
    cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return false;
  }
  if (!cmdline.includes(expectedCommand)) return false;
  const alive = (): boolean => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  process.kill(pid, 'SIGTERM');
  for (let i = 0; i < 100 && alive(); i++) await sleep(100);
  if (alive()) process.kill(pid, 'SIGKILL');
  return true;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A `waitUntilReady` probe: the URL answers 2xx within `timeoutMs`. */
export function httpReady(url: string, timeoutMs = 2000): () => Promise<boolean> {
  return async () => (await fetch(url, { signal: AbortSignal.timeout(timeoutMs) })).ok;
}

/** Polls `probe` until it resolves true, the process dies, or the deadline passes. */
export async function waitUntilReady(
  proc: ManagedProcess,
  probe: () => Promise<boolean>,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (!proc.running) {
      const info = await proc.exited;
      throw new Error(
        `${proc.spec.name} exited during start-up (code ${info.code ?? '-'}, signal ${info.signal ?? '-'}).\n` +
          `Last output:\n${indent(proc.recentOutput())}`,
      );
    }
    if (await probe().catch(() => false)) return;
    if (Date.now() > deadline) {
      await proc.stop({ timeoutMs: 3000 });
      throw new Error(
        `${proc.spec.name} did not become ready within ${Math.round(timeoutMs / 1000)} s.\n` +
          `Last output:\n${indent(proc.recentOutput())}`,
      );
    }
    await sleep(100);
  }
}

function indent(text: string): string {
  return text
    .split('\n')
    .slice(-20)
    .map((l) => `    ${l}`)
    .join('\n');
}
