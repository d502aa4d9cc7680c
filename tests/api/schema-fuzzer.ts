import type { JsonObject, OpenApiDocument } from '../../api/contract/openapi-document';
import type { Random } from '../../simulator/corpus/random';

/**
 * A schema-driven fuzzer over /openapi.json: for each operation it builds requests from the
 * documented parameters and bodies, valid ones and hostile mutations of them (wrong types, bounds
 * and one past them, unstorable and invisible characters, huge strings and numbers, deep nesting,
 * missing and unknown fields, prototype keys, broken JSON and media types). Seeded, so a failing
 * case is found again by its seed.
 */

export interface FuzzRequest {
  readonly method: string;
  /** The documented template, e.g. /v1/searches/{id}. */
  readonly template: string;
  /** The concrete path and query. */
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body?: string | FormData;
  /** What was done to it, for the failure message. */
  readonly mutation: string;
}

type Schema = JsonObject & {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  format?: string;
  default?: unknown;
};

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema: Schema;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}

/** Strings an attacker tries in any text field. */
const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udfff\ud800',
  '\u202eevil',
  '\u200b\u200b',
  '\u0085\u009b',
  '\u001b[31m',
  '𝕏'.repeat(300),
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '${jndi:ldap://x}',
  '../../../../etc/passwd',
  '%00%2e%2e%2f',
  'x'.repeat(10_001),
  'é'.repeat(5_000),
  '__proto__',
  'NaN',
  '-1',
  '1e309',
  'null',
];

const HOSTILE_VALUES: unknown[] = [
  null,
  true,
  0,
  -1,
  -0,
  0.5,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  [],
  {},
  [null],
  JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'),
];

/** Percent-encoding that also sends a lone surrogate, as the invalid UTF-8 bytes a raw client would. */
function percentEncoded(text: string): string {
  return Array.from(text, (char) => {
    const code = char.charCodeAt(0);
    return char.length === 1 && code >= 0xd800 && code <= 0xdfff
      ? `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`.toUpperCase()
      : encodeURIComponent(char);
  }).join('');
}

export class SchemaFuzzer {
  constructor(
    private readonly document: OpenApiDocument,
    private readonly rng: Random,
  ) {}

  private resolve(schema: Schema): Schema {
    let current = schema;
    for (let hops = 0; current.$ref && hops < 16; hops++) {
      const name = current.$ref.replace('#/components/schemas/', '');
      current = this.document.components.schemas[name] as Schema;
    }
    return current;
  }

  /** A value the schema accepts (mostly: formats and refinements beyond JSON Schema aside). */
  valid(raw: Schema, depth = 0): unknown {
    const schema = this.resolve(raw);
    if (schema.const !== undefined) return schema.const;
    if (schema.enum) return this.rng.pick(schema.enum);
    const options = schema.anyOf ?? schema.oneOf;
    if (options) return this.valid(this.rng.pick(options), depth + 1);
    if (schema.allOf) return this.valid(schema.allOf[0] as Schema, depth + 1);
    const types = Array.isArray(schema.type) ? schema.type : [schema.type ?? 'object'];
    const type = this.rng.pick(
      types.filter((t) => t !== 'null').length > 0 ? types.filter((t) => t !== 'null') : types,
    );
    switch (type) {
      case 'null':
        return null;
      case 'boolean':
        return this.rng.chance(0.5);
      case 'integer':
      case 'number': {
        const min = schema.minimum ?? 0;
        const max = Math.min(schema.maximum ?? min + 1000, min + 1_000_000);
        const value = this.rng.pick([min, max, this.rng.int(Math.ceil(min), Math.floor(max))]);
        return type === 'integer' ? Math.round(value) : value;
      }
      case 'string': {
        if (schema.format === 'uuid') return crypto.randomUUID();
        if (schema.format === 'date-time') return new Date(this.rng.int(0, 2e12)).toISOString();
        const min = schema.minLength ?? 1;
        const max = Math.min(schema.maxLength ?? 40, 200);
        const words = ['nurse', 'data', 'engineer', 'Austin, TX', 'remote', 'café', 'C++', 'Zürich'];
        let text = '';
        while (text.length < min) text += (text ? ' ' : '') + this.rng.pick(words);
        return text.slice(0, Math.max(min, Math.min(max, text.length)));
      }
      case 'array': {
        const min = schema.minItems ?? 0;
        const max = Math.min(schema.maxItems ?? 3, 5);
        return Array.from({ length: this.rng.int(min, Math.max(min, max)) }, () =>
          this.valid(schema.items ?? {}, depth + 1),
        );
      }
      default: {
        const out: Record<string, unknown> = {};
        const required = new Set(schema.required ?? []);
        for (const [key, property] of Object.entries(schema.properties ?? {})) {
          if (required.has(key) || (depth < 4 && this.rng.chance(0.6))) out[key] = this.valid(property, depth + 1);
        }
        return out;
      }
    }
  }

