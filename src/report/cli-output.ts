import { styleText } from "node:util";
import type { ReviewResult } from "../engine/review-result.js";
import type { Finding } from "../engine/rule.js";
import { countBySeverity, describeCounts } from "./counts.js";
import { ruleDocLocation } from "./markdown.js";

export interface JsonReport {
  conclusion: ReviewResult["conclusion"];
  findings: Finding[];
  notReviewed: Array<{ kind: string; path?: string; message: string }>;
  notes: Record<string, string[]>;
  suppressed: Record<string, number>;
}

/** The CLI's `--format json`: the findings as data, plus what was not reviewed. */
export function renderJson(result: ReviewResult): string {
  const report: JsonReport = {
    conclusion: result.conclusion,
    findings: result.findings,
    notReviewed: result.gaps.filter((g) => g.kind !== "ignored"),
    notes: result.notes,
    suppressed: result.suppressed,
  };
  return JSON.stringify(report, null, 2) + "\n";
}

type Paint = (style: Parameters<typeof styleText>[0], text: string) => string;

/** The CLI's default output: one line per finding, grouped by file, then a verdict line. */
export function renderText(result: ReviewResult, opts: { color: boolean; range?: string }): string {
  const paint: Paint = opts.color ? (style, text) => styleText(style, text) : (_style, text) => text;
  const out: string[] = [];
  if (opts.range) out.push(paint("dim", `Reviewed ${opts.range}: ${result.filesReviewed} files, ${result.commitsReviewed} commits`));
  let lastGroup = "";
  for (const f of result.findings) {
    const group = f.path !== undefined ? printable(f.path) : f.commit ? `commit ${f.commit.slice(0, 7)}` : "(whole change)";
    if (group !== lastGroup) out.push("", paint("underline", group));
    lastGroup = group;
    const at = f.line !== undefined ? `${f.line}` : "";
    const [color, label] = SEVERITY_STYLE[f.severity];
    out.push(`  ${at.padStart(5)}  ${paint(color, label)}  ${printable(f.message)}  ${paint("dim", f.rule)}`);
  }
  const gaps = result.gaps.filter((g) => g.kind !== "ignored");
  if (gaps.length > 0) out.push("", paint("yellow", "Not reviewed:"), ...gaps.map((g) => `  ${g.path ? `${printable(g.path)}: ` : ""}${printable(g.message)}`));
  const rulesWithFindings = [...new Set(result.findings.map((f) => f.rule))].filter((r) => r !== "suppression");
  if (rulesWithFindings.length > 0)
    out.push("", paint("dim", "Why and how to fix:"), ...rulesWithFindings.map((r) => paint("dim", `  ${r}: ${ruleDocLocation(r)}`)));
  const [color, mark] = VERDICT_STYLE[result.conclusion];
  out.push("", paint(color, `${mark} ${describeCounts(countBySeverity(result.findings))} (conclusion: ${result.conclusion})`));
  return out.join("\n").replace(/^\n/, "") + "\n";
}

const SEVERITY_STYLE = { failure: ["red", "failure"], warning: ["yellow", "warning"], notice: ["blue", "notice "] } as const;
const VERDICT_STYLE = { failure: ["red", "✖"], neutral: ["yellow", "⚠"], success: ["green", "✔"] } as const;

/** A file name or commit subject may hold terminal escape sequences: show them, never send them to the terminal. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
