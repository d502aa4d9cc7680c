/**
 * The web app's only way out: the public API, same origin, with the key the person entered sent
 * in a header (never in a URL, so it stays out of logs, history and Referer).
 */

export class ApiError extends Error {
  constructor(
    readonly status: number,
    /** The API's stable code, or NETWORK when no answer came back. */
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface ErrorBody {
  readonly error?: { readonly code?: unknown; readonly message?: unknown; readonly details?: unknown };
}

async function errorFrom(res: Response): Promise<ApiError> {
  let body: ErrorBody = {};
  try {
    body = (await res.json()) as ErrorBody;
  } catch {
    // Not JSON (a proxy's page): the status alone says what happened.
  }
  const code = typeof body.error?.code === 'string' ? body.error.code : `HTTP_${res.status}`;
  const message = typeof body.error?.message === 'string' ? body.error.message : res.statusText;
  return new ApiError(res.status, code, message, body.error?.details);
}

export interface ApiAnswer<T> {
  readonly status: number;
  readonly body: T;
}

export interface ApiClient {
  get<T>(path: string, signal?: AbortSignal): Promise<T>;
  send<T>(method: 'POST' | 'PATCH', path: string, body?: unknown): Promise<ApiAnswer<T>>;
  upload<T>(path: string, file: File): Promise<ApiAnswer<T>>;
  /** An open streaming response (Server-Sent Events), or an ApiError. */
  open(path: string, signal: AbortSignal): Promise<Response>;
}

export function createApiClient(apiKey: string, onUnauthorized: () => void = () => undefined): ApiClient {
  async function request(path: string, init: RequestInit): Promise<Response> {
    let res: Response;
    try {
      res = await fetch(path, {
        ...init,
        headers: { 'x-api-key': apiKey, accept: 'application/json', ...init.headers },
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch (err) {
      if (err instanceof DOMException && err.name === 'AbortError') throw err;
      throw new ApiError(0, 'NETWORK', 'The server could not be reached');
    }
    if (!res.ok) {
      const error = await errorFrom(res);
      if (res.status === 401) onUnauthorized();
      throw error;
    }
    return res;
  }

  async function json<T>(res: Response): Promise<ApiAnswer<T>> {
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : {}) as T };
  }

  return {
    async get<T>(path: string, signal?: AbortSignal) {
      return (await json<T>(await request(path, { method: 'GET', ...(signal ? { signal } : {}) }))).body;
    },
    async send<T>(method: 'POST' | 'PATCH', path: string, body?: unknown) {
      return json<T>(
        await request(path, {
          method,
          ...(body === undefined
            ? {}
            : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
        }),
      );
    },
    async upload<T>(path: string, file: File) {
      const form = new FormData();
      form.append('file', file, file.name);
      return json<T>(await request(path, { method: 'POST', body: form }));
    },
    async open(path: string, signal: AbortSignal) {
      return request(path, { method: 'GET', signal, headers: { accept: 'text/event-stream' } });
    },
  };
}
