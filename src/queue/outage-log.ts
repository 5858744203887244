import type { Redis } from "ioredis";

export interface QueueLog {
  info: (o: object, msg: string) => void;
  warn: (o: object, msg: string) => void;
  error: (o: object, msg: string) => void;
}

/**
 * A logger to hand to the Redis parts before Probot's own exists (they are built before the app
 * loads): lines go to the console until `attach` gives it Probot's logger.
 */
export function lateLog(): QueueLog & { attach: (log: QueueLog) => void } {
  let target: QueueLog | undefined;
  return {
    attach: (log) => void (target = log),
    info: (o, msg) => (target ? target.info(o, msg) : console.info(msg, o)),
    warn: (o, msg) => (target ? target.warn(o, msg) : console.warn(msg, o)),
    error: (o, msg) => (target ? target.error(o, msg) : console.error(msg, o)),
  };
}

/** Errors that mean Redis cannot be reached (as opposed to a command Redis refused). */
const UNREACHABLE = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|EAI_AGAIN|Connection is closed|max retries per request|Stream isn't writeable/i;

export interface OutageReporter {
  /** An error from the queue or its worker: an outage is reported once, anything else as it comes. */
  error: (err: Error) => void;
}

/**
 * Reports a Redis connection going away once (not on every reconnection attempt, nor once per
 * BullMQ component), with what it means for reviews, and reports it coming back. ioredis keeps
 * reconnecting by itself.
 */
export function reportOutages(redis: Redis, log: QueueLog, what: string): OutageReporter {
  let down = false;
  const lost = (err: Error) => {
    if (down) return;
    down = true;
    log.error(
      { err: err.message },
      `Redis connection lost (${what}): reviews already running finish and publish, new webhooks fail (GitHub records failed deliveries, which recovery redelivers), and queued reviews wait in Redis; reconnecting`,
    );
  };
  redis.on("error", lost);
  redis.on("ready", () => {
    if (!down) return;
    down = false;
    log.info({}, `Redis connection is back (${what}); the review queue resumes`);
  });
  return {
    error: (err) => (UNREACHABLE.test(err.message) ? lost(err) : log.warn({ err: err.message }, `${what}: ${err.message}`)),
  };
}
