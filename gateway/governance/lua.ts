/**
 * Every governance decision is one Lua script, so it is atomic across any number of gateway
 * instances: no admission can see a half-updated ledger, no two callers can take the last slot or
 * the last credits. Time comes from Redis (`TIME`), never from an instance's clock, and calendar
 * months and UTC days are computed here from it, so the monthly ledger needs no reset job and has
 * no reset race: a new month is simply a new key.
 *
 * Each script takes one JSON argument of named fields (`settings` plus its own) and answers one JSON
 * object (governor.ts parses it by name), so neither side counts positions. cjson writes numbers
 * with 14 significant digits, so everything that crosses is an integer below 1e14 (milliseconds
 * until the year 5138) or a small fraction; and it writes an empty list as `{}` (see luaList).
 *
 * Keys all start with the configured prefix in a hash tag (`{hh:gw}:…`), so a Redis Cluster keeps
 * them on one slot. The keys known before a script runs come in KEYS (GOVERNANCE_KEYS, which also
 * route the script to that slot); the others depend on what the script reads (the month from
 * `TIME`, a reaped call's id) and are derived inside it under the same hash tag.
 *
 *   leases            ZSET  call id → lease expiry (ms): the concurrency semaphore
 *   call:<id>         HASH  endpoint, cost, month, day, user/search/job, probe flag
 *   month:<YYYY-MM>   HASH  used, reserved
 *   user:<id>:<day>   HASH  used, reserved (per-user daily cap)
 *   bucket:<endpoint> HASH  tokens, at (token bucket)
 *   circuit:<endpoint>HASH  state, openUntil, reason, window counters, probe
 *   credits-block     HASH  month, budget: the provider said 403 (out of credits)
 *   backoff           HASH  until, streak: the provider said 429
 *   alerts:<YYYY-MM>  HASH  threshold → fired at (ms): each alert once per month
 *   outbox            STREAM settled calls, drained into Postgres' credit_ledger
 *   released          channel: a slot was freed (wakes waiting callers on every instance)
 */

/** The keys every script receives, by the name the scripts use for them (KEYS[1], KEYS[2]…, in this order). */
export const GOVERNANCE_KEYS = {
  leases: 'leases',
  creditsBlock: 'credits-block',
  backoff: 'backoff',
  outbox: 'outbox',
} as const;

const DECLARED_KEYS = Object.keys(GOVERNANCE_KEYS)
  .map((name, i) => `${name} = KEYS[${i + 1}]`)
  .join(', ');

