import path from 'node:path';
import { ManagedProcess } from '../scripts/stack/managed-process';
import { ROOT } from './data/paths';

/**
 * One of the project's entry points (`simulator/server`, `gateway/server`, …) as its own Node
 * process under tsx, its output kept in `logFile`. `env` is the whole environment it gets.
 */
export function startNodeProcess(
  name: string,
  entry: string,
  env: NodeJS.ProcessEnv,
  logFile: string,
  nodeArgs: readonly string[] = [],
): ManagedProcess {
  return ManagedProcess.start({
    name,
    command: process.execPath,
    args: [...nodeArgs, '--import', 'tsx', path.join(ROOT, entry)],
    env,
    cwd: ROOT,
    logFile,
  });
}
