import fs from 'node:fs';
import path from 'node:path';
import { API_PAGE, renderApiPage } from './api-page';

/** `npm run docs:api`: rewrites docs/api.md from the route registry. */
const file = path.resolve(__dirname, '..', '..', API_PAGE);
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, renderApiPage());
process.stdout.write(`wrote ${API_PAGE}\n`);
