import { Redis, type RedisOptions } from "ioredis";

/** REDIS_URL without its password, for messages and logs. */
export function redactRedisUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(an unparsable REDIS_URL)";
  }
}

/**
 * Connects and pings once, failing fast with a message that says what to do: with REDIS_URL set,
 * silently falling back to the in-memory queue would lose reviews on the next restart.
 */
export async function connectRedis(url: string, options: RedisOptions = {}): Promise<Redis> {
  const redis = new Redis(url, { lazyConnect: true, connectTimeout: 5_000, maxRetriesPerRequest: 1, ...options });
  // ioredis reports connection errors as events too; the rejection below carries them.
  redis.on("error", () => undefined);
  try {
    await redis.connect();
    await redis.ping();
    return redis;
  } catch (err) {
    redis.disconnect();
    throw new Error(
      `REDIS_URL is set but Redis at ${redactRedisUrl(url)} cannot be reached (${(err as Error).message}). ` +
        "Start Redis or fix REDIS_URL; unset REDIS_URL to run with the in-memory queue instead (queued reviews are then lost on restart).",
    );
  }
}
