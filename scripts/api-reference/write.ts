import fs from 'node:fs';
import path from 'node:path';
import { openApiDocument } from '../../api/contract/openapi-document';
import { API_REFERENCE_PATH, renderApiReference } from './markdown';

/**
 * `npm run docs:api` regenerates docs/api.md from the route registry; with `--check` it only says
 * whether the committed file is current (exit 1 when stale), which a test runs.
 */
async function main(): Promise<void> {
  const markdown = await renderApiReference(openApiDocument());
  const relative = path.relative(process.cwd(), API_REFERENCE_PATH);
  if (process.argv.includes('--check')) {
    const committed = fs.existsSync(API_REFERENCE_PATH) ? fs.readFileSync(API_REFERENCE_PATH, 'utf8') : '';
    if (committed === markdown) return;
    process.stderr.write(`${relative} is stale: run \`npm run docs:api\` and commit it\n`);
    process.exitCode = 1;
    return;
  }
  fs.mkdirSync(path.dirname(API_REFERENCE_PATH), { recursive: true });
  fs.writeFileSync(API_REFERENCE_PATH, markdown);
  process.stdout.write(`wrote ${relative} (${markdown.length} bytes)\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`docs:api failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
