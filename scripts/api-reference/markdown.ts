import path from 'node:path';
import prettier from 'prettier';
import type { JsonObject, OpenApiDocument } from '../../api/contract/openapi-document';
import { ERROR_CATALOGUE, isErrorCode } from '../../common/errors';

/**
 * docs/api.md from the OpenAPI document (itself generated from api/contract/routes.ts): every
 * route with its parameters, body, answers and error codes, then every schema. Formatted with the
 * repository's Prettier settings, so the committed file passes `npm run check` as generated.
 */

export const API_REFERENCE_PATH = path.resolve(__dirname, '../../docs/api.md');

interface Schema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: Schema | boolean;
  propertyNames?: Schema;
  description?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  pattern?: string;
  contentMediaType?: string;
  contentSchema?: Schema;
  title?: string;
}

interface Operation {
  operationId: string;
  tags: string[];
  summary: string;
  description?: string;
  'x-access': string;
  parameters?: { name: string; in: string; required: boolean; description?: string; schema: Schema }[];
  requestBody?: { required: boolean; content: Record<string, { schema: Schema }> };
  responses: Record<
    string,
    {
      description: string;
      headers?: Record<string, { description: string }>;
      content?: Record<string, { schema: Schema; 'x-sse-events'?: string[] }>;
    }
  >;
}

