import { emptyLookups } from "../../src/engine/rule.js";
import { runReviewSync } from "../../src/engine/run-review.js";
import { defaultConfig } from "../../src/config/load-config.js";
import { snapshotTests } from "../../src/analysis/tests-approval-files.js";
import { addedFile, change } from "../helpers/make-change.js";
import { testRuleBeforeCalibration as testRule } from "../helpers/pre-calibration.js";

// Set 41 (#11): a test's snapshot the change updates is a change to that test (size-limit 3542c73a58, judged *wrong*);
// a root sandbox app is run by hand, never shipped (MemoryPack's `sandbox/SandboxConsoleApp/`, not worth saying ×2).
const js = [
  "export function createReporter(process, isJSON) {",
  "  function print(...lines) {",
  "    let value = lines.filter((i) => i !== undefined).join('\\n');",
  "    if (value !== '') process.stdout.write(value + '\\n');",
  "  }",
  "  return { results: (plugins, config) => print(...render(plugins, config)) };",
  "}",
];
const SOURCE = "packages/size-limit/create-reporter.js";
const SNAP = "packages/size-limit/test/__snapshots__/create-reporter.test.js.snap";
const lookups = {
  ...emptyLookups(),
  fileTree: [
    SOURCE,
    "packages/size-limit/package.json",
    "packages/size-limit/test/create-reporter.test.js",
    "packages/size-limit/test/run.test.js",
    "packages/size-limit/run.js",
  ],
};
const cs = [
  "public static class Program",
  "{",
  "    public static void Main()",
  "    {",
  "        var bin = MemoryPackSerializer.Serialize(new Sample { X = 1 });",
  "        if (bin.Length > 10) throw new Exception();",
  "        Console.WriteLine(MemoryPackSerializer.Deserialize<Sample>(bin).X);",
  "    }",
  "}",
];
const csTree = {
  ...emptyLookups(),
  fileTree: ["src/MemoryPack.Core/MemoryPack.Core.csproj", "tests/MemoryPack.Tests/ArrayTest.cs", "sandbox/SandboxConsoleApp/SandboxConsoleApp.csproj"],
};

testRule("tests-required", {
  valid: [
    {
      name: "JavaScript: its test's snapshot updated beside it (size-limit 3542c73a58)",
      change: { ...change([addedFile(SOURCE, js)]), ignoredPaths: [SNAP] },
      lookups,
    },
    {
      name: "JavaScript: the snapshot reviewed, not ignored",
      change: change([addedFile(SOURCE, js), addedFile(SNAP, ["exports[`prints`] = `ok`;"])]),
      lookups,
    },
    {
      name: "C#: a root sandbox console app (MemoryPack 4671f30965)",
      change: change([addedFile("sandbox/SandboxConsoleApp/Program.cs", cs)]),
      lookups: csTree,
    },
    { name: "C#: a playground project", change: change([addedFile("src/MemoryPack.Playground/Program.cs", cs)]), lookups: csTree },
    // Sets 43 and 46: a Unity editor script that exports the release package (Cysharp's ZString, Ulid).
    {
      name: "C#: a Unity editor script exporting the package (Ulid 8b011b1257)",
      change: change([addedFile("src/Ulid.Unity/Assets/Scripts/Editor/PackageExporter.cs", cs)]),
      lookups: csTree,
    },
  ],
  invalid: [
    {
      name: "JavaScript: another test's snapshot does not cover it",
      change: { ...change([addedFile(SOURCE, js)]), ignoredPaths: ["packages/size-limit/test/__snapshots__/run.test.js.snap"] },
      lookups,
      findings: [{ messageId: "missingTests" }],
    },
    {
      name: "JavaScript: a lock file the config leaves out is no test",
      change: { ...change([addedFile(SOURCE, js)]), ignoredPaths: ["package-lock.json"] },
      lookups,
      findings: [{ messageId: "missingTests" }],
    },
    {
      name: "C#: another Unity editor script may be an editor extension's product",
      change: change([addedFile("src/Ulid.Unity/Assets/Scripts/Editor/UlidDrawer.cs", cs)]),
      lookups: csTree,
      findings: [{ messageId: "missingTests" }],
    },
    {
      name: "C#: a sandbox folder deeper in the product is its code",
      change: change([addedFile("src/MemoryPack.Core/sandbox/Program.cs", cs)]),
      lookups: csTree,
      findings: [{ messageId: "missingTests" }],
    },
  ],
});

describe("test snapshots (set 41)", () => {
  it.each([
    ["test/__snapshots__/create-reporter.test.js.snap", "test/create-reporter.test.js"],
    ["src/__snapshots__/Button.spec.tsx.snap", "src/Button.spec.tsx"],
    ["__snapshots__/index.test.ts.snap", "index.test.ts"],
    ["tests/__snapshots__/test_render.ambr", "tests/test_render.py"],
  ])("%s is the snapshot of %s", (snapshot, test) => {
    expect(snapshotTests([snapshot])).toEqual([{ snapshot, test }]);
  });
  it.each([["test/create-reporter.test.js.snap"], ["snapshots/render.snap"], ["test/__snapshots__/nested/x.test.js.snap"], ["Cargo.lock"]])(
    "%s is none",
    (path) => {
      expect(snapshotTests([path])).toEqual([]);
    },
  );
  it("reaches the rule through the engine, which leaves snapshots out of review by default", () => {
    const asked = (files: ReturnType<typeof addedFile>[]) =>
      runReviewSync(change(files), defaultConfig(), lookups).findings.filter((f) => f.rule === "tests-required" && f.path === SOURCE);
    expect(asked([addedFile(SOURCE, js)])).toHaveLength(1);
    expect(asked([addedFile(SOURCE, js), addedFile(SNAP, ["exports[`prints`] = `ok`;"])])).toEqual([]);
  });
});
