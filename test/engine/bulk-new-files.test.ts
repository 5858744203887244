import { loadConfig } from "../../src/config/load-config.js";
import type { Finding } from "../../src/engine/rule.js";
import { runReviewSync } from "../../src/engine/run-review.js";
import { rules } from "../../rules/index.js";
import { renderJson } from "../../src/report/cli-output.js";
import { renderSarif } from "../../src/report/sarif.js";
import { loadAllGrammars } from "../../src/syntax/grammars.js";
import { addedFile, change } from "../helpers/make-change.js";
import { withTeamLimit } from "../helpers/team-limit.js";

const KEEP = ["pr-size", "todo-issue-reference", "max-line-length", "no-debug-statements", "no-commented-out-code"];

/** The config `yaml` says, with only KEEP's rules on; pr-size's limit is low so a small test change is "too big". */
const config = (yaml = "rules: { pr-size: { max_lines: 20 } }") => {
  const { config, errors } = loadConfig(yaml, "rules.yml");
  if (!config) throw new Error(JSON.stringify(errors));
  for (const [id, setting] of Object.entries(config.rules)) if (!KEEP.includes(id)) setting.severity = "off";
  return withTeamLimit(config);
};

/** A new module of 30 lines: a TODO, a wide line, a print and a debugger stop among ordinary code. */
function newModule(): string[] {
  const lines = [
    "export function lex(input: string): string[] {",
    "  const out: string[] = [];",
    "  // TODO handle escapes",
    `  const ok = input.length > 0 && input.startsWith("a") && input.endsWith("z") && input.includes("m") && input.includes("q") && out.length === 0;`,
  ];
  for (let i = 0; i < 22; i++) lines.push(`  out.push(input.slice(${i}, ${i + 1}) + String(ok));`);
  lines.push("  console.log(out);", "  debugger;", "  return out;", "}");
  return lines;
}

const theChange = () =>
  change([
    addedFile("src/lexer/lex.ts", newModule(), 1, { status: "added" }),
    // An edited file: its findings are said whatever the change's size.
    addedFile("src/app.ts", ["export const mode = 'fast'; // TODO drop the slow mode"], 12),
  ]);

const said = (findings: Finding[]) => findings.map((f) => [f.rule, f.path ?? "", f.line ?? 0]);

beforeAll(() => loadAllGrammars());

