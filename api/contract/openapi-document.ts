import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { ERROR_CATALOGUE, type ErrorCode } from '../../common/errors';
import { errorBody } from './responses';
import {
  isEventStream,
  isJsonBody,
  routeErrors,
  type EventStreamResponse,
  type JsonResponse,
  type RequestInput,
  type RouteContract,
} from './route';
import { ALL_ROUTES, TAGS } from './routes';

/**
 * The OpenAPI 3.1 document, generated from the route registry: parameters and bodies from the
 * schemas the mount parses with, responses from the schemas handlers are typed against, errors
 * from each route's codes and the catalogue's statuses.
 */

export type JsonObject = { [key: string]: unknown };

export interface OpenApiDocument extends JsonObject {
  readonly openapi: '3.1.0';
  readonly info: { readonly title: string; readonly version: string; readonly description: string };
  readonly tags: readonly { readonly name: string; readonly description: string }[];
  readonly paths: Record<string, Record<string, JsonObject>>;
  readonly components: { readonly schemas: Record<string, JsonObject>; readonly securitySchemes: JsonObject };
}

const SAFE_INTEGER_BOUNDS = new Set([Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER]);
const FORMATS_THAT_SAY_IT = new Set(['uuid', 'date-time', 'email']);

/**
 * Drops what zod adds that only restates the type (`int` bounds, the regex behind a format) and
 * says "a file" the OpenAPI 3.1 way (`contentMediaType`, not 3.0's `format: binary`).
 */
function tidy({ jsonSchema }: { jsonSchema: Record<string, unknown> }): void {
  if (typeof jsonSchema.format === 'string' && FORMATS_THAT_SAY_IT.has(jsonSchema.format)) delete jsonSchema.pattern;
  if (jsonSchema.format === 'binary') {
    delete jsonSchema.format;
    delete jsonSchema.contentEncoding;
    jsonSchema.contentMediaType ??= 'application/octet-stream';
  }
  for (const bound of ['minimum', 'maximum'])
    if (SAFE_INTEGER_BOUNDS.has(jsonSchema[bound] as number)) delete jsonSchema[bound];
}

/** Converts zod schemas, gathering the named ones (`.meta({ id })`) as components. */
class SchemaCollector {
  readonly components: Record<string, JsonObject> = {};

  convert(schema: z.ZodType, io: 'input' | 'output'): JsonObject {
    const converted = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'throw', override: tidy });
    const rewritten = JSON.parse(
      JSON.stringify(converted).replaceAll('"#/$defs/', '"#/components/schemas/'),
    ) as JsonObject & { $defs?: Record<string, JsonObject> };
    const { $schema: _dialect, $defs, ...root } = rewritten;
    for (const [id, definition] of Object.entries($defs ?? {})) {
      const known = this.components[id];
      if (known && !isDeepStrictEqual(known, definition))
        throw new Error(`Schema ${id} differs between uses (as request and response?): give each its own id`);
      this.components[id] = definition;
    }
    return root;
  }
}

function parameters(
  collector: SchemaCollector,
  where: 'path' | 'query',
  input: RequestInput | undefined,
): JsonObject[] {
  if (!input) return [];
  const object = collector.convert(input.schema, 'input') as {
    properties?: Record<string, JsonObject>;
    required?: string[];
  };
  return Object.entries(object.properties ?? {}).map(([name, { description, ...schema }]) => ({
    name,
    in: where,
    required: where === 'path' || (object.required ?? []).includes(name),
    ...(description === undefined ? {} : { description }),
    schema,
  }));
}

function requestBody(collector: SchemaCollector, contract: RouteContract): JsonObject | undefined {
  const body = contract.body;
  if (!body) return undefined;
  if (isJsonBody(body))
    return {
      required: body.required,
      content: { 'application/json': { schema: collector.convert(body.json.schema, 'input') } },
    };
  return { required: true, content: { 'multipart/form-data': { schema: collector.convert(body.multipart, 'input') } } };
}

function jsonResponse(collector: SchemaCollector, response: JsonResponse): JsonObject {
  const headers = Object.entries(response.headers ?? {}).map(([name, description]) => [
    name,
    { description, schema: { type: 'string' } },
  ]);
  return {
    description: response.description,
    ...(headers.length > 0 ? { headers: Object.fromEntries(headers) } : {}),
    content: { 'application/json': { schema: collector.convert(response.body, 'output') } },
  };
}

/**
 * OpenAPI 3.1 has no Server-Sent Events object: the stream is described as a sequence of items, each
 * an event name and its JSON `data` (the shape OpenAPI 3.2 gives `itemSchema`), and `x-sse-events`
 * lists the names.
 */
