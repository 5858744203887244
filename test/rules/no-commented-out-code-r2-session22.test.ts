import { addedFile, change } from "../helpers/make-change.js";
import { changed } from "../helpers/base-head.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { testRule } from "../helpers/rule-tester.js";

// Session 22, round 2 (#11), from set 22's verdicts:
// 1. guice bb59fbfe99: "Below each example is the equivalent code without using the :guice-ktx library" heads a test
//    whose live calls each have their plain form commented under them: side-by-side examples, judged wrong.
// 2. h3 978440b4a5: `// app2.use("/lazy", …)`, a blank line, then the section label `// Router` was said as 2 lines:
//    a lone capitalised word parsed with the code over it is a label of the live code under it, not code.
const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];

// ---- a declaration's heading comment announces the commented lines in its body as examples ----

const KOTLIN = (heading: string) => [
  "package a",
  "",
  "class ExtensionsTest {",
  `  ${heading}`,
  "  @Test",
  '  @Suppress("UNUSED_VARIABLE")',
  "  fun overview() {",
  "    val fooKey: Key<Foo> = key<Foo>()",
  "    // val fooKey: Key<Foo> = object : Key<Foo>() {}",
  "",
  "    bind<Foo>().to<FooImpl>()",
  "    // bind(Foo::class.java).to(FooImpl::class.java)",
  "  }",
  "}",
];
const TYPESCRIPT = (heading: string) => [
  'import { it } from "vitest";',
  "",
  heading,
  'it("builds queries", () => {',
  '  const q = select("id").from("users");',
  "  expect(q.sql).toBe(SQL);",
  "",
  '  // const stmt = db.prepare("SELECT id FROM users");',
  "  // expect(stmt.sql).toBe(SQL);",
  "});",
];
const PYTHON = (heading: string) => [
  heading,
  "def test_shortcuts():",
  "    cfg = load('app.toml')",
  "    assert cfg.name == 'app'",
  "",
  "    # with open('app.toml') as f:",
  "    #     raw = Config.from_file(f, format='toml')",
  "    # assert raw.name == 'app'",
];

valid.push(
  {
    name: "Kotlin: a test headed 'Below each example is the equivalent code …' (guice bb59fbfe99)",
    change: change([addedFile("core/test/a/ExtensionsTest.kt", KOTLIN("// Below each example is the equivalent code without using the :guice-ktx library."))]),
  },
  {
    name: "TypeScript: a test headed 'Each example is followed by its equivalent without the builder'",
    change: change([addedFile("test/query.test.ts", TYPESCRIPT("// Each example is followed by its equivalent without the builder."))]),
  },
  {
    name: "Python: a test headed 'Usage: the commented line under each call is the long form'",
    change: change([addedFile("tests/test_config.py", PYTHON("# Usage examples: the commented line under each call is the long form."))]),
  },
);

invalid.push(
  {
    name: "Kotlin: the same test under a heading that announces nothing",
    change: change([addedFile("core/test/a/ExtensionsTest.kt", KOTLIN("// Checks the extension functions bind what they say."))]),
    findings: [{ messageId: "commentedOutLine", line: 9 }],
  },
  {
    name: "Kotlin: a heading that says the commented lines are the old code",
    change: change([addedFile("core/test/a/ExtensionsTest.kt", KOTLIN("// Below each example is the old code we used before the library."))]),
    findings: [{ messageId: "commentedOutLine", line: 9 }],
  },
  {
    name: "Kotlin: a heading that names examples but not where they stand",
    change: change([addedFile("core/test/a/ExtensionsTest.kt", KOTLIN("// Examples of the guice-ktx library."))]),
    findings: [{ messageId: "commentedOutLine", line: 9 }],
  },
  {
    name: "TypeScript: the announcing comment set apart from the test by a blank line",
    change: change([
      addedFile(
        "test/query.test.ts",
        TYPESCRIPT("// Each example is followed by its equivalent without the builder.\n").flatMap((l) => l.split("\n")),
      ),
    ]),
    findings: [{ messageId: "commentedOut", line: 9 }],
  },
  {
    name: "Python: a heading over another function does not reach this one",
    change: change([
      addedFile("tests/test_config.py", [
        "# Usage examples: the commented line under each call is the long form.",
        "def test_names():",
        "    assert load('a.toml').name == 'a'",
        "",
        ...PYTHON("").slice(1),
      ]),
    ]),
    findings: [{ messageId: "commentedOut", line: 9 }],
  },
);

// ---- a section label under a commented line is not counted with it ----

const RESOLVE_BASE = [
  "const app = createApp();",
  "const app2 = createApp();",
  'app.use("/nested", app2);',
  'app2.use("/path", handlers[4]);',
  "",
  'router.get("/router", handlers[6]);',
  "",
].join("\n");
const RESOLVE_HEAD = (label: string) =>
  RESOLVE_BASE.replace("handlers[4]);\n\nrouter", `handlers[4]);\n// app2.use("/lazy", () => handlers[5], { lazy: true });\n\n${label}\nrouter`);

invalid.push(
  {
    name: "TypeScript: a commented line over a blank line and `// Router` is one line (h3 978440b4a5, in library code)",
    ...changed("src/routes.ts", RESOLVE_BASE, RESOLVE_HEAD("// Router")),
    findings: [{ messageId: "commentedOutLine", line: 5 }],
  },
  {
    name: "TypeScript: a second commented call under the blank line is still counted with the first",
    ...changed("src/routes.ts", RESOLVE_BASE, RESOLVE_HEAD('// router.get("/router/lazy", handlers[8]);')),
    findings: [{ messageId: "commentedOut", line: 5, data: { count: 2 } }],
  },
);

testRule("no-commented-out-code", { valid, invalid });
