import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { testRule } from "../helpers/rule-tester.js";
import { changed } from "../helpers/base-head.js";
import { addedFile, change } from "../helpers/make-change.js";
import { range, SAMPLES } from "../syntax/samples.js";

const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];

/** The file under a generator's header line, in the sample's own comment syntax. */
const generated = (s: (typeof SAMPLES)[number], text: string) => `${/^\s*(\/\/|#)/.exec(s.commentedCall)![1]} File generated from our OpenAPI spec\n${text}`;

for (const s of SAMPLES) {
  const long = s.file("big", range(70, s.stmt));
  const edited = s.file(
    "big",
    range(70, (i) => s.stmt(i === 30 ? 999 : i)),
  );
  valid.push(
    { name: `${s.lang}: a new short function`, ...changed(s.path, undefined, s.file("small", range(10, s.stmt))) },
    { name: `${s.lang}: a line edited inside an existing long function, same size`, ...changed(s.path, long, edited) },
    { name: `${s.lang}: an existing long function grown by fewer lines than min_growth`, ...changed(s.path, long, s.file("big", range(75, s.stmt))) },
    {
      // requests 8546a155, gin 86ff4a64: a 4-line fix tipped a 58-line function just past 60.
      name: `${s.lang}: an existing function tipped over the max by fewer lines than min_growth`,
      ...changed(s.path, s.file("big", range(56, s.stmt)), s.file("big", range(60, s.stmt))),
    },
    { name: `${s.lang}: a long function renamed`, ...changed(s.path, long, s.file("renamed", range(70, s.stmt))) },
    {
      // stripe-node's src/resources/*.ts start "// File generated from our OpenAPI spec": 108 findings on one commit series.
      name: `${s.lang}: a generated file's long function grows (its header says so)`,
      ...changed(s.path, generated(s, long), generated(s, s.file("big", range(85, s.stmt)))),
    },
    { name: `${s.lang}: fixtures are not reviewed for structure`, ...changed(s.path.replace(/[^/]+$/, "__fixtures__/$&"), undefined, long) },
  );
  invalid.push(
    {
      name: `${s.lang}: a new function over the limit`,
      ...changed(s.path, undefined, long),
      findings: [{ messageId: "tooLong", path: s.path, data: { name: "big", max: 60 } }],
    },
    {
      name: `${s.lang}: an existing function that crosses the limit in this change`,
      ...changed(s.path, s.file("big", range(50, s.stmt)), long),
      findings: [{ messageId: "tooLong", data: { name: "big" } }],
    },
    {
      name: `${s.lang}: an existing long function that grows materially`,
      ...changed(s.path, long, s.file("big", range(85, s.stmt))),
      findings: [{ messageId: "grew", data: { name: "big", max: 60 } }],
    },
  );
}

/**
 * A function moved from a file the change removed (probot's src/webhook-event-check.ts →
 * src/helpers/, gson's TypeAdapters → JsonElementTypeAdapter): the new file's added lines, the
 * old file's base text.
 */
function movedTo(body: number, movedBody: number) {
  const ts = SAMPLES[0];
  const from = ts.file("isSubscribedToEvent", range(body, ts.stmt));
  const to = ts.file("isSubscribedToEvent", range(movedBody, ts.stmt)).split("\n");
  return {
    change: change([
      addedFile("src/helpers/webhook-event-check.ts", to, 1, { status: "added" }),
      addedFile("src/webhook-event-check.ts", [], 1, { status: "removed", deletions: from.split("\n").length }),
    ]),
    lookups: { issues: new Map(), fileContents: new Map(), baseContents: new Map([["src/webhook-event-check.ts", from]]) },
  };
}

const suite = (n: number) => ['describe("Probot", () => {', ...range(n, (i) => `  it("case ${i}", () => expect(${i}).toBe(${i}));`), "});"].join("\n");

