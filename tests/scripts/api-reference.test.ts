import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ALL_ROUTES } from '../../api/contract/routes';

const ROOT = path.resolve(__dirname, '../..');
const API_MD = path.join(ROOT, 'docs/api.md');

// Prettier formats the page and loads itself with a dynamic import jest's VM cannot run, so the
// generator runs as the command people use.
const generator = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/api-reference/write.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });

describe('docs/api.md', () => {
  it('is what `npm run docs:api` generates from the route registry', () => {
    const check = generator('--check');
    expect(check.status === 0 ? 'current' : check.stderr).toBe('current');
  });

  it('has a section for every route, with its parameters and each error code', () => {
    const markdown = fs.readFileSync(API_MD, 'utf8');
    for (const route of ALL_ROUTES) expect(markdown).toContain(`### ${route.method.toUpperCase()} ${route.path}\n`);
    const cancel = markdown.slice(markdown.indexOf('### POST /v1/searches/{id}/cancel'));
    const section = cancel.slice(0, cancel.indexOf('\n### '));
    for (const fragment of ['| `id` ', 'CancelSearchRequest', '`SEARCH_NOT_RUNNING`', '`API_VALIDATION_FAILED`'])
      expect(section).toContain(fragment);
  });
});
