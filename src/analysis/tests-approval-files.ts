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
