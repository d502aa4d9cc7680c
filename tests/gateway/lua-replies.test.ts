import type { Redis } from 'ioredis';
import { z } from 'zod';
import { isHirehoundError } from '../../common/errors';
import { LuaScript, luaList } from '../../gateway/governance/lua-script';
import { governanceScripts } from '../../gateway/governance/script-protocol';
import { createTestRedis, uniquePrefix } from '../harness/services';

/** A script answering `body`, judged by the admit script's own reply schema. */
const admitAnswering = (body: string) =>
  new LuaScript<Record<string, never>, typeof governanceScripts.admit.reply>(
    'admit',
    `return cjson.encode(${body})`,
    governanceScripts.admit.reply,
  );

async function failureOf(run: Promise<unknown>): Promise<unknown> {
  return run.then(
    () => {
      throw new Error('the reply was accepted');
    },
    (err: unknown) => err,
  );
}

/** The protocol between TypeScript and the Lua scripts: one JSON object each way, read by name. */
describe('Lua script replies', () => {
  let redis: Redis;
  beforeAll(async () => {
    redis = await createTestRedis('lua-replies-test');
  });
  afterAll(() => redis.disconnect());

  it('reads a reply by name, in any order, with an empty list encoded as {}', async () => {
    const script = admitAnswering(
      "{ firedAlerts = {}, admission = { month = '2027-03', freeSlots = 2, leaseExpiresAt = 1800000000123, kind = 'granted' } }",
    );
    expect(await script.run(redis, [], {})).toEqual({
      admission: { kind: 'granted', leaseExpiresAt: 1_800_000_000_123, freeSlots: 2, month: '2027-03' },
      firedAlerts: [],
    });
  });

  it('refuses a reply that lacks a field with a typed error naming it, never a silent zero', async () => {
    const err = await failureOf(
      admitAnswering(
        "{ firedAlerts = {}, admission = { kind = 'granted', leaseExpiresAt = 1, month = '2027-03' } }",
      ).run(redis, [], {}),
    );
    expect(isHirehoundError(err) && err.code).toBe('GATEWAY_UNAVAILABLE');
    expect(isHirehoundError(err) && err.details).toMatchObject({ script: 'admit' });
    expect(JSON.stringify(isHirehoundError(err) && err.details)).toContain('admission.freeSlots');
  });

  it('refuses a field of the wrong type or an unknown kind', async () => {
    for (const body of [
      "{ firedAlerts = {}, admission = { kind = 'busy', retryInMs = '250' } }",
      "{ firedAlerts = {}, admission = { kind = 'refused', reason = 'unavailable', retryAfterMs = 5 } }",
      "{ firedAlerts = {}, admission = { kind = 'waiting', retryInMs = 5 } }",
      "{ admission = { kind = 'busy', retryInMs = 5.5 }, firedAlerts = {} }",
    ]) {
      const err = await failureOf(admitAnswering(body).run(redis, [], {}));
      expect(`${body} → ${isHirehoundError(err) ? err.code : String(err)}`).toBe(`${body} → GATEWAY_UNAVAILABLE`);
    }
  });

  it('hands the script its keys in KEYS and its named fields in one JSON argument, also after a script flush', async () => {
    const echo = new LuaScript(
      'echo',
      `local a = cjson.decode(ARGV[1])
       return cjson.encode({ keys = KEYS, sum = a.left + a.right, absent = a.missing == nil, args = #ARGV })`,
      z.object({ keys: luaList(z.string()), sum: z.number(), absent: z.boolean(), args: z.number() }),
    );
    const prefix = `{${uniquePrefix('lua')}}`;
    const keys = [`${prefix}:a`, `${prefix}:b`];
    const expected = { keys, sum: 5, absent: true, args: 1 };
    expect(await echo.run(redis, keys, { left: 2, right: 3, missing: undefined })).toEqual(expected);
    await redis.script('FLUSH');
    expect(await echo.run(redis, keys, { left: 2, right: 3 })).toEqual(expected);
    expect((await echo.run(redis, [], { left: 1, right: 1 })).keys).toEqual([]);
  });
});
