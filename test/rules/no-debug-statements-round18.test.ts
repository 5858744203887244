import { rules } from "../../rules/index.js";
import type { Lookups } from "../../src/engine/rule.js";
import type { Change, ChangedFile } from "../../src/model/change.js";
import { loadAllGrammars } from "../../src/syntax/grammars.js";
import { addedFile, change } from "../helpers/make-change.js";

// Session 15 (#11): the rule reads what it asked for, so its verdict is the same run alone and with every rule.
const rule = rules["no-debug-statements"];
const options = rule.options.parse({});

/** The rule run alone: the source fetches only the base texts its own `needs` names, out of the repository's `base`. */
function runAlone(c: Change, base: Record<string, string>) {
  const asked = rule.needs!(c, options).baseContents ?? [];
  const found: Lookups = { issues: new Map(), fileContents: new Map(), baseContents: new Map(asked.filter((p) => p in base).map((p) => [p, base[p]])) };
  return rule.check(c, options, found).filter((f) => !f.info);
}

const removed = (path: string, deletions: number): ChangedFile => ({ ...addedFile(path, []), status: "removed", additions: 0, deletions });
const TEAMCITY_GROOVY = [
  "if (project.hasProperty('teamcity')) {",
  "    def postfix = ''",
  "    println(\"##teamcity[buildNumber '${project.version}${postfix}']\")",
  "}",
].join("\n");
const TEAMCITY_KTS = (print: string) => [
  'if (hasProperty("teamcity")) {',
  '    val postfix = ""',
  `    ${print}`,
  "}",
];

describe("no-debug-statements, run alone", () => {
  beforeAll(() => loadAllGrammars());
  it("asks for the text of a deleted file the syntax layer does not parse (a Groovy build script)", () => {
    const c = change([addedFile("buildSrc/teamcity-conventions.gradle.kts", TEAMCITY_KTS("println(x)"), 1, { status: "added" }), removed("gradle/teamcity.gradle", 4)]);
    expect(rule.needs!(c, options).baseContents).toContain("gradle/teamcity.gradle");
  });
  it("a print moved out of a deleted Groovy script into its Kotlin rewrite is not new", () => {
    const kts = TEAMCITY_KTS("println(\"##teamcity[buildNumber '${project.version}${postfix}']\")");
    const c = change([addedFile("buildSrc/teamcity-conventions.gradle.kts", kts, 1, { status: "added" }), removed("gradle/teamcity.gradle", 4)]);
    expect(runAlone(c, { "gradle/teamcity.gradle": TEAMCITY_GROOVY })).toEqual([]);
  });
  it("a new print beside the moved code is still said", () => {
    const kts = TEAMCITY_KTS("println(postfix)");
    const c = change([addedFile("buildSrc/teamcity-conventions.gradle.kts", kts, 1, { status: "added" }), removed("gradle/teamcity.gradle", 4)]);
    expect(runAlone(c, { "gradle/teamcity.gradle": TEAMCITY_GROOVY }).map((f) => f.line)).toEqual([3]);
  });
  it("asks for nothing of a binary file", () => {
    const c = change([addedFile("src/a.kt", ["fun f() {", "    println(x)", "}"], 1, { status: "added" }), { ...removed("img/logo.png", 3), binary: true }]);
    expect(rule.needs!(c, options).baseContents).not.toContain("img/logo.png");
  });
});
