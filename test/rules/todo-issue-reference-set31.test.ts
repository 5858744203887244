import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";
import { emptyLookups } from "../../src/engine/rule.js";

// Set 31 (#10), judged *wrong* when said:
// - bitwarden 6244dfc7d5: `// TODO: Keep optional, but update validation in PM-33141 …` in a file that already wrote
//   `[Obsolete("To be removed in PM-33141")]` at base, under a subject with no key: the same whole key names that issue;
// - horologist fc1933b124: a TODO whose third line is `// (b/408913726)`, Google's bug key.
const PATH = "src/Api/Models/OrganizationUserResetPasswordRequestModel.cs";
const TODO = "    // TODO: Keep optional, but update validation in PM-33141 when legacy properties are removed";
const BASE = ["public class Model", "{", '    [Obsolete("To be removed in PM-33141")]', "    public string? Key { get; set; }", "}"].join("\n");
const inFile = (todo: string, base: string | undefined) => ({
  change: change([addedFile(PATH, [todo], 5)]),
  lookups: { ...emptyLookups(), baseContents: new Map(base === undefined ? [] : [[PATH, base]]) },
});
const LAYER = "remotecompose/lottie/renderer/Layer.kt";
const lottie = (third: string) =>
  change([
    addedFile(LAYER, [
      "  // TODO: Replace passing a transform param in and applying it to the transform stack with",
      "  // graphicsLayer transforms in the calling composable, once the native player supports graphicsLayer",
      `  // ${third}`,
      "  if (transform != null) {",
    ]),
  ]);

testRule("todo-issue-reference", {
  valid: [
    { name: "C#: a Jira key the file already wrote at base", ...inFile(TODO, BASE) },
    { name: "Kotlin: Google's bug key in parentheses on the TODO's third line", change: lottie("(b/408913726)") },
  ],
  invalid: [
    {
      name: "C#: the same TODO in a file whose base has no key",
      ...inFile(TODO, BASE.replace("PM-33141", "the next release")),
      findings: [{ messageId: "untracked", line: 5 }],
    },
    { name: "C#: another key than the one at base", ...inFile(TODO.replace("PM-33141", "PM-40000"), BASE), findings: [{ messageId: "untracked", line: 5 }] },
    { name: "Kotlin: a path holding `b/<digits>` is no bug key", change: lottie("see assets/b/408913726"), findings: [{ messageId: "untracked", line: 1 }] },
  ],
});

// Set 31: templates' notes to their adopters, copied in whole (mdBook's CI script from japaric/trust, mihon's Baseline
// Profile module from Android Studio): judged not worth saying. A TODO of the team's own in the same words still is.
testRule("todo-issue-reference", {
  valid: [
    {
      name: 'Shell: japaric/trust\'s `# TODO This is the "test phase", tweak it as you see fit`',
      change: change([addedFile("ci/script.sh", ['# TODO This is the "test phase", tweak it as you see fit'])]),
    },
    {
      name: "Kotlin: Android Studio's `// TODO Add interactions to wait for when your app is fully drawn.`",
      change: change([
        addedFile("baseline-profile/src/main/kotlin/StartupBenchmarks.kt", [
          "                // TODO Add interactions to wait for when your app is fully drawn.",
        ]),
      ]),
    },
  ],
  invalid: [
    {
      name: "Shell: a TODO about the test phase the team plans",
      change: change([addedFile("ci/script.sh", ['# TODO This is the "test phase", run the integration suite here too'])]),
      findings: [{ messageId: "untracked", line: 1 }],
    },
  ],
});
