import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Bottomline's own package.json: found upward from this module, so it works from src/ (tests),
 * dist/src/cli (tsc) and a single-file bundle (dist-cli/, dist-action/) alike.
 */
export function packageRoot(): string {
  // Asked for every rule link of every summary: synchronous file reads on the server's event loop.
  root ??= findPackageRoot();
  return root;
}

let root: string | undefined;
let version: string | undefined;

function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const file = join(dir, "package.json");
    if (existsSync(file) && (JSON.parse(readFileSync(file, "utf8")) as { name?: string }).name === "bottomline") return dir;
    dir = dirname(dir);
  }
  return dirname(fileURLToPath(import.meta.url));
}

export function packageVersion(): string {
  version ??= readVersion();
  return version;
}

function readVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as { version?: string }).version ?? "unknown";
  } catch {
    return "unknown";
  }
}
