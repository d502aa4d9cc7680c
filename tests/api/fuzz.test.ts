import type { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { openApiDocument } from '../../api/contract/openapi-document';
import { createUser } from '../../store/users';
import { startStack, type Stack } from '../e2e/stack';
import { uniquePrefix } from '../harness/services';
import { bundleWorkflows } from '../harness/workflow-bundle';
import { expectDocumented } from './documented';
import { Random } from '../../simulator/corpus/random';
import { SchemaFuzzer, type FuzzRequest } from './schema-fuzzer';

/**
 * The schema-driven fuzzer over /openapi.json (tests/api/schema-fuzzer.ts), bounded: every
 * operation gets FUZZ_CASES requests (25 by default; `npm run fuzz:api` sends more) with a valid
 * key, against the whole stack (workers, gateway, simulator), so a valid request goes as deep as
 * it would in production. None may answer 5xx, every answer must be one the document promises,
 * body included, and a path no route serves must be the documented 404/405. The run ends with
 * one JSON line (docs/security.md records the last one).
 */
const CASES = Number(process.env.FUZZ_CASES ?? 25);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_206);
const CONCURRENCY = 4;

let bundle: WorkflowBundleWithSourceMap;
let stack: Stack;
beforeAll(async () => {
  bundle = await bundleWorkflows();
  stack = await startStack({ bundle });
}, 180_000);
afterAll(() => stack?.close());

/** A fuzzed path that no documented operation serves: the router's own typed answer. */
function expectUnrouted(status: number, body: unknown): void {
  const code = (body as { error?: { code?: string } } | null)?.error?.code;
  if (!((status === 404 && code === 'API_ROUTE_NOT_FOUND') || (status === 405 && code === 'API_METHOD_NOT_ALLOWED')))
    throw new Error(`an unrouted path answered ${status} ${JSON.stringify(body).slice(0, 200)}`);
}

it('answers every fuzzed request of every operation as documented, and never with a 5xx', async () => {
  const user = await createUser(stack.db, { email: `${uniquePrefix('fuzz')}@example.com`, tier: 'free' });
  const document = openApiDocument();
  const fuzzer = new SchemaFuzzer(document, new Random(SEED));
  const requests: FuzzRequest[] = Object.entries(document.paths).flatMap(([template, item]) =>
    Object.keys(item).flatMap((method) => fuzzer.requests(method, template, CASES)),
  );
  const failures: string[] = [];
  const statuses: Record<string, number> = {};
  let resets = 0;
  const started = Date.now();
  await stack.withApi(async (base) => {
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < requests.length) {
        const request = requests[next++]!;
        const what = `${request.method} ${request.path.slice(0, 200)} (${request.mutation})`;
        try {
          const send = () =>
            fetch(`${base}${request.path}`, {
              method: request.method,
              headers: { 'x-api-key': user.apiKey, ...request.headers },
              ...(request.body === undefined ? {} : { body: request.body }),
              signal: AbortSignal.timeout(60_000),
            });
          // A pooled connection the server closes for idleness just as it is reused resets; fetch
          // retries that itself only for idempotent methods. Once more, counted; twice is a failure.
          const res = await send().catch((err: unknown) => {
            if ((err as { cause?: { code?: string } }).cause?.code !== 'ECONNRESET') throw err;
            resets += 1;
            return send();
          });
          statuses[res.status] = (statuses[res.status] ?? 0) + 1;
          const type = res.headers.get('content-type') ?? '';
          // An event stream runs until its search ends; its first bytes are enough here.
          if (type.includes('text/event-stream')) {
            await res.body?.cancel();
            continue;
          }
          const body: unknown = type.includes('json') ? await res.json() : await res.text();
          if (res.status >= 500) failures.push(`${what} → ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
          const bare = request.path.split('?')[0]!;
          let documented = true;
          try {
            expectDocumented(request.method, bare, res.status, body);
          } catch (err) {
            if (!(err instanceof Error && /is not documented$/.test(err.message))) throw err;
            documented = false;
          }
          if (!documented) expectUnrouted(res.status, body);
        } catch (err) {
          const cause = (err as { cause?: { code?: string; message?: string } }).cause;
          failures.push(
            `${what} → ${err instanceof Error ? err.message.slice(0, 400) : String(err)}${cause ? ` (${cause.code ?? ''} ${cause.message ?? ''})` : ''}`,
          );
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  });
  const summary = {
    fuzz: 'api',
    seed: SEED,
    casesPerOperation: CASES,
    operations: Object.values(document.paths).reduce((n, item) => n + Object.keys(item).length, 0),
    requests: requests.length,
    statuses,
    serverErrors: Object.entries(statuses)
      .filter(([s]) => Number(s) >= 500)
      .reduce((n, [, c]) => n + c, 0),
    failures: failures.length,
    connectionResetsRetried: resets,
    ms: Date.now() - started,
  };
  process.stdout.write(`${JSON.stringify(summary)}\n`);
  expect(failures).toEqual([]);
}, 900_000);
