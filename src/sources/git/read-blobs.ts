import { decodeText, runGitRaw, runGitRawAsync } from "./run-git.js";

/** git's own test for binary content: a NUL byte in the first 8,000 bytes. */
const BINARY_PROBE = 8000;

/** What `git cat-file --batch` prints before each object: `<oid> <type> <size>`. */
const OBJECT_HEADER = /^[0-9a-f]{40,64} (\w+) (\d+)$/;

/**
 * The text of each path at each revision, every request in ONE `git cat-file --batch` process
 * (a review can ask for thousands of files; a git process per file would dominate its time).
 * Returns one map per request, keyed by path. A path that is missing at that revision, is not a
 * file (a directory, a submodule) or is binary is absent from its map; text that is not UTF-8 is
 * decoded leniently (U+FFFD), as the diff is. Paths with a line break cannot be named on the
 * batch's input and are left out too.
 */
export function readBlobTexts(cwd: string, requests: Array<{ rev: string; paths: string[] }>): Array<Map<string, string>> {
  const batch = batchOf(requests);
  if (batch.asked.length > 0) readBatch(batch, runGitRaw(["cat-file", "--batch"], cwd, batch.input));
  return batch.maps;
}

/** readBlobTexts without blocking the process while git reads. */
export async function readBlobTextsAsync(cwd: string, requests: Array<{ rev: string; paths: string[] }>): Promise<Array<Map<string, string>>> {
  const batch = batchOf(requests);
  if (batch.asked.length > 0) readBatch(batch, await runGitRawAsync(["cat-file", "--batch"], cwd, batch.input));
  return batch.maps;
}

interface Batch {
  maps: Array<Map<string, string>>;
  asked: Array<{ map: Map<string, string>; path: string }>;
  input: string;
}

function batchOf(requests: Array<{ rev: string; paths: string[] }>): Batch {
  const maps = requests.map(() => new Map<string, string>());
  const asked = requests.flatMap((r, i) => r.paths.filter((p) => !/[\r\n]/.test(p)).map((path) => ({ map: maps[i], path, spec: `${r.rev}:${path}` })));
  return { maps, asked, input: asked.map((a) => a.spec).join("\n") + "\n" };
}

function readBatch({ asked }: Batch, out: Buffer): void {
  let pos = 0;
  for (const { map, path } of asked) {
    const nl = out.indexOf(10, pos);
    if (nl === -1) break;
    const header = OBJECT_HEADER.exec(out.subarray(pos, nl).toString("utf8"));
    pos = nl + 1;
    if (!header) continue; // "<spec> missing" or "ambiguous": no object follows
    const size = Number(header[2]);
    const bytes = out.subarray(pos, pos + size);
    pos += size + 1; // the object, then a newline
    const text = blobText(header[1], bytes);
    if (text !== undefined) map.set(path, text);
  }
}

/** An object's text as the git source gives it: undefined when it is not a blob, or is binary. */
export function blobText(type: string, bytes: Uint8Array): string | undefined {
  return type === "blob" && !bytes.subarray(0, BINARY_PROBE).includes(0) ? decodeText(bytes) : undefined;
}
