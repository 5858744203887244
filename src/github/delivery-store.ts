/**
 * Remembers which webhook deliveries (`X-GitHub-Delivery`) were already taken, so a replayed
 * signed delivery (a `check_run.rerequested` sent again, say) is not acted on twice. The
 * interface is async so a shared store (Redis `SET NX EX`) can replace the in-memory one when
 * replicas share a queue.
 */
export interface DeliveryStore {
  /** True the first time an id is claimed; false when it was seen before. */
  claim(id: string): Promise<boolean>;
  /** Forgets an id whose handling failed, so GitHub's redelivery is handled again. */
  release(id: string): Promise<void>;
}

/** A bounded in-memory LRU: the newest `capacity` ids (GitHub redelivers within hours, not weeks). */
export class MemoryDeliveryStore implements DeliveryStore {
  private readonly seen = new Map<string, true>();

  constructor(private readonly capacity = 10_000) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`delivery store capacity must be a whole number ≥ 1 (got ${capacity})`);
  }

  async claim(id: string): Promise<boolean> {
    if (this.seen.has(id)) {
      // Refresh: a delivery replayed again and again stays remembered.
      this.seen.delete(id);
      this.seen.set(id, true);
      return false;
    }
    this.seen.set(id, true);
    if (this.seen.size > this.capacity) this.seen.delete(this.seen.keys().next().value!);
    return true;
  }

  async release(id: string): Promise<void> {
    this.seen.delete(id);
  }

  get size(): number {
    return this.seen.size;
  }
}
