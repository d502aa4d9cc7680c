import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { killGroup } from './worker-process';

const ROOT = path.resolve(__dirname, '..', '..');

export interface EntryProcess {
  readonly child: ChildProcess;
  /** Resolves once its output contains `readyText`; rejects if it exits first. */
  readonly ready: Promise<void>;
  /** Everything it wrote so far, stdout and stderr. */
  output(): string;
  /** Signals its whole process group and waits for it to exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * One of the project's entry points (`workers/main.ts`, `api/server.ts`) as its own process under
 * tsx, in a process group of its own, with `env` on top of the test's environment.
 */
export function startEntryProcess(entry: string, env: Record<string, string>, readyText: string): EntryProcess {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, entry)], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes(readyText)) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${entry} exited (${code}) before "${readyText}":\n${output}`)));
  });
  ready.catch(() => undefined);
  return {
    child,
    ready,
    output: () => output,
    stop: (signal = 'SIGTERM') => killGroup(child, signal),
  };
}
