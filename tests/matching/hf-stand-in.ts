import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { hashEmbed } from '../../matching/embeddings/hashing';

/**
 * A local HTTP server that speaks the Hugging Face protocol the provider uses, for tests:
 * - the Hub's model API (`GET /api/models/{id}?expand[]=inferenceProviderMapping`), which
 *   @huggingface/inference asks before routing to an Inference Provider;
 * - the router's hf-inference feature extraction (`POST /hf-inference/models/{id}/pipeline/feature-extraction`);
 * - a dedicated endpoint (`POST /endpoint`), the HF_ENDPOINT_URL mode.
 * Bodies are `{"inputs": [...]}`; answers are one pooled vector per input (or token vectors when
 * `tokenLevel`), errors are `{"error": "..."}` with the real status codes.
 */
export interface HfStandIn {
  readonly url: string;
  /** Requests seen, for assertions: method, path, authorization header, inputs. */
  readonly requests: { method: string; path: string; authorization: string | undefined; inputs: unknown }[];
  /** Answer the next N inference calls with this status and error body. */
  failNext(status: number, error: string, times?: number): void;
  tokenLevel: boolean;
  /** Routes the Hub's and the router's hosts to this server (what tests pass as `fetch`). */
  readonly fetch: typeof fetch;
  close(): Promise<void>;
}

export const STAND_IN_TOKEN = 'hf_standintoken';

export async function startHfStandIn(): Promise<HfStandIn> {
  const requests: HfStandIn['requests'] = [];
  const failures: { status: number; error: string }[] = [];
  const state = { tokenLevel: false };

  const send = (res: http.ServerResponse, status: number, body: unknown): void => {
    res.writeHead(status, { 'content-type': 'application/json', 'x-request-id': `req-${requests.length}` });
    res.end(JSON.stringify(body));
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://stand-in');
      const raw = Buffer.concat(chunks).toString('utf8');
      const body = raw ? (JSON.parse(raw) as { inputs?: unknown }) : {};
      requests.push({
        method: req.method ?? '',
        path: url.pathname,
        authorization: req.headers.authorization,
        inputs: body.inputs,
      });

      const hub = url.pathname.match(/^\/hub\/api\/models\/(.+)$/);
      if (req.method === 'GET' && hub) {
        if (url.searchParams.get('expand[]') !== 'inferenceProviderMapping') return send(res, 400, { error: 'expand' });
        return send(res, 200, {
          _id: 'standin',
          id: hub[1],
          inferenceProviderMapping: [
            { provider: 'hf-inference', providerId: hub[1], status: 'live', task: 'feature-extraction' },
          ],
        });
      }
      const inference =
        req.method === 'POST' &&
        (url.pathname === '/endpoint' ||
          /^\/router\/hf-inference\/models\/.+\/pipeline\/feature-extraction$/.test(url.pathname));
      if (!inference) return send(res, 404, { error: `no route ${req.method} ${url.pathname}` });
      if (req.headers.authorization !== `Bearer ${STAND_IN_TOKEN}`) {
        return send(res, 401, { error: 'Invalid credentials in Authorization header' });
      }
      const failure = failures.shift();
      if (failure) return send(res, failure.status, { error: failure.error, estimated_time: 1.5 });
      const inputs = Array.isArray(body.inputs) ? (body.inputs as unknown[]) : [body.inputs];
      if (!inputs.every((i) => typeof i === 'string')) return send(res, 422, { error: 'inputs must be strings' });
      const vectors = inputs.map((text) => Array.from(hashEmbed(text)));
      // Token-level output: two "tokens" whose mean is the pooled vector, unnormalised.
      return send(
        res,
        200,
        state.tokenLevel ? vectors.map((v) => [v.map((x) => x * 3), v.map((x) => x * 1)]) : vectors,
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const routed: typeof fetch = (input, init) => {
    const target = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const rewritten = target
      .replace(/^https:\/\/huggingface\.co/, `${url}/hub`)
      .replace(/^https:\/\/router\.huggingface\.co/, `${url}/router`);
    if (rewritten === target) throw new Error(`stand-in fetch: unexpected host in ${target}`);
    return fetch(rewritten, init);
  };

  return {
    url,
    requests,
    failNext: (status, error, times = 1) => {
      for (let i = 0; i < times; i++) failures.push({ status, error });
    },
    get tokenLevel() {
      return state.tokenLevel;
    },
    set tokenLevel(value: boolean) {
      state.tokenLevel = value;
    },
    fetch: routed,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
