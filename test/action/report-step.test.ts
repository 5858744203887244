import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runAction } from "../../src/action/run-action.js";
import { makeRepo } from "../helpers/git-repo.js";

describe("the Action's report input (#15)", () => {
  it("writes the checklist metrics of the checked-out history to the job summary, on any event", async () => {
    const repo = makeRepo();
    repo.write("src/app.py", "def f():\n    return 1\n");
    repo.commit("Add the app (#1)");
    repo.write("src/app.py", "def f():\n    return 2\n");
    repo.commit("Change the app without a reference");
    const out = mkdtempSync(join(tmpdir(), "report-step-"));
    const summary = join(out, "summary.md");
    const outputs = join(out, "outputs.txt");
    writeFileSync(summary, "");
    writeFileSync(outputs, "");
    const logged: string[] = [];
    const run = await runAction(
      { INPUT_REPORT: "all", GITHUB_WORKSPACE: repo.dir, GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: outputs, GITHUB_EVENT_NAME: "schedule" },
      { stdout: (s) => void logged.push(s) },
    );
    expect(run).toEqual({ exitCode: 0, outcome: "report" });
    const markdown = readFileSync(summary, "utf8");
    expect(markdown).toContain("## Bottomline report:");
    expect(markdown).toMatch(/\| Metric \| Whole window \|/);
    expect(readFileSync(outputs, "utf8")).toContain("outcome=report");
  });

  it("fails the step with the report's own message when the workspace is not a repository", async () => {
    const empty = mkdtempSync(join(tmpdir(), "report-step-empty-"));
    const logged: string[] = [];
    const run = await runAction({ INPUT_REPORT: "26w", GITHUB_WORKSPACE: empty }, { stdout: (s) => void logged.push(s) });
    expect(run).toEqual({ exitCode: 1, outcome: "failed" });
    expect(logged.join("")).toMatch(/bottomline report: /);
  });
});