const PRELUDE = `
local A = cjson.decode(ARGV[1])
local S = A.settings
local K = { ${DECLARED_KEYS} }
local DAY = 86400000

local function key(...)
  return S.prefix .. ':' .. table.concat({...}, ':')
end

local function num(v)
  return tonumber(v) or 0
end

local function now_ms()
  local t = redis.call('TIME')
  return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000) + S.clockOffsetMs
end

-- Howard Hinnant's civil-from-days and days-from-civil (proleptic Gregorian, UTC).
local function civil(days)
  local z = days + 719468
  local era = math.floor(z / 146097)
  local doe = z - era * 146097
  local yoe = math.floor((doe - math.floor(doe / 1460) + math.floor(doe / 36524) - math.floor(doe / 146096)) / 365)
  local doy = doe - (365 * yoe + math.floor(yoe / 4) - math.floor(yoe / 100))
  local mp = math.floor((5 * doy + 2) / 153)
  local d = doy - math.floor((153 * mp + 2) / 5) + 1
  local m = mp < 10 and mp + 3 or mp - 9
  local y = yoe + era * 400
  if m <= 2 then y = y + 1 end
  return y, m, d
end

local function days_from_civil(y, m, d)
  if m <= 2 then y = y - 1 end
  local era = math.floor(y / 400)
  local yoe = y - era * 400
  local mp = (m + 9) % 12
  local doy = math.floor((153 * mp + 2) / 5) + d - 1
  local doe = yoe * 365 + math.floor(yoe / 4) - math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
end

local function month_of(ms)
  local y, m = civil(math.floor(ms / DAY))
  return string.format('%04d-%02d', y, m)
end

local function month_end(ms)
  local y, m = civil(math.floor(ms / DAY))
  if m == 12 then y, m = y + 1, 1 else m = m + 1 end
  return days_from_civil(y, m, 1) * DAY
end

local function day_of(ms)
  local y, m, d = civil(math.floor(ms / DAY))
  return string.format('%04d-%02d-%02d', y, m, d)
end

local function day_end(ms)
  return (math.floor(ms / DAY) + 1) * DAY
end

-- Alerts: each threshold fires once per month, whichever call crosses it (HSETNX decides).
local function check_alerts(month, now, fired)
  local used = num(redis.call('HGET', key('month', month), 'used'))
  for _, threshold in ipairs(S.alertThresholds) do
    -- tostring writes 0.7 as '0.7'; redis.call would write the number as 0.69999999999999996.
    local field = tostring(threshold)
    if used >= threshold * S.monthlyBudget and redis.call('HSETNX', key('alerts', month), field, now) == 1 then
      redis.call('PEXPIRE', key('alerts', month), 400 * DAY)
      table.insert(fired, { month = month, threshold = threshold, usedCredits = used })
    end
  end
end

-- The circuit breaker understands the provider: only 5xx and timeouts are failures, successes and
-- expired postings are successes, 429 and the caller's own mistakes say nothing about its health.
local function circuit_record(endpoint, signal, was_probe, now)
  local ck = key('circuit', endpoint)
  if was_probe then
    redis.call('HDEL', ck, 'probe', 'probeUntil')
    if signal == 'success' then
      redis.call('HSET', ck, 'state', 'closed', 'reason', '', 'openUntil', 0, 'windowStart', now, 'calls', 0, 'failures', 0)
    elseif signal == 'failure' then
      redis.call('HSET', ck, 'state', 'open', 'reason', 'errors', 'openUntil', now + S.circuit.cooldownMs)
    end
    return
  end
  if signal ~= 'success' and signal ~= 'failure' then return end
  local c = redis.call('HMGET', ck, 'state', 'windowStart', 'calls', 'failures')
  local state = c[1] or 'closed'
  local windowStart, calls, failures = num(c[2]), num(c[3]), num(c[4])
  if now - windowStart >= S.circuit.windowMs then
    windowStart, calls, failures = now, 0, 0
  end
  calls = calls + 1
  if signal == 'failure' then failures = failures + 1 end
  redis.call('HSET', ck, 'windowStart', windowStart, 'calls', calls, 'failures', failures)
  if state == 'closed' and signal == 'failure' and calls >= S.circuit.minCalls and failures / calls >= S.circuit.failureRatio then
    redis.call('HSET', ck, 'state', 'open', 'reason', 'errors', 'openUntil', now + S.circuit.cooldownMs)
  end
end

-- Closes a call: frees its slot, turns its reservation into spend (or refunds it), records the
-- provider's verdict, writes the ledger entry to the outbox, fires alerts. A second settlement of
-- the same call finds nothing and changes nothing.
local function settle(s, now, fired)
  local id, credits, signal = s.requestId, s.credits, s.signal
  local ck = key('call', id)
  local call = redis.call('HMGET', ck, 'endpoint', 'cost', 'month', 'day', 'userId', 'searchId', 'jobId', 'probe')
  redis.call('ZREM', K.leases, id)
  if not call[1] then return false end
  redis.call('DEL', ck)
  local endpoint, cost, month, day, user = call[1], tonumber(call[2]), call[3], call[4], call[5] or ''
  local mk = key('month', month)
  redis.call('HINCRBY', mk, 'reserved', -cost)
  if credits > 0 then redis.call('HINCRBY', mk, 'used', credits) end
  if user ~= '' then
    local uk = key('user', user, day)
    redis.call('HINCRBY', uk, 'reserved', -cost)
    if credits > 0 then redis.call('HINCRBY', uk, 'used', credits) end
  end
  redis.call('XADD', K.outbox, '*',
    'requestId', id, 'month', month, 'endpoint', endpoint, 'credits', credits, 'outcome', s.outcome,
    'providerStatus', s.providerStatus or '', 'latencyMs', s.latencyMs or '', 'searchId', call[6] or '', 'userId', user,
    'jobId', call[7] or '', 'occurredAt', now)
  if signal == 'out_of_credits' then
    -- Closed for this budget and month: it reopens when either changes.
    redis.call('HSET', K.creditsBlock, 'month', month_of(now), 'budget', S.monthlyBudget, 'since', now)
  elseif signal == 'rate_limited' then
    local streak = num(redis.call('HGET', K.backoff, 'streak')) + 1
    local delay = math.min(S.backoff.maxMs, S.backoff.baseMs * 2 ^ (streak - 1))
    redis.call('HSET', K.backoff, 'streak', streak, 'until', now + delay)
    redis.call('PEXPIRE', K.backoff, delay + S.backoff.maxMs)
  elseif signal == 'success' then
    redis.call('DEL', K.backoff)
  end
  circuit_record(endpoint, signal, call[8] == '1', now)
  if credits > 0 then check_alerts(month, now, fired) end
  return true
end

-- Tells every instance a slot is free (their waiting callers try for it).
local function announce_release(id)
  redis.call('PUBLISH', key('released'), id)
end

-- A holder whose lease ran out (crashed, killed, partitioned) gives its slot back. What it spent is
-- unknown, so its reservation is booked as spent: the ledger may overstate, never understate.
local function reap(now, fired)
  local expired = redis.call('ZRANGEBYSCORE', K.leases, '-inf', now, 'LIMIT', 0, 50)
  for _, id in ipairs(expired) do
    local cost = num(redis.call('HGET', key('call', id), 'cost'))
    settle({ requestId = id, credits = cost, outcome = 'abandoned', signal = 'neutral' }, now, fired)
    announce_release(id)
  end
end

-- Admission of one call: the budget, the user's cap, a slot, a token, in that order; on success
-- its lease, its reservation and (half-open) the probe flag. Answers an Admission (governor.ts).
local function admit(claim, now)
  local id, endpoint, cost = claim.requestId, claim.endpoint, claim.cost
  local user, cap = claim.userId or '', claim.userDailyCap
  local per_second, burst = claim.perSecond, claim.burst
  -- Admitting the same call twice (a reply lost to a dropped connection, then a retry) must not
  -- reserve twice: the call keeps the slot and the credits it already has.
  local held_expiry = redis.call('ZSCORE', K.leases, id)
  if held_expiry then
    local call = redis.call('HMGET', key('call', id), 'month')
    return { kind = 'granted', leaseExpiresAt = tonumber(held_expiry), freeSlots = 0, month = call[1] or month_of(now) }
  end
  local function refuse(reason, retry)
    return { kind = 'refused', reason = reason, retryAfterMs = math.max(0, math.ceil(retry)) }
  end
  local month = month_of(now)

  local block = redis.call('HMGET', K.creditsBlock, 'month', 'budget')
  if block[1] then
    if block[1] == month and tonumber(block[2]) == S.monthlyBudget then
      return refuse('budget_exhausted', month_end(now) - now)
    end
    redis.call('DEL', K.creditsBlock)
  end

  local backoff_until = num(redis.call('HGET', K.backoff, 'until'))
  if backoff_until > now then return refuse('rate_limited', backoff_until - now) end

  local ck = key('circuit', endpoint)
  local c = redis.call('HMGET', ck, 'state', 'openUntil', 'probe', 'probeUntil')
  local state = c[1] or 'closed'
  local probe = false
  if state == 'open' then
    if now < num(c[2]) then return refuse('circuit_open', num(c[2]) - now) end
    state = 'half_open'
    redis.call('HSET', ck, 'state', 'half_open')
  end
  if state == 'half_open' then
    -- One probe at a time; its lease expiring (a killed prober) lets the next one go.
    if c[3] and num(c[4]) > now then return refuse('circuit_open', math.min(num(c[4]) - now, S.circuit.cooldownMs)) end
    probe = true
  end

  local mk = key('month', month)
  local m = redis.call('HMGET', mk, 'used', 'reserved')
  if num(m[1]) + num(m[2]) + cost > S.monthlyBudget then return refuse('budget_exhausted', month_end(now) - now) end

  local day = day_of(now)
  if user ~= '' and cap then
    local u = redis.call('HMGET', key('user', user, day), 'used', 'reserved')
    if num(u[1]) + num(u[2]) + cost > cap then return refuse('user_cap_reached', day_end(now) - now) end
  end

  local held = redis.call('ZCARD', K.leases)
  if held >= S.maxConcurrency then
    local first = redis.call('ZRANGE', K.leases, 0, 0, 'WITHSCORES')
    return { kind = 'busy', retryInMs = math.max(1, math.ceil(num(first[2]) - now)) }
  end

  local bk = key('bucket', endpoint)
  local b = redis.call('HMGET', bk, 'tokens', 'at')
  local tokens = burst
  -- A clock that stepped back (failover to another Redis) must not drain the bucket.
  if b[1] then tokens = math.min(burst, tonumber(b[1]) + math.max(0, now - num(b[2])) * per_second / 1000) end
  if tokens < 1 then return refuse('rate_limited', (1 - tokens) * 1000 / per_second) end
  redis.call('HSET', bk, 'tokens', tokens - 1, 'at', now)
  redis.call('PEXPIRE', bk, math.ceil(burst / per_second * 1000) + 60000)

  local expires = now + S.leaseTtlMs
  redis.call('ZADD', K.leases, expires, id)
  redis.call('HSET', key('call', id), 'endpoint', endpoint, 'cost', cost, 'month', month, 'day', day,
    'userId', user, 'searchId', claim.searchId or '', 'jobId', claim.jobId or '', 'probe', probe and '1' or '0',
    'grantedAt', now)
  redis.call('PEXPIRE', key('call', id), 7 * DAY)
  redis.call('HINCRBY', mk, 'reserved', cost)
  redis.call('PEXPIRE', mk, 400 * DAY)
  if user ~= '' then
    redis.call('HINCRBY', key('user', user, day), 'reserved', cost)
    redis.call('PEXPIRE', key('user', user, day), 3 * DAY)
  end
  if probe then redis.call('HSET', ck, 'probe', id, 'probeUntil', expires) end
  return { kind = 'granted', leaseExpiresAt = expires, freeSlots = S.maxConcurrency - held - 1, month = month }
end
`;

