import { copiedLines, likelyOriginals, originalsRead, shorterNames, MAX_ORIGINAL_FILE_BYTES } from "../../src/analysis/copy-originals.js";
import { emptyLookups, type Lookups } from "../../src/engine/rule.js";
import { addedFile } from "../helpers/make-change.js";

const added = (path: string, lines: string[]) => addedFile(path, lines, 1, { status: "added" });
const six = (tag: string) => Array.from({ length: 6 }, (_, i) => `line ${tag} ${i}`);

describe("likelyOriginals: the file of the tree a new file may copy (#10)", () => {
  it.each([
    // go-toml: a parser copied into internal/ keeps its name; the nearest namesake by folders wins.
    ["Go", "internal/unmarshaler/parser.go", ["parser.go", "cmd/tomll/main.go", "other/parser.go"], "parser.go"],
    // mobx 4: an old release's sources added again beside the new.
    ["TypeScript", "packages/mobx4/src/core/atom.ts", ["packages/mobx/src/core/atom.ts", "packages/mobx/src/core/action.ts"], "packages/mobx/src/core/atom.ts"],
    // feign: a module copied to a sibling top folder under a new name, the same folder below it.
    [
      "Java",
      "jakarta/src/main/java/feign/jaxrs/JakartaContract.java",
      ["jaxrs/src/main/java/feign/jaxrs/JAXRSContract.java", "jaxrs/src/main/java/feign/jaxrs/JAXRS.java"],
      "jaxrs/src/main/java/feign/jaxrs/JAXRSContract.java",
    ],
    // A copy's suffix on the name.
    ["C#", "src/Events/LogEvent-net40.cs", ["src/Events/LogEvent.cs"], "src/Events/LogEvent.cs"],
    ["Python", "lib2/pkg/util.py", ["lib/pkg/util.py", "lib/pkg/__init__.py"], "lib/pkg/util.py"],
    // redisson 55e8d66090: a new version's module copied from the last one, among twenty namesakes as near by folders.
    [
      "Java",
      "spring-data/spring-data-41/src/main/java/org/redisson/RedissonConnection.java",
      ["16", "17", "25", "40"].map((v) => `spring-data/spring-data-${v}/src/main/java/org/redisson/RedissonConnection.java`),
      "spring-data/spring-data-40/src/main/java/org/redisson/RedissonConnection.java",
    ],
    // koanf 15431e30c4 (set 36): a new version's provider copied from the last one's, the version in its folder and name.
    [
      "Go",
      "providers/cliflagv3/cliflagv3_test.go",
      ["providers/cliflagv2/cliflagv2_test.go", "providers/cliflagv2/cliflagv2.go", "providers/cliflagv3/x.go"],
      "providers/cliflagv2/cliflagv2_test.go",
    ],
    // picocli 8c9ba91c2c (set 36): a test class copied into a new module under a name widened by a word, the widest namesake first.
    [
      "Java",
      "picocli-tests-java567/src/test/java/picocli/HelpAnsiEnvironmentTest.java",
      ["src/test/java/picocli/HelpTest.java", "src/test/java/picocli/HelpAnsiTest.java"],
      "src/test/java/picocli/HelpAnsiTest.java",
    ],
    ["Python, by two words", "tests/test_cli_run_env.py", ["tests/test_cli.py", "tests/test_env.py"], "tests/test_env.py"],
    // diffuse 917d227493 (set 37): a report written from the one beside it, its subject swapped; the most words shared wins.
    [
      "Kotlin, a sibling named alike",
      "dex-members-list/src/main/kotlin/diffuse/JarDiffTextReport.kt",
      [
        "dex-members-list/src/main/kotlin/diffuse/ApkDiffTextReport.kt",
        "dex-members-list/src/main/kotlin/diffuse/AarDiffTextReport.kt",
        "dex-members-list/src/main/kotlin/diffuse/JarsInfo.kt",
      ],
      "dex-members-list/src/main/kotlin/diffuse/AarDiffTextReport.kt",
    ],
  ])("%s: %s copies %s", (_lang, path, tree, original) => {
    expect(likelyOriginals([added(path, six("x"))], [path, ...tree]).get(path)).toBe(original);
  });

  it.each([
    ["no namesake in the tree", "src/a/fresh.ts", ["src/b/other.ts"]],
    // Two files of the sibling folder end in the same word: a guess, not a twin.
    ["two renamed twins", "jakarta/src/feign/JakartaContract.java", ["jaxrs/src/feign/JAXRSContract.java", "jaxrs/src/feign/BaseContract.java"]],
    // A file too small to tell a copy by (an `__init__.py`).
    ["a stub", "pkg2/__init__.py", ["pkg/__init__.py"]],
    // The first and the last word of a name stay: `EnvironmentTest.java` is not what `HelpEnvironmentTest.java` widens.
    ["a name without its first word", "src/HelpEnvironmentTest.java", ["src/EnvironmentTest.java", "src/HelpEnvironment.java"]],
    // One word shared, or a short shared ending, is no kinship: `UserService.kt` is not written from `OrderService.kt`.
    ["a sibling sharing one word", "src/app/UserService.kt", ["src/app/OrderService.kt"]],
    ["a sibling sharing a short ending", "src/app/JarDiffIo.kt", ["src/app/AarDiffIo.kt"]],
    // Numbers elsewhere in the path than where the new file differs are no version.
    ["another path of the same numbers", "v2/a/parser.go", ["v1/b/parser2.go"]],
  ])("none for %s", (_why, path, tree) => {
    const lines = path.endsWith("__init__.py") ? ["from .a import b"] : six("x");
    expect(likelyOriginals([added(path, lines)], [path, ...tree]).has(path)).toBe(false);
  });

  it("never names a file the change adds or removes as an original", () => {
    const copy = added("b/util.go", six("x"));
    const other = added("a/util.go", six("y"));
    expect(likelyOriginals([copy, other], ["a/util.go", "b/util.go"]).size).toBe(0);
  });
});

