import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/**
 * A throwaway git repository with a `main` branch, for source and CLI tests. `lineLimit` writes an
 * `.editorconfig` with that `max_line_length` (committed with the first commit): max-line-length
 * says nothing where the team configured no limit (#11), and many tests use it as their example rule.
 */
export function makeRepo(opts: { lineLimit?: number } = {}): {
  dir: string;
  git: (...args: string[]) => string;
  write: (path: string, content: string | Buffer) => void;
  commit: (message: string) => string;
} {
  const dir = mkdtempSync(join(tmpdir(), "bottomline-"));
  const git = (...args: string[]) =>
    execFileSync("git", args, {
      cwd: dir,
      env: { ...process.env, GIT_AUTHOR_NAME: "Dev", GIT_AUTHOR_EMAIL: "dev@example.com", GIT_COMMITTER_NAME: "Dev", GIT_COMMITTER_EMAIL: "dev@example.com" },
    }).toString();
  git("init", "-q", "-b", "main");
  git("config", "commit.gpgsign", "false");
  const write = (path: string, content: string | Buffer) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  };
  const commit = (message: string) => {
    git("add", "-A");
    git("commit", "-q", "--allow-empty", "-m", message);
    return git("rev-parse", "HEAD").trim();
  };
  if (opts.lineLimit !== undefined) write(".editorconfig", `root = true\n\n[*]\nmax_line_length = ${opts.lineLimit}\n`);
  return { dir, git, write, commit };
}
