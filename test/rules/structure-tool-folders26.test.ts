import { addedFile, change } from "../helpers/make-change.js";
import { nestedGo } from "../helpers/nested-go.js";
import { testRuleBeforeCalibration } from "../helpers/pre-calibration.js";

// Set 26 (#10): Terminal.Gui f921f8f6b5 adds `Scripts/PartialSplitter/Program.cs`, a Roslyn helper its maintainers
// run (its length and complexity judged "not worth saying"). .NET repositories capitalise the tooling folders.
// A source edited beside it keeps the change from being a new project's first code.
const review = (path: string) =>
  change([addedFile(path, nestedGo("main", 6), 1, { status: "added" }), addedFile("src/app.go", ["\tn := 1"], 10, { status: "modified" })]);

testRuleBeforeCalibration("max-nesting-depth", {
  valid: [
    { name: "Go: a new deep function under a root Scripts/ folder", change: review("Scripts/PartialSplitter/main.go") },
    { name: "Go: a new deep function under a root Tools/ folder", change: review("Tools/gen/main.go") },
  ],
  invalid: [{ name: "Go: the same function in the product", change: review("src/splitter/main.go"), findings: [{ messageId: "tooDeep" }] }],
});
