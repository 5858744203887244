import { jest } from "@jest/globals";
import maxFunctionLength from "../../rules/max-function-length.js";
import { loadConfig } from "../../src/config/load-config.js";
import { runReview } from "../../src/engine/run-review.js";
import type { CollectedNeeds, Lookups } from "../../src/engine/rule.js";
import { addedFile, change } from "../helpers/make-change.js";

describe("runReview: base texts", () => {
  afterEach(() => jest.restoreAllMocks());

  it("calls the lookup provider when rules need only base texts, and hands the texts to the rules", async () => {
    jest.spyOn(maxFunctionLength, "needs").mockImplementation(() => ({ baseContents: ["src/old.ts"] }));
    const check = jest.spyOn(maxFunctionLength, "check");
    const { config } = loadConfig("rules: { max-function-length: warning }", "rules.yml");
    for (const [id, setting] of Object.entries(config!.rules)) if (id !== "max-function-length") setting.severity = "off";
    const asked: Array<CollectedNeeds> = [];
    const provider = async (needs: CollectedNeeds): Promise<Lookups> => {
      asked.push(needs);
      return { issues: new Map(), fileContents: new Map(), baseContents: new Map([["src/old.ts", "before"]]) };
    };
    await runReview(change([addedFile("src/new.ts", ["x"], 1, { status: "renamed", previousPath: "src/old.ts" })]), config!, provider);
    expect(asked).toEqual([{ issues: [], fileContents: [], baseContents: ["src/old.ts"] }]);
    expect(check.mock.calls[0][2].baseContents!.get("src/old.ts")).toBe("before");
  });
});
