import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/**
 * CPU time of processes, read from /proc (Linux): what a benchmark measures per process instead of
 * estimating it. On a shared machine a process's own CPU time is far steadier than throughput,
 * which depends on everyone else's load.
 */

let ticksPerSecond: number | undefined;
function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

interface StatLine {
  readonly pid: number;
  readonly ppid: number;
  /** utime + stime + cutime + cstime, in clock ticks. */
  readonly ticks: number;
  /** utime + stime: the process's (or thread's) own, without reaped children. */
  readonly ownTicks: number;
}

/** /proc/<pid>/stat; the command name may hold spaces and parentheses, so fields count from the last ')'. */
export function parseStatLine(pid: number, text: string): StatLine | null {
  const close = text.lastIndexOf(')');
  if (close < 0) return null;
  // Fields after the name start at field 3 (state); utime is field 14, so index 11 here.
  const fields = text.slice(close + 2).split(' ');
  const num = (i: number): number => Number(fields[i]);
  return { pid, ppid: num(1), ticks: num(11) + num(12) + num(13) + num(14), ownTicks: num(11) + num(12) };
}

function readStats(): StatLine[] {
  const stats: StatLine[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const parsed = parseStatLine(Number(entry), fs.readFileSync(`/proc/${entry}/stat`, 'utf8'));
      if (parsed) stats.push(parsed);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return stats;
}

/**
 * CPU milliseconds used so far by each named process tree: the process and every live descendant,
 * plus what its descendants that already ended used (cutime/cstime once reaped). PostgreSQL's
 * backends are children of the postmaster, so its tree is the whole server. Names in `alone` count
 * their own process only (the benchmark itself is the parent of every other tree).
 */
export function cpuMsByTree(
  roots: Readonly<Record<string, number | undefined>>,
  options: { readonly alone?: readonly string[] } = {},
): Record<string, number> {
  const stats = readStats();
  const children = new Map<number, StatLine[]>();
  for (const s of stats) children.set(s.ppid, [...(children.get(s.ppid) ?? []), s]);
  const byPid = new Map(stats.map((s) => [s.pid, s]));
  const ms = (ticks: number): number => (ticks * 1000) / clockTicks();
  const out: Record<string, number> = {};
  for (const [name, pid] of Object.entries(roots)) {
    if (pid === undefined) continue;
    const root = byPid.get(pid);
    if (!root) continue;
    if (options.alone?.includes(name)) {
      out[name] = ms(root.ownTicks);
      continue;
    }
    let ticks = 0;
    const stack = [root];
    while (stack.length > 0) {
      const s = stack.pop() as StatLine;
      ticks += s.ticks;
      stack.push(...(children.get(s.pid) ?? []));
    }
    out[name] = ms(ticks);
  }
  return out;
}

/** What each tree used between two readings, in ms. */
export function cpuDelta(before: Record<string, number>, after: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(after).map(([name, ms]) => [name, ms - (before[name] ?? 0)]));
}

/**
 * One process's CPU milliseconds by thread name (`/proc/<pid>/task/<tid>/comm`): the main thread,
 * Node's worker threads (`node`), libuv's pool, V8's helpers, native runtimes' own threads. Threads that
 * already ended are not listed; the process total minus this sum is what they used.
 */
export function cpuMsByThread(pid: number): Record<string, number> {
  const out: Record<string, number> = {};
  let tasks: string[];
  try {
    tasks = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tasks) {
    try {
      // Threads inherit their creator's name, so Node's worker threads are also called "node".
      const comm = fs.readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
      const name = Number(tid) === pid ? 'main thread' : comm;
      const stat = parseStatLine(Number(tid), fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8'));
      // A thread's cutime/cstime are its process's, not its own: utime + stime only.
      if (stat) out[name] = (out[name] ?? 0) + (stat.ownTicks * 1000) / clockTicks();
    } catch {
      // The thread ended between listing and reading.
    }
  }
  return out;
}
