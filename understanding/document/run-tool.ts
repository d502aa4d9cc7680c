import { spawn } from 'node:child_process';
import { HirehoundError } from '../../common/errors';
import { timeoutError, type Deadline } from './deadline';

export interface ToolResult {
  readonly code: number | null;
  readonly stdout: Buffer;
  readonly stderr: string;
}

export interface ToolOptions {
  readonly deadline: Deadline;
  /** Output beyond this is a hostile or runaway document: the tool is killed. */
  readonly maxOutputBytes: number;
}

/**
 * Runs one of the OS tools the reader relies on (poppler, tesseract) without a shell, killed with
 * SIGKILL when the read's deadline passes or its output grows past the limit, so a crafted file
 * can neither hang a worker nor exhaust its memory.
 */
export function runTool(command: string, args: readonly string[], options: ToolOptions): Promise<ToolResult> {
  const budget = options.deadline.remainingMs();
  if (budget <= 0) return Promise.reject(timeoutError(command, options.deadline.budgetMs));
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
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
    child.on('close', (code) => {
      clearTimeout(timer);
      if (failure) reject(failure);
      else resolve({ code, stdout: Buffer.concat(chunks), stderr });
    });
  });
}