function eventStreamResponse(collector: SchemaCollector, response: EventStreamResponse): JsonObject {
  const events = Object.entries(response.events);
  return {
    description: response.description,
    content: {
      'text/event-stream': {
        schema: {
          oneOf: events.map(([name, event]) => ({
            type: 'object',
            title: name,
            description: event.description,
            required: ['event', 'data'],
            properties: {
              event: { const: name },
              data: {
                type: 'string',
                contentMediaType: 'application/json',
                contentSchema: collector.convert(event.data, 'output'),
              },
            },
          })),
        },
        'x-sse-events': events.map(([name]) => name),
      },
    },
  };
}

/** The route's error codes grouped by the status the catalogue gives them. */
export function errorsByStatus(contract: RouteContract): Map<number, [ErrorCode, ...ErrorCode[]]> {
  const byStatus = new Map<number, [ErrorCode, ...ErrorCode[]]>();
  for (const code of routeErrors(contract)) {
    const status = ERROR_CATALOGUE[code].status;
    const codes = byStatus.get(status);
    if (codes) codes.push(code);
    else byStatus.set(status, [code]);
  }
  return new Map([...byStatus].sort(([a], [b]) => a - b));
}

/** The error body narrowed to some codes, as the shared Error schema plus a constraint. */
type ErrorSchemaFor = (codes: readonly [ErrorCode, ...ErrorCode[]]) => z.ZodType;

function operation(collector: SchemaCollector, contract: RouteContract, errorSchema: ErrorSchemaFor): JsonObject {
  const responses: Record<string, JsonObject> = {};
  for (const [status, response] of Object.entries(contract.responses)) {
    if (!response) continue;
    responses[status] = isEventStream(response)
      ? eventStreamResponse(collector, response)
      : jsonResponse(collector, response);
  }
  for (const [status, codes] of errorsByStatus(contract)) {
    if (responses[status])
      throw new Error(`${contract.operationId}: ${status} is both a response and the status of ${codes.join(', ')}`);
    responses[status] = {
      description: codes.map((code) => `${code}: ${ERROR_CATALOGUE[code].message}`).join('. '),
      ...(codes.includes('API_RATE_LIMITED')
        ? {
            headers: { 'Retry-After': { description: 'Seconds until the window resets', schema: { type: 'integer' } } },
          }
        : {}),
      content: { 'application/json': { schema: collector.convert(errorSchema(codes), 'output') } },
    };
  }
  const parameterList = [
    ...parameters(collector, 'path', contract.params),
    ...parameters(collector, 'query', contract.query),
  ];
  const body = requestBody(collector, contract);
  return {
    operationId: contract.operationId,
    tags: [contract.tag],
    summary: contract.summary,
    ...(contract.description ? { description: contract.description } : {}),
    // Who may call: `public`, `user` (any API key) or `admin` (an admin's key; others get 403).
    'x-access': contract.access,
    ...(contract.access === 'public' ? { security: [] } : {}),
    ...(parameterList.length > 0 ? { parameters: parameterList } : {}),
    ...(body ? { requestBody: body } : {}),
    responses,
  };
}

export function openApiDocument(routes: readonly RouteContract[] = ALL_ROUTES): OpenApiDocument {
  const collector = new SchemaCollector();
  // Every code the API answers with; unknown routes share the same shape.
  const codes = [...new Set(['API_ROUTE_NOT_FOUND' as const, ...routes.flatMap(routeErrors)])].sort();
  const error = errorBody(codes as [ErrorCode, ...ErrorCode[]]).meta({
    id: 'Error',
    description: 'Every error answer: a stable code from the catalogue (common/errors.ts) and a message for people',
  });
  const errorSchema: ErrorSchemaFor = (some) =>
    z.intersection(error, z.looseObject({ error: z.looseObject({ code: z.enum(some) }) }));
  const paths: Record<string, Record<string, JsonObject>> = {};
  for (const contract of routes) {
    const item = (paths[contract.path] ??= {});
    if (item[contract.method]) throw new Error(`${contract.method.toUpperCase()} ${contract.path} is declared twice`);
    item[contract.method] = operation(collector, contract, errorSchema);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Hirehound API',
      version: '1.0.0',
      description:
        'Cost-aware job search. Free users are served from the cache only; paid users may trigger discovery and enrichment under a monthly credit budget.',
    },
    tags: Object.entries(TAGS).map(([name, description]) => ({ name, description })),
    security: [{ apiKey: [] }, { bearer: [] }],
    paths,
    components: {
      schemas: Object.fromEntries(Object.entries(collector.components).sort(([a], [b]) => a.localeCompare(b))),
      securitySchemes: {
        apiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
        bearer: { type: 'http', scheme: 'bearer', description: 'The same API key, as `Authorization: Bearer <key>`' },
      },
    },
  };
}
