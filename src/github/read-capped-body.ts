import type { IncomingMessage } from "node:http";

export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`the body is larger than ${limit} bytes`);
  }
}

export class TooManyBodies extends Error {
  constructor() {
    super("too many webhook bodies are being received at once");
  }
}

/**
 * Bytes all bodies being read at once may hold: one 25 MB body is fine, forty of them at once
 * (unauthenticated: the signature can only be checked on the whole body) are not.
 */
export class BodyBudget {
  private used = 0;
  constructor(readonly bytes: number) {}
  take(n: number): boolean {
    if (this.used + n > this.bytes) return false;
    this.used += n;
    return true;
  }
  give(n: number): void {
    this.used -= n;
  }
  get inUse(): number {
    return this.used;
  }
}

/**
 * Reads a request body, but never more than `limit` bytes: past the limit it stops keeping the
 * chunks and rejects with BodyTooLarge, so a huge or endless chunked body costs no memory. The
 * caller answers 413 and closes the connection.
 */
export function readCappedBody(req: IncomingMessage, limit: number, budget?: BodyBudget): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let held = 0;
    const stop = (err: Error) => {
      req.off("data", onData);
      chunks.length = 0;
      req.resume(); // keep draining into nothing until the connection closes
      reject(err);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) return stop(new BodyTooLarge(limit));
      if (budget && !budget.take(chunk.length)) return stop(new TooManyBodies());
      held += chunk.length;
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.once("end", () => resolve(Buffer.concat(chunks, size)));
    req.once("error", reject);
    req.once("close", () => budget?.give(held));
  });
}
