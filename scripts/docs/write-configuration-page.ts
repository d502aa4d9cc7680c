import fs from 'node:fs';
import path from 'node:path';
import { CONFIGURATION_PAGE, renderConfigurationPage } from './configuration-page';

/** `npm run docs:config`: rewrites docs/configuration.md from the declarations. */
const file = path.resolve(__dirname, '..', '..', CONFIGURATION_PAGE);
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, renderConfigurationPage());
process.stdout.write(`wrote ${CONFIGURATION_PAGE}\n`);
