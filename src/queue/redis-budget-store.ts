import type { Redis } from "ioredis";
import type { BudgetStore, RateWindow } from "../github/write-budget.js";

/** Redis's clock, not the replica's: replicas with skewed clocks still share one window. */
const NOW = `local t = redis.call('TIME') local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`;

/** KEYS: writes zset, pause key. ARGV: longest window, then ms,max pairs, then a unique member. */
const TAKE = `${NOW}
local paused = tonumber(redis.call('GET', KEYS[2]) or '0')
if paused > now then return paused - now end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - tonumber(ARGV[1]))
local wait = 0
for i = 2, #ARGV - 1, 2 do
  local ms = tonumber(ARGV[i])
  local max = tonumber(ARGV[i + 1])
  local inwin = redis.call('ZRANGEBYSCORE', KEYS[1], '(' .. (now - ms), '+inf', 'WITHSCORES')
  local count = #inwin / 2
  if count >= max then
    local w = tonumber(inwin[(count - max) * 2 + 2]) + ms - now + 1
    if w > wait then wait = w end
  end
end
if wait > 0 then return wait end
redis.call('ZADD', KEYS[1], now, ARGV[#ARGV])
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[1]))
return 0`;

const PAUSED_FOR = `${NOW}
local paused = tonumber(redis.call('GET', KEYS[1]) or '0')
if paused > now then return paused - now end
return 0`;

const PAUSE = `${NOW}
local untilMs = now + tonumber(ARGV[1])
local paused = tonumber(redis.call('GET', KEYS[1]) or '0')
if untilMs > paused then redis.call('SET', KEYS[1], untilMs, 'PX', tonumber(ARGV[1])) end
return 0`;

/**
 * The write budget in Redis, so every replica draws on the same 80/min and 500/h of an
 * installation. Each operation is one Lua script: check and record happen atomically.
 */
export class RedisBudgetStore implements BudgetStore {
  private counter = 0;

  constructor(
    private readonly redis: Redis,
    private readonly prefix = "bottomline:budget",
  ) {}

  async tryTake(key: string, windows: RateWindow[]): Promise<number> {
    const longest = Math.max(...windows.map((w) => w.ms));
    const member = `${process.pid}-${Date.now()}-${this.counter++}-${Math.random().toString(36).slice(2)}`;
    const args = [longest, ...windows.flatMap((w) => [w.ms, w.max]), member];
    return Number(await this.redis.eval(TAKE, 2, `${this.prefix}:${key}:writes`, `${this.prefix}:${key}:paused`, ...args));
  }

  async pausedFor(key: string): Promise<number> {
    return Number(await this.redis.eval(PAUSED_FOR, 1, `${this.prefix}:${key}:paused`));
  }

  async pause(key: string, ms: number): Promise<void> {
    await this.redis.eval(PAUSE, 1, `${this.prefix}:${key}:paused`, Math.max(1, Math.ceil(ms)));
  }
}
