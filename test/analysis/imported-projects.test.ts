import { jest } from "@jest/globals";
import { markImportedCode } from "../../src/analysis/imported-code.js";
import { MIN_PROJECT_FILES, MIN_PROJECT_LINES, importedProjects } from "../../src/analysis/imported-projects.js";
import { notAuthored } from "../../src/analysis/not-authored.js";
import { countedFiles } from "../../src/analysis/size/counted-files.js";
import { isRestored } from "../../src/model/restored-lines.js";
import type { Change, ChangedFile } from "../../src/model/change.js";
import { addedFile, change, commit } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";

// kotest d3bbfb2a58 merged its IntelliJ plugin's repository as `kotest-intellij-plugin/`: 190 files with
// their own LICENSE, gradlew and build file; set 21's judges rejected every finding on how it is written.

const added = (path: string, lines: string[]) => addedFile(path, lines, 1, { status: "added" });
const code = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `val ${tag}${i} = compute(${i})`);
// An existing repository (more than initial-import's near-empty base): kotest's modules.
const BASE = [
  "README.md",
  "LICENSE",
  "settings.gradle.kts",
  "kotest-core/build.gradle.kts",
  ...Array.from({ length: 30 }, (_, i) => `kotest-core/src/main/kotlin/Spec${i}.kt`),
];

/** A project folder: its root files, then `sources` code files sharing `lines` lines. */
function project(dir: string, roots: string[], sources = MIN_PROJECT_FILES, lines = MIN_PROJECT_LINES): ChangedFile[] {
  const per = Math.ceil(lines / sources);
  return [
    ...roots.map((name) => added(`${dir}/${name}`, ['plugins { id("org.jetbrains.intellij") }'])),
    ...Array.from({ length: sources }, (_, i) => added(`${dir}/src/main/kotlin/io/kotest/plugin/File${i}.kt`, code(per, `v${i}_`))),
  ];
}
const PLUGIN = ["build.gradle.kts", "LICENSE", "README.md", "gradlew", "gradle.properties"];

function review(files: ChangedFile[], base: string[] | "unknown" = BASE, message = "Add the plugin"): Change {
  const c = change(files, { title: message, commits: [commit(message)] });
  markImportedCode(c, undefined, { basePaths: () => (base === "unknown" ? undefined : base), texts: () => new Map<string, string>() });
  return c;
}
const marked = (c: Change) => c.files.filter((f) => f.importedProject !== undefined).map((f) => f.path);