describe("copiedLines: the lines a copy holds of its original", () => {
  const lookups = (original: string, text: string): Lookups => ({
    ...emptyLookups(),
    copyOriginals: new Map([["new/x.py", original]]),
    baseContents: new Map([[original, text]]),
  });

  it("are the original's lines, when most of the file is the original's", () => {
    const file = added("new/x.py", ["def f():", "    # TODO: handle the empty case", "    return 1", "def g():", "    return 2", "print('new')"]);
    const text = ["def f():", "    # TODO: handle the empty case", "    return 1", "def g():", "    return 2"].join("\n");
    expect([...copiedLines(file, lookups("old/x.py", text))].sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it("are none when the file merely shares a name with another (under the copy's share)", () => {
    const file = added("new/x.py", ["import os", "# TODO: handle the empty case", "def a():", "    return 3", "def b():", "    return 4"]);
    expect(copiedLines(file, lookups("old/x.py", ["import os", "def z():", "    pass"].join("\n"))).size).toBe(0);
  });

  it("are none without the original's text", () => {
    expect(copiedLines(added("new/x.py", six("x")), emptyLookups()).size).toBe(0);
  });

  it("originalsRead keeps the originals whose text came, within the byte cap", () => {
    const originals = new Map([
      ["n/a.ts", "o/a.ts"],
      ["n/b.ts", "o/b.ts"],
      ["n/c.ts", "o/c.ts"],
    ]);
    const texts = new Map([
      ["o/a.ts", "x"],
      ["o/b.ts", "y".repeat(MAX_ORIGINAL_FILE_BYTES + 1)],
    ]);
    expect([...originalsRead(originals, texts).keys()]).toEqual(["n/a.ts"]);
  });
});

describe("shorterNames: the names a new file's name widens by a word or two (set 36)", () => {
  it("drops one or two words inside a camel-case or snake-case name, fewest first", () => {
    expect(shorterNames("AutoCompleteSystemExitTest.java")).toEqual([
      "AutoSystemExitTest.java",
      "AutoCompleteExitTest.java",
      "AutoCompleteSystemTest.java",
      "AutoExitTest.java",
      "AutoCompleteTest.java",
    ]);
    expect(shorterNames("test_cli_run.py")).toEqual(["test_run.py"]);
  });

  it("has none for a name of two words or none to split", () => {
    expect(shorterNames("FooTest.java")).toEqual([]);
    expect(shorterNames("Makefile")).toEqual([]);
    expect(shorterNames("parser.go")).toEqual([]);
  });
});
