import type { Redis } from "ioredis";
import type { DeliveryStore } from "../github/delivery-store.js";

/**
 * Delivery ids in Redis (SET NX EX), so a delivery replayed to another replica is recognised
 * too. Ids are kept three days: GitHub offers redelivery of the last three days' deliveries.
 */
export class RedisDeliveryStore implements DeliveryStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix = "bottomline:delivery",
    private readonly ttlSeconds = 3 * 24 * 3600,
  ) {}

  async claim(id: string): Promise<boolean> {
    return (await this.redis.set(`${this.prefix}:${id}`, "1", "EX", this.ttlSeconds, "NX")) === "OK";
  }

  async release(id: string): Promise<void> {
    await this.redis.del(`${this.prefix}:${id}`);
  }
}
