import { untrusted, untrustedMessage } from "../report/markdown.js";
import { percent, rangeText, type PatchCoverage } from "./patch-coverage.js";

/** Files shown in the table; the overall figure still counts them all. */
const SHOWN_FILES = 50;

/** One line: the overall figure next to the threshold, and the verdict. */
export function coverageHeadline(c: PatchCoverage): string {
  const figure = `${percent(c.covered, c.coverable)} (${c.covered} of ${c.coverable} added executable lines run by tests)`;
  switch (c.verdict) {
    case "pass":
      return `Patch coverage ${figure}: meets the ${c.min}% threshold.`;
    case "fail":
      return `Patch coverage ${figure}: under the ${c.min}% threshold.`;
    case "too-few":
      return `Patch coverage ${figure}: no verdict under ${c.minLines} executable added lines.`;
    case "no-match":
      return "Patch coverage: no usable coverage for the changed files; the problems below say why.";
  }
}

function uncoveredText(ranges: PatchCoverage["files"][number]["uncovered"]): string {
  return ranges.length === 0 ? "" : ranges.map(rangeText).join(", ");
}

/** The review summary's section: headline, per-file table, problems with the report. */
export function renderCoverageMarkdown(c: PatchCoverage | undefined): string {
  if (!c) return "";
  const out = [`### Patch coverage\n\n${coverageHeadline(c)}`];
  if (c.files.length > 0) {
    const rows = ["| File | Patch coverage | Not run by tests |", "|---|---|---|"];
    for (const f of c.files.slice(0, SHOWN_FILES))
      rows.push(
        `| ${tableCell(untrusted(f.path, "code"))} | ${percent(f.covered, f.coverable)} (${f.covered}/${f.coverable}) | ${uncoveredText(f.uncovered) || "–"} |`,
      );
    if (c.files.length > SHOWN_FILES) rows.push(`| …and ${c.files.length - SHOWN_FILES} more files | | |`);
    out.push(rows.join("\n"));
  }
  if (c.problems.length > 0)
    out.push(
      c.problems
        .slice(0, 10)
        .map((p) => `- ⚠️ ${untrustedMessage(p)}`)
        .join("\n"),
    );
  return out.join("\n\n");
}

/** GFM splits table cells at every `|`, code spans included, unless escaped; a file name may hold one. */
function tableCell(markdown: string): string {
  return markdown.replace(/\|/g, "\\|");
}

/** The CLI's text output: the same figures, one line per file. */
export function renderCoverageText(c: PatchCoverage | undefined, printable: (s: string) => string): string[] {
  if (!c) return [];
  const out = ["", printable(coverageHeadline(c))];
  for (const f of c.files) {
    const ranges = uncoveredText(f.uncovered);
    out.push(`  ${printable(f.path)}  ${percent(f.covered, f.coverable)} (${f.covered}/${f.coverable})${ranges ? `  not run: ${ranges}` : ""}`);
  }
  for (const p of c.problems) out.push(`  coverage: ${printable(p)}`);
  return out;
}
