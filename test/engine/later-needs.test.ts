import { withTeamLimit } from "../helpers/team-limit.js";
import { loadConfig } from "../../src/config/load-config.js";
import type { CollectedNeeds, Lookups } from "../../src/engine/rule.js";
import { runReview } from "../../src/engine/run-review.js";
import { addedFile, change } from "../helpers/make-change.js";
import { SKIP_UNLESS_FUNC } from "../helpers/go-validator.js";

// Rule.laterNeeds (#11): files only the file tree names are read with the others by a source that reads the
// tree first (CollectedNeeds.fromTree), and in one more lookup by one that does not.
const onlyTestsRequired = () => {
  const { config, errors } = loadConfig("{}", "rules.yml");
  if (!config) throw new Error(JSON.stringify(errors));
  for (const [id, setting] of Object.entries(config.rules)) if (id !== "tests-required") setting.severity = "off";
  return withTeamLimit(config);
};

const skipUnless = ["package validator", "", ...SKIP_UNLESS_FUNC];
const tree = ["baked_in.go", "cache.go", "util.go", "validator.go", "validator_test.go"];

/** A source that answers from a fixed repository and records what each lookup asked for. */
function fakeRepository(files: Record<string, string>) {
  const asked: CollectedNeeds[] = [];
  const lookup = async (needs: CollectedNeeds): Promise<Lookups> => {
    asked.push(needs);
    const fileContents = new Map(needs.fileContents.filter((p) => p in files).map((p) => [p, files[p]]));
    return { issues: new Map(), fileContents, baseContents: new Map(), ...(needs.fileTree ? { fileTree: tree } : {}) };
  };
  return { asked, lookup };
}

describe("later needs", () => {
  it("reads the test file the tree names, and the rule sees it", async () => {
    const repo = fakeRepository({ "validator_test.go": "package validator\n\nfunc TestSkipUnless(t *testing.T) {\n}\n" });
    const result = await runReview(change([addedFile("baked_in.go", skipUnless)]), onlyTestsRequired(), repo.lookup);
    expect(repo.asked).toHaveLength(2);
    expect(repo.asked[1].fileContents).toEqual(["validator_test.go"]);
    expect(result.findings.filter((f) => f.rule === "tests-required")).toEqual([]);
  });

  it("asks the rule for tests when the file read names none of its functions", async () => {
    const repo = fakeRepository({ "validator_test.go": "package validator\n\nfunc TestRequiredIf(t *testing.T) {\n}\n" });
    const result = await runReview(change([addedFile("baked_in.go", skipUnless)]), onlyTestsRequired(), repo.lookup);
    expect(result.findings.map((f) => [f.rule, f.path])).toEqual([["tests-required", "baked_in.go"]]);
  });

  it("asks a source that reads the tree first once: the tests it names come in the same lookup", async () => {
    const files: Record<string, string> = { "validator_test.go": "package validator\n\nfunc TestSkipUnless(t *testing.T) {\n}\n" };
    const asked: CollectedNeeds[] = [];
    const lookup = async (needs: CollectedNeeds): Promise<Lookups> => {
      asked.push(needs);
      const paths = [...needs.fileContents, ...(needs.fromTree?.(tree) ?? [])];
      const fileContents = new Map(paths.filter((p) => p in files).map((p) => [p, files[p]]));
      return { issues: new Map(), fileContents, baseContents: new Map(), fileTree: tree, treeNeedsRead: true };
    };
    const result = await runReview(change([addedFile("baked_in.go", skipUnless)]), onlyTestsRequired(), lookup);
    expect(asked).toHaveLength(1);
    expect(asked[0].fromTree?.(tree)).toEqual(["validator_test.go"]);
    expect(result.findings.filter((f) => f.rule === "tests-required")).toEqual([]);
  });

  it("reads a rewritten source's package tests in the same one lookup, and they cover the refactor", async () => {
    // route.go renames a method and updates its caller; middleware_test.go, named for no source, uses its Route.
    const base = [
      "package mux",
      "",
      "func (r *Route) Match() bool {",
      "\treturn r.WrapHandler(r.h) != nil",
      "}",
      "",
      "func (r *Route) WrapHandler(h Handler) Handler {",
      "\treturn h",
      "}",
    ];
    const head = [
      "package mux",
      "",
      "func (r *Route) Match() bool {",
      "\treturn r.GetHandler() != nil",
      "}",
      "",
      "func (r *Route) GetHandler() Handler {",
      "\treturn r.h",
      "}",
    ];
    const goTree = ["route.go", "mux.go", "middleware_test.go"];
    const files: Record<string, string> = {
      "route.go": head.join("\n"),
      "middleware_test.go": "package mux\n\nfunc TestUse(t *testing.T) {\n\tvar _ *Route = r\n}\n",
    };
    const asked: CollectedNeeds[] = [];
    const lookup = async (needs: CollectedNeeds): Promise<Lookups> => {
      asked.push(needs);
      const paths = [...needs.fileContents, ...(needs.fromTree?.(goTree) ?? [])];
      const fileContents = new Map(paths.filter((p) => p in files).map((p) => [p, files[p]]));
      return { issues: new Map(), fileContents, baseContents: new Map([["route.go", base.join("\n")]]), fileTree: goTree, treeNeedsRead: true };
    };
    const rewritten = { ...addedFile("route.go", head), status: "modified" as const, deletions: 3 };
    rewritten.addedLines = [4, 7, 8].map((line) => ({ line, text: head[line - 1] }));
    rewritten.additions = 3;
    const result = await runReview(change([rewritten]), onlyTestsRequired(), lookup);
    expect(asked).toHaveLength(1);
    expect(asked[0].fromTree?.(goTree)).toEqual(["middleware_test.go"]);
    expect(result.findings.filter((f) => f.rule === "tests-required")).toEqual([]);
  });

  it("makes no second lookup when no rule names a file", async () => {
    const repo = fakeRepository({});
    await runReview(change([addedFile("README.md", ["# x"])]), onlyTestsRequired(), repo.lookup);
    expect(repo.asked.length).toBeLessThanOrEqual(1);
  });
});
