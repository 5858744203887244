import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { Io } from "../../src/cli/bottomline.js";
import { reportMain } from "../../src/cli/report-command.js";

export interface DatedRepo {
  dir: string;
  git: (...args: string[]) => string;
  write: (path: string, content: string | Buffer) => void;
  /** Commits everything at a fixed author and committer date (ISO), so periods are deterministic. */
  commit: (message: string, date: string) => string;
  /** Runs git with both dates set: merges, reverts and tags made "at" a time. */
  gitAt: (date: string, ...args: string[]) => string;
}

export function makeDatedRepo(): DatedRepo {
  const dir = mkdtempSync(join(tmpdir(), "bottomline-report-"));
  const gitAt = (date: string, ...args: string[]) =>
    execFileSync("git", args, {
      cwd: dir,
      stdio: "pipe", // git warns about the Latin-1 message on stderr; keep the test log clean
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: "Dev",
        GIT_AUTHOR_EMAIL: "dev@example.com",
        GIT_COMMITTER_NAME: "Dev",
        GIT_COMMITTER_EMAIL: "dev@example.com",
        ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
      },
    }).toString();
  const git = (...args: string[]) => gitAt("", ...args);
  git("init", "-q", "-b", "main");
  git("config", "commit.gpgsign", "false");
  git("config", "tag.gpgsign", "false");
  const write = (path: string, content: string | Buffer) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  };
  const commit = (message: string, date: string) => {
    git("add", "-A");
    gitAt(date, "commit", "-q", "--allow-empty", "-m", message);
    return git("rev-parse", "HEAD").trim();
  };
  return { dir, git, write, commit, gitAt };
}

const code = (name: string, n: number) => Array.from({ length: n }, (_, i) => `${name}_${i} = ${i}`).join("\n") + "\n";

/**
 * Two weeks of a small project, each kind of change once:
 * week of 2025-01-06: root; a direct commit of untested source (#1); a merged branch (no issue
 *   reference, with tests, first commit 30 h before the merge); a binary file; a Latin-1 file.
 * week of 2025-01-13: a squash merge `(#7)`; a revert; tag v1.0.
 */
export function reportHistory(): DatedRepo {
  const repo = makeDatedRepo();
  repo.write("README.md", "# demo\n");
  repo.commit("init", "2025-01-06T09:00:00Z");
  repo.write("src/app/main.py", code("a", 10));
  repo.commit("Add the app #1", "2025-01-06T10:00:00Z");
  repo.git("checkout", "-q", "-b", "feature");
  repo.write("lib/calc.py", code("c", 8));
  repo.commit("Start the calculator", "2025-01-06T11:00:00Z");
  repo.write("tests/test_calc.py", "from lib.calc import c_1\n\ndef test_c():\n    assert c_1 == 1\n");
  repo.commit("Test the calculator", "2025-01-07T12:00:00Z");
  repo.git("checkout", "-q", "main");
  repo.gitAt("2025-01-07T17:00:00Z", "merge", "-q", "--no-ff", "-m", "Merge pull request #5 from dev/feature", "feature");
  repo.write("assets/logo.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3, 0, 255]));
  repo.commit("Add a logo #2", "2025-01-08T09:00:00Z");
  repo.write("src/app/legacy.py", Buffer.from("name = 'caf\xe9'\nother = 1\nthird = 2\n", "latin1"));
  // The message is Latin-1 too: not UTF-8, and no encoding header says so.
  const message = join(mkdtempSync(join(tmpdir(), "message-")), "msg");
  writeFileSync(message, Buffer.from("Keep the legacy caf\xe9 module #3\n", "latin1"));
  repo.git("add", "-A");
  repo.gitAt("2025-01-09T09:00:00Z", "-c", "i18n.commitEncoding=UTF-8", "commit", "-q", "-F", message);
  repo.write("src/app/main.py", code("a", 10) + code("b", 5));
  repo.commit("Add b values (#7)", "2025-01-14T09:00:00Z");
  repo.gitAt("2025-01-15T09:00:00Z", "revert", "--no-edit", "HEAD");
  repo.gitAt("2025-01-15T10:00:00Z", "tag", "-a", "v1.0", "-m", "v1.0");
  return repo;
}

export function runReport(argv: string[], cwd: string, progress = false): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: Io = { cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), color: false };
  return reportMain(argv, io, { progress }).then((code) => ({ code, stdout, stderr }));
}
