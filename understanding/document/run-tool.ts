import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { HirehoundError } from '../../common/errors';
import { timeoutError, type Deadline } from './deadline';
import type { ReadLimits } from './limits';

export interface ToolResult {
  readonly code: number | null;
  readonly stdout: Buffer;
  readonly stderr: string;
}

/** What the kernel lets one run use: CPU seconds (RLIMIT_CPU) and address space (RLIMIT_AS). */
export interface ToolResources {
  readonly cpuSeconds: number;
  readonly memoryBytes: number;
}

export const toolResources = (limits: ReadLimits): ToolResources => ({
  cpuSeconds: limits.toolCpuSeconds,
  memoryBytes: limits.toolMemoryBytes,
});

/** The budget every tool run of one read shares: its deadline, and the limits of each run. */
export interface ToolBudget {
  readonly deadline: Deadline;
  readonly resources: ToolResources;
}

export interface ToolOptions extends ToolBudget {
  /** Output beyond this is a hostile or runaway document: the tool is killed. */
  readonly maxOutputBytes: number;
}

function findOnPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, command);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      /* not here */
    }
  }
  return undefined;
}

/**
 * util-linux's prlimit sets the limits on itself and execs the tool, so the tool runs under them
 * from its first instruction. Without it (not Linux) only the deadline and the output cap apply.
 */
const PRLIMIT = findOnPath('prlimit');

/** What a tool prints when an allocation fails under RLIMIT_AS (poppler, Leptonica, C++ runtimes). */
const OUT_OF_MEMORY = /bad_alloc|out of memory|cannot allocate|bogus memory allocation|memory exhausted/i;

const tooComplex = (command: string, what: string, details: Record<string, unknown>): HirehoundError =>
  new HirehoundError('RESUME_TOO_COMPLEX', {
    message: `Reading the document needs more ${what} than allowed (${command})`,
    details: { tool: command, ...details },
  });

/**
 * Runs one of the OS tools the reader relies on (poppler, tesseract) without a shell, under CPU
 * and memory limits the kernel enforces, and killed with SIGKILL when the read's deadline passes or
 * its output grows past the limit: a crafted file can neither hang a worker, exhaust its memory,
 * nor burn a core for the whole deadline while the machine is busy.
 */
export function runTool(command: string, args: readonly string[], options: ToolOptions): Promise<ToolResult> {
  const budget = options.deadline.remainingMs();
  if (budget <= 0) return Promise.reject(timeoutError(command, options.deadline.budgetMs));
  const { cpuSeconds, memoryBytes } = options.resources;
  const [program, argv] = PRLIMIT
    ? [PRLIMIT, [`--cpu=${cpuSeconds}`, `--as=${memoryBytes}`, '--', command, ...args]]
    : [command, [...args]];
  return new Promise((resolve, reject) => {
    const child = spawn(program, argv, {
      stdio: ['ignore', 'pipe', 'pipe'],
      // Tesseract's OpenMP threads fight the worker's other activities on small machines.
      env: { ...process.env, OMP_THREAD_LIMIT: '1', LC_ALL: 'C.UTF-8' },
    });
    const chunks: Buffer[] = [];
    let size = 0;
    let stderr = '';
    let failure: Error | undefined;
    const stop = (error: Error): void => {
      failure ??= error;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(() => stop(timeoutError(command, options.deadline.budgetMs)), budget);
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > options.maxOutputBytes) {
        stop(
          new HirehoundError('RESUME_DECOMPRESSED_TOO_LARGE', {
            message: `The document produced more than ${options.maxOutputBytes} bytes of output`,
          }),
        );
        return;
      }
      chunks.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 8192) stderr += chunk.toString('utf8');
    });
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(
        new HirehoundError('INTERNAL_ERROR', {
          message: `${command} could not be started: ${err.message}`,
          cause: err,
        }),
      );
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (failure) reject(failure);
      // The kernel's answer to RLIMIT_CPU: SIGXCPU at the limit (SIGKILL at the hard one, when we did not send it).
      else if (signal === 'SIGXCPU' || (signal === 'SIGKILL' && PRLIMIT))
        reject(tooComplex(command, 'CPU time', { cpuSeconds }));
      else if (code !== 0 && OUT_OF_MEMORY.test(stderr)) reject(tooComplex(command, 'memory', { memoryBytes }));
      else resolve({ code, stdout: Buffer.concat(chunks), stderr });
    });
  });
}
