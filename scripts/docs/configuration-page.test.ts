import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { CONFIG_VARIABLES, ConfigSchema, SimulatorConfigSchema } from '../../common/config';
import { envSection, envVariable, listEnvVariables } from '../../common/env-variables';
import { LauncherSchema } from '../stack/launcher-config';
import { CONFIGURATION_PAGE, renderConfigurationPage, renderSections } from './configuration-page';
import { TOOL_VARIABLES } from './tool-variables';

const ROOT = path.resolve(__dirname, '..', '..');

/** `process.env.NAME` reads in the project's own code: the variables someone may set. */
function variablesReadDirectly(): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || ['node_modules', 'dist', 'models', 'docs'].includes(entry.name)) continue;
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(file);
      else if (/\.(ts|cjs|mjs|js)$/.test(entry.name)) {
        for (const [, name] of fs.readFileSync(file, 'utf8').matchAll(/process\.env\.([A-Z][A-Z0-9_]*)/g)) {
          found.set(name!, path.relative(ROOT, file));
        }
      }
    }
  };
  visit(ROOT);
  return found;
}

describe('docs/configuration.md', () => {
  it('is what `npm run docs:config` generates from the declarations (run it after changing one)', () => {
    const committed = fs.readFileSync(path.join(ROOT, CONFIGURATION_PAGE), 'utf8');
    expect(committed).toBe(renderConfigurationPage());
  });

  it('lists every variable the code reads, and only those', () => {
    const documented = new Set([
      ...CONFIG_VARIABLES,
      ...listEnvVariables(LauncherSchema).map((v) => v.name),
      ...TOOL_VARIABLES.map((v) => v.name),
    ]);
    const read = variablesReadDirectly();
    const system = new Set(['PATH', 'HOME']);
    const undocumented = [...read].filter(([name]) => !documented.has(name) && !system.has(name));
    expect(undocumented.map(([name, file]) => `${name} (${file})`)).toEqual([]);
    expect(TOOL_VARIABLES.map((v) => v.name).filter((name) => !read.has(name))).toEqual([]);
  });

  it('declares each variable of a process once', () => {
    for (const schema of [ConfigSchema, SimulatorConfigSchema, LauncherSchema]) {
      const names = listEnvVariables(schema).map((v) => v.name);
      expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
    }
  });

  it('states type, range, default and meaning from the schema', () => {
    const schema = envSection('Example', 'An example section.', {
      port: envVariable('EXAMPLE_PORT', z.coerce.number().int().min(1).max(65535), 8080, 'where it listens'),
      url: envVariable('EXAMPLE_URL', z.string().url(), undefined, 'what it calls'),
      mode: envVariable('EXAMPLE_MODE', z.enum(['fast', 'safe']), 'safe', 'how it runs'),
      token: envVariable(
        'EXAMPLE_TOKEN',
        z.preprocess((v) => (v === '' ? undefined : v), z.string().min(16).optional()),
        undefined,
        'a secret',
      ),
      pair: envVariable(
        'EXAMPLE_PAIR',
        z.string().transform((s) => s.split('=')),
        'a=b',
        'a pair',
        {
          format: '`<key>=<value>`',
        },
      ),
    });
    const lines = renderSections(schema, 3).split('\n');
    expect(lines.slice(0, 3)).toEqual(['### Example', '', 'An example section.']);
    const row = (name: string) =>
      lines
        .find((line) => line.startsWith(`| \`${name}\``))
        ?.split('|')
        .slice(2, -1)
        .map((cell) => cell.trim());
    expect(row('EXAMPLE_PORT')).toEqual(['`8080`', 'integer ≥ 1 and ≤ 65535', 'where it listens']);
    expect(row('EXAMPLE_URL')).toEqual(['_required_', 'URL', 'what it calls']);
    expect(row('EXAMPLE_MODE')).toEqual(['`safe`', 'one of `fast`, `safe`', 'how it runs']);
    expect(row('EXAMPLE_TOKEN')).toEqual(['unset', 'at least 16 characters; empty means unset', 'a secret']);
    expect(row('EXAMPLE_PAIR')).toEqual(['`a=b`', '`<key>=<value>`', 'a pair']);

    // A variable whose accepted text the schema cannot tell must say it itself.
    const vague = envSection('Vague', 'A section.', {
      custom: envVariable(
        'EXAMPLE_CUSTOM',
        z.custom<string>((v) => typeof v === 'string'),
        '',
        'anything',
      ),
    });
    expect(() => renderSections(vague, 3)).toThrow(/EXAMPLE_CUSTOM/);
  });
});
