import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * `npm start` leaves `<data dir>/stack.json` while the stack is up, so that local tools (the demo)
 * find the API and the embedded database without the user copying URLs around.
 */
export const RunningStack = z.object({
  apiUrl: z.string().url(),
  databaseUrl: z.string().url(),
  pid: z.number().int().positive(),
});
export type RunningStack = z.infer<typeof RunningStack>;

const fileIn = (dataDir: string): string => path.join(dataDir, 'stack.json');

export function writeStackFile(dataDir: string, stack: RunningStack): void {
  fs.writeFileSync(fileIn(dataDir), `${JSON.stringify(stack, null, 2)}\n`, { mode: 0o600 });
}

export function removeStackFile(dataDir: string): void {
  fs.rmSync(fileIn(dataDir), { force: true });
}

/** The running stack, or null when none is recorded or its launcher is gone. */
export function readStackFile(dataDir: string): RunningStack | null {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(fileIn(dataDir), 'utf8'));
  } catch {
    return null;
  }
  const parsed = RunningStack.safeParse(raw);
  if (!parsed.success) return null;
  try {
    process.kill(parsed.data.pid, 0);
  } catch {
    return null;
  }
  return parsed.data;
}

/**
 * The database of the stack a local tool should talk to: DATABASE_URL when set, else the one the
 * running `npm start` recorded. Tools that only write to Postgres (user:create, the demo's user)
 * need nothing else, so they must not demand the other services' variables.
 */
export function locateDatabaseUrl(env: NodeJS.ProcessEnv, dataDir: string): string | undefined {
  return env.DATABASE_URL ?? readStackFile(dataDir)?.databaseUrl;
}
