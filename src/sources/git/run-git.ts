import { execFileSync, spawn } from "node:child_process";

export class GitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "GitError";
  }
}

const decoder = new TextDecoder("utf-8", { fatal: false });

/**
 * Runs git and returns stdout as text. Output is decoded leniently: bytes that are not UTF-8
 * (a Latin-1 source file) become U+FFFD instead of aborting the review.
 */
export function runGit(args: string[], cwd: string, input?: string): string {
  return decoder.decode(runGitRaw(args, cwd, input));
}

export function decodeText(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

const MAX_OUTPUT = 1024 * 1024 * 1024;
const gitArgs = (args: string[]) => ["-c", "core.quotepath=off", ...args];
const gitEnv = () => ({ ...process.env, GIT_PAGER: "cat", LC_ALL: "C" });

export function runGitRaw(args: string[], cwd: string, input?: string): Buffer {
  try {
    return execFileSync("git", gitArgs(args), { cwd, input, maxBuffer: MAX_OUTPUT, stdio: ["pipe", "pipe", "pipe"], env: gitEnv() });
  } catch (err) {
    throw gitFailure(args, err as { stderr?: Buffer; code?: string; message: string });
  }
}

/**
 * runGitRaw without blocking: the CLI starts the reads that do not depend on each other (the log
 * and the diff, the file texts) together, and loads the grammars while git works.
 */
export function runGitRawAsync(args: string[], cwd: string, input?: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn("git", gitArgs(args), { cwd, env: gitEnv(), stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    child.stdout.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_OUTPUT) child.kill();
      else out.push(chunk);
    });
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", (e: Error & { code?: string }) => reject(gitFailure(args, e)));
    child.on("close", (code) => {
      if (code === 0) return resolve(Buffer.concat(out));
      const stderr = size > MAX_OUTPUT ? Buffer.from("output too large") : Buffer.concat(err);
      reject(gitFailure(args, { stderr, message: `exited with ${code}` }));
    });
    // git may exit before reading all of its input (a bad revision): its error is in stderr.
    child.stdin.on("error", () => {});
    child.stdin.end(input);
  });
}

export async function runGitAsync(args: string[], cwd: string, input?: string): Promise<string> {
  return decoder.decode(await runGitRawAsync(args, cwd, input));
}

function gitFailure(args: string[], e: { stderr?: Buffer; code?: string; message: string }): GitError {
  if (e.code === "ENOENT") return new GitError("git is not installed or not on PATH; install git to review a local range");
  const stderr = e.stderr ? decoder.decode(e.stderr).trim() : e.message;
  return new GitError(`git ${args.filter((a) => !a.startsWith("--format")).join(" ")} failed: ${stderr}`);
}

export function tryGit(args: string[], cwd: string): string | undefined {
  try {
    return runGit(args, cwd).trim();
  } catch {
    return undefined;
  }
}
