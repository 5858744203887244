import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkJudged, readJudged, renderCheck } from "../../src/cli/corpus-check.js";
import { corpusSampleMain, renderSample, type CorpusRow } from "../../src/cli/corpus-sample.js";

const row = (n: number, rule = "max-complexity"): CorpusRow => ({
  repo: "acme+lib",
  rule,
  commit: `${n}`.padStart(40, "b"),
  path: `src/f${n}.ts`,
  line: n,
  message: `finding ${n}`,
});

/** A sample file as a judge leaves it: the n-th verdict filled in from `verdicts`. */
function judgedSample(rule: string, rows: CorpusRow[], verdicts: string[]): string {
  let i = 0;
  return renderSample(rule, rows, rows.length).replace(/^verdict: $/gm, () => `verdict: ${verdicts[i++]}`);
}

describe("corpus check: which judged findings a later run still says", () => {
  const rows = [row(1), row(2), row(3)];
  const md = judgedSample("max-complexity", rows, ["agree", "wrong", "Not worth saying — a rename"]);

  it("reads each judged finding's place and verdict from the sample file", () => {
    expect(readJudged("max-complexity", md)).toEqual([
      { repo: "acme+lib", commit: "bbbbbbbbbb", rule: "max-complexity", path: "src/f1.ts", line: "1", verdict: "agree" },
      { repo: "acme+lib", commit: "bbbbbbbbbb", rule: "max-complexity", path: "src/f2.ts", line: "2", verdict: "wrong" },
      { repo: "acme+lib", commit: "bbbbbbbbbb", rule: "max-complexity", path: "src/f3.ts", line: "3", verdict: "not worth saying" },
    ]);
  });

  it("matches on rule, commit, file and line, and lists what was silenced, agreed first", () => {
    const later = [row(2), { ...row(3), line: 4 }, row(1, "max-function-length")];
    const checks = checkJudged(readJudged("max-complexity", md), later);
    expect(checks.get("max-complexity")).toMatchObject({ judged: 3, agreed: 1, stillSaid: 1, stillSaidAgreed: 0 });
    expect(renderCheck(checks)).toEqual([
      "max-complexity: judged 1/3 agreed; still said 0/1 (0%); agreed silenced 1",
      "  silenced (agree): max-complexity acme+lib bbbbbbbbbb src/f1.ts:1",
      "  silenced (not worth saying): max-complexity acme+lib bbbbbbbbbb src/f3.ts:3",
    ]);
  });

  it("leaves findings nobody judged out of the count", () => {
    const half = judgedSample("max-complexity", rows, ["agree", "", ""]);
    expect(checkJudged(readJudged("max-complexity", half), rows).get("max-complexity")).toMatchObject({ judged: 1, stillSaid: 1, stillSaidAgreed: 1 });
  });

  it("runs as a command over a folder of judged files and re-run JSON lines that name their repository", () => {
    const dir = mkdtempSync(join(tmpdir(), "check-"));
    mkdirSync(join(dir, "v"));
    writeFileSync(join(dir, "v", "max-complexity.md"), md);
    const rerun = join(dir, "rerun.jsonl");
    writeFileSync(rerun, rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
    const out: string[] = [];
    expect(corpusSampleMain(["check", join(dir, "v"), rerun], (s) => out.push(s))).toBe(0);
    expect(out).toEqual(["max-complexity: judged 1/3 agreed; still said 1/3 (33%); agreed silenced 0"]);
  });
});
