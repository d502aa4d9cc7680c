import type { z } from 'zod';
import type { ErrorCode } from '../../common/errors';

/**
 * What a route of the public API is, independent of Express: the one declaration the router is
 * mounted from (api/contract/mount.ts) and /openapi.json and docs/api.md are generated from
 * (api/contract/openapi.ts), so the three cannot disagree.
 */

export type HttpMethod = 'get' | 'post' | 'patch';

/** Who may call: anyone, any API key (per-key rate limit), or an admin's key. */
export type Access = 'public' | 'user' | 'admin';

/** A request part the mount parses before the handler runs; `name` says what was invalid. */
export interface RequestInput<S extends z.ZodType = z.ZodType> {
  readonly name: string;
  readonly schema: S;
  /** The error a value that does not parse answers with, when not API_VALIDATION_FAILED. */
  readonly invalid?: ErrorCode;
}

export type RequestBody =
  | {
      readonly json: RequestInput;
      /** An absent body is parsed as `{}`: a route whose fields are all optional may omit it. */
      readonly required: boolean;
    }
  | {
      /** The form fields, described here and parsed by the route's own upload middleware. */
      readonly multipart: z.ZodObject;
    };

export interface JsonResponse {
  readonly description: string;
  readonly body: z.ZodType;
  /** Response headers by name: what each carries. */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface StreamEvent {
  readonly description: string;
  /** The event's `data:` line, JSON-encoded. */
  readonly data: z.ZodType;
}

/** Server-Sent Events: a named set of events whose `data` is JSON. */
export interface EventStreamResponse {
  readonly description: string;
  readonly events: Readonly<Record<string, StreamEvent>>;
}

export type RouteResponse = JsonResponse | EventStreamResponse;

export interface RouteContract {
  readonly method: HttpMethod;
  /** OpenAPI style: `/v1/searches/{id}`. */
  readonly path: `/${string}`;
  readonly operationId: string;
  readonly tag: string;
  readonly summary: string;
  readonly description?: string;
  readonly access: Access;
  readonly params?: RequestInput<z.ZodObject>;
  readonly query?: RequestInput<z.ZodObject>;
  readonly body?: RequestBody;
  /** Successful answers by status. */
  readonly responses: Readonly<Partial<Record<number, RouteResponse>>>;
  /**
   * The codes the handler itself answers with. Those that follow from the declaration (a key for
   * `user`, a JSON body, parsed params) are added by routeErrors(), so they cannot be forgotten.
   */
  readonly errors: readonly ErrorCode[];
}

/** Keeps a contract's literal types, so its handler is typed from its schemas. */
export function defineRoute<const C extends RouteContract>(contract: C): C {
  return contract;
}

export function isEventStream(response: RouteResponse): response is EventStreamResponse {
  return 'events' in response;
}

export const isJsonBody = (body: RequestBody | undefined): body is Extract<RequestBody, { json: RequestInput }> =>
  body !== undefined && 'json' in body;

/** Every code a route can answer with, its own and those its declaration implies, sorted. */
export function routeErrors(contract: RouteContract): ErrorCode[] {
  const codes = new Set<ErrorCode>(contract.errors);
  if (contract.access !== 'public') {
    codes.add('AUTH_MISSING_API_KEY');
    codes.add('AUTH_INVALID_API_KEY');
    codes.add('API_RATE_LIMITED');
  }
  if (contract.access === 'admin') codes.add('AUTH_FORBIDDEN');
  const inputs = [contract.params, contract.query, isJsonBody(contract.body) ? contract.body.json : undefined];
  for (const input of inputs) if (input) codes.add(input.invalid ?? 'API_VALIDATION_FAILED');
  // A path parameter the router cannot percent-decode is refused before any route's own check.
  if (contract.params) codes.add('API_VALIDATION_FAILED');
  if (isJsonBody(contract.body)) {
    codes.add('API_MALFORMED_BODY');
    codes.add('API_BODY_TOO_LARGE');
    codes.add('API_UNSUPPORTED_MEDIA_TYPE');
  }
  // What any request may get before routing (api/request-body.ts, common/http-server.ts), and the
  // error handler's answer to anything it does not recognise.
  codes.add('API_URI_TOO_LONG');
  codes.add('API_HEADERS_TOO_LARGE');
  codes.add('INTERNAL_ERROR');
  return [...codes].sort();
}

type Parsed<I> = I extends RequestInput<infer S> ? z.output<S> : undefined;
type ParsedBody<B> = B extends { json: RequestInput<infer S> } ? z.output<S> : undefined;

/** The request parts the mount parsed with the contract's schemas. */
export interface RouteInput<C extends RouteContract> {
  readonly params: Parsed<C['params']>;
  readonly query: Parsed<C['query']>;
  readonly body: ParsedBody<C['body']>;
}

/** A value the schema's output describes, readonly or not (handlers send what lower layers return). */
export type Sendable<T> = T extends readonly (infer U)[]
  ? readonly Sendable<U>[]
  : T extends object
    ? { readonly [K in keyof T]: Sendable<T[K]> }
    : T;

/** The union of a contract's JSON response bodies: all `res.json()` may send. */
export type ResponseBody<C extends RouteContract> = {
  [S in keyof C['responses']]: C['responses'][S] extends { body: infer B extends z.ZodType }
    ? Sendable<z.output<B>>
    : never;
}[keyof C['responses']];

/** An event stream's events: name → data. */
export type StreamEvents<R> = R extends { events: infer E extends Record<string, StreamEvent> }
  ? { [K in keyof E]: z.output<E[K]['data']> }
  : never;
