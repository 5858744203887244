import { addedFile, change, commit } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";
import { emptyLookups, type Lookups } from "../../src/engine/rule.js";

// What pr-size counts is the code a person reviews (#11): not tests written inside a source file,
// documentation markup, a parser generator's output beside its grammar, a library's versioned
// release, nor a sync of one branch into another.

/** Lines that share no token-level replacement and no table shape: `a0 = f0(0)`, `a1 = f3[7]`… */
const distinct = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => (i % 2 ? `${prefix}${i} = f${i * 3}[${i * 7}]` : `${prefix}${i} = f${i * 3}(${i * 7})`));
const newFile = (path: string, lines: string[]) => addedFile(path, lines, 1, { status: "added" });
const texts = (head: Record<string, string>, base: Record<string, string> = {}): Lookups => ({
  ...emptyLookups(),
  fileContents: new Map(Object.entries(head)),
  baseContents: new Map(Object.entries(base)),
});

/** Rust code lines: `let a0 = f0(0);`… */
const rust = (prefix: string, n: number) => distinct(`let ${prefix}`, n).map((l) => `    ${l};`);
/** A Rust source file edited: base `fn code() {…}`, head the same plus `added` lines. */
const rustEdit = (path: string, base: string[], added: string[]) => {
  const head = [...base, ...added];
  return {
    change: change([addedFile(path, added, base.length + 1)]),
    lookups: texts({ [path]: head.join("\n") }, { [path]: base.join("\n") }),
  };
};
const RUST_BASE = ["pub fn parse(s: &str) -> usize {", ...rust("p", 20), "    0", "}"];
/** A `#[cfg(test)] mod tests` with `n` lines of asserts, a brace in a string and a char literal among them. */
const rustTests = (n: number) => [
  "#[cfg(test)]",
  "mod tests {",
  "    use super::*;",
  "    #[test]",
  "    fn braces() {",
  '        assert_eq!(parse("}{"), 0);',
  "        let c = '{';",
  "    }",
  ...rust("t", n),
  "}",
];
/** `#[test]` functions at the top level, and a `#[cfg(test)]` helper and constant. */
const rustTestFns = (n: number) => [
  "#[cfg(test)] // only used for testing",
  'const SAMPLE: &str = "a;b";',
  "#[test]",
  "#[should_panic]",
  "fn panics() {",
  ...rust("u", n),
  "}",
  "#[tokio::test]",
  "async fn runs() {",
  ...rust("v", n),
  "}",
];

const zig = (prefix: string, n: number) => distinct(`const ${prefix}`, n).map((l) => `    ${l};`);

/** A grammar and the generator's output beside it, both edited. */
const grammarAndOutput = (grammar: string, output: string, outputLines: number) =>
  change([addedFile(grammar, distinct("g", 16), 1, { deletions: 12 }), addedFile(output, distinct("o", outputLines), 1, { deletions: outputLines })]);

/** A Web API project whose packages.config (new) lists `ids`, with `n` lines in a new area `area`. */
const webProject = (ids: string[], area: string, n: number, dir = "src/Examples.WebAPI/") =>
  change([
    newFile(`${dir}packages.config`, ["<packages>", ...ids.map((id) => `  <package id="${id}" version="5.2.2" targetFramework="net451" />`), "</packages>"]),
    newFile(`${dir}Areas/${area}/SampleGeneration/ObjectGenerator.cs`, distinct("o", n)),
    newFile(`${dir}Areas/${area}/Views/Help/Index.cshtml`, distinct("v", n)),
    newFile(`${dir}Controllers/ValuesController.cs`, distinct("c", 60)),
  ]);

const HANDLEBARS = [
  "// lib/handlebars/base.js",
  "this.Handlebars = {};",
  "(function(Handlebars) {",
  'Handlebars.VERSION = "1.0.rc.1";',
  ...distinct("h", 1300),
];
const javaWork = newFile("handlebars/src/main/java/com/acme/PrecompiledHelper.java", distinct("j", 165));

