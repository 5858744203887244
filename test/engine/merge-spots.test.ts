import { loadConfig } from "../../src/config/load-config.js";
import { mergeSpots, type SpotOf } from "../../src/engine/merge-spots.js";
import type { Finding } from "../../src/engine/rule.js";
import { runReviewSync } from "../../src/engine/run-review.js";
import { loadAllGrammars } from "../../src/syntax/grammars.js";
import { modifiedFile } from "../helpers/base-head.js";
import { change } from "../helpers/make-change.js";
import { withTeamLimit } from "../helpers/team-limit.js";

const STRUCTURAL = ["max-function-length", "max-complexity", "max-nesting-depth"];

/** The config `yaml` says, with every rule but the structural ones off. */
const config = (yaml = "{}") => {
  const { config, errors } = loadConfig(yaml, "rules.yml");
  if (!config) throw new Error(JSON.stringify(errors));
  for (const [id, setting] of Object.entries(config.rules)) if (!STRUCTURAL.includes(id)) setting.severity = "off";
  return withTeamLimit(config);
};

beforeAll(() => loadAllGrammars());

describe("mergeSpots", () => {
  const at = (rule: string, severity: Finding["severity"], line: number, path = "a.ts"): Finding => ({
    rule,
    severity,
    path,
    line,
    message: `${rule} says so.`,
  });
  const part = (spot: string, text: string): SpotOf => ({ spot, part: text });

  it("folds other rules' findings about one function into the most severe, the rule order breaking ties", () => {
    const length = at("max-function-length", "warning", 10);
    const complexity = at("max-complexity", "warning", 12);
    const nesting = at("max-nesting-depth", "failure", 14);
    const spots = new Map([
      [length, part("function:3", "has 75 lines of code (max 60)")],
      [complexity, part("function:3", "has a cognitive complexity of 20 (max 15)")],
      [nesting, part("function:3", "nests 6 levels deep (max 4)")],
    ]);
    const [merged, ...rest] = mergeSpots([length, complexity, nesting], spots);
    expect(rest).toEqual([]);
    // The failure carries: a team that made nesting a failure sees its line and its severity.
    expect(merged).toMatchObject({ rule: "max-nesting-depth", severity: "failure", line: 14 });
    expect(merged.message).toBe(
      "max-nesting-depth says so. It also has a cognitive complexity of 20 (max 15: `max-complexity`) and has 75 lines of code (max 60: `max-function-length`).",
    );
    expect(merged.also).toEqual([
      { rule: "max-complexity", severity: "warning", message: "max-complexity says so." },
      { rule: "max-function-length", severity: "warning", message: "max-function-length says so." },
    ]);
  });

  it("at one severity, complexity carries, then length", () => {
    const length = at("max-function-length", "warning", 10);
    const nesting = at("max-nesting-depth", "warning", 14);
    const spots = new Map([
      [length, part("function:3", "has 75 lines of code (max 60)")],
      [nesting, part("function:3", "nests 6 levels deep (max 4)")],
    ]);
    expect(mergeSpots([nesting, length], spots).map((f) => [f.rule, f.line])).toEqual([["max-function-length", 10]]);
  });

  it("keeps findings apart when their function, their file or their rule differ", () => {
    const a = at("max-function-length", "warning", 10);
    const b = at("max-complexity", "warning", 40);
    const c = at("max-nesting-depth", "warning", 10, "b.ts");
    const d = at("max-nesting-depth", "warning", 12, "b.ts");
    const spots = new Map([
      [a, part("function:3", "x")],
      [b, part("function:30", "y")],
      [c, part("function:3", "z")],
      [d, part("function:3", "z")],
    ]);
    expect(mergeSpots([a, b, c, d], spots)).toEqual([a, b, c, d]);
  });
});

/** A new TypeScript function that is long, complex, nested six deep and deciding enough (15+) for nesting to be judged. */
function tangled(): string {
  const lines = ["export function tangle(a: number[][], b: number[]): number {", "  let total = 0;"];
  lines.push(
    "  for (const x of a) {",
    "    if (x.length > 0 && x[0] && x[1] && x[2] && x[3] && x[4] && x[5] && x[6]) {",
    "      for (const y of b) {",
    "        if (y > 1) {",
    "          while (total < y) {",
  );
  lines.push("            if (total % 2 === 0) {", "              total += y;", "              total -= 1;", "              total *= 2;", "            }");
  // Two more branches in the loop: over the limit of 20 by more than the recommended preset's allowance (28).
  lines.push("            if (total > 100) {", "              total = 0;", "            }");
  lines.push("            if (total < -100) {", "              total = 1;", "            }");
  lines.push("          }", "        }", "      }", "    }", "  }");
  // Sixty steps that differ, four forms in turn: one line repeated would be the rows of a table (see table-rows-in-code.ts), not length.
  const steps = (i: number) => [`total += ${i};`, `total = scale(total, ${i});`, `total -= step(${i});`, `total = limit(total) * ${i};`][i % 4];
  for (let i = 0; i < 60; i++) lines.push(`  ${steps(i)}`);
  lines.push("  return total;", "}");
  return lines.join("\n");
}

describe("one finding per function in a review", () => {
  const review = (yaml?: string, text = tangled()) => {
    const { file, lookups } = modifiedFile("src/tangle.ts", undefined, text);
    return runReviewSync(change([file]), config(yaml), lookups);
  };

  it("says every limit the function crosses in one finding, each rule counted", () => {
    const r = review();
    expect(r.findings).toHaveLength(1);
    const [f] = r.findings;
    expect(f.rule).toBe("max-complexity");
    expect(f.message).toMatch(
      /^Function `tangle` has a cognitive complexity of \d+ .* It also has \d+ lines of code \(max 60: `max-function-length`\) and nests 6 levels deep \(max 4: `max-nesting-depth`\)\.$/,
    );
    expect(f.also?.map((a) => a.rule)).toEqual(["max-function-length", "max-nesting-depth"]);
    const counts = Object.fromEntries(r.rules.filter((o) => STRUCTURAL.includes(o.id)).map((o) => [o.id, o.findings]));
    expect(counts).toEqual({ "max-function-length": 1, "max-complexity": 1, "max-nesting-depth": 1 });
  });

  it("leaves out the part of a rule the team turned off", () => {
    const [f] = review("rules: { max-nesting-depth: off }").findings;
    expect(f.message).not.toMatch(/nests|max-nesting-depth/);
    expect(f.also?.map((a) => a.rule)).toEqual(["max-function-length"]);
  });

  it("leaves out the part a suppression comment silences, and counts it as suppressed", () => {
    const text = `// bottomline-disable-next-line max-function-length -- generated by hand\n${tangled()}`;
    const r = review(undefined, text);
    expect(r.findings.map((f) => [f.rule, f.also?.map((a) => a.rule)])).toEqual([["max-complexity", ["max-nesting-depth"]]]);
    expect(r.suppressed).toEqual({ "max-function-length": 1 });
  });

  it("keeps the strictest severity when another rule is configured stricter", () => {
    const [f] = review("rules: { max-function-length: failure }").findings;
    expect(f).toMatchObject({ rule: "max-function-length", severity: "failure" });
    expect(r(f.also)).toEqual(["max-complexity:warning", "max-nesting-depth:warning"]);
  });
});

const r = (also: Finding["also"]) => (also ?? []).map((a) => `${a.rule}:${a.severity}`);
