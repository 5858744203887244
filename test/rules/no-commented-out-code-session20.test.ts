import { changed } from "../helpers/base-head.js";
import { testRule } from "../helpers/rule-tester.js";

/**
 * Session 20 (#10), from sets 11-19's rejects still said:
 * - a commented alternative with the version it needs after it (cc-rs's `// let linker_prefix =
 *   rustc_linker.strip_suffix("-gcc"); // >=1.45.0` over the manual split): the form to switch to later;
 * - one print or log call in a test, wrapped over a few lines by a formatter (tRPC's `// console.log(` /
 *   `//   'Restarting EventSource…',` / `// );` in a retry callback): the one-line trace a test keeps at hand.
 * Each kept shape has a twin that is still said.
 */
const edit = (path: string, base: string[], head: string[]) => changed(path, base.join("\n"), head.join("\n"));

// A lone commented alternative over the live code, with and without the version it needs.
const ALTERNATIVES: Array<[string, string, string[], string[], (note: string) => string, number]> = [
  [
    "Rust",
    "src/lib.rs",
    ["fn prefix(linker: &str) -> Option<&str> {", "    None", "}"],
    [
      "    let linker_prefix = if linker.len() > 4 {",
      "        let (prefix, suffix) = linker.split_at(linker.len() - 4);",
      '        if suffix == "-gcc" { Some(prefix) } else { None }',
      "    } else {",
      "        None",
      "    };",
      "    linker_prefix",
      "}",
    ],
    (note) => `    // let linker_prefix = linker.strip_suffix("-gcc");${note}`,
    2,
  ],
  [
    "Go",
    "clamp.go",
    ["package clamp", "", "func Clamp(v, lo, hi int) int {", "\treturn v", "}"],
    ["\tif v < lo {", "\t\treturn lo", "\t}", "\tif v > hi {", "\t\treturn hi", "\t}", "\treturn v", "}"],
    (note) => `\t// return max(lo, min(v, hi))${note}`,
    4,
  ],
  [
    "Java",
    "src/main/java/acme/Lists.java",
    ["class Lists {", "  static List<String> names(List<User> users) {", "    return null;", "  }", "}"],
    ["    List<String> out = new ArrayList<>();", "    for (User u : users) out.add(u.name);", "    return out;", "  }", "}"],
    (note) => `    // return users.stream().map(u -> u.name).toList();${note}`,
    4,
  ],
];

// A test's retry callback with a commented print, wrapped or not, and a commented call that is no print.
const TESTS: Array<[string, string, string[], string[], string[]]> = [
  [
    "TypeScript",
    "packages/tests/server/link.test.ts",
    ["test('retries', async () => {", "  const link = retryLink({", "    retry(opts) {", "      if (opts.code === 401) {"],
    ["        return true;", "      }", "      return false;", "    },", "  });", "  expect(await run(link)).toBe(2);", "});"],
    ["        // console.log(", "        //   'Restarting EventSource due to 401/403 error',", "        //   opts.code,", "        // );"],
  ],
  [
    "Kotlin",
    "src/test/kotlin/acme/RetryTest.kt",
    ["class RetryTest {", "    @Test", "    fun retries() {", "        val policy = RetryPolicy { code ->", "            if (code == 401) {"],
    ["                true", "            } else false", "        }", "        assertEquals(2, run(policy))", "    }", "}"],
    ["                // println(", '                //     "restarting after $code",', "                // )"],
  ],
  [
    "Python",
    "tests/test_retry.py",
    ["def test_retries():", "    def retry(code):", "        if code == 401:"],
    ["            return True", "        return False", "    assert run(retry) == 2"],
    ["            # print(", '            #     "restarting after", code,', "            # )"],
  ],
];

const NOT_PRINT: Record<string, string[]> = {
  TypeScript: ["        // await resetSession(", "        //   opts.client,", "        // );"],
  Kotlin: ["                // resetSession(", "                //     client,", "                // )"],
  Python: ["            # reset_session(", "            #     client,", "            # )"],
};

// The same wrapped print as all an else branch holds (commons-codec's contributed test, agreed on set 11): an empty branch.
const EMPTY_BRANCH: Array<[string, string, string[], string[], string[]]> = [
  [
    "Java",
    "src/test/java/acme/GuessTest.java",
    ["class GuessTest {", "  @Test", "  void guesses() {", "    if (exact) {", "      assertEquals(language, guess);", "    } else {"],
    ['      // System.out.println("warning: maps to several languages: " +', "      //     name + guesses);"],
    ["    }", "  }", "}"],
  ],
  [
    "TypeScript",
    "test/guess.test.ts",
    ["test('guesses', () => {", "  if (exact) {", "    expect(guess).toBe(language);", "  } else {"],
    ["    // console.log(", "    //   'maps to several languages', name,", "    // );"],
    ["  }", "});"],
  ],
  [
    "Kotlin",
    "src/test/kotlin/acme/GuessTest.kt",
    ["class GuessTest {", "    @Test", "    fun guesses() {", "        if (exact) {", "            assertEquals(language, guess)", "        } else {"],
    ["            // println(", '            //     "maps to several languages: $name",', "            // )"],
    ["        }", "    }", "}"],
  ],
];

testRule("no-commented-out-code", {
  valid: [
    ...ALTERNATIVES.flatMap(([lang, path, base, rest, alt]) =>
      [" // >=1.45.0", " // 1.45+", " // MSRV 1.45"].map((note) => ({
        name: `${lang}: a commented alternative noting the version it needs (${note.trim()})`,
        ...edit(path, base, [...base.slice(0, base.length - 2), alt(note), ...rest]),
      })),
    ),
    ...TESTS.map(([lang, path, before, after, print]) => ({
      name: `${lang}: one print call in a test, wrapped over lines`,
      ...edit(path, [...before, ...after], [...before, ...print, ...after]),
    })),
  ],
  invalid: [
    ...ALTERNATIVES.flatMap(([lang, path, base, rest, alt, line]) =>
      [""].map((note) => ({
        name: `${lang}: the same alternative with no note is said`,
        ...edit(path, base, [...base.slice(0, base.length - 2), alt(note), ...rest]),
        findings: [{ messageId: "commentedOutLine", line }],
      })),
    ),
    ...EMPTY_BRANCH.map(([lang, path, before, print, after]) => ({
      name: `${lang}: a wrapped print that is all its branch holds is said`,
      ...edit(path, [...before.slice(0, -1), ...after.slice(1)], [...before, ...print, ...after]),
      findings: [{ messageId: "commentedOut", line: before.length + 1 }],
    })),
    ...TESTS.map(([lang, path, before, after]) => ({
      name: `${lang}: a wrapped call in a test that is no print is said`,
      ...edit(path, [...before, ...after], [...before, ...NOT_PRINT[lang], ...after]),
      findings: [{ messageId: "commentedOut", line: before.length + 1 }],
    })),
  ],
});
