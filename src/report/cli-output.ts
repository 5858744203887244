import { styleText } from "node:util";
import type { PatchCoverage } from "../coverage/patch-coverage.js";
import { renderCoverageText } from "../coverage/render-coverage.js";
import { rulesOf, splitFolded } from "../engine/merge-spots.js";
import type { ReviewResult } from "../engine/review-result.js";
import type { Finding } from "../engine/rule.js";
import { countBySeverity, describeCounts, type Counts } from "./counts.js";
import { ruleDocLocation } from "./markdown.js";

export interface JsonReport {
  conclusion: ReviewResult["conclusion"];
  counts: Counts;
  findings: Finding[];
  notReviewed: Array<{ kind: string; path?: string; message: string }>;
  notes: Record<string, string[]>;
  suppressed: Record<string, number>;
  /** Patch coverage (#14), when a coverage report was given. */
  coverage?: PatchCoverage;
}

/** The CLI's `--format json`: the findings as data, plus what was not reviewed. */
export function renderJson(result: ReviewResult): string {
  const report: JsonReport = {
    conclusion: result.conclusion,
    counts: countBySeverity(result.findings),
    findings: result.findings,
    notReviewed: result.gaps.filter((g) => g.kind !== "ignored"),
    notes: result.notes,
    suppressed: result.suppressed,
    coverage: result.coverage,
  };
  return JSON.stringify(report, null, 2) + "\n";
}

type Paint = (style: Parameters<typeof styleText>[0], text: string) => string;

/** Identical findings past this many are folded into "and N more like this". */
const SHOWN_PER_GROUP = 3;

/**
 * The CLI's default output, one line per finding as `path:line:col  severity  message  rule`, so a
 * terminal or editor can jump to it. The "why and how to fix" part of a rule's message is printed
 * once per rule at the end, and findings that say the same thing are folded after the first few.
 */
export function renderText(result: ReviewResult, opts: { color: boolean; range?: string }): string {
  const paint: Paint = opts.color ? (style, text) => styleText(style, text) : (_style, text) => text;
  const out: string[] = [];
  if (opts.range) out.push(paint("dim", `Reviewed ${opts.range}: ${result.filesReviewed} files, ${result.commitsReviewed} commits`), "");
  const why = new Map<string, string>();
  const groups = new Map<string, Finding[]>();
  for (const f of result.findings) {
    const { fact, rationale } = splitMessage(splitFolded(f).own);
    if (rationale && !why.has(f.rule)) why.set(f.rule, rationale);
    const key = `${f.rule}\0${f.severity}\0${fact}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  for (const group of groups.values()) {
    for (const f of group.slice(0, SHOWN_PER_GROUP)) {
      const [color, label] = SEVERITY_STYLE[f.severity];
      // What other rules found about the same spot stays on the line: it is no rule's shared advice.
      const { own, folded } = splitFolded(f);
      const { fact, rationale } = splitMessage(own);
      const message = (rationale === why.get(f.rule) ? fact : own) + folded;
      out.push(`${paint("underline", location(f))}  ${paint(color, label)}  ${printable(message)}  ${paint("dim", f.rule)}`);
    }
    if (group.length > SHOWN_PER_GROUP) out.push(paint("dim", `  …and ${group.length - SHOWN_PER_GROUP} more like this (${group[0].rule})`));
  }
  const gaps = result.gaps.filter((g) => g.kind !== "ignored");
  if (gaps.length > 0) out.push("", paint("yellow", "Not reviewed:"), ...gaps.map((g) => `  ${g.path ? `${printable(g.path)}: ` : ""}${printable(g.message)}`));
  out.push(...renderCoverageText(result.coverage, printable));
  // A rule whose finding was folded into another's (see merge-spots.ts) is named in it: its doc too.
  const rulesWithFindings = [...new Set(result.findings.flatMap((f) => rulesOf(f).map((r) => r.rule)))].filter((r) => r !== "suppression");
  if (rulesWithFindings.length > 0) {
    out.push("", paint("bold", "Why and how to fix:"));
    for (const r of rulesWithFindings) {
      out.push(`  ${r}: ${why.has(r) ? printable(why.get(r)!) + " " : ""}${paint("dim", ruleDocLocation(r))}`);
    }
  }
  const [color, mark] = VERDICT_STYLE[result.conclusion];
  out.push("", paint(color, `${mark} ${describeCounts(countBySeverity(result.findings))} (conclusion: ${result.conclusion})`));
  return out.join("\n").replace(/^\n/, "") + "\n";
}

/** `path:line:col` (column 1: findings are about lines), or the commit, or the whole change. */
function location(f: Finding): string {
  if (f.path !== undefined) return `${printable(f.path)}:${f.line ?? 1}:1`;
  return f.commit ? `commit ${f.commit.slice(0, 7)}` : "(whole change)";
}

/**
 * A rule's message states a fact, then why it matters and how to fix it. The first sentence is
 * the fact; the rest is the rationale, the same on every finding of the rule.
 */
export function splitMessage(message: string): { fact: string; rationale: string } {
  const m = /^(.+?[.!?)])\s+(?=[A-Z])(.+)$/s.exec(message);
  return m ? { fact: m[1], rationale: m[2] } : { fact: message, rationale: "" };
}

const SEVERITY_STYLE = { failure: ["red", "failure"], warning: ["yellow", "warning"], notice: ["blue", "notice"] } as const;
const VERDICT_STYLE = { failure: ["red", "✖"], neutral: ["yellow", "⚠"], success: ["green", "✔"] } as const;

/** A file name or commit subject may hold terminal escape sequences: show them, never send them to the terminal. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
