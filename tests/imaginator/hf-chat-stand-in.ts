import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';

/**
 * A local HTTP server speaking the chat-completion protocol `@huggingface/inference` uses, for tests:
 * - a dedicated endpoint (`POST /endpoint/v1/chat/completions`, the HF_CHAT_ENDPOINT_URL mode);
 * - the Hugging Face router's auto-routed chat (`POST /router/v1/chat/completions`, HF_TOKEN with
 *   provider `auto`), reached through `fetch` below, which rewrites the router's host to this server.
 * Requests must carry `Authorization: Bearer <token>` and an OpenAI-style body (`model`, `messages`,
 * `max_tokens`); answers are OpenAI-style chat completions (`id`, `created`, `model`, `choices`,
 * `usage`), errors `{"error": "..."}` with the real status codes. What the "model" says is up to the
 * test (`reply`), so a test can make it invent facts on purpose.
 */

/** What a chat-completion request must carry (more fields are allowed, as the real ones allow). */
const ChatBody = z.looseObject({
  model: z.string(),
  messages: z.array(z.looseObject({ role: z.string(), content: z.string() })).min(1),
  max_tokens: z.number().int().positive(),
  temperature: z.number().optional(),
});
type ChatBody = z.infer<typeof ChatBody>;

export interface ChatRequestSeen {
  readonly path: string;
  readonly authorization: string | undefined;
  readonly body: ChatBody;
}

export interface HfChatStandIn {
  readonly url: string;
  /** HF_CHAT_ENDPOINT_URL for this stand-in. */
  readonly endpointUrl: string;
  /** Requests that reached the model (authenticated, well formed), for assertions. */
  readonly requests: ChatRequestSeen[];
  /** What the model answers to a request (the assistant message's content). */
  reply: (request: ChatRequestSeen) => string;
  /** Answer the next N chat calls with this status and error body. */
  failNext(status: number, error: string, times?: number): void;
  /** Routes the router's host to this server (what tests pass as the gateway's `hfFetch`). */
  readonly fetch: typeof fetch;
  close(): Promise<void>;
}

export const CHAT_STAND_IN_TOKEN = 'hf_chatstandintoken';

/** Tokens as the stand-in counts them: one per four characters, as a rough English tokenizer would. */
export const standInTokens = (text: string): number => Math.ceil(text.length / 4);

export async function startHfChatStandIn(): Promise<HfChatStandIn> {
  const requests: ChatRequestSeen[] = [];
  const failures: { status: number; error: string }[] = [];
  const state: { reply: HfChatStandIn['reply'] } = { reply: () => '{"summaryLine": "", "bullets": []}' };

  const send = (res: http.ServerResponse, status: number, body: unknown): void => {
    res.writeHead(status, { 'content-type': 'application/json', 'x-request-id': `chat-${requests.length}` });
    res.end(JSON.stringify(body));
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://stand-in').pathname;
      const chat =
        req.method === 'POST' && (path === '/endpoint/v1/chat/completions' || path === '/router/v1/chat/completions');
      if (!chat) return send(res, 404, { error: `no route ${req.method} ${path}` });
      if (req.headers.authorization !== `Bearer ${CHAT_STAND_IN_TOKEN}`) {
        return send(res, 401, { error: 'Invalid credentials in Authorization header' });
      }
      let json: unknown;
      try {
        json = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
      } catch {
        return send(res, 400, { error: 'body is not JSON' });
      }
      const parsed = ChatBody.safeParse(json);
      if (!parsed.success) {
        return send(res, 422, { error: 'Input validation error: model, messages and max_tokens are required' });
      }
      const seen: ChatRequestSeen = { path, authorization: req.headers.authorization, body: parsed.data };
      requests.push(seen);
      const failure = failures.shift();
      if (failure) return send(res, failure.status, { error: failure.error });
      const content = state.reply(seen);
      const prompt = parsed.data.messages.reduce((sum, m) => sum + standInTokens(m.content), 0);
      const completion = standInTokens(content);
      return send(res, 200, {
        id: `chatcmpl-${requests.length}`,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: parsed.data.model,
        system_fingerprint: 'stand-in',
        choices: [{ index: 0, message: { role: 'assistant', content }, logprobs: null, finish_reason: 'stop' }],
        usage: { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion },
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const routed: typeof fetch = (input, init) => {
    const target = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const rewritten = target.replace(/^https:\/\/router\.huggingface\.co/, `${url}/router`);
    if (rewritten === target) throw new Error(`stand-in fetch: unexpected host in ${target}`);
    return fetch(rewritten, init);
  };

  return {
    url,
    endpointUrl: `${url}/endpoint`,
    requests,
    get reply() {
      return state.reply;
    },
    set reply(value) {
      state.reply = value;
    },
    failNext: (status, error, times = 1) => {
      for (let i = 0; i < times; i++) failures.push({ status, error });
    },
    fetch: routed,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
