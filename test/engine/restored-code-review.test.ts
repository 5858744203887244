import { loadConfig } from "../../src/config/load-config.js";
import { runReview } from "../../src/engine/run-review.js";
import type { Lookups } from "../../src/engine/rule.js";
import { modifiedFile } from "../helpers/base-head.js";
import { change } from "../helpers/make-change.js";

// A new library file with something for each code rule to say: deep nesting (three lines of work
// two levels past the limit: one level over, in a function this short, is read at once), a commented-out
// call, a print(), a TODO without an issue, a long line.
const TEXT = [
  "def sync(items, store, log):",
  "    count = 0",
  "    # store.flush(items)",
  "    for item in items:",
  "        if item.ready:",
  "            for part in item.parts:",
  "                if part.dirty:",
  "                    while part.pending():",
  "                        if store.open:",
  "                            store.save(part.next())",
  "                            store.mark(part)",
  "                            print(part)",
  "    # TODO: batch the saves",
  "    total = store.count_saved_items(items, include_pending=True, include_failed=False, since=log.last_run_time, until=None)",
  "    return total + count",
].join("\n");

const RULES = ["max-nesting-depth", "no-commented-out-code", "no-debug-statements", "todo-issue-reference", "max-line-length"];
const { config } = loadConfig(
  // The file is new and its commented-out call its only one: said with the option session 18's default turned off.
  `rules: { ${RULES.slice(0, -1)
    .filter((r) => r !== "no-commented-out-code")
    // The deep loop decides little: nesting is judged there with min_decisions 0 (session 26's default is 15).
    .map((r) => (r === "max-nesting-depth" ? `${r}: { severity: warning, min_decisions: 0 }` : `${r}: warning`))
    .join(", ")}, no-commented-out-code: { severity: warning, report_lone_lines_in_new_files: true }, max-line-length: { severity: warning, max: 100 } }`,
  "rules.yml",
);
for (const [id, setting] of Object.entries(config!.rules)) if (!RULES.includes(id)) setting.severity = "off";

async function review(restored: boolean) {
  const { file, lookups } = modifiedFile("pkg/sync.py", undefined, TEXT);
  if (restored) Object.assign(file, { restoredLines: file.addedLines.map((l) => l.line), restoredFrom: "deleted in bb78013ad6" });
  const found: Lookups = { ...lookups, fileContents: new Map([[file.path, TEXT]]) };
  return (await runReview(change([file]), config!, async () => found)).findings.map((f) => f.rule).sort();
}

describe("code the change put back from history is not its code, for every rule that judges code (#10)", () => {
  it("the file written new draws a finding from each rule", async () => {
    expect(await review(false)).toEqual([...RULES].sort());
  });

  it("the same file re-added after its deletion draws none", async () => {
    expect(await review(true)).toEqual([]);
  });
});
