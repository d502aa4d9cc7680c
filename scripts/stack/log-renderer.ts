const LEVEL_NAMES: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO',
  40: 'WARN',
  50: 'ERROR',
  60: 'FATAL',
};
const COLOURS: Record<string, string> = {
  WARN: '\x1b[33m',
  ERROR: '\x1b[31m',
  FATAL: '\x1b[31m',
  DEBUG: '\x1b[90m',
  TRACE: '\x1b[90m',
};
const OMIT = new Set(['level', 'time', 'msg', 'pid', 'hostname', 'name', 'v']);

/**
 * Turns a child's pino JSON line into one readable line for a person watching `npm start`:
 * `16:02:11 api      INFO  api listening url=http://127.0.0.1:3000`. Non-JSON lines pass through.
 */
export function renderLogLine(source: string, line: string, colour: boolean): string {
  const label = source.padEnd(9);
  let entry: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(line);
    if (typeof parsed !== 'object' || parsed === null) return `${label}${line}`;
    entry = parsed as Record<string, unknown>;
  } catch {
    return `${label}${line}`;
  }
  const levelName = typeof entry.level === 'number' ? (LEVEL_NAMES[entry.level] ?? String(entry.level)) : 'INFO';
  const time = typeof entry.time === 'string' ? entry.time.slice(11, 19) : new Date().toISOString().slice(11, 19);
  const fields = Object.entries(entry)
    .filter(([k]) => !OMIT.has(k))
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(' ');
  const text = `${time} ${label}${levelName.padEnd(6)}${typeof entry.msg === 'string' ? entry.msg : JSON.stringify(entry.msg ?? '')}${fields ? ` ${fields}` : ''}`;
  const c = COLOURS[levelName];
  return colour && c ? `${c}${text}\x1b[0m` : text;
}