describe("style and structure findings on a too-big change's new files", () => {
  it("are counted in the size finding instead of said one by one; the edited file's and the debugger stop are said", () => {
    const r = runReviewSync(theChange(), config());
    expect(said(r.findings)).toEqual([
      ["pr-size", "", 0],
      ["todo-issue-reference", "src/app.ts", 12],
      ["no-debug-statements", "src/lexer/lex.ts", 28],
    ]);
    const size = r.findings[0];
    expect(size.message).toContain(
      " Its new files also have 3 style and structure findings (1 `max-line-length`, 1 `no-debug-statements`, 1 `todo-issue-reference`) in 1 file, not listed one by one",
    );
    // The same count as data, for `--format json` and SARIF: a dashboard need not parse the sentence.
    expect(size.setAside).toEqual({ findings: 3, files: 1, byRule: { "max-line-length": 1, "no-debug-statements": 1, "todo-issue-reference": 1 } });
    expect(JSON.parse(renderJson(r)).findings[0].setAside).toEqual(size.setAside);
    const sarif = JSON.parse(renderSarif(r)).runs[0].results;
    expect(sarif.map((x: { properties?: unknown }) => x.properties)).toEqual([{ setAside: size.setAside }, undefined, undefined]);
    // The debugger stop's finding is about the stop alone: the print was counted in the size finding.
    expect(r.findings[2].message).toMatch(/debugger/);
    expect(r.findings[2].message).not.toMatch(/console\.log/);
  });

  it("are all said when the change is not too big, or pr-size is off", () => {
    for (const yaml of ["rules: { pr-size: { max_lines: 500 } }", "rules: { pr-size: off }"]) {
      const r = runReviewSync(theChange(), config(yaml));
      expect(r.findings.filter((f) => f.setAside !== undefined)).toEqual([]);
      expect(said(r.findings).filter(([, path]) => path === "src/lexer/lex.ts")).toEqual([
        ["todo-issue-reference", "src/lexer/lex.ts", 3],
        ["max-line-length", "src/lexer/lex.ts", 4],
        ["no-debug-statements", "src/lexer/lex.ts", 27],
        ["no-debug-statements", "src/lexer/lex.ts", 28],
      ]);
      expect(r.findings.find((f) => f.rule === "pr-size")?.message ?? "").not.toContain("Its new files also have");
    }
  });

  it("a print and a debugger stop on one line: the line is the stop's, and it is said", () => {
    const lines = [...newModule().slice(0, -4), "  console.log(out); debugger;", "  return out;", "}"];
    const r = runReviewSync(change([addedFile("src/lexer/lex.ts", lines, 1, { status: "added" })]), config());
    const debug = r.findings.filter((f) => f.rule === "no-debug-statements");
    expect(debug.map((f) => [f.line, /debugger/.test(f.message)])).toEqual([[27, true]]);
    expect(r.findings[0].message).not.toContain("`no-debug-statements`");
  });

  it("are said when their rule is more severe than the size finding: a team's failure stays a failure", () => {
    const r = runReviewSync(theChange(), config("rules: { pr-size: { max_lines: 20 }, todo-issue-reference: failure }"));
    expect(r.findings.find((f) => f.rule === "todo-issue-reference" && f.path === "src/lexer/lex.ts")).toMatchObject({ severity: "failure", line: 3 });
    expect(r.findings[0].message).toContain("(1 `max-line-length`, 1 `no-debug-statements`)");
    expect(r.conclusion).toBe("failure");
  });

  it("never includes commented-out code, secrets or tests: only rules that list the message", () => {
    const lines = [...newModule().slice(0, -1), "  // const extra = out.map((x) => x.trim());", "  // out.push(...extra);", "}"];
    const r = runReviewSync(change([addedFile("src/lexer/lex.ts", lines, 1, { status: "added" })]), config());
    expect(r.findings.some((f) => f.rule === "no-commented-out-code" && f.path === "src/lexer/lex.ts")).toBe(true);
    for (const [id, rule] of Object.entries(rules)) {
      for (const messageId of rule.meta.setAsideInBulk ?? []) expect([id, messageId, messageId in rule.meta.messages]).toEqual([id, messageId, true]);
      // A rule a maintainer can lock against suppression (no-secrets) is never set aside by the pull request's size.
      if (rule.meta.setAsideInBulk) expect([id, "allow_suppression" in rule.options.shape]).toEqual([id, false]);
    }
    expect(
      Object.entries(rules)
        .filter(([, rule]) => rule.meta.setAsideInBulk)
        .map(([id]) => id)
        .sort(),
    ).toEqual(["max-complexity", "max-line-length", "max-nesting-depth", "no-debug-statements", "todo-issue-reference"]);
  });

  it("a long function is said, and so is a complexity finding that carries its length (set 25: all four agreed)", () => {
    const yaml = "rules: { pr-size: { max_lines: 20 }, max-complexity: warning, max-function-length: warning }";
    const keep = (c: ReturnType<typeof config>) => {
      for (const id of ["max-complexity", "max-function-length"]) c.rules[id].severity = "warning";
      return c;
    };
    const r = runReviewSync(change([addedFile("src/lexer/tangled.ts", tangled(), 1, { status: "added" })]), keep(config(yaml)));
    const structure = r.findings.filter((f) => f.path === "src/lexer/tangled.ts");
    expect(structure.map((f) => [f.rule, (f.also ?? []).map((a) => a.rule)])).toEqual([["max-complexity", ["max-function-length"]]]);
    expect(r.findings.find((f) => f.rule === "pr-size")!.message).not.toContain("max-complexity");
  });
});

/** A new function of about 100 lines whose nested branches and loops make it complex. */
function tangled(): string[] {
  const lines = ["export function tangled(items: number[][], mode: string): number {", "  let total = 0;"];
  for (let i = 0; i < 9; i++) {
    lines.push(`  for (const row of items) {`, `    if (row.length > ${i}) {`, `      for (const x of row) {`, `        if (x > ${i} && mode === "m${i}") {`);
    lines.push(`          total += x * ${i};`, `        } else if (x < 0) {`, `          total -= x;`, `        }`, `      }`, `    }`, `  }`);
  }
  lines.push("  return total;", "}");
  return lines;
}
