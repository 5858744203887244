import { execFileSync } from "node:child_process";

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

export function runGitRaw(args: string[], cwd: string, input?: string): Buffer {
  try {
    const out = execFileSync("git", ["-c", "core.quotepath=off", ...args], {
      cwd,
      input,
      maxBuffer: 1024 * 1024 * 1024,
      stdio: ["pipe", "pipe", "pipe"],
      env: { ...process.env, GIT_PAGER: "cat", LC_ALL: "C" },
    });
    return out;
  } catch (err) {
    const e = err as { stderr?: Buffer; code?: string; message: string };
    if (e.code === "ENOENT") throw new GitError("git is not installed or not on PATH; install git to review a local range");
    const stderr = e.stderr ? decoder.decode(e.stderr).trim() : e.message;
    throw new GitError(`git ${args.filter((a) => !a.startsWith("--format")).join(" ")} failed: ${stderr}`);
  }
}

export function tryGit(args: string[], cwd: string): string | undefined {
  try {
    return runGit(args, cwd).trim();
  } catch {
    return undefined;
  }
}
