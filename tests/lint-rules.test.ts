import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * The house rules eslint.config.mjs enforces beyond style fire: each probe is linted as if it were
 * a file at the path named, with the repository's own ESLint configuration. A rule switched off
 * or a folder dropped from it fails here, not in a review months later.
 */
const ROOT = path.resolve(__dirname, '..');

interface Probe {
  readonly file: string;
  readonly source: string;
  /** The rule that must report it, or null when the probe is allowed. */
  readonly refusedBy: 'no-restricted-imports' | 'no-restricted-syntax' | null;
}

const importing = (file: string, from: string, allowed: boolean): Probe => ({
  file,
  source: `import type { Anything } from '${from}';\nexport type Probe = Anything;\n`,
  refusedBy: allowed ? null : 'no-restricted-imports',
});

const layering: readonly Probe[] = [
  importing('store/probe.ts', '../workflows/search/model', false),
  importing('store/probe.ts', '../activities/search-types', false),
  importing('store/objects/probe.ts', '../../api/search-schemas', false),
  importing('matching/scoring/probe.ts', '../../workflows/search/model', false),
  importing('understanding/analysis/probe.ts', '../../activities/search-types', false),
  importing('gateway/governance/probe.ts', '../../api/search-schemas', false),
  importing('temporal/probe.ts', '../workflows/search/messages', false),
  importing('imaginator/probe.ts', '../api/contract/routes', false),
  importing('imaginator/probe.ts', '../activities/search-types', false),
  importing('imaginator/probe.ts', '../understanding/skills/taxonomy', true),
  importing('schema/probe.ts', '../store/jobs', false),
  importing('schema/migrations/probe.ts', '../../matching/documents', false),
  importing('common/probe.ts', '../gateway/contract', false),
  importing('common/vocabulary/probe.ts', '../../schema/jobs.table', false),
  importing('workflows/search/probe.ts', '../../api/search-schemas', false),
  importing('activities/probe.ts', '../api/searches', false),
  importing('store/probe.ts', '../common/vocabulary/search', true),
  importing('store/probe.ts', '../schema/jobs.table', true),
  importing('schema/probe.ts', '../common/vocabulary/jobs', true),
  importing('common/vocabulary/probe.ts', './jobs', true),
  importing('workflows/search/probe.ts', '../../activities/search-types', true),
  importing('api/probe.ts', '../workflows/search/model', true),
];

const proxy = (retry: string): string =>
  `import { proxyActivities } from '@temporalio/workflow';\n` +
  `import { retryPolicy } from '../retry-policy';\n` +
  `export const probe = proxyActivities<{ run(): Promise<void> }>({ startToCloseTimeout: '1 minute', retry: ${retry} });\n` +
  `void retryPolicy;\n`;

const retries: readonly Probe[] = [
  { file: 'workflows/probe/workflow.ts', source: proxy('{ maximumAttempts: 3 }'), refusedBy: 'no-restricted-syntax' },
  { file: 'workflows/probe/workflow.ts', source: proxy('retryPolicy({ maximumAttempts: 3 })'), refusedBy: null },
];

const probes = [...layering, ...retries];

/**
 * ESLint loads its flat config with import(), which jest's module sandbox does not provide, so a
 * child Node process lints. Type-aware rules are off: a probe is not a file of the TypeScript
 * project, and these rules need no types.
 */
const LINT_PROBES = `
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
const probes = JSON.parse(process.argv[1]);
const eslint = new ESLint({ overrideConfig: tseslint.configs.disableTypeChecked });
const found = [];
for (const probe of probes) {
  const [result] = await eslint.lintText(probe.source, { filePath: probe.file });
  found.push(result.messages.map((m) => ({ ruleId: m.ruleId, message: m.message })));
}
process.stdout.write(JSON.stringify(found));
`;

type Finding = { readonly ruleId: string | null; readonly message: string };

let findings: Finding[][] = [];

beforeAll(() => {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', LINT_PROBES, JSON.stringify(probes)], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  findings = JSON.parse(out) as Finding[][];
});

function expectVerdict(index: number): void {
  const probe = probes[index] as Probe;
  const found = findings[index] ?? [];
  if (probe.refusedBy === null) {
    expect(found).toEqual([]);
  } else {
    expect(found.map((f) => f.ruleId)).toEqual([probe.refusedBy]);
  }
}

describe('the layering rule: a folder never imports one above it', () => {
  it.each(layering.map((p, i) => [p.file, p.source.split("'")[1], p.refusedBy ? 'refused' : 'allowed', i] as const))(
    '%s importing %s is %s',
    (_file, _from, _verdict, i) => {
      expectVerdict(i);
      const message = findings[i]?.[0]?.message;
      if (message !== undefined) expect(message).toContain('Layering:');
    },
  );
});

describe('the retry rule: workflows state activity retries with retryPolicy()', () => {
  it.each(
    retries.map((p, i) => [p.refusedBy ? 'a literal retry policy is refused' : 'retryPolicy() is allowed', i] as const),
  )('%s', (_title, i) => expectVerdict(layering.length + i));
});