testRule("pr-size", {
  valid: [
    {
      // chrono bc58a7db52: "Add various tests for current parsing", all inside #[cfg(test)] modules and test files.
      name: "Rust: lines added inside a #[cfg(test)] module are tests, not code to review",
      ...rustEdit("src/format/parse.rs", RUST_BASE, rustTests(1000)),
    },
    {
      name: "Rust: #[test] functions and #[cfg(test)] items at the top level are tests",
      ...rustEdit("src/format/strftime.rs", RUST_BASE, rustTestFns(500)),
    },
    {
      name: "Rust: a test module in a file of its own (`src/datetime/tests.rs`) is a test file",
      change: change([newFile("src/datetime/tests.rs", rust("t", 1700))]),
    },
    {
      name: "Zig: test blocks in a source file are tests",
      ...rustEdit("src/parse.zig", ["pub fn parse() void {", ...zig("p", 10), "}"], ['test "parses" {', ...zig("t", 1700), "}"]),
    },
    {
      // Exposed 886f071bbe: the "Deep dive into DSL" page split into Writerside topics.
      name: "Writerside .topic pages, AsciiDoc and Texinfo are documentation",
      change: change([
        newFile("documentation-website/Writerside/topics/DSL-CRUD-operations.topic", distinct("<p>t", 900)),
        newFile("guide/manual.adoc", distinct("a", 900)),
        newFile("doc/ref.texi", distinct("i", 900)),
      ]),
    },
    {
      // alacritty bd4906722a: the manual pages written in scdoc (971 lines counted as code, judged wrong, set 28).
      name: "manual pages in scdoc, ronn, POD and roff are documentation",
      change: change(["extra/man/alacritty.5.scd", "man/tool.1.ronn", "lib/Tool.pod", "extra/alacritty.1"].map((p) => newFile(p, distinct(p, 900)))),
    },
    {
      // Exposed 6c63a2c583: the docs' code snippets extracted into a project inside the docs website.
      name: "a snippets project inside a root documentation website is the docs' example code",
      change: change([newFile("documentation-website/Writerside/snippets/exposed-dsl/src/main/kotlin/org/example/App.kt", distinct("k", 1700))]),
    },
    ...[
      // fluentassertions 4caabe3686.
      "Merge from Main branch into Dev (last included changeset is 69498)",
      "Merge from trunk into release-2.0",
      "Merge the release branch into develop",
    ].map((title) => ({
      name: `a sync of one branch into another is quiet: ${title}`,
      // With the merge commit that shows the branch coming in (pr-size-title-trust.test.ts: the title alone is not enough).
      change: change([newFile("src/a.ts", distinct("a", 900)), newFile("lib/b.ts", distinct("b", 900))], {
        title,
        commits: [commit(title, { parents: ["a", "b"] })],
      }),
    })),
    {
      // mail 7724ef106f: Ragel grammars edited, the Ruby parsers regenerated beside them.
      name: "Ruby: Ragel's output beside the .rl grammar the change edits is the generator's",
      change: grammarAndOutput("lib/mail/parsers/received_parser.rl", "lib/mail/parsers/received_parser.rb", 2000),
    },
    {
      name: "Ruby: Treetop's compiled parser beside the .treetop grammar is the generator's",
      change: grammarAndOutput("lib/mail/parsers/content_type.treetop", "lib/mail/parsers/content_type.rb", 2000),
    },
    {
      name: "C: bison's parse.tab.c beside the parse.y the change edits is the generator's",
      change: grammarAndOutput("src/parse.y", "src/parse.tab.c", 2000),
    },
    {
      name: "C: re2c's lexer.c beside lexer.re is the generator's, also when both are deleted",
      change: change([
        addedFile("src/lexer.re", [], 1, { status: "removed", additions: 0, deletions: 40 }),
        addedFile("src/lexer.c", [], 1, { status: "removed", additions: 0, deletions: 9000 }),
        addedFile("src/scan.re", distinct("r", 30), 1, { status: "added" }),
        addedFile("src/scan.c", distinct("c", 3000), 1, { status: "added" }),
      ]),
    },
    {
      // rdoc 11b093a59b "Commit generated files": kpeg's and Racc's outputs committed beside grammars the change leaves alone
      // (10,425 lines counted, judged wrong, set 30).
      name: "Ruby: kpeg's and Racc's outputs beside grammars the repository holds are the generators'",
      change: change([newFile("lib/rdoc/markdown.rb", distinct("m", 2000)), newFile("lib/rdoc/rd/block_parser.rb", distinct("b", 1000))]),
      lookups: {
        ...emptyLookups(),
        fileTree: ["lib/rdoc/markdown.kpeg", "lib/rdoc/rd/block_parser.ry", "lib/rdoc/markdown.rb", "lib/rdoc/rd/block_parser.rb"],
      },
    },
    {
      // handlebars.java 9a3d665bf8: Handlebars.js vendored as a resource for Rhino.
      name: "a new JS file named with a version its text states is a library's release",
      change: change([newFile("handlebars/src/main/resources/handlebars-1.0.rc.1.js", HANDLEBARS), javaWork]),
      options: { max_lines: 800 },
      lookups: texts({ "handlebars/src/main/resources/handlebars-1.0.rc.1.js": HANDLEBARS.join("\n") }),
    },
    {
      // MediatR 8bdb112317: a Web API example with the HelpPage package's area installed as source.
      name: "C#: an area a package of its name installs (Areas/HelpPage/ with Microsoft.AspNet.WebApi.HelpPage) is the package's",
      change: webProject(["Microsoft.AspNet.WebApi", "Microsoft.AspNet.WebApi.HelpPage"], "HelpPage", 900),
    },
  ],
  invalid: [
    {
      name: "what was left out is named when it is more than what was counted",
      options: { max_lines: 800 },
      change: change([
        ...grammarAndOutput("lib/mail/parsers/received_parser.rl", "lib/mail/parsers/received_parser.rb", 1000).files,
        newFile("lib/mail/field.rb", distinct("f", 900)),
      ]),
      findings: [{ messageId: "tooBig", data: { light: "; 2000 lines not counted in generated `lib/mail/parsers/received_parser.rb`" } }],
    },
    {
      name: "what was left out is not named when it is less than what was counted",
      options: { max_lines: 800 },
      change: change([
        ...grammarAndOutput("src/parse.y", "src/parse.tab.c", 100).files,
        ...grammarAndOutput("src/scan.l", "src/scan.c", 50).files,
        newFile("src/main.c", distinct("m", 900)),
      ]),
      findings: [{ messageId: "tooBig", data: { light: "" } }],
    },
    {
      name: "Ruby: a grammar of the same name in another folder does not make a file its output",
      options: { max_lines: 800 },
      change: change([newFile("lib/rdoc/markdown.rb", distinct("m", 2000))]),
      lookups: { ...emptyLookups(), fileTree: ["grammars/markdown.kpeg", "lib/rdoc/markdown.rb"] },
      findings: [{ messageId: "tooBig" }],
    },
    {
      name: "Rust: code after a test module counts (a brace in a string or a char literal does not end it early)",
      options: { max_lines: 800 },
      ...rustEdit("src/format/parse.rs", RUST_BASE, [...rustTests(300), "pub fn more() {", ...rust("m", 900), "}"]),
      findings: [{ messageId: "tooBig", data: { added: 902 } }],
    },
    {
      name: "Rust: a `#[cfg(test)] mod tests;` declaration ends at its semicolon",
      options: { max_lines: 800 },
      ...rustEdit("src/lib.rs", RUST_BASE, ["#[cfg(test)]", "mod tests;", "pub fn more() {", ...rust("m", 900), "}"]),
      findings: [{ messageId: "tooBig", data: { added: 902 } }],
    },
    {
      name: "Rust: code in a file merely named like a test helper (`tests_support.rs`) counts",
      options: { max_lines: 800 },
      change: change([newFile("src/tests_support.rs", rust("t", 900))]),
      findings: [{ messageId: "tooBig" }],
    },
    {
      name: "a file whose name only ends in a digit is code",
      options: { max_lines: 800 },
      change: change([newFile("src/v1.ts", distinct("v", 500)), newFile("src/parse.1.ts", distinct("c", 500))]),
      findings: [{ messageId: "tooBig" }],
    },
    {
      name: "a .topic file is docs, but Kotlin beside the docs site in a product folder counts",
      options: { max_lines: 800 },
      change: change([newFile("website-builder/src/App.kt", distinct("k", 900))]),
      findings: [{ messageId: "tooBig" }],
    },
    {
      name: '"Merge Foo into Bar" without a branch word may be two classes made one: counted',
      options: { max_lines: 800 },
      change: change([newFile("src/a.ts", distinct("a", 900))], { title: "Merge ParserHelper into Parser" }),
      findings: [{ messageId: "tooBig" }],
    },
    {
      name: "a generator's output counts when its grammar is not in the change (an edit by hand)",
      options: { max_lines: 800 },
      change: change([addedFile("lib/mail/parsers/received_parser.rb", distinct("o", 900), 1, { deletions: 10 })]),
      findings: [{ messageId: "tooBig" }],
    },
    {
      name: "a Ruby file in another folder than the grammar of its name counts",
      options: { max_lines: 800 },
      change: grammarAndOutput("grammar/received_parser.rl", "lib/received_parser.rb", 900),
      findings: [{ messageId: "tooBig" }],
    },
    {
      name: "a versioned name whose text does not state that version is the project's script",
      options: { max_lines: 800 },
      change: change([newFile("db/migrate-2.1.js", distinct("m", 900))]),
      lookups: texts({ "db/migrate-2.1.js": distinct("m", 900).join("\n") }),
      findings: [{ messageId: "tooBig" }],
    },
    {
      name: "C#: an area of the team's own (no package of its name) counts",
      options: { max_lines: 800 },
      change: webProject(["Microsoft.AspNet.WebApi", "Microsoft.AspNet.WebApi.HelpPage"], "Admin", 450),
      findings: [{ messageId: "tooBig" }],
    },
    {
      name: "C#: a package added to another project does not take this project's area out",
      options: { max_lines: 800 },
      change: change([
        newFile("src/Other/packages.config", ['<package id="Microsoft.AspNet.WebApi.HelpPage" version="5.2.2" />']),
        newFile("src/Web/Areas/HelpPage/HelpController.cs", distinct("h", 900)),
      ]),
      findings: [{ messageId: "tooBig" }],
    },
  ],
});
