import { changed } from "../helpers/base-head.js";
import { testRule } from "../helpers/rule-tester.js";

// Set 29 (#10), three findings judged *wrong*:
// - reline 6a7e249374: `# EOF key: { char: nil, method_symbol: nil }` over `Key = Struct.new(…)` documents its fields
//   (RDoc documents a constant as it does a method);
// - reline 24e6128676: a regenerated table's header `# UNICODE_VERSION = '15.1.0'` became `'16.0.0'`: the old line;
// - mongo-csharp-driver 59c9d34180: "// equivalement method call syntax" over the method-call form of the query above.
const RB_BASE = ["module Reline", "  class ConfigEncodingConversionError < StandardError; end", "", "  VERSION = '0.5.0'", "end", ""];
const rbHead = (comment: string[], declaration: string) => [...RB_BASE.slice(0, 3), ...comment, declaration, "", ...RB_BASE.slice(3)];
const FIELDS = ["  # EOF key: { char: nil, method_symbol: nil }", "  # Other key: { char: String, method_symbol: Symbol }"];

const TABLE = (version: string) => [
  "class Reline::Unicode::EastAsianWidth",
  "  CHUNK_FIRST = [0x0, 1]",
  `  # UNICODE_VERSION = '${version}'`,
  "  CHUNK_LAST = [0x1f, 2]",
  "end",
  "",
];

const CS_BASE = [
  "public class CSharp4054Tests",
  "{",
  "    [Fact]",
  "    public void Query_should_work()",
  "    {",
  "        var queryable = from person in people.AsQueryable()",
  "            from movieId in person.MovieIds",
  "            select new { person, movieId };",
  "",
  "        var stages = Translate(queryable);",
  "        stages.Should().HaveCount(2);",
  "    }",
  "}",
  "",
];
const METHOD_FORM = [
  "        // var queryable = people.AsQueryable()",
  "        //     .SelectMany(",
  "        //         person => person.MovieIds,",
  "        //         (person, movieId) => new { person = person, movieId = movieId });",
  "",
];
const csHead = (heading: string[]) => [...CS_BASE.slice(0, 9), ...heading, ...METHOD_FORM, ...CS_BASE.slice(9)];
const CS = "tests/MongoDB.Driver.Tests/Linq/Jira/CSharp4054Tests.cs";

// minio-go 60f5f057b2 (judged agree): the mint suite's check reports through `logError`, commented out for a print.
const MINT_BASE = ["package main", "", "func testPutObjectWithChecksums() {", "\tstartTime := time.Now()", "\trun(startTime)", "}", ""];
const mint = (parked: string) => [
  ...MINT_BASE.slice(0, 5),
  "\tcmpChecksum := func(got, want string) {",
  "\t\tif want != got {",
  parked,
  '\t\t\tfmt.Printf("want %s, got %s\\n", want, got)',
  "\t\t\treturn",
  "\t\t}",
  "\t}",
  '\tcmpChecksum("a", "b")',
  ...MINT_BASE.slice(5),
];

testRule("no-commented-out-code", {
  valid: [
    {
      name: "Go: one commented print in the same test is minor",
      ...changed("functional_tests.go", MINT_BASE.join("\n"), mint('\t\t\t//fmt.Println("checksum", got)').join("\n")),
    },
    {
      name: "Ruby: comments over a constant's declaration are its documentation (reline 6a7e249374)",
      ...changed("lib/reline.rb", RB_BASE.join("\n"), rbHead(FIELDS, "  Key = Struct.new(:char, :method_symbol, :unused_boolean)").join("\n")),
    },
    {
      name: "Ruby: an old commented line whose value alone changed is the old line (reline 24e6128676)",
      ...changed("lib/reline/unicode/east_asian_width.rb", TABLE("15.1.0").join("\n"), TABLE("16.0.0").join("\n")),
    },
    {
      name: "C#: a heading that names the lines under it as the equivalent of the query above (mongo-csharp-driver 59c9d34180)",
      ...changed(CS, CS_BASE.join("\n"), csHead(["        // equivalement method call syntax"]).join("\n")),
    },
  ],
  invalid: [
    {
      name: "Go: a test suite's failure report commented out inside a test (minio-go 60f5f057b2)",
      ...changed(
        "functional_tests.go",
        MINT_BASE.join("\n"),
        mint('\t\t\t//logError(testName, function, args, startTime, "", "checksum mismatch", err)').join("\n"),
      ),
      findings: [{ messageId: "commentedOutLine" }],
    },
    {
      name: "Ruby: the same lines over a local variable's assignment are code",
      ...changed("lib/reline.rb", RB_BASE.join("\n"), rbHead(FIELDS, "  key = Struct.new(:char, :method_symbol, :unused_boolean)").join("\n")),
      findings: [{ messageId: "commentedOut" }],
    },
    {
      name: "C#: the same lines with no heading",
      ...changed(CS, CS_BASE.join("\n"), csHead([]).join("\n")),
      findings: [{ messageId: "commentedOut" }],
    },
  ],
});
