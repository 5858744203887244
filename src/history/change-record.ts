import type { ReviewResult } from "../engine/review-result.js";
import type { Change, ChangedFile } from "../model/change.js";
import { classifyBuiltIn } from "../text/test-conventions.js";
import type { CorpusCommit } from "../cli/corpus-review.js";
import { directoryOf } from "./directory-of.js";

/** How a first-parent commit landed: a merge commit, a squash merge (`… (#N)`), or a direct commit. */
export type ChangeKind = "merge" | "squash" | "direct";

/** One directory's part of a change. */
export interface DirectoryPart {
  added: number;
  deleted: number;
  /** The change touched a source file here (not a test, doc or config). */
  source: boolean;
  findings: Record<string, number>;
}

/**
 * What `report` keeps of one change: plain numbers, small enough to cache per commit SHA.
 * Subjects and paths other than directory names are left out: the report shows no commit text.
 */
export interface ChangeRecord {
  sha: string;
  /** Committer date of the first-parent commit: when the change landed. ISO 8601. */
  date: string;
  kind: ChangeKind;
  /** Non-merge commits the change brought in. */
  commits: number;
  added: number;
  deleted: number;
  /** Every commit references an issue (per the issue-reference rule); null when that rule is off. */
  traced: boolean | null;
  /** It touched a source file with added lines. */
  source: boolean;
  /** It changed a test file too. */
  withTests: boolean;
  /** Line and file findings per rule (commit-level findings are measured by `traced`). */
  findings: Record<string, number>;
  /** Merge commits only: hours from the first commit of the merged branch to the merge. */
  leadHours?: number;
  revert: boolean;
  binaryFiles: number;
  /** Files whose text was not valid UTF-8 (decoded with U+FFFD): counted, never fatal. */
  badEncodingFiles: number;
  directories: Record<string, DirectoryPart>;
}

const SQUASH_TITLE = /\(#\d+\)\s*$/;
const REVERT = /^Revert "|This reverts commit [0-9a-f]{7,40}/m;

/** Builds the record of one change from the engine's run on it; `authorTime` gives a commit's author time (s). */
export function buildChangeRecord(commit: CorpusCommit, change: Change, result: ReviewResult, authorTime: (sha: string) => number | undefined): ChangeRecord {
  const landed = change.commits.filter((c) => c.parents.length <= 1);
  const isMerge = change.commits.some((c) => c.sha === commit.sha && c.parents.length > 1);
  const kind: ChangeKind = isMerge ? "merge" : SQUASH_TITLE.test(commit.subject) ? "squash" : "direct";
  const directories: Record<string, DirectoryPart> = {};
  const byPath = new Map<string, string>();
  for (const f of change.files) {
    const dir = directoryOf(f.path);
    byPath.set(f.path, dir);
    const part = (directories[dir] ??= { added: 0, deleted: 0, source: false, findings: {} });
    part.added += f.binary ? 0 : f.additions;
    part.deleted += f.binary ? 0 : f.deletions;
    if (isSource(f)) part.source = true;
  }
  const findings: Record<string, number> = {};
  for (const finding of result.findings) {
    if (finding.path === undefined) continue;
    findings[finding.rule] = (findings[finding.rule] ?? 0) + 1;
    const part = directories[byPath.get(finding.path) ?? directoryOf(finding.path)];
    if (part) part.findings[finding.rule] = (part.findings[finding.rule] ?? 0) + 1;
  }
  const text = change.files.filter((f) => !f.binary);
  return {
    sha: commit.sha,
    date: new Date(commit.date).toISOString(),
    kind,
    commits: Math.max(landed.length, isMerge ? 0 : 1),
    added: text.reduce((n, f) => n + f.additions, 0),
    deleted: text.reduce((n, f) => n + f.deletions, 0),
    traced: traced(result),
    source: change.files.some(isSource),
    withTests: change.files.some((f) => f.status !== "removed" && classifyBuiltIn(f.path) === "test"),
    findings,
    ...(isMerge ? leadTime(commit, landed, authorTime) : {}),
    revert: change.commits.some((c) => REVERT.test(c.message)),
    binaryFiles: change.files.filter((f) => f.binary).length,
    badEncodingFiles: change.files.filter((f) => f.addedLines.some((l) => l.text.includes("\uFFFD"))).length,
    directories,
  };
}

function isSource(f: ChangedFile): boolean {
  return !f.binary && f.status !== "removed" && f.additions > 0 && classifyBuiltIn(f.path) === "source";
}

/** The engine's own verdict: a commit the issue-reference rule names lacks a reference. */
function traced(result: ReviewResult): boolean | null {
  const rule = result.rules.find((r) => r.id === "issue-reference");
  if (!rule || rule.severity === "off") return null;
  return !result.findings.some((f) => f.rule === "issue-reference" && f.commit !== undefined);
}

function leadTime(commit: CorpusCommit, landed: Change["commits"], authorTime: (sha: string) => number | undefined): { leadHours?: number } {
  const merged = Date.parse(commit.date) / 1000;
  const first = Math.min(...landed.map((c) => authorTime(c.sha) ?? Infinity));
  if (!Number.isFinite(first) || !Number.isFinite(merged)) return {};
  return { leadHours: Math.max(0, (merged - first) / 3600) };
}