describe("importedProjects: a whole project added as a new folder of an existing repository (#10, #11)", () => {
  it("sets aside every line of the folder, names it once among what was not reviewed, and leaves the rest alone", () => {
    const c = review([...project("kotest-intellij-plugin", PLUGIN), added("settings.gradle.kts", ['include("kotest-intellij-plugin")'])]);
    const inside = c.files.filter((f) => f.path.startsWith("kotest-intellij-plugin/"));
    expect(inside.every(isRestored)).toBe(true);
    expect(notAuthored("kotest-intellij-plugin/src/main/kotlin/io/kotest/plugin/File0.kt", c)).toMatch(/imported whole with kotest-intellij-plugin\//);
    expect(notAuthored("settings.gradle.kts", c)).toBeUndefined();
    expect(c.gaps).toEqual([
      {
        kind: "imported",
        path: "kotest-intellij-plugin/",
        message: expect.stringMatching(/^arrived as a whole project \(25 files, .*not reviewed line by line$/),
      },
    ]);
    // pr-size counts only what is left: the root settings line.
    expect(countedFiles(c).map((f) => f.path)).toEqual(["settings.gradle.kts"]);
  });

  it("lists the folder first, in place of its binary files, and keeps the other gaps", () => {
    const c = change(project("plugin", PLUGIN), {
      gaps: [
        { kind: "binary", path: "docs/logo.png", message: "binary file: no lines to review" },
        { kind: "binary", path: "plugin/docs/gutter.png", message: "binary file: no lines to review" },
      ],
    });
    markImportedCode(c, undefined, { basePaths: () => BASE, texts: () => new Map<string, string>() });
    expect(c.gaps.map((g) => `${g.kind} ${g.path}`)).toEqual(["imported plugin/", "binary docs/logo.png"]);
  });

  it("names the folder once when the source marks the change twice", () => {
    const c = review(project("plugin", PLUGIN));
    markImportedCode(c, undefined, { basePaths: () => BASE, texts: () => new Map<string, string>() });
    expect(c.gaps.filter((g) => g.kind === "imported")).toHaveLength(1);
  });

  it.each([
    ["a licence", ["package.json", "LICENSE.md"]],
    ["a Gradle wrapper", ["build.gradle", "gradlew"]],
    ["a Maven wrapper", ["pom.xml", "mvnw"]],
    ["Gradle settings of its own", ["settings.gradle.kts", "build.gradle.kts"]],
    ["a lockfile", ["Cargo.toml", "Cargo.lock"]],
    ["a solution", ["Tool.csproj", "Tool.sln"]],
    ["CI of its own", ["go.mod", ".github/workflows/ci.yml"]],
  ])("knows a project built on its own by %s", (_sign, roots) => {
    expect(importedProjects(change(project("tool", roots)), () => BASE).map((p) => p.dir)).toEqual(["tool/"]);
  });

  it.each<[string, () => Change]>([
    ["a folder the base already has (the project's own module, growing)", () => review(project("kotest-core", PLUGIN))],
    ["a folder with a file the change edits", () => review([...project("plugin", PLUGIN), addedFile("plugin/src/Old.kt", ["x"], 1, { status: "modified" })])],
    ["fewer files than a project brings (a new module of the repository)", () => review(project("plugin", PLUGIN, MIN_PROJECT_FILES - 6))],
    ["fewer lines than a project brings (a scaffold)", () => review(project("plugin", PLUGIN, MIN_PROJECT_FILES, MIN_PROJECT_LINES - 100))],
    ["no build file of its own", () => review(project("plugin", ["LICENSE", "gradlew", "README.md"]))],
    ["a README beside the build file, and nothing that builds or publishes it apart", () => review(project("plugin", ["build.gradle.kts", "README.md"]))],
    ["an unknown base (nothing says the folder is new)", () => review(project("plugin", PLUGIN), "unknown")],
    // The message is the author's: it can neither make a module an import nor is it needed.
    ["a message saying it imports, over a module with no sign", () => review(project("plugin", ["build.gradle.kts"]), BASE, "Initial import of the plugin")],
  ])("leaves the change's own: %s", (_name, make) => {
    const c = make();
    expect(marked(c)).toEqual([]);
    expect(c.gaps.filter((g) => g.kind === "imported")).toEqual([]);
  });

  it("reads the base's file list only for a folder that passes on the change's files (the App pays a request for it)", () => {
    const read = jest.fn(() => BASE);
    importedProjects(change([...project("plugin", ["build.gradle.kts"]), added("src/a.kt", ["x"])]), read);
    expect(read).not.toHaveBeenCalled();
    importedProjects(change(project("plugin", PLUGIN)), read);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it("takes the outermost project only: a sample project inside the import is part of it", () => {
    const c = review([...project("plugin", PLUGIN), ...project("plugin/samples/demo", ["settings.gradle", "build.gradle"])]);
    expect(c.gaps.map((g) => g.path)).toEqual(["plugin/"]);
    expect(marked(c).every((p) => p.startsWith("plugin/"))).toBe(true);
  });
});

// What the rules say of it: how the code is written is set aside; a print its product code ships is still a
// leftover (KotestBreadcrumbProvider printing "LANGUAGES" on every call: agreed on set 21), its tests' are not.
const PRINTING = [
  "class Breadcrumbs {",
  "  fun languages(): Array<Language> {",
  '    println("LANGUAGES")',
  "    return arrayOf(KotlinLanguage.INSTANCE)",
  "  }",
  "}",
];
const PRINTING_TEST = ["class RunMarkerTest {", "  fun testGutter() {", "    println(gutters)", "    assertEquals(3, gutters.size)", "  }", "}"];
function withPrints(): Change {
  return review([
    ...project("plugin", PLUGIN),
    added("plugin/src/main/kotlin/io/kotest/plugin/Breadcrumbs.kt", PRINTING),
    added("plugin/src/test/kotlin/io/kotest/plugin/RunMarkerTest.kt", PRINTING_TEST),
  ]);
}
// The head texts the rule asks for: its source files (a folder licence it reads only for a package copied in without a manifest).
const lookups = (c: Change) => ({
  issues: new Map(),
  fileContents: new Map(c.files.filter((f) => f.path.endsWith(".kt")).map((f) => [f.path, f.addedLines.map((l) => l.text).join("\n")])),
});

testRule("no-debug-statements", {
  valid: [
    {
      name: "an imported project's test that prints its gutters before asserting on them",
      change: review([...project("plugin", PLUGIN), added("plugin/src/test/kotlin/io/kotest/plugin/RunMarkerTest.kt", PRINTING_TEST)]),
    },
  ],
  invalid: [
    {
      name: "an imported project: its product code's print is reported, its test's print is set aside",
      change: withPrints(),
      lookups: lookups(withPrints()),
      findings: [{ messageId: "debug", path: "plugin/src/main/kotlin/io/kotest/plugin/Breadcrumbs.kt", line: 3 }],
    },
  ],
});
