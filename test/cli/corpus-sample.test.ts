import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { corpusSampleMain, renderSample, sampleFindings, tallyVerdicts, type CorpusRow } from "../../src/cli/corpus-sample.js";

const row = (repo: string, rule: string, n: number): CorpusRow => ({
  repo,
  rule,
  commit: `${n}`.padStart(40, "a"),
  subject: `commit ${n}`,
  path: `src/f${n}.ts`,
  line: n,
  message: `finding ${n}`,
  context: [{ line: n, text: `code ${n}` }],
});

describe("corpus sampling", () => {
  const rows = [
    ...Array.from({ length: 30 }, (_, i) => row("big", "max-complexity", i)),
    ...Array.from({ length: 3 }, (_, i) => row("small", "max-complexity", 100 + i)),
    row("big", "issue-reference", 7),
  ];

  it("takes findings in turn from each repository, so one large history does not fill the sample", () => {
    const sample = sampleFindings(rows, 10, 1).get("max-complexity")!;
    expect(sample.total).toBe(33);
    expect(sample.picked).toHaveLength(10);
    expect(sample.picked.filter((r) => r.repo === "small")).toHaveLength(3);
  });

  it("draws the same sample for the same seed, another for another seed", () => {
    const ids = (seed: number) =>
      sampleFindings(rows, 5, seed)
        .get("max-complexity")!
        .picked.map((r) => r.line);
    expect(ids(3)).toEqual(ids(3));
    expect(ids(3)).not.toEqual(ids(4));
  });

  it("leaves issue-reference out: the corpus cannot verify issues offline", () => {
    expect([...sampleFindings(rows, 5, 1).keys()]).toEqual(["max-complexity"]);
  });

  it("renders each finding with its commit, location, message, marked line and blank verdict", () => {
    const md = renderSample("max-complexity", [row("big", "max-complexity", 4)], 30);
    expect(md).toContain("# max-complexity: 1 findings sampled from 30");
    expect(md).toContain("## 1. big aaaaaaaaaa `src/f4.ts:4`");
    expect(md).toContain("> finding 4");
    expect(md).toContain(">     4 | code 4");
    expect(tallyVerdicts(md)).toEqual({ agree: 0, wrong: 0, notWorth: 0, blank: 1 });
  });

  it("tallies the verdicts a judge filled in", () => {
    const judged = "verdict: agree\nwhy: x\n\nverdict: not worth saying\n\nverdict: Wrong — a doc example\n\nverdict: agree\n";
    expect(tallyVerdicts(judged)).toEqual({ agree: 2, wrong: 1, notWorth: 1, blank: 0 });
  });

  it("runs as a command: sample writes a file per rule, tally prints precision, bad arguments print the usage", () => {
    const dir = mkdtempSync(join(tmpdir(), "sample-"));
    const jsonl = join(dir, "big.jsonl");
    writeFileSync(
      jsonl,
      rows
        .filter((r) => r.repo === "big")
        .map(({ repo: _repo, ...r }) => JSON.stringify(r))
        .join("\n") + "\n",
    );
    const out: string[] = [];
    expect(corpusSampleMain(["sample", join(dir, "s"), "2", "9", jsonl], (s) => out.push(s))).toBe(0);
    expect(out).toEqual(["max-complexity: 2 of 30"]);
    const file = join(dir, "s", "max-complexity.md");
    writeFileSync(
      file,
      readFileSync(file, "utf8")
        .replace("verdict: ", "verdict: agree")
        .replace(/verdict: $/m, "verdict: wrong"),
    );
    out.length = 0;
    expect(corpusSampleMain(["tally", file], (s) => out.push(s))).toBe(0);
    expect(out).toEqual(["max-complexity: agree 1/2 (50%), wrong 1, not worth saying 0"]);
    out.length = 0;
    expect(corpusSampleMain(["sample", dir], (s) => out.push(s))).toBe(2);
    expect(out[0]).toContain("Usage:");
  });
});
