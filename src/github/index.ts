import { createBottomline } from "./app.js";

/**
 * On SIGTERM (docker stop, a rolling deploy) finish the reviews in flight before exiting, so a
 * deploy does not silently drop them; give up after BOTTOMLINE_DRAIN_SECONDS (default 25, under
 * Docker's and Kubernetes' usual 30 s grace period).
 */
export function drainOnShutdown(
  queue: { stats(): { running: number; pending: number }; idle(): Promise<void> },
  log: Pick<Console, "info" | "warn"> = console,
): void {
  const seconds = Number(process.env.BOTTOMLINE_DRAIN_SECONDS ?? 25);
  const drain = async (signal: string) => {
    const { running, pending } = queue.stats();
    log.info(`${signal}: finishing ${running + pending} review(s) before exit (at most ${seconds} s)`);
    const timeout = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), seconds * 1000).unref());
    if ((await Promise.race([queue.idle(), timeout])) === "timeout") {
      const left = queue.stats();
      log.warn(`${left.running + left.pending} review(s) still unfinished after ${seconds} s; they resume on the next push or a Re-run`);
    }
    process.exit(0);
  };
  process.once("SIGTERM", () => void drain("SIGTERM"));
  process.once("SIGINT", () => void drain("SIGINT"));
}

// The server entry (`probot run ./dist/src/github/index.js`): one queue per process.
const production = createBottomline();
drainOnShutdown(production.queue);
export default production.app;
