import { jest } from "@jest/globals";
import { rules } from "../../rules/index.js";
import { loadConfig } from "../../src/config/load-config.js";
import { runReviewSync } from "../../src/engine/run-review.js";
import { addedFile, change } from "../helpers/make-change.js";

function review(yaml: string) {
  const { config, errors } = loadConfig(yaml, "rules.yml");
  if (!config) throw new Error(JSON.stringify(errors));
  return runReviewSync(change([addedFile("src/a.ts", ["export const a = 1;"])]), config);
}

describe("a rule that crashes", () => {
  afterEach(() => jest.restoreAllMocks());

  it("fails closed: a finding at the rule's severity besides the gap, so a failing no-secrets fails the check", () => {
    jest.spyOn(rules["no-secrets"], "check").mockImplementation(() => {
      throw new Error("boom");
    });
    const r = review("{}");
    expect(r.gaps).toContainEqual(expect.objectContaining({ kind: "rule-error", message: expect.stringContaining("rule no-secrets failed") }));
    expect(r.findings.filter((f) => f.rule === "no-secrets")).toEqual([
      { rule: "no-secrets", severity: "failure", message: expect.stringContaining("could not run on this change (boom)") },
    ]);
    expect(r.conclusion).toBe("failure");
  });

  it("at a warning-level rule, the finding is a warning", () => {
    jest.spyOn(rules["pr-size"], "check").mockImplementation(() => {
      throw new Error("boom");
    });
    const r = review("{}");
    expect(r.findings.filter((f) => f.rule === "pr-size").map((f) => f.severity)).toEqual(["warning"]);
  });
});
