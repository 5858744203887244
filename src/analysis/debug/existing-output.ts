import type { BaseLines } from "../line-origin.js";
import { isPrint } from "./debug-patterns.js";
import type { DebugScan } from "./file-scan.js";
import { printedText, labelOf, labelled } from "./print-arguments.js";

// A print that edits, or adds one more line to, output the file already had at base: an echo, a
// labelled trace, a block of prints. Whether that output should exist is a question for the old lines.

/**
 * Whether the print was at base with other arguments (`"Using Connectionstring: {0}", ConnectionString` made
 * `…, provider.GetConnectionString()`): the file prints those words no more often than before, so the change
 * edited an old print, it did not add one.
 */
export function editedPrint(text: string, scan: DebugScan): boolean {
  const said = printedText(text);
  if (said === undefined) return false;
  const before = scan.base.kept.filter((k) => printedText(k.text) === said).length;
  return before > 0 && scan.head.filter((l) => printedText(l) === said && isPrint(l)).length <= before;
}

/** Prints of one label the file must hold at base for the label to be its output channel. */
const LABEL_CHANNEL = 2;

/**
 * Whether the print carries a label the file's prints already used at base, twice or more (Exposed 765940b0ca: a third
 * `println("SQL: " + ddl)` beside the two that echoed every statement): it writes to an output the file already has, an
 * SQL echo, a trace of its own. Whether that output should exist is a question for the lines already there.
 */
export function followsLabel(text: string, scan: DebugScan): boolean {
  // In a test file a habit is told by the kind of print (printHabit): there a label repeated twice is two looks at values.
  const label = scan.testFile ? undefined : labelOf(text);
  if (label === undefined) return false;
  return (baseLabelsOf(scan.base).get(label) ?? 0) >= LABEL_CHANNEL;
}

// The labels of a file's prints at base, counted once per file (its kept lines), not once per added print.
const baseLabels = new WeakMap<BaseLines, Map<string, number>>();
function baseLabelsOf(base: BaseLines): Map<string, number> {
  let counts = baseLabels.get(base);
  if (counts) return counts;
  counts = new Map();
  for (const k of base.kept) {
    const label = labelOf(k.text);
    if (label !== undefined) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  baseLabels.set(base, counts);
  return counts;
}

/** Lines either side of an added print where the prints already there make it one line of an existing output. */
const OUTPUT_RUN_REACH = 4;
const OUTPUT_RUN = 2;

/**
 * Whether a labelled print joins output the block already had: two or more old prints beside it, at its indentation
 * (a test setup's environment banner, `"Dapper: …"`, `"CoreCLR"`, gains `"Using Provider: {0}"`). The output is
 * deliberate; whether it should be is a question for the lines already there.
 */
export function joinsOutput(text: string, m: RegExpExecArray, line: number, scan: DebugScan): boolean {
  if (!labelled(text, m)) return false;
  const indent = /^\s*/.exec(text)![0];
  let old = 0;
  for (let i = Math.max(1, line - OUTPUT_RUN_REACH); i <= line + OUTPUT_RUN_REACH && i <= scan.head.length; i++) {
    const l = scan.head[i - 1];
    if (i === line || scan.raw.has(i) || !l.startsWith(indent) || /^\s/.test(l.slice(indent.length))) continue;
    if (scan.patterns.some((p) => p.output && p.re.test(l))) old++;
  }
  return old >= OUTPUT_RUN;
}