const cell = (text: string): string => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
const code = (value: unknown): string => `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;
const schemaName = (ref: string): string => ref.split('/').at(-1)!;
const anchor = (name: string): string => name.toLowerCase().replace(/[^a-z0-9-]/g, '');
const link = (ref: string): string => `[${schemaName(ref)}](#${anchor(schemaName(ref))})`;

function bounds(schema: Schema): string {
  const parts: string[] = [];
  if (schema.minimum !== undefined || schema.maximum !== undefined)
    parts.push(`${schema.minimum ?? '…'}–${schema.maximum ?? '…'}`);
  if (schema.minLength !== undefined || schema.maxLength !== undefined)
    parts.push(`${schema.minLength ?? 0}–${schema.maxLength ?? '…'} chars`);
  if (schema.minItems !== undefined) parts.push(`at least ${schema.minItems}`);
  if (schema.pattern !== undefined) parts.push(`matching ${code(schema.pattern)}`);
  if (schema.default !== undefined) parts.push(`default ${code(schema.default)}`);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

/** A short, readable type: `string (uuid)`, `SearchProgress \| null`, `one of "a", "b"`, `map of integer`. */
export function typeOf(schema: Schema): string {
  if (schema.$ref) return link(schema.$ref);
  if (schema.const !== undefined) return code(schema.const);
  if (schema.enum?.every(isErrorCode)) return `error code (see [Error codes](#error-codes))`;
  if (schema.enum) return `one of ${schema.enum.map(code).join(', ')}`;
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return union.map(typeOf).join(' or ');
  if (schema.allOf) return schema.allOf.map(typeOf).join(' and ');
  if (schema.type === 'array') return `array of ${schema.items ? typeOf(schema.items) : 'any'}${bounds(schema)}`;
  if (schema.type === 'object' && !schema.properties && typeof schema.additionalProperties === 'object') {
    const values = schema.additionalProperties;
    const keys = schema.propertyNames?.enum ? ` by ${schema.propertyNames.enum.map(code).join(', ')}` : '';
    return Object.keys(values).length === 0 ? 'object' : `map${keys} of ${typeOf(values)}`;
  }
  if (schema.contentMediaType) return `file (${schema.contentMediaType})`;
  const type = Array.isArray(schema.type) ? schema.type.join(' or ') : (schema.type ?? 'any');
  return `${type}${schema.format ? ` (${schema.format})` : ''}${bounds(schema)}`;
}

/** Field rows of an object schema; inline objects are expanded as `parent.child`. */
function fieldRows(schema: Schema, prefix = ''): string[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).flatMap(([name, field]) => {
    const nullable = field.anyOf?.find((s) => s.type !== 'null');
    const inline = field.properties ? field : nullable?.properties ? nullable : undefined;
    const type = inline ? `object${nullable ? ' or null' : ''}` : typeOf(field);
    const row = `| ${code(prefix + name)} | ${cell(type)} | ${required.has(name) ? 'yes' : 'no'} | ${cell(field.description ?? '')} |`;
    return inline ? [row, ...fieldRows(inline, `${prefix}${name}.`)] : [row];
  });
}

function fieldTable(schema: Schema): string[] {
  return ['| field | type | required | meaning |', '| --- | --- | --- | --- |', ...fieldRows(schema)];
}

function parametersSection(operation: Operation): string[] {
  if (!operation.parameters?.length) return [];
  return [
    '**Parameters**',
    '',
    '| name | in | type | required | meaning |',
    '| --- | --- | --- | --- | --- |',
    ...operation.parameters.map(
      (p) =>
        `| ${code(p.name)} | ${p.in} | ${cell(typeOf(p.schema))} | ${p.required ? 'yes' : 'no'} | ${cell(p.description ?? '')} |`,
    ),
    '',
  ];
}

function bodySection(operation: Operation): string[] {
  const body = operation.requestBody;
  if (!body) return [];
  const [mediaType, { schema }] = Object.entries(body.content)[0]!;
  const lines = [
    `**Body** (${code(mediaType)}, ${body.required ? 'required' : 'optional: absent is `{}`'}): ${typeOf(schema)}`,
    '',
  ];
  return schema.properties ? [...lines, ...fieldTable(schema), ''] : lines;
}

function answersSection(operation: Operation): string[] {
  const rows: string[] = [];
  const errors: string[] = [];
  for (const [status, response] of Object.entries(operation.responses)) {
    const [mediaType, media] = Object.entries(response.content ?? {})[0] ?? [];
    const codes = media?.schema.allOf?.[1]?.properties?.error?.properties?.code?.enum;
    if (codes) {
      for (const c of codes)
        errors.push(`| ${status} | ${code(c)} | ${cell(isErrorCode(c) ? ERROR_CATALOGUE[c].message : '')} |`);
      continue;
    }
    let body = media ? typeOf(media.schema) : '';
    if (media?.['x-sse-events']) {
      const events = media.schema.oneOf ?? [];
      body = `${code(mediaType)}: ${events.map((e) => `${code(e.title)} → ${typeOf(e.properties?.data?.contentSchema ?? {})}`).join('; ')}`;
    }
    const headers = Object.keys(response.headers ?? {});
    const note = headers.length > 0 ? ` (header ${headers.map(code).join(', ')})` : '';
    rows.push(`| ${status} | ${cell(body)} | ${cell(response.description + note)} |`);
  }
  return [
    '**Answers**',
    '',
    '| status | body | meaning |',
    '| --- | --- | --- |',
    ...rows,
    '',
    '**Errors** (body: [Error](#error))',
    '',
    '| status | code | meaning |',
    '| --- | --- | --- |',
    ...errors,
    '',
  ];
}

const ACCESS: Record<string, string> = {
  public: 'No API key.',
  user: 'Any API key.',
  admin: "An admin's API key (others get 403).",
};

function operationSection(method: string, route: string, operation: Operation): string[] {
  return [
    `### ${method.toUpperCase()} ${route}`,
    '',
    `${operation.summary}. ${operation.description ?? ''} ${ACCESS[operation['x-access']] ?? ''}`
      .replace(/\s+/g, ' ')
      .trim(),
    '',
    ...parametersSection(operation),
    ...bodySection(operation),
    ...answersSection(operation),
  ];
}

export async function renderApiReference(document: OpenApiDocument): Promise<string> {
  const lines: string[] = [
    '# API reference',
    '',
    '<!-- Generated by `npm run docs:api` from api/contract/routes.ts; edit the contracts, not this file. -->',
    '',
    `${document.info.description}`,
    '',
    'Routes under `/v1` need an API key, as `X-API-Key: <key>` or `Authorization: Bearer <key>`, and are rate limited per key (`429 API_RATE_LIMITED` with `Retry-After`). The machine-readable form of this page is `GET /openapi.json` (OpenAPI 3.1).',
    '',
  ];
  const operations = Object.entries(document.paths).flatMap(([route, item]) =>
    Object.entries(item).map(([method, operation]) => ({
      route,
      method,
      operation: operation as unknown as Operation,
    })),
  );
  for (const tag of document.tags) {
    lines.push(`## ${tag.name}`, '', tag.description, '');
    for (const { route, method, operation } of operations.filter((o) => o.operation.tags.includes(tag.name)))
      lines.push(...operationSection(method, route, operation));
  }
  lines.push('## Error codes', '', 'Every code the API answers with, from the catalogue (`common/errors.ts`).', '');
  lines.push('| status | code | meaning |', '| --- | --- | --- |');
  const errorSchema = document.components.schemas.Error as Schema;
  const codes = (errorSchema.properties?.error?.properties?.code?.enum ?? []).filter(isErrorCode);
  const byStatus = [...codes].sort(
    (a, b) => ERROR_CATALOGUE[a].status - ERROR_CATALOGUE[b].status || a.localeCompare(b),
  );
  for (const c of byStatus)
    lines.push(`| ${ERROR_CATALOGUE[c].status} | ${code(c)} | ${cell(ERROR_CATALOGUE[c].message)} |`);
  lines.push('', '## Schemas', '');
  for (const [name, schema] of Object.entries(document.components.schemas) as [string, JsonObject & Schema][]) {
    lines.push(`### ${name}`, '');
    if (schema.description) lines.push(schema.description, '');
    if (schema.properties) lines.push(...fieldTable(schema), '');
    else lines.push(typeOf(schema), '');
  }
  const options = await prettier.resolveConfig(API_REFERENCE_PATH);
  return prettier.format(lines.join('\n'), { ...options, parser: 'markdown' });
}
