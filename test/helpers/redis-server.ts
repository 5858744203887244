import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";

export interface RedisServer {
  url: string;
  port: number;
  /** Stops the server (SIGKILL when `hard`). */
  stop: (hard?: boolean) => Promise<void>;
}

/**
 * Starts a throwaway redis-server on a free loopback port, without persistence unless `dir` is
 * given (then an append-only file there, fsynced on every write, as docker-compose.yml runs it: a
 * server restarted on the same dir has every job back). Tests that need Redis call this in
 * beforeAll and `stop()` in afterAll.
 */
export async function startRedisServer(port?: number, opts: { dir?: string } = {}): Promise<RedisServer> {
  const probe = spawnSync("redis-server", ["--version"]);
  if (probe.error)
    throw new Error(`redis-server is not installed (${probe.error.message}); install redis-server (apt-get install redis-server) to run the Redis tests`);
  const chosen = port ?? (await freePort());
  const persistence = opts.dir ? ["--dir", opts.dir, "--appendonly", "yes", "--appendfsync", "always"] : ["--appendonly", "no"];
  const child = spawn("redis-server", ["--port", String(chosen), "--bind", "127.0.0.1", "--save", "", ...persistence], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  await waitForReady(child, chosen);
  return {
    url: `redis://127.0.0.1:${chosen}`,
    port: chosen,
    stop: (hard = false) =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill(hard ? "SIGKILL" : "SIGTERM");
      }),
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

function waitForReady(child: ChildProcess, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`redis-server on port ${port} did not start within 10 s:\n${output}`)), 10_000);
    const onData = (d: Buffer) => {
      output += d;
      if (output.includes("Ready to accept connections")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server on port ${port} exited with code ${code}:\n${output}`));
    });
  });
}
