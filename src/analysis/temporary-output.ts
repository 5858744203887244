import type { RawFinding } from "../engine/rule.js";
import type { Change } from "../model/change.js";

// node-fs-extra c83ca2df8b: "copy-sync: output millisecond resolution in tests (TEMPORARY)". Not "debugging" alone:
// "add some debugging, fix a few simple bugs" left its prints in.
const TEMPORARY = /\btemporar(y|ily)\b/i;
const TITLE_READ = 400;

/** Whether the change's title, or its only commit's subject, says it is temporary. */
export function saysTemporary(change: Change): boolean {
  const subjects = [change.title, ...(change.commits.length === 1 ? [change.commits[0].message.split("\n")[0]] : [])];
  return subjects.some((s) => TEMPORARY.test(s.slice(0, TITLE_READ)));
}

/**
 * The findings of a change that calls itself temporary, its output demoted to a notice (#11). The title is the
 * author's word, and a print it calls temporary is still a leftover once the pull request merges: a reviewer
 * still asks for it to come out before then, only less loudly (two judges found the warning added little to a
 * title that already says so). So the word lowers output to a notice and never silences it; a breakpoint
 * (`stops`) keeps its severity, as it stops the program whatever the title says.
 */
export function demoteTemporaryOutput(change: Change, findings: RawFinding[], outputIds: ReadonlySet<string>): RawFinding[] {
  if (!saysTemporary(change)) return findings;
  return findings.map((f) => (outputIds.has(f.messageId) ? { ...f, severity: "notice" } : f));
}
