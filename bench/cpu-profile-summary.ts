import fs from 'node:fs';
import path from 'node:path';
import { round } from './stats';

/**
 * Where a process's CPU went, from a V8 CPU profile (`node --cpu-prof`, as bench:search writes them
 * with BENCH_PROFILE_DIR): self and total time by function, and self time by area (our folders, each
 * npm package, Node internals, garbage collection), optionally within one of the windows the
 * benchmark recorded (windows.json beside the profiles: `throughput`, `enrich-0`, …).
 *
 *   node --import tsx bench/cpu-profile-summary.ts <profile.cpuprofile> [window] [top]
 *
 * Prints a readable table on stderr and one JSON line on stdout.
 */

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
  readonly children?: readonly number[];
}

export interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  /** Microseconds on the monotonic clock. */
  readonly startTime: number;
  readonly endTime: number;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface ProfileSummary {
  readonly sampledMs: number;
  /** Self time by area, ms, largest first. */
  readonly areas: Readonly<Record<string, number>>;
  readonly selfByFunction: readonly { readonly name: string; readonly ms: number }[];
  /** Time with the function anywhere on the stack (counted once per sample). */
  readonly totalByFunction: readonly { readonly name: string; readonly ms: number }[];
}

/** The folder or package a frame belongs to: what a reader can act on. */
export function areaOf(frame: CallFrame): string {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node internals';
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1] as string;
  const root = path.resolve(__dirname, '..');
  const file = url.replace(/^file:\/\//, '');
  if (file.startsWith(root)) return file.slice(root.length + 1).split('/')[0] as string;
  // The workflow bundle is evaluated from memory, so its frames carry the bundle's own paths.
  if (url.includes('workflow-bundle') || url.includes('webpack')) return 'workflow bundle';
  return url;
}

function frameName(frame: CallFrame): string {
  const file = frame.url.replace(/^file:\/\//, '').replace(path.resolve(__dirname, '..') + '/', '');
  return `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
}

export function summarizeProfile(profile: CpuProfile, window?: readonly [number, number], top = 25): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const areas = new Map<string, number>();
  let sampled = 0;
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    t += delta;
    if (window && (t < window[0] || t > window[1])) return;
    const node = byId.get(id);
    if (!node || node.callFrame.functionName === '(idle)') return;
    // A sample stands for the interval since the previous one.
    const ms = delta / 1000;
    sampled += ms;
    const name = frameName(node.callFrame);
    self.set(name, (self.get(name) ?? 0) + ms);
    const area = areaOf(node.callFrame);
    areas.set(area, (areas.get(area) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (!frame) break;
      const key = frameName(frame);
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + ms);
    }
  });
  const ranked = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name, ms: round(ms, 1) }));
  return {
    sampledMs: round(sampled, 1),
    areas: Object.fromEntries([...areas.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, round(v, 1)])),
    selfByFunction: ranked(self),
    totalByFunction: ranked(total),
  };
}

function main(): void {
  const [file, windowName, topArg] = process.argv.slice(2);
  if (!file) throw new Error('usage: cpu-profile-summary <profile.cpuprofile> [window] [top]');
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  let window: [number, number] | undefined;
  if (windowName) {
    const windows = JSON.parse(fs.readFileSync(path.join(path.dirname(file), 'windows.json'), 'utf8')) as Record<
      string,
      [number, number]
    >;
    window = windows[windowName];
    if (!window) throw new Error(`no window ${windowName} in windows.json (${Object.keys(windows).join(', ')})`);
  }
  const summary = summarizeProfile(profile, window, Number(topArg ?? 25));
  const out = (line: string): void => void process.stderr.write(`${line}\n`);
  out(`${path.basename(file)}${windowName ? ` [${windowName}]` : ''}: ${summary.sampledMs} ms sampled (idle excluded)`);
  out('\nself time by area:');
  for (const [area, ms] of Object.entries(summary.areas)) out(`  ${ms.toFixed(1).padStart(9)} ms  ${area}`);
  out('\nself time by function:');
  for (const f of summary.selfByFunction) out(`  ${f.ms.toFixed(1).padStart(9)} ms  ${f.name}`);
  out('\ntotal time by function (on the stack):');
  for (const f of summary.totalByFunction) out(`  ${f.ms.toFixed(1).padStart(9)} ms  ${f.name}`);
  process.stdout.write(`${JSON.stringify({ profile: path.basename(file), window: windowName ?? null, ...summary })}\n`);
}

if (require.main === module) main();
