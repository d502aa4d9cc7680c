'use strict';
/**
 * Runs one install step's command with visible progress, and when it fails says exactly what
 * failed: the step, the command line, its exit code and its last output lines, with any usage text
 * the program printed after its error cut away (npm answers a refused `npm ci` with its whole help).
 * Plain CommonJS with no dependencies: the bootstrap runs before `npm ci`.
 */
const { spawn } = require('node:child_process');

const TAIL_LINES = 25;

function formatSeconds(ms) {
  const s = Math.round(ms / 1000);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

/** Quotes an argument for display the way a shell would need it. */
function shellQuote(arg) {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${String(arg).replace(/'/g, `'\\''`)}'`;
}

/**
 * The lines worth showing from a failed command: everything before a usage/help block (a line
 * "Usage:" with its one-line title just above it), then the last TAIL_LINES of that.
 */
function failureLines(lines) {
  const strip = (l) => l.replace(/^npm (error|ERR!)\s?/, '').trim();
  const usage = lines.findIndex((l) => /^usage:/i.test(strip(l)));
  let kept = lines;
  if (usage >= 0) {
    let cut = usage;
    let title = usage - 1;
    while (title >= 0 && strip(lines[title]) === '') title--;
    // A one-line title just above "Usage:" (npm: "Clean install a project"), set apart by a blank line.
    if (title >= 1 && strip(lines[title - 1]) === '') cut = title;
    kept = lines.slice(0, cut);
  }
  kept = kept.filter((l) => strip(l) !== '');
  return kept.slice(-TAIL_LINES);
}

class StepError extends Error {
  constructor({ step, command, exitCode, signal, lines }) {
    const how = signal ? `killed by ${signal}` : `exit code ${exitCode}`;
    super(
      `step "${step}" failed: \`${command}\` ended with ${how}. Its last output:\n    ${
        lines.length ? lines.join('\n    ') : '(none)'
      }`,
    );
    this.name = 'StepError';
    this.step = step;
    this.command = command;
    this.exitCode = exitCode;
    this.lines = lines;
  }
}

/**
 * Runs `cmd args`; shows a live status line on a terminal, or one line every 10 s otherwise, so a
 * person always sees that a long step is moving. `onLine` turns output lines into a status text.
 * Rejects with a StepError.
 */
function runStep(step, cmd, args, options = {}) {
  const log = options.log || ((m) => process.stdout.write(`[bootstrap] ${m}\n`));
  const isTTY = options.isTTY ?? (Boolean(process.stdout.isTTY) && !process.env.CI);
  const command = [cmd, ...args].map(shellQuote).join(' ');
  return new Promise((resolve, reject) => {
    const started = Date.now();
    let status = 'starting';
    const kept = [];
    const child = spawn(cmd, args, {
      cwd: options.cwd,
      env: { ...process.env, ...(options.env || {}) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const render = (final) => {
      const line = `${step}: ${status} (${formatSeconds(Date.now() - started)})`;
      if (isTTY) process.stdout.write(`\r\x1b[2K[bootstrap] ${line}${final ? '\n' : ''}`);
      else log(line);
    };
    const timer = setInterval(() => render(false), isTTY ? 500 : 10_000);
    let partial = '';
    const onData = (chunk) => {
      const text = partial + chunk.toString('utf8');
      const lines = text.split('\n');
      partial = lines.pop();
      for (const line of lines) {
        kept.push(line);
        if (kept.length > 400) kept.shift();
        if (options.onLine && line.trim()) {
          const next = options.onLine(line);
          if (next) status = next;
        }
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (err) => {
      clearInterval(timer);
      if (isTTY) process.stdout.write('\n');
      reject(
        new StepError({ step, command, exitCode: null, signal: null, lines: [`could not start: ${err.message}`] }),
      );
    });
    child.on('close', (code, signal) => {
      clearInterval(timer);
      if (partial) kept.push(partial);
      if (code === 0) {
        status = 'done';
        render(true);
        resolve();
        return;
      }
      if (isTTY) process.stdout.write('\n');
      reject(new StepError({ step, command, exitCode: code, signal, lines: failureLines(kept) }));
    });
  });
}

module.exports = { runStep, failureLines, StepError, formatSeconds };