const ADMIT = `
local now = now_ms()
local fired = {}
reap(now, fired)
local admission = admit(A.claim, now)
return cjson.encode({ admission = admission, firedAlerts = fired })
`;

const RENEW = `
local id = A.requestId
local now = now_ms()
if not redis.call('ZSCORE', K.leases, id) then return cjson.encode({ renewed = false }) end
local expires = now + S.leaseTtlMs
redis.call('ZADD', K.leases, 'XX', expires, id)
local call = redis.call('HMGET', key('call', id), 'endpoint', 'probe')
if call[2] == '1' then redis.call('HSET', key('circuit', call[1]), 'probeUntil', expires) end
return cjson.encode({ renewed = true })
`;

const SETTLE = `
local now = now_ms()
local fired = {}
local id = A.settlement.requestId
local booked = settle(A.settlement, now, fired)
-- Handoff: the freed slot goes straight to the instance's longest waiter, in the same round trip.
local admission = nil
if A.next then
  admission = admit(A.next, now)
  if admission.kind ~= 'granted' then announce_release(id) end
else
  announce_release(id)
end
return cjson.encode({ booked = booked, firedAlerts = fired, admission = admission })
`;

const STATUS = `
local now = now_ms()
local fired = {}
reap(now, fired)
local month = month_of(now)
-- Reading the status checks the alerts too: one is due when the month's spend is past a threshold
-- although no call crossed it (a lowered budget); the credit watch reads this every 5 minutes.
check_alerts(month, now, fired)
local m = redis.call('HMGET', key('month', month), 'used', 'reserved')
local circuits = {}
for _, endpoint in ipairs(A.endpoints) do
  local c = redis.call('HMGET', key('circuit', endpoint), 'state', 'openUntil', 'reason', 'windowStart', 'calls', 'failures')
  local state = c[1] or 'closed'
  if state == 'open' and now >= num(c[2]) then state = 'half_open' end
  local fresh = now - num(c[4]) < S.circuit.windowMs
  table.insert(circuits, {
    endpoint = endpoint, state = state, openUntil = num(c[2]), reason = c[3] or '',
    windowCalls = fresh and num(c[5]) or 0, windowFailures = fresh and num(c[6]) or 0,
  })
end
local alerts = {}
local fields = redis.call('HGETALL', key('alerts', month))
for i = 1, #fields, 2 do
  table.insert(alerts, { threshold = tonumber(fields[i]), firedAt = tonumber(fields[i + 1]) })
end
local block = redis.call('HMGET', K.creditsBlock, 'month', 'budget')
local backoff_until = num(redis.call('HGET', K.backoff, 'until'))
return cjson.encode({
  month = month, used = num(m[1]), reserved = num(m[2]), inFlight = redis.call('ZCARD', K.leases),
  alertsThisMonth = alerts, circuits = circuits,
  outOfCredits = block[1] == month and tonumber(block[2]) == S.monthlyBudget,
  backoffUntil = backoff_until > now and backoff_until or 0,
  firedAlerts = fired, monthEnd = month_end(now),
})
`;

export const GOVERNANCE_SCRIPTS = {
  admit: PRELUDE + ADMIT,
  renew: PRELUDE + RENEW,
  settle: PRELUDE + SETTLE,
  status: PRELUDE + STATUS,
} as const;
