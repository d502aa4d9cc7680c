import { failureLines, runStep, StepError } from './run-step.cjs';

/** What `npm ci` printed on a fresh machine when the lock file lacked other platforms' builds. */
const NPM_CI_REFUSAL = [
  'npm error code EUSAGE',
  'npm error',
  'npm error `npm ci` can only install packages when your package.json and package-lock.json are in sync.',
  'npm error',
  'npm error Missing: @swc/core-darwin-arm64@1.16.22 from lock file',
  'npm error',
  'npm error Clean install a project',
  'npm error',
  'npm error Usage:',
  'npm error npm ci',
  'npm error',
  'npm error Options:',
  'npm error [--install-strategy <hoisted|nested|shallow|linked>] [--legacy-bundling]',
  'npm error',
  'npm error aliases: clean-install, ic, install-clean, isntall-clean',
  'npm error',
  'npm error Run "npm help ci" for more info',
];

describe('failureLines', () => {
  it('keeps the error and drops the usage text a program prints after it', () => {
    expect(failureLines(NPM_CI_REFUSAL)).toEqual([
      'npm error code EUSAGE',
      'npm error `npm ci` can only install packages when your package.json and package-lock.json are in sync.',
      'npm error Missing: @swc/core-darwin-arm64@1.16.22 from lock file',
    ]);
  });

  it('keeps the last lines of a long failure without usage text', () => {
    const lines = Array.from({ length: 100 }, (_, i) => `line ${i}`);
    expect(failureLines(lines)).toEqual(lines.slice(-25));
  });
});

describe('runStep', () => {
  const silent = { log: () => undefined, isTTY: false };

  it('names the step, the command, its exit code and its last lines when the command fails', async () => {
    const script = `${NPM_CI_REFUSAL.map((l) => `console.error(${JSON.stringify(l)})`).join(';')};process.exit(3)`;
    const failure = runStep('node modules', process.execPath, ['-e', script], silent);
    await expect(failure).rejects.toBeInstanceOf(StepError);
    const error = (await failure.catch((e: unknown) => e)) as StepError;
    expect(error.step).toBe('node modules');
    expect(error.exitCode).toBe(3);
    expect(error.message).toContain('step "node modules" failed');
    expect(error.message).toContain('ended with exit code 3');
    expect(error.message).toContain(`${process.execPath} -e`);
    expect(error.message).toContain('Missing: @swc/core-darwin-arm64@1.16.22 from lock file');
    expect(error.lines.join('\n')).not.toContain('Usage:');
    expect(error.lines.join('\n')).not.toContain('aliases:');
  });

  it('says so when the program cannot be started at all', async () => {
    const error = (await runStep('temporal', '/nonexistent/temporal', ['version'], silent).catch(
      (e: unknown) => e,
    )) as StepError;
    expect(error).toBeInstanceOf(StepError);
    expect(error.message).toContain('step "temporal" failed: `/nonexistent/temporal version`');
    expect(error.message).toContain('could not start');
  });

  it('resolves when the command succeeds, reporting progress from its output', async () => {
    const statuses: string[] = [];
    await runStep('echo', process.execPath, ['-e', 'console.log("fetched 3")'], {
      ...silent,
      onLine: (line) => {
        statuses.push(line);
        return line;
      },
    });
    expect(statuses).toEqual(['fetched 3']);
  });
});
