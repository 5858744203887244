import type { Redis } from "ioredis";
import { InMemoryBudgetStore, type BudgetStore, type RateWindow } from "../github/write-budget.js";
import type { QueueLog } from "./outage-log.js";

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
 *
 * While Redis cannot be reached, the replica counts its writes in memory instead: the reviews in
 * flight go on (a budget is a courtesy to GitHub, not a reason to fail a review), each replica
 * then keeps the limits on its own, and a secondary-limit answer still pauses the installation.
 */
export class RedisBudgetStore implements BudgetStore {
  private counter = 0;
  private readonly local = new InMemoryBudgetStore();
  private degraded = false;

  constructor(
    private readonly redis: Redis,
    private readonly prefix = "bottomline:budget",
    private readonly log?: QueueLog,
  ) {}

  async tryTake(key: string, windows: RateWindow[]): Promise<number> {
    const longest = Math.max(...windows.map((w) => w.ms));
    const member = `${process.pid}-${Date.now()}-${this.counter++}-${Math.random().toString(36).slice(2)}`;
    const args = [longest, ...windows.flatMap((w) => [w.ms, w.max]), member];
    return this.shared(
      () => this.redis.eval(TAKE, 2, `${this.prefix}:${key}:writes`, `${this.prefix}:${key}:paused`, ...args),
      () => this.local.tryTake(key, windows),
    );
  }

  async pausedFor(key: string): Promise<number> {
    return this.shared(
      () => this.redis.eval(PAUSED_FOR, 1, `${this.prefix}:${key}:paused`),
      () => this.local.pausedFor(key),
    );
  }

  async pause(key: string, ms: number): Promise<void> {
    await this.local.pause(key, ms);
    await this.shared(
      () => this.redis.eval(PAUSE, 1, `${this.prefix}:${key}:paused`, Math.max(1, Math.ceil(ms))),
      async () => 0,
    );
  }

  private async shared(inRedis: () => Promise<unknown>, inMemory: () => Promise<number>): Promise<number> {
    try {
      const answer = Number(await inRedis());
      if (this.degraded) this.log?.info({}, "Redis answers again: the write budget is shared by every replica again");
      this.degraded = false;
      return answer;
    } catch (err) {
      if (!this.degraded)
        this.log?.warn(
          { err: (err as Error).message },
          "Redis cannot be reached, so this replica keeps the write budget (80 writes a minute, 500 an hour per installation) on its own until Redis is back",
        );
      this.degraded = true;
      return inMemory();
    }
  }
}
