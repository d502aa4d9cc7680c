import fs from 'node:fs';
import path from 'node:path';
import { ALL_ROUTES } from '../../api/contract/routes';
import { API_PAGE, renderApiPage } from './api-page';

const ROOT = path.resolve(__dirname, '..', '..');

describe('docs/api.md', () => {
  it('is what `npm run docs:api` generates from the route registry (run it after changing a route)', () => {
    const committed = fs.readFileSync(path.join(ROOT, API_PAGE), 'utf8');
    expect(committed).toBe(renderApiPage());
  });

  it('has a section for every route, with its parameters and each error code it can answer with', () => {
    const page = renderApiPage();
    for (const route of ALL_ROUTES) expect(page).toContain(`### ${route.method.toUpperCase()} ${route.path}\n`);
    const cancel = page.slice(page.indexOf('### POST /v1/searches/{id}/cancel'));
    const section = cancel.slice(0, cancel.indexOf('\n### '));
    for (const fragment of ['| `id` ', 'CancelSearchRequest', '`SEARCH_NOT_RUNNING`', '`API_VALIDATION_FAILED`'])
      expect(section).toContain(fragment);
  });
});
