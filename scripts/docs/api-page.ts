import { openApiDocument, type OpenApiDocument } from '../../api/contract/openapi-document';
import { ERROR_CATALOGUE, isErrorCode } from '../../common/errors';
import { code, table } from './markdown';

/** Where the page lives, relative to the project root. */
export const API_PAGE = 'docs/api.md';

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
      headers?: Record<string, unknown>;
      content?: Record<string, { schema: Schema; 'x-sse-events'?: string[] }>;
    }
  >;
}

const ACCESS: Record<string, string> = {
  public: 'No API key.',
  user: 'Any API key.',
  admin: "An admin's API key (others get 403).",
};

const literal = (value: unknown): string => code(typeof value === 'string' ? value : JSON.stringify(value));
/** GitHub's heading id for a heading text (what tests/docs/links.test.ts checks links against). */
const slug = (heading: string): string =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
const schemaLink = (ref: string): string => {
  const name = ref.split('/').at(-1)!;
  return `[${name}](#${slug(name)})`;
};

function bounds(schema: Schema): string {
  const parts: string[] = [];
  if (schema.minimum !== undefined || schema.maximum !== undefined)
    parts.push(`${schema.minimum ?? '…'}–${schema.maximum ?? '…'}`);
  if (schema.minLength !== undefined || schema.maxLength !== undefined)
    parts.push(`${schema.minLength ?? 0}–${schema.maxLength ?? '…'} chars`);
  if (schema.minItems !== undefined) parts.push(`at least ${schema.minItems}`);
  if (schema.pattern !== undefined) parts.push(`matching ${code(schema.pattern)}`);
  if (schema.default !== undefined) parts.push(`default ${literal(schema.default)}`);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

/** A short, readable type: `string (uuid)`, `SearchProgress or null`, `one of "a", "b"`, `map of integer`. */
function typeOf(schema: Schema): string {
  if (schema.$ref) return schemaLink(schema.$ref);
  if (schema.const !== undefined) return literal(schema.const);
  if (schema.enum?.every(isErrorCode)) return 'error code (see [Error codes](#error-codes))';
  if (schema.enum) return `one of ${schema.enum.map(literal).join(', ')}`;
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return union.map(typeOf).join(' or ');
  if (schema.allOf) return schema.allOf.map(typeOf).join(' and ');
  if (schema.type === 'array') return `array of ${schema.items ? typeOf(schema.items) : 'any'}${bounds(schema)}`;
  if (schema.type === 'object' && !schema.properties && typeof schema.additionalProperties === 'object') {
    const values = schema.additionalProperties;
    const keys = schema.propertyNames?.enum ? ` by ${schema.propertyNames.enum.map(literal).join(', ')}` : '';
    return Object.keys(values).length === 0 ? 'object' : `map${keys} of ${typeOf(values)}`;
  }
  if (schema.contentMediaType) return `file (${schema.contentMediaType})`;
  const type = Array.isArray(schema.type) ? schema.type.join(' or ') : (schema.type ?? 'any');
  return `${type}${schema.format ? ` (${schema.format})` : ''}${bounds(schema)}`;
}

/** Field rows of an object schema; inline objects are expanded as `parent.child`. */
function fieldRows(schema: Schema, prefix = ''): string[][] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).flatMap(([name, field]) => {
    const nullable = field.anyOf?.find((s) => s.type !== 'null');
    const inline = field.properties ? field : nullable?.properties ? nullable : undefined;
    const type = inline ? `object${nullable ? ' or null' : ''}` : typeOf(field);
    const row = [code(prefix + name), type, required.has(name) ? 'yes' : 'no', field.description ?? ''];
    return inline ? [row, ...fieldRows(inline, `${prefix}${name}.`)] : [row];
  });
}

const fieldTable = (schema: Schema): string => table(['field', 'type', 'required', 'meaning'], fieldRows(schema));

function parametersBlocks(operation: Operation): string[] {
  if (!operation.parameters?.length) return [];
  const rows = operation.parameters.map((p) => [
    code(p.name),
    p.in,
    typeOf(p.schema),
    p.required ? 'yes' : 'no',
    p.description ?? '',
  ]);
  return ['**Parameters**', table(['name', 'in', 'type', 'required', 'meaning'], rows)];
}

function bodyBlocks(operation: Operation): string[] {
  const body = operation.requestBody;
  if (!body) return [];
  const [mediaType, { schema }] = Object.entries(body.content)[0]!;
  const presence = body.required ? 'required' : 'optional: absent is `{}`';
  const heading = `**Body** (${code(mediaType)}, ${presence}): ${typeOf(schema)}`;
  return schema.properties ? [heading, fieldTable(schema)] : [heading];
}

