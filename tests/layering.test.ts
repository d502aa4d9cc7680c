import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * The layering lint rule (eslint.config.mjs) fires: each probe is linted as if it were a file in
 * the folder named, with the repository's own ESLint configuration. A rule switched off or a
 * folder dropped from it fails here, not in a review months later.
 */
const ROOT = path.resolve(__dirname, '..');

interface Probe {
  readonly file: string;
  readonly imports: string;
  readonly allowed: boolean;
}

const probes: readonly Probe[] = [
  { file: 'store/probe.ts', imports: '../workflows/search/model', allowed: false },
  { file: 'store/probe.ts', imports: '../activities/search-types', allowed: false },
  { file: 'store/objects/probe.ts', imports: '../../api/search-schemas', allowed: false },
  { file: 'matching/scoring/probe.ts', imports: '../../workflows/search/model', allowed: false },
  { file: 'understanding/analysis/probe.ts', imports: '../../activities/search-types', allowed: false },
  { file: 'gateway/governance/probe.ts', imports: '../../api/search-schemas', allowed: false },
  { file: 'temporal/probe.ts', imports: '../workflows/search/messages', allowed: false },
  { file: 'schema/probe.ts', imports: '../store/jobs', allowed: false },
  { file: 'schema/migrations/probe.ts', imports: '../../matching/documents', allowed: false },
  { file: 'common/probe.ts', imports: '../gateway/contract', allowed: false },
  { file: 'common/vocabulary/probe.ts', imports: '../../schema/jobs.table', allowed: false },
  { file: 'workflows/search/probe.ts', imports: '../../api/search-schemas', allowed: false },
  { file: 'activities/probe.ts', imports: '../api/searches', allowed: false },
  { file: 'store/probe.ts', imports: '../common/vocabulary/search', allowed: true },
  { file: 'store/probe.ts', imports: '../schema/jobs.table', allowed: true },
  { file: 'schema/probe.ts', imports: '../common/vocabulary/jobs', allowed: true },
  { file: 'common/vocabulary/probe.ts', imports: './jobs', allowed: true },
  { file: 'workflows/search/probe.ts', imports: '../../activities/search-types', allowed: true },
  { file: 'api/probe.ts', imports: '../workflows/search/model', allowed: true },
];

/**
 * ESLint loads its flat config with import(), which jest's module sandbox does not provide, so a
 * child Node process lints. Type-aware rules are off: a probe is not a file of the TypeScript
 * project, and the layering rule needs no types.
 */
const LINT_PROBES = `
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
const probes = JSON.parse(process.argv[1]);
const eslint = new ESLint({ overrideConfig: tseslint.configs.disableTypeChecked });
const found = [];
for (const probe of probes) {
  const source = "import type { Anything } from '" + probe.imports + "';\\nexport type Probe = Anything;\\n";
  const [result] = await eslint.lintText(source, { filePath: probe.file });
  found.push(result.messages.map((m) => ({ ruleId: m.ruleId, message: m.message })));
}
process.stdout.write(JSON.stringify(found));
`;

type Finding = { readonly ruleId: string | null; readonly message: string };

describe('the layering lint rule', () => {
  let findings: Finding[][] = [];

  beforeAll(() => {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', LINT_PROBES, JSON.stringify(probes)], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    findings = JSON.parse(out) as Finding[][];
  });

  const cases = probes.map(
    (probe, i) => [probe.file, probe.imports, probe.allowed ? 'allowed' : 'refused', i] as const,
  );

  it.each(cases)('%s importing %s is %s', (_file, _imports, _verdict, i) => {
    const probe = probes[i] as Probe;
    const layering = (findings[i] ?? []).filter((f) => f.ruleId === 'no-restricted-imports');
    const others = (findings[i] ?? []).filter((f) => f.ruleId !== 'no-restricted-imports');
    expect(others).toEqual([]);
    if (probe.allowed) expect(layering).toEqual([]);
    else expect(layering.map((f) => f.message.includes('Layering:'))).toEqual([true]);
  });
});
