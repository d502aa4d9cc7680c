import type { Express } from 'express';
import { listen } from './listen';

/** Serves an app on a free loopback port for the duration of `fn`. */
export async function withServer<T>(app: Express, fn: (baseUrl: string) => Promise<T>): Promise<T> {
  const server = await listen(app);
  try {
    return await fn(server.url);
  } finally {
    await server.close();
  }
}