function answerBlocks(operation: Operation): string[] {
  const answers: string[][] = [];
  const errors: string[][] = [];
  for (const [status, response] of Object.entries(operation.responses)) {
    const [mediaType, media] = Object.entries(response.content ?? {})[0] ?? [];
    const codes = media?.schema.allOf?.[1]?.properties?.error?.properties?.code?.enum;
    if (codes) {
      for (const c of codes) errors.push([status, code(String(c)), isErrorCode(c) ? ERROR_CATALOGUE[c].message : '']);
      continue;
    }
    let body = media ? typeOf(media.schema) : '';
    if (media?.['x-sse-events']) {
      const events = (media.schema.oneOf ?? []).map(
        (e) => `${literal(e.title)} → ${typeOf(e.properties?.data?.contentSchema ?? {})}`,
      );
      body = `${code(mediaType!)}: ${events.join('; ')}`;
    }
    const headers = Object.keys(response.headers ?? {});
    const note = headers.length > 0 ? ` (header ${headers.map(code).join(', ')})` : '';
    answers.push([status, body, response.description + note]);
  }
  return [
    '**Answers**',
    table(['status', 'body', 'meaning'], answers),
    '**Errors** (body: [Error](#error))',
    table(['status', 'code', 'meaning'], errors),
  ];
}

function operationBlocks(heading: string, operation: Operation): string[] {
  const text = [`${operation.summary}.`, operation.description, ACCESS[operation['x-access']]];
  return [
    `### ${heading}`,
    text.filter(Boolean).join(' '),
    ...parametersBlocks(operation),
    ...bodyBlocks(operation),
    ...answerBlocks(operation),
  ];
}

/**
 * docs/api.md from the OpenAPI document, itself generated from the route registry
 * (api/contract/routes.ts): every route with its parameters, body, answers and error codes, then
 * every error code and schema. Tables are aligned as Prettier prints them, so the committed page
 * passes `prettier --check` as generated.
 */
export function renderApiPage(document: OpenApiDocument = openApiDocument()): string {
  const operations = Object.entries(document.paths).flatMap(([route, item]) =>
    Object.entries(item).map(([method, operation]) => ({
      heading: `${method.toUpperCase()} ${route}`,
      operation: operation as unknown as Operation,
    })),
  );
  const errorSchema = document.components.schemas.Error as Schema;
  const codes = (errorSchema.properties?.error?.properties?.code?.enum ?? []).filter(isErrorCode);
  codes.sort((a, b) => ERROR_CATALOGUE[a].status - ERROR_CATALOGUE[b].status || a.localeCompare(b));
  const blocks = [
    '# API',
    '<!-- Generated by `npm run docs:api` from api/contract/routes.ts (through the OpenAPI document): edit the contracts, not this page. -->',
    `The public HTTP API of the \`api\` process. ${document.info.description} The machine-readable form of this page, an OpenAPI 3.1 document, is served at \`GET /openapi.json\`.`,
    '## Conventions',
    [
      '- Every `/v1` route needs `Authorization: Bearer <api key>` (or the `X-API-Key` header). The tier (free or paid) comes from the database, never from the request. Keys are created with `npm run user:create` ([operations.md](operations.md#users-api-keys-and-the-demo)).',
      '- Errors are `{ "error": { "code", "message", "details?" } }` with a stable code from the catalogue (`common/errors.ts`); each route lists the codes it can answer with. Another user\'s search or resume is the same 404 as a missing one.',
      '- Each key may make `API_RATE_LIMIT_PER_MINUTE` requests a minute (120 by default); beyond that the answer is `429 API_RATE_LIMITED` with `Retry-After`.',
      '- `GET /healthz`, `GET /readyz` and `GET /openapi.json` need no key ([operations.md](operations.md#health-readiness-and-metrics)).',
    ].join('\n'),
    'What a search does behind these routes is in [architecture.md](architecture.md#the-search-workflow).',
    '## Routes',
    table(
      ['route', 'what'],
      operations.map(({ heading, operation }) => [`[${code(heading)}](#${slug(heading)})`, operation.summary]),
    ),
    ...document.tags.flatMap((tag) => [
      `## ${tag.name}`,
      tag.description,
      ...operations
        .filter(({ operation }) => operation.tags.includes(tag.name))
        .flatMap(({ heading, operation }) => operationBlocks(heading, operation)),
    ]),
    '## Error codes',
    'Every code the API answers with, from the catalogue (`common/errors.ts`).',
    table(
      ['status', 'code', 'meaning'],
      codes.map((c) => [String(ERROR_CATALOGUE[c].status), code(c), ERROR_CATALOGUE[c].message]),
    ),
    '## Schemas',
    ...Object.entries(document.components.schemas).flatMap(([name, schema]: [string, Schema]) => [
      `### ${name}`,
      ...(schema.description ? [schema.description] : []),
      schema.properties ? fieldTable(schema) : typeOf(schema),
    ]),
  ];
  return `${blocks.join('\n\n')}\n`;
}
