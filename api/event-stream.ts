import type { ServerResponse } from 'node:http';
import type { EventStreamResponse, StreamEvents } from './contract/route';

export interface EventStream<E> {
  /** Sends one event; its name and data are those the route's contract declares. */
  send<K extends keyof E & string>(event: K, data: E[K]): void;
  /** Ends the response (the client sees the stream close). */
  end(): void;
}

const KEEP_ALIVE_MS = 15_000;

/**
 * Starts a Server-Sent Events answer for a contract's event-stream response. A comment line every
 * 15 s keeps idle proxies from closing the connection; it stops when the stream ends either way.
 */
export function openEventStream<R extends EventStreamResponse>(
  res: ServerResponse,
  _contract: R,
): EventStream<StreamEvents<R>> {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  res.write(': connected\n\n');
  const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
  res.on('close', () => clearInterval(keepAlive));
  return {
    send: (event, data) => {
      res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    end: () => {
      clearInterval(keepAlive);
      res.end();
    },
  };
}
