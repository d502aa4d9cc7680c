import type { IRouter, Request, RequestHandler, Response } from 'express';
import { HirehoundError } from '../../common/errors';
import { findUnstorableText } from '../../common/storable-text';
import { requireAdmin } from '../auth';
import { hasBody } from '../request-body';
import { parseInput } from '../validation';
import { isJsonBody, type RequestInput, type ResponseBody, type RouteContract, type RouteInput } from './route';
import { isRegisteredRoute } from './routes';

/**
 * Express routes made from contracts: a handler exists only as the implementation of a registered
 * contract, receives its input parsed with the contract's schemas, and may `res.json()` only a body
 * the contract declares.
 */

export type RouteHandler<C extends RouteContract> = (
  input: RouteInput<C>,
  req: Request,
  res: Response<ResponseBody<C>>,
) => void | Promise<void>;

export interface RouteBinding<C extends RouteContract> {
  /** Middleware between the access check and parsing, such as a multipart reader. */
  readonly before: readonly RequestHandler[];
  readonly handle: RouteHandler<C>;
}

/** A contract with its implementation, ready for createApp() to mount. */
export interface BoundRoute {
  readonly contract: RouteContract;
  readonly handlers: readonly RequestHandler[];
}

export type RouteGroup = Readonly<Record<string, RouteContract>>;

function parsePart(input: RequestInput | undefined, value: unknown): unknown {
  if (!input) return undefined;
  // Once, for every route and field: text that cannot be stored never reaches a handler.
  const unstorable = findUnstorableText(value);
  if (unstorable) {
    if (input.invalid) throw new HirehoundError(input.invalid);
    throw new HirehoundError('API_VALIDATION_FAILED', {
      message: `Invalid ${input.name}`,
      details: { issues: [{ path: unstorable.path, message: `The text ${unstorable.reason}` }] },
    });
  }
  if (!input.invalid) return parseInput(input.schema, value, input.name);
  const parsed = input.schema.safeParse(value);
  if (!parsed.success) throw new HirehoundError(input.invalid);
  return parsed.data;
}

function handlerFor<C extends RouteContract>(contract: C, handle: RouteHandler<C>): RequestHandler {
  return async (req, res) => {
    // A body the JSON parser skipped (another media type) is refused, not read as an empty one.
    if (isJsonBody(contract.body) && hasBody(req) && !req.is('application/json'))
      throw new HirehoundError('API_UNSUPPORTED_MEDIA_TYPE', { message: 'Send the body as application/json' });
    const input = {
      params: parsePart(contract.params, req.params),
      query: parsePart(contract.query, req.query),
      // Without a body there is nothing to parse: {} so all-optional bodies may be omitted.
      body: isJsonBody(contract.body) ? parsePart(contract.body.json, req.body ?? {}) : undefined,
    } as RouteInput<C>;
    await handle(input, req, res);
  };
}

/** Binds every contract of a group to its handler; the compiler insists on one handler each. */
export function bindRoutes<G extends RouteGroup>(
  group: G,
  bindings: { readonly [K in keyof G]: RouteHandler<G[K]> | RouteBinding<G[K]> },
): BoundRoute[] {
  return (Object.keys(group) as (keyof G)[]).map((name) => {
    const contract = group[name]!;
    const binding = bindings[name];
    const { before, handle } = typeof binding === 'function' ? { before: [], handle: binding } : binding;
    const guard = contract.access === 'admin' ? [requireAdmin] : [];
    return { contract, handlers: [...guard, ...before, handlerFor(contract, handle)] };
  });
}

/** `/v1/searches/{id}` → `/searches/:id` when mounted under `/v1`. */
export function expressPath(path: string, mountedAt: string): string {
  if (mountedAt && !path.startsWith(`${mountedAt}/`)) throw new Error(`${path} is not under ${mountedAt}`);
  return path.slice(mountedAt.length).replace(/\{(\w+)\}/g, ':$1');
}

/**
 * Mounts public routes on `root` and the others on `v1` (mounted at `/v1`, behind the API key and
 * rate limit). A route whose contract is not in the registry is refused: it would be missing from
 * /openapi.json.
 */
export function mountRoutes(root: IRouter, v1: IRouter, routes: readonly BoundRoute[]): void {
  for (const { contract, handlers } of routes) {
    const where = `${contract.method.toUpperCase()} ${contract.path}`;
    if (!isRegisteredRoute(contract)) throw new Error(`${where} is not in the route registry (api/contract/routes.ts)`);
    const isPublic = contract.access === 'public';
    if (isPublic === contract.path.startsWith('/v1/'))
      throw new Error(`${where}: routes under /v1 need an API key, and only those`);
    const router = isPublic ? root : v1;
    router[contract.method](expressPath(contract.path, isPublic ? '' : '/v1'), ...handlers);
  }
}
