import crypto from 'node:crypto';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { HirehoundError } from '../../common/errors';

/**
 * A list a Lua script answered. cjson cannot tell an empty Lua table from an empty object and
 * encodes both as `{}`, so an empty list arrives as `{}`.
 */
export function luaList<T extends z.ZodType>(item: T) {
  return z.union([z.array(item), z.strictObject({}).transform((): z.output<T>[] => [])]);
}

/**
 * A Lua script run by its SHA (EVALSHA), loaded with EVAL the first time and again whenever Redis
 * has forgotten it (a restart empties the script cache). It takes its keys and one JSON object of
 * named fields, and answers one JSON object that is parsed by name: a reply that lacks a field or
 * has the wrong one is an error, never a silent zero.
 */
export class LuaScript<Args, Reply extends z.ZodType> {
  readonly sha: string;

  constructor(
    /** Names the script in errors. */
    readonly name: string,
    readonly source: string,
    readonly reply: Reply,
  ) {
    this.sha = crypto.createHash('sha1').update(source).digest('hex');
  }

  /** Runs the script; throws GATEWAY_UNAVAILABLE when its answer does not match the reply schema. */
  async run(redis: Redis, keys: readonly string[], args: Args): Promise<z.output<Reply>> {
    const json = JSON.stringify(args);
    let raw: unknown;
    try {
      raw = await redis.evalsha(this.sha, keys.length, ...keys, json);
    } catch (err) {
      if (!(err instanceof Error && err.message.startsWith('NOSCRIPT'))) throw err;
      raw = await redis.eval(this.source, keys.length, ...keys, json);
    }
    return this.parse(raw);
  }

  /** The script's answer, by name. */
  parse(raw: unknown): z.output<Reply> {
    let decoded: unknown;
    try {
      decoded = typeof raw === 'string' ? JSON.parse(raw) : raw;
    } catch {
      decoded = raw;
    }
    const parsed = this.reply.safeParse(decoded);
    if (parsed.success) return parsed.data;
    throw new HirehoundError('GATEWAY_UNAVAILABLE', {
      message: `The governance script "${this.name}" answered an unexpected reply`,
      details: { script: this.name, issues: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) },
      cause: parsed.error,
    });
  }
}
