import type { ReviewResult } from "../engine/review-result.js";
import type { ActiveSeverity } from "../engine/rule.js";
import type { ConfigError } from "../config/config-error.js";
import { countBySeverity, describeCounts } from "./counts.js";
import { untrusted, untrustedMessage } from "./markdown.js";

/** GitHub accepts at most 50 annotations per check-run request. */
export const ANNOTATIONS_PER_REQUEST = 50;
export const CHECK_NAME = "Bottomline";

export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: ActiveSeverity;
  title: string;
  message: string;
}

export interface CheckRunOutput {
  conclusion: "success" | "neutral" | "failure";
  title: string;
  summary: string;
  /** All annotations; the publisher sends them in batches of 50. */
  annotations: Annotation[];
  /** Findings left without an annotation (the budget, or no file to put it on). */
  notAnnotated?: number;
}

export const DEFAULT_ANNOTATIONS = 1000;

const SEVERITY_RANK: Record<ActiveSeverity, number> = { failure: 0, warning: 1, notice: 2 };

/**
 * Annotations for a review's findings, at most `max`, failures first then warnings then notices
 * (each in the findings' order). Each 50 cost a write, so a 3,500-file change would otherwise send
 * hundreds of requests and use most of the installation's hourly budget.
 */
export function checkRunForResult(result: ReviewResult, summary: string, max = DEFAULT_ANNOTATIONS): CheckRunOutput {
  // File-level findings (a source file without tests) are annotated on the file's first line, so
  // they show in the "Files changed" view too.
  const all: Annotation[] = result.findings
    .filter((f) => f.path)
    .map((f) => ({ path: f.path!, start_line: f.line ?? 1, end_line: f.line ?? 1, annotation_level: f.severity, title: f.rule, message: f.message }));
  const annotations = [...all].sort((a, b) => SEVERITY_RANK[a.annotation_level] - SEVERITY_RANK[b.annotation_level]).slice(0, max);
  const title = result.findings.length === 0 ? "Everything on the checklist passes" : describeCounts(countBySeverity(result.findings));
  return { conclusion: result.conclusion, title, summary, annotations, notAnnotated: all.length - annotations.length };
}

/** Findings on a file that get no annotation because of the budget. */
export function countNotAnnotated(result: ReviewResult, max = DEFAULT_ANNOTATIONS): number {
  return Math.max(0, result.findings.filter((f) => f.path).length - max);
}

/** The sentence the summary carries when the budget left findings without an annotation. */
export function notAnnotatedNote(notAnnotated: number, max: number): string {
  if (notAnnotated <= 0) return "";
  const n = notAnnotated.toLocaleString("en-US");
  const verb = notAnnotated === 1 ? "finding is" : "findings are";
  return `_${n} more ${verb} not annotated on the diff: a check run carries at most ${max.toLocaleString("en-US")} annotations (\`review.annotations\` in rules.yml), failures first._`;
}

/** A bad rules.yml is a visible failure, never silence: each error is annotated on its line. */
export function checkRunForConfigErrors(errors: ConfigError[], source: string, annotate: boolean): CheckRunOutput {
  const list = errors.map((e) => `- ${e.line ? `line ${e.line}${e.column ? `:${e.column}` : ""}: ` : ""}${untrustedMessage(e.message)}`).join("\n");
  const summary = `## ❌ Bottomline could not review this pull request\n\n${untrusted(source, "code")} is invalid. Fix these problems on the default branch, then push or click **Re-run**:\n\n${list}\n\nRun ${untrusted(`bottomline validate ${source.includes(":") ? "<file>" : source}`, "code")} locally to check the file before committing.`;
  const annotations: Annotation[] = annotate
    ? errors.map((e) => ({
        path: e.file,
        start_line: e.line ?? 1,
        end_line: e.line ?? 1,
        annotation_level: "failure",
        title: "Invalid configuration",
        message: e.message,
      }))
    : [];
  return { conclusion: "failure", title: `Invalid ${source}`, summary: summary.slice(0, 60_000), annotations };
}

/** When the review itself could not finish: fail closed, say why and how to retry. */
export function checkRunForError(message: string): CheckRunOutput {
  return {
    conclusion: "failure",
    title: "Bottomline could not complete the review",
    summary: `## ❌ Bottomline could not complete the review\n\n${untrustedMessage(message)}\n\nClick **Re-run** to try again. If it keeps failing, the app's operator finds the details in its logs.`,
    annotations: [],
  };
}