testRule("max-function-length", {
  valid: [
    ...valid,
    { name: "TS: a long describe() suite is a container, not a function", ...changed("test/a.test.ts", undefined, suite(70)) },
    {
      name: "TS: a long test case is a test callback, not a function",
      ...changed(
        "test/a.test.ts",
        undefined,
        ['describe("P", () => {', '  it("long", () => {', ...range(70, (i) => `    expect(${i}).toBe(${i});`), "  });", "});"].join("\n"),
      ),
    },
    {
      name: "Ruby: a long RSpec describe block",
      ...changed("spec/a_spec.rb", undefined, ['describe "X" do', ...range(70, (i) => `  it("c${i}") { expect(${i}).to eq(${i}) }`), "end"].join("\n")),
    },
    {
      name: "TS: an option literal is not a function",
      ...changed("src/options.ts", undefined, ["export const options = {", ...range(70, (i) => `  option${i}: ${i},`), "};"].join("\n")),
    },
    {
      name: "Python: a table literal is not a function",
      ...changed("app/table.py", undefined, ["TABLE = [", ...range(70, (i) => `    (${i}, "${i}"),`), "]"].join("\n")),
    },
    {
      name: "without base text, an existing function edited on one line is not judged",
      ...(() => {
        const c = changed("src/a.ts", SAMPLES[0].file("big", range(70, SAMPLES[0].stmt)), SAMPLES[0].file("big", range(71, SAMPLES[0].stmt)));
        c.lookups.baseContents = new Map();
        return c;
      })(),
    },
    {
      name: "Python: a signature split over lines by a formatter counts by its body only",
      ...changed(
        "app/a.py",
        ["def f(self, a=1, b=False):", ...range(57, (i) => `    x = ${i}`), "    return x"].join("\n"),
        ["def f(", "    self, a: int = 1, b: bool = False", ") -> int:", ...range(57, (i) => `    x = ${i}`), "    return x"].join("\n"),
      ),
    },
    {
      name: "Python: the real function, not an @overload stub, is paired with its base version",
      ...changed(
        "app/a.py",
        ["def f(a):", ...range(70, (i) => `    x = ${i}`)].join("\n"),
        ["@overload", "def f(a: int) -> int: ...", "@overload", "def f(a: str) -> str: ...", "def f(a):", ...range(70, (i) => `    x = ${i}`)].join("\n"),
      ),
    },
    {
      name: "Go: a long table-driven test function is a test case, not a function",
      ...changed("pkg/a_test.go", undefined, ["package pkg", "func TestTable(t *testing.T) {", ...range(70, (i) => `	check(t, ${i})`), "}"].join("\n")),
    },
    {
      name: "Ruby: comments added inside an already long method are not growth",
      ...changed(
        "lib/lint.rb",
        ["def check(env)", ...range(70, (i) => `  x += ${i}`), "end"].join("\n"),
        ["def check(env)", ...range(70, (i) => `  ## The environment must hold key ${i}:\n  x += ${i}`), "end"].join("\n"),
      ),
    },
    {
      name: "Ruby: a loop that defines specs is a suite, not a function",
      ...changed(
        "spec/a_spec.rb",
        undefined,
        ["[true, false].each do |global|", '  describe "x" do', ...range(70, (i) => `    it("c${i}") { expect(${i}).to eq(${i}) }`), "  end", "end"].join("\n"),
      ),
    },
    {
      name: "Kotlin: a Gradle build script's configuration block is an option literal",
      ...changed("app/build.gradle.kts", undefined, ["kotlin {", "  sourceSets {", ...range(70, (i) => `    dep("x:${i}")`), "  }", "}"].join("\n")),
    },
    { name: "TS: a long function moved to a new file, as it was", ...movedTo(70, 70) },
    { name: "TS: a long function moved to a new file, grown by less than min_growth", ...movedTo(70, 75) },
    {
      name: "TS: a long function moved out of a file the change edits",
      change: change([
        addedFile("src/b.ts", SAMPLES[0].file("big", range(70, SAMPLES[0].stmt)).split("\n"), 1, { status: "added" }),
        addedFile("src/a.ts", ["// rest"], 1, { deletions: 74 }),
      ]),
      lookups: {
        issues: new Map(),
        fileContents: new Map([["src/a.ts", "// rest"]]),
        baseContents: new Map([["src/a.ts", SAMPLES[0].file("big", range(70, SAMPLES[0].stmt))]]),
      },
    },
    {
      // moshi 484d525d "Convert adapters to Kotlin": a Java method ported as a Kotlin function.
      name: "Java to Kotlin: a long method ported to another language, as long as it was",
      ...(() => {
        const java = SAMPLES.find((x) => x.lang === "Java")!;
        const kotlin = SAMPLES.find((x) => x.lang === "Kotlin")!;
        const from = java.file("parse", range(70, java.stmt));
        return {
          change: change([
            addedFile("src/main/kotlin/Iso8601Utils.kt", kotlin.file("parse", range(70, kotlin.stmt)).split("\n"), 1, { status: "added" }),
            addedFile("src/main/java/Iso8601Utils.java", [], 1, { status: "removed", deletions: from.split("\n").length }),
          ]),
          lookups: { issues: new Map(), fileContents: new Map(), baseContents: new Map([["src/main/java/Iso8601Utils.java", from]]) },
        };
      })(),
    },
    { name: "Go: within a raised max", options: { max: 100 }, ...changed("main.go", undefined, SAMPLES[3].file("Big", range(80, SAMPLES[3].stmt))) },
  ],
  invalid: [
    ...invalid,
    {
      name: "TS: a long function moved to a new file and grown materially",
      ...movedTo(70, 85),
      findings: [{ messageId: "grew", data: { name: "isSubscribedToEvent" } }],
    },
    {
      name: "TS: a function under the limit moved and grown over it",
      ...movedTo(50, 70),
      findings: [{ messageId: "tooLong", data: { name: "isSubscribedToEvent" } }],
    },
    {
      name: "TS: exact span and message data for a grown function",
      ...changed("src/a.ts", SAMPLES[0].file("getCompletions", range(253, SAMPLES[0].stmt)), SAMPLES[0].file("getCompletions", range(267, SAMPLES[0].stmt))),
      findings: [{ messageId: "grew", path: "src/a.ts", line: 255, data: { name: "getCompletions", before: 256, length: 270, max: 60 } }],
    },
    {
      name: "TS: a long callback that is not a test is named by its call",
      ...changed("src/server.ts", undefined, ['app.get("/health", (req, res) => {', ...range(70, (i) => `  res.write("${i}");`), "});"].join("\n")),
      findings: [{ messageId: "tooLong", line: 1, data: { name: 'app.get("/health") callback', length: 72 } }],
    },
    {
      name: "TS: a long callback inside a long function is one finding, on the outer function",
      ...changed(
        "src/setup.ts",
        undefined,
        ["export function setup(app) {", '  app.get("/x", (req, res) => {', ...range(70, (i) => `    res.write("${i}");`), "  });", "}"].join("\n"),
      ),
      findings: [{ messageId: "tooLong", line: 1, data: { name: "setup" } }],
    },
    {
      name: "TSX: an arrow function component is named by its variable",
      ...changed("src/C.tsx", undefined, ["export const C = () => {", ...range(70, (i) => `  use(${i});`), "  return <div />;", "};"].join("\n")),
      findings: [{ messageId: "tooLong", data: { name: "C", length: 73 } }],
    },
  ],
});
