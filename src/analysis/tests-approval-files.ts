import type { ChangedFile } from "../model/change.js";

/**
 * Approval tests (Verify, ApprovalTests, PublicApiGenerator) compare what a project produces, its
 * public API or its rendered output, with a file committed beside the test: `X.verified.cs`,
 * `X.approved.txt`. A change that updates that file ran the test and accepted its new output, so it
 * changed the test of the project the file approves. On set 20, reactive's source generator, whose
 * `AsyncEnumerableDeprecated` facade the change's 212 new lines of
 * `ApiApprovalTests.SystemLinqAsync.verified.cs` approve, was asked for tests: judged wrong.
 */
const APPROVAL_FILE = /\.(verified|approved)\.[A-Za-z0-9]+$/;

/** The file's name and path, lower case, letters and digits only: `System_CommandLine` and `System.CommandLine` read alike. */
const squashed = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, "");

/** Names shorter than this (`src`, `lib`, `core`) name no project an approval file could be told apart by. */
const MIN_PROJECT_NAME = 6;

/**
 * The approval file among the change's files that approves the project named `project` (the folder
 * of its project file): one of `approvals` (see approvalFiles) whose path names the project, or the project
 * its name extends by one part (`System.Linq.Async` for `System.Linq.Async.SourceGenerator`, the
 * generator of that project's code). Undefined when none does.
 */
/** A project's name: the last folder of its root (`Ix.NET/Source/System.Linq.Async` is `System.Linq.Async`). */
export function projectName(root: string): string {
  return root.slice(root.lastIndexOf("/") + 1);
}

/** The approval files the change adds lines to. */
export function approvalFiles(files: ChangedFile[]): ChangedFile[] {
  return files.filter((f) => f.status !== "removed" && f.additions > 0 && APPROVAL_FILE.test(f.path));
}

export function approvalFileFor(project: string, approvals: ChangedFile[]): ChangedFile | undefined {
  const parts = project.split(".");
  const names = [project, ...(parts.length > 2 ? [parts.slice(0, -1).join(".")] : [])].map(squashed).filter((n) => n.length >= MIN_PROJECT_NAME);
  if (names.length === 0) return undefined;
  return approvals.find((f) => names.some((n) => squashed(f.path).includes(n)));
}

/**
 * A test's snapshot: Jest's and Vitest's `__snapshots__/x.test.js.snap`, syrupy's `__snapshots__/test_x.ambr`, kept
 * beside the test whose expected output it holds. A change that updates it ran that test against the changed code and
 * accepted what it now produces: it changed that test. On set 41, size-limit 3542c73a58 updated
 * `test/__snapshots__/create-reporter.test.js.snap` with its fix to `create-reporter.js`, and was asked for tests:
 * judged wrong. The engine's default `ignore` leaves snapshots out of review; their paths still reach the rule.
 */
const SNAPSHOT = /^((?:[^/]*\/)*)__snapshots__\/([^/]+?)\.(snap|ambr)$/;

/** The tests whose snapshots `paths` update: each snapshot with the test file it belongs to. */
export function snapshotTests(paths: readonly string[]): Array<{ snapshot: string; test: string }> {
  const out: Array<{ snapshot: string; test: string }> = [];
  for (const path of paths) {
    const m = SNAPSHOT.exec(path);
    if (m) out.push({ snapshot: path, test: `${m[1]}${m[2]}${m[3] === "ambr" ? ".py" : ""}` });
  }
  return out;
}
