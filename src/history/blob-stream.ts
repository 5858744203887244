import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { blobText } from "../sources/git/read-blobs.js";
import { GitError } from "../sources/git/run-git.js";

const OBJECT_HEADER = /^[0-9a-f]{40,64} (\w+) (\d+)$/;

interface Pending {
  resolve: (text: string | undefined) => void;
  reject: (err: Error) => void;
}

/**
 * File texts for a whole history from ONE `git cat-file --batch` process kept open across
 * changes: the git source starts one per review, which on thousands of changes costs more than
 * the reading. Answers come back in the order asked; a missing path, a directory, a submodule
 * or a binary file reads as undefined, as in readBlobTexts.
 */
export class BlobStream {
  private readonly git: ChildProcessWithoutNullStreams;
  private readonly pending: Pending[] = [];
  private chunks: Buffer[] = [];
  private buffered = 0;
  private failed: Error | undefined;
  private stderr = "";

  constructor(gitDir: string) {
    this.git = spawn("git", ["-c", "core.quotepath=off", "cat-file", "--batch"], { cwd: gitDir, env: { ...process.env, LC_ALL: "C" } });
    this.git.stdout.on("data", (chunk: Buffer) => this.take(chunk));
    this.git.stderr.on("data", (chunk: Buffer) => (this.stderr += chunk.toString()));
    const fail = (err: Error) => {
      this.failed ??= new GitError(`git cat-file --batch stopped: ${err.message}${this.stderr ? ` (${this.stderr.trim()})` : ""}`);
      for (const p of this.pending.splice(0)) p.reject(this.failed);
    };
    this.git.on("error", fail);
    this.git.on("close", (code) => fail(new Error(`exited with ${code}`)));
    this.git.stdin.on("error", fail);
  }

  /** The texts of `rev:path` for each request's paths, one map per request, in one write and one round trip. */
  read(requests: Array<{ rev: string; paths: string[] }>): Promise<Array<Map<string, string>>> {
    // A path with a line break cannot be named on the batch's input (readBlobTexts leaves it out too).
    const asked = requests.flatMap((r, i) => r.paths.filter((p) => !/[\r\n]/.test(p)).map((path) => ({ i, path, spec: `${r.rev}:${path}` })));
    const maps = requests.map(() => new Map<string, string>());
    if (asked.length === 0) return Promise.resolve(maps);
    if (this.failed) return Promise.reject(this.failed);
    const texts = asked.map(() => new Promise<string | undefined>((resolve, reject) => this.pending.push({ resolve, reject })));
    this.git.stdin.write(asked.map((a) => `${a.spec}\n`).join(""));
    return Promise.all(texts).then((found) => {
      found.forEach((text, k) => text !== undefined && maps[asked[k].i].set(asked[k].path, text));
      return maps;
    });
  }

  close(): void {
    this.git.stdin.end();
  }

  /** Answers every request whose object has fully arrived. */
  private take(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    let buf = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.buffered);
    let pos = 0;
    while (this.pending.length > 0) {
      const nl = buf.indexOf(10, pos);
      if (nl === -1) break;
      const header = OBJECT_HEADER.exec(buf.subarray(pos, nl).toString("utf8"));
      if (!header) {
        // "<spec> missing" or "ambiguous": no object follows.
        pos = nl + 1;
        this.pending.shift()!.resolve(undefined);
        continue;
      }
      const size = Number(header[2]);
      if (buf.length < nl + 1 + size + 1) break; // the object, then a newline, still on its way
      this.pending.shift()!.resolve(blobText(header[1], buf.subarray(nl + 1, nl + 1 + size)));
      pos = nl + 1 + size + 1;
    }
    buf = buf.subarray(pos);
    this.chunks = buf.length > 0 ? [buf] : [];
    this.buffered = buf.length;
  }
}
