import zlib from 'node:zlib';
import type { Response } from 'express';
import { z } from 'zod';

/**
 * Scripted responses: the answers a broken or hostile provider gives, queued by a test through
 * `PUT /_admin/script` and played, in order, to the next calls of the named endpoint instead of
 * the corpus' answer. Each family the gateway must survive has a kind: any JSON body (a broken
 * envelope, items carrying markup or `javascript:` URLs, absurd numbers and dates, duplicate ids,
 * a huge listing), a raw body, a gzip bomb, an endless body, a body that stalls, one that drips,
 * and a redirect.
 */

const status = z.number().int().min(100).max(599);
/** Whether the simulated account bills it: HasData bills what it believes succeeded. */
const billed = z.boolean().default(true);
const bytes = z
  .number()
  .int()
  .min(1)
  .max(4 * 1024 ** 3);

export const ScriptedResponse = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('json'), status: status.default(200), body: z.unknown(), billed }).strict(),
  z
    .object({
      kind: z.literal('raw'),
      status: status.default(200),
      contentType: z.string().default('application/json'),
      body: z.string(),
      billed,
    })
    .strict(),
  /** `prefix`, then `inflatedBytes` of spaces, then `suffix`, gzip-compressed (a few hundred KB). */
  z
    .object({
      kind: z.literal('gzipBomb'),
      prefix: z.string().default('{"requestMetadata":{"status":"ok"},"jobs":['),
      suffix: z.string().default(']}'),
      inflatedBytes: bytes,
      billed,
    })
    .strict(),
  /** `prefix`, then `item` repeated until the caller hangs up. */
  z
    .object({
      kind: z.literal('endless'),
      prefix: z.string().default('{"requestMetadata":{"status":"ok"},"jobs":['),
      item: z.string().min(1).default('{"title":"x","url":"https://www.indeed.com/viewjob?jk=0"},'),
      billed,
    })
    .strict(),
  /** Headers and `prefix`, then nothing until the caller hangs up or the simulator stops. */
  z.object({ kind: z.literal('stall'), prefix: z.string().default('{"requestMetadata":'), billed }).strict(),
  /** `body` as JSON, `bytesPerSecond` at a time. */
  z
    .object({
      kind: z.literal('slow'),
      body: z.unknown(),
      bytesPerSecond: z.number().int().min(1).max(1_000_000),
      billed,
    })
    .strict(),
  z
    .object({
      kind: z.literal('redirect'),
      status: z.union([z.literal(301), z.literal(302), z.literal(303), z.literal(307), z.literal(308)]),
      location: z.string(),
      billed: z.boolean().default(false),
    })
    .strict(),
]);
export type ScriptedResponse = z.infer<typeof ScriptedResponse>;

export const ScriptEntry = z
  .object({
    /** indeed.listing, indeed.job, glassdoor.listing, glassdoor.job, web.scrape; absent: any. */
    endpoint: z.string().optional(),
    /** How many calls get this answer before the next entry applies. */
    times: z.number().int().min(1).max(10_000).default(1),
    response: ScriptedResponse,
  })
  .strict();
export type ScriptEntry = z.input<typeof ScriptEntry>;

export const Script = z.array(ScriptEntry).max(1_000);

/** The queue of scripted answers; empty means the corpus answers as usual. */
export class ScriptedResponses {
  private queue: { endpoint?: string | undefined; left: number; response: ScriptedResponse }[] = [];

  replace(entries: z.output<typeof Script>): void {
    this.queue = entries.map((e) => ({ endpoint: e.endpoint, left: e.times, response: e.response }));
  }

  get pending(): number {
    return this.queue.reduce((sum, e) => sum + e.left, 0);
  }

  /** The scripted answer for this call, if the first matching entry has one left. */
  take(endpoint: string): ScriptedResponse | undefined {
    const entry = this.queue.find((e) => e.endpoint === undefined || e.endpoint === endpoint);
    if (!entry) return undefined;
    entry.left -= 1;
    if (entry.left === 0) this.queue.splice(this.queue.indexOf(entry), 1);
    return entry.response;
  }
}

const CHUNK = 64 * 1024;

/** Writes a chunk, waiting for the socket to drain; false once the caller has gone. */
function write(res: Response, chunk: Buffer | string): Promise<boolean> {
  if (res.destroyed || res.writableEnded) return Promise.resolve(false);
  if (res.write(chunk)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (ok: boolean): void => {
      res.off('drain', onDrain);
      res.off('close', onClose);
      resolve(ok);
    };
    const onDrain = (): void => done(true);
    const onClose = (): void => done(false);
    res.on('drain', onDrain);
    res.on('close', onClose);
  });
}

function gzipBomb(prefix: string, suffix: string, inflatedBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // The fastest level: spaces shrink about a thousandfold at any level, and a test waits for it.
    const gzip = zlib.createGzip({ level: 1 });
    const parts: Buffer[] = [];
    gzip.on('data', (part: Buffer) => parts.push(part));
    gzip.on('end', () => resolve(Buffer.concat(parts)));
    gzip.on('error', reject);
    const spaces = Buffer.alloc(1024 * 1024, 0x20);
    gzip.write(prefix);
    let left = inflatedBytes;
    const pump = (): void => {
      while (left > 0) {
        const size = Math.min(left, spaces.length);
        left -= size;
        if (!gzip.write(spaces.subarray(0, size))) {
          gzip.once('drain', pump);
          return;
        }
      }
      gzip.end(suffix);
    };
    pump();
  });
}

/**
 * Plays a scripted answer. `wait` is the simulator's cancellable sleep: stopping the simulator ends
 * a stall or a drip at once.
 */
export async function playScripted(
  res: Response,
  response: ScriptedResponse,
  wait: (ms: number) => Promise<void>,
): Promise<number> {
  switch (response.kind) {
    case 'json':
      res.status(response.status).json(response.body);
      return response.status;
    case 'raw':
      res.status(response.status).type(response.contentType).send(response.body);
      return response.status;
    case 'redirect':
      res.status(response.status).location(response.location).json({ status: 'redirect' });
      return response.status;
    case 'gzipBomb': {
      const body = await gzipBomb(response.prefix, response.suffix, response.inflatedBytes);
      res.status(200).type('application/json').set('content-encoding', 'gzip').send(body);
      return 200;
    }
    case 'endless': {
      res.status(200).type('application/json');
      let ok = await write(res, response.prefix);
      const chunk = response.item.repeat(Math.max(1, Math.floor(CHUNK / response.item.length)));
      while (ok) {
        ok = await write(res, chunk);
        // Yield to the event loop so the simulator keeps answering others meanwhile.
        await new Promise((resolve) => setImmediate(resolve));
      }
      return 200;
    }
    case 'stall': {
      res.status(200).type('application/json');
      await write(res, response.prefix);
      const gone = new Promise<void>((resolve) => res.once('close', () => resolve()));
      await Promise.race([gone, wait(3_600_000)]);
      res.destroy();
      return 200;
    }
    case 'slow': {
      const text = Buffer.from(JSON.stringify(response.body));
      res.status(200).type('application/json').set('content-length', String(text.length));
      const step = Math.max(1, Math.floor(response.bytesPerSecond / 10));
      for (let at = 0; at < text.length; at += step) {
        if (!(await write(res, text.subarray(at, at + step)))) return 200;
        await wait(100);
      }
      res.end();
      return 200;
    }
  }
}