  /** One hostile change somewhere in a valid value, and what it was. */
  mutate(value: unknown, schema: Schema): { value: unknown; mutation: string } {
    const paths = this.paths(value);
    const path = this.rng.pick(paths);
    const kind = this.rng.int(0, 7);
    let replacement: unknown;
    let mutation: string;
    switch (kind) {
      case 0:
      case 1:
        replacement = this.rng.pick(HOSTILE_STRINGS);
        mutation = `string at ${path.join('.') || '(root)'}`;
        break;
      case 2:
      case 3:
        replacement = this.rng.pick(HOSTILE_VALUES);
        mutation = `value at ${path.join('.') || '(root)'}`;
        break;
      case 4: {
        let deep: unknown = 'x';
        for (let i = 0; i < this.rng.pick([40, 1000, 5000]); i++) deep = this.rng.chance(0.5) ? [deep] : { a: deep };
        replacement = deep;
        mutation = `deep nesting at ${path.join('.') || '(root)'}`;
        break;
      }
      case 5:
        return { value: this.withExtraKey(value), mutation: 'unknown property' };
      case 6:
        return { value: this.withoutKey(value, schema), mutation: 'a property removed' };
      default:
        replacement = this.valid(schema);
        mutation = 'another valid value';
    }
    return { value: this.setAt(value, path, replacement), mutation };
  }

  private paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
    const out: (string | number)[][] = [prefix];
    if (Array.isArray(value)) value.forEach((item, i) => out.push(...this.paths(item, [...prefix, i])));
    else if (value && typeof value === 'object')
      for (const [key, item] of Object.entries(value)) out.push(...this.paths(item, [...prefix, key]));
    return out;
  }

  private setAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
    if (path.length === 0) return replacement;
    const copy: unknown = structuredClone(value);
    let node = copy as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    node[path[path.length - 1]!] = replacement;
    return copy;
  }

  private withExtraKey(value: unknown): unknown {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return { value, extra: 1 };
    return { ...value, [this.rng.pick(['extra', '__proto__', 'constructor', '\u0000', 'x'.repeat(300)])]: 'x' };
  }

  private withoutKey(value: unknown, raw: Schema): unknown {
    const schema = this.resolve(raw);
    if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
    const keys = schema.required?.length ? schema.required : Object.keys(value);
    if (keys.length === 0) return value;
    const { [this.rng.pick(keys)]: _gone, ...rest } = value as Record<string, unknown>;
    return rest;
  }

  private parameterValue(parameter: Parameter, hostile: boolean): string {
    if (!hostile) return String(this.valid(parameter.schema));
    return this.rng.pick([
      ...HOSTILE_STRINGS.filter((s) => s.length < 2_000),
      '00000000-0000-0000-0000-000000000000',
      'FFFFFFFF-FFFF-4FFF-BFFF-FFFFFFFFFFFF',
      '1'.repeat(400),
      '-5',
      '3.5',
      '1e3',
      '0x10',
    ]);
  }

  /** `count` requests for one operation: about a third valid, the rest hostile. */
  requests(method: string, template: string, count: number): FuzzRequest[] {
    const operation = this.document.paths[template]?.[method] as Operation | undefined;
    if (!operation) throw new Error(`${method} ${template} is not documented`);
    const out: FuzzRequest[] = [];
    for (let i = 0; i < count; i++) {
      const hostile = i % 3 !== 0;
      const touchParams = hostile && this.rng.chance(0.4);
      let path = template;
      const query = new URLSearchParams();
      for (const parameter of operation.parameters ?? []) {
        const mangle = touchParams && this.rng.chance(0.7);
        if (parameter.in === 'path')
          path = path.replace(`{${parameter.name}}`, percentEncoded(this.parameterValue(parameter, mangle)));
        else if (parameter.in === 'query' && (parameter.required || this.rng.chance(0.5) || mangle))
          query.set(parameter.name, this.parameterValue(parameter, mangle));
      }
      if (touchParams && this.rng.chance(0.2)) query.set(this.rng.pick(['extra', '__proto__', 'a[b]']), 'x');
      const concrete = query.size > 0 ? `${path}?${query.toString()}` : path;
      const content = operation.requestBody?.content ?? {};
      let body: string | FormData | undefined;
      let type: string | undefined;
      let mutation = touchParams ? 'parameters' : 'none';
      if (content['application/json']) {
        const schema = content['application/json'].schema;
        const valid = this.valid(schema);
        type = 'application/json';
        if (hostile && !touchParams) {
          const how = this.rng.int(0, 9);
          if (how === 0) {
            body = JSON.stringify(valid).slice(0, -1);
            mutation = 'truncated JSON';
          } else if (how === 1) {
            body = JSON.stringify(valid);
            type = this.rng.pick([
              'text/plain',
              'application/json; charset=utf-16',
              'application/x-www-form-urlencoded',
            ]);
            mutation = `media type ${type}`;
          } else {
            const mutated = this.mutate(valid, schema);
            body = JSON.stringify(mutated.value);
            mutation = mutated.mutation;
          }
        } else body = JSON.stringify(valid);
      } else if (content['multipart/form-data']) {
        const form = new FormData();
        const name = hostile ? this.rng.pick(HOSTILE_STRINGS.filter((s) => s.length < 400)) || 'x' : 'resume.bin';
        const bytes = new Uint8Array(this.rng.int(0, 2048)).map(() => this.rng.int(0, 255));
        if (!hostile || this.rng.chance(0.8))
          form.append(
            this.rng.chance(0.9) ? 'file' : 'other',
            new Blob([bytes], { type: this.rng.pick(['application/pdf', 'image/png', 'text/plain', 'x/y']) }),
            name,
          );
        if (hostile && this.rng.chance(0.3)) form.append('extra', this.rng.pick(HOSTILE_STRINGS));
        body = form;
        mutation = hostile ? `upload named ${JSON.stringify(name.slice(0, 40))}` : 'upload';
      }
      out.push({
        method: method.toUpperCase(),
        template,
        path: concrete,
        headers: type ? { 'content-type': type } : {},
        ...(body === undefined ? {} : { body }),
        mutation,
      });
    }
    return out;
  }
}
