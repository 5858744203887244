import { changed } from "../helpers/base-head.js";
import { addedFile, change } from "../helpers/make-change.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { testRule } from "../helpers/rule-tester.js";

// Session 10 (#11): prints only re-wrapped are not new, and a print that is an exception assertion's sink is no leftover.
// Each kept case has a twin that is still a finding.
const one = (path: string, lines: string[]) => change([addedFile(path, lines)]);
const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];

// ---- 1. line breaks restored, or a formatter's re-wrap of a print that was there ----
const HELP = [
  "public class HelpFormatter {",
  "    public void layout() {",
  "        for (final Iterator i = lines.iterator(); i.hasNext();) {",
  "            System.out.println(i.next());",
  "        }",
  '        System.out.println("-- end of help --");',
  "    }",
  "}",
];
valid.push({
  // commons-cli ca1e681ac7: each file was one line at base; the revert restores its line breaks.
  name: "Java: a print the base had on its one collapsed line, its line breaks restored",
  ...changed("src/java/HelpFormatter.java", HELP.join(""), HELP.join("\n")),
});
// Beside a new print, so the file prints more than before: the re-wrapped one must be known by its text.
const REPORT = (print: string[]) => ["export function tally(total, failed) {", ...print, "  console.log(total);", "}"];
invalid.push(
  {
    name: "JavaScript: a formatter splits a print that was there onto three lines; only the new print is said",
    ...changed(
      "src/tally.js",
      ["export function tally(total, failed) {", "  console.log(totalCount, failedCount, skippedCount, pendingCount);", "}"].join("\n"),
      REPORT(["  console.log(", "    totalCount, failedCount,", "    skippedCount, pendingCount);"]).join("\n"),
    ),
    findings: [{ messageId: "debug", line: 5 }],
  },
  {
    name: "JavaScript: a formatter joins a print that was wrapped onto one line; only the new print is said",
    ...changed(
      "src/tally.js",
      ["export function tally(total, failed) {", "  console.log(", "    totalCount, failedCount,", "    skippedCount, pendingCount);", "}"].join("\n"),
      REPORT(["  console.log(totalCount, failedCount, skippedCount, pendingCount);"]).join("\n"),
    ),
    findings: [{ messageId: "debug", line: 3 }],
  },
);
invalid.push({
  name: "Java: the file restored, but the print was not in the collapsed line: it is new",
  ...changed("src/java/HelpFormatter.java", [...HELP.slice(0, 3), ...HELP.slice(4)].join(""), HELP.join("\n")),
  findings: [{ messageId: "debug", line: 4 }],
});

// ---- 2. the sink of an exception assertion ----
valid.push(
  {
    // Moq a18403c135: a bare `.Object` read is no C# statement; the print makes it run, and the assertion is that it throws.
    name: "C#: Console.WriteLine as the body of Assert.Throws's lambda, its brace on the next line",
    change: one("UnitTests/MockFixture.cs", [
      "public class MockFixture",
      "{",
      "\t[Fact]",
      "\tpublic void ThrowsIfNoMatchingConstructorFound()",
      "\t{",
      "\t\tAssert.Throws<ArgumentException>(() =>",
      "\t\t{",
      "\t\t\tConsole.WriteLine(new Mock<ClassWithNoDefaultConstructor>(25, true).Object);",
      "\t\t});",
      "\t}",
      "}",
    ]),
  },
  {
    name: "C#: Console.WriteLine inside a one-line Assert.Throws",
    change: one("UnitTests/MockFixture.cs", [
      "public class MockFixture",
      "{",
      "    [Fact]",
      "    public void Throws()",
      "    {",
      "        Assert.Throws<MockException>(() => Console.WriteLine(mock.Object.Value));",
      "    }",
      "}",
    ]),
  },
  {
    name: "Kotlin: println inside assertFailsWith",
    change: one("src/test/kotlin/ParseTest.kt", [
      "class ParseTest {",
      "    @Test",
      "    fun rejectsGarbage() {",
      "        assertFailsWith<IllegalArgumentException> {",
      '            println(LocalDate.parse("garbage"))',
      "        }",
      "    }",
      "}",
    ]),
  },
);
invalid.push({
  name: "C#: the same print in the test's own body, outside the assertion, is a leftover",
  change: one("UnitTests/MockFixture.cs", [
    "public class MockFixture",
    "{",
    "    [Fact]",
    "    public void Throws()",
    "    {",
    "        Console.WriteLine(mock.Object.Value);",
    "        Assert.Throws<MockException>(() => mock.Object.Run());",
    "    }",
    "}",
  ]),
  findings: [{ messageId: "debug", line: 6 }],
});

// ---- 3. output the change says is temporary ----
const COPY_TEST = [
  "describe('copySync', () => {",
  "  it('should have the same timestamps on copy', function (done) {",
  "    console.log(require('../../util/utimes').hasMillisRes())",
  "    fs.copySync(from, TEST_DIR, { preserveTimestamps: true })",
  "    done()",
  "  })",
  "})",
];
invalid.push(
  {
    // node-fs-extra c83ca2df8b: "output millisecond resolution in tests (TEMPORARY)". Session 19: the title is the
    // author's word and the print is still a leftover at merge, so it is a notice, not silence (temporary-output.ts).
    name: "JavaScript: a print in a change whose subject says it is temporary is a notice",
    change: change([addedFile("lib/copy/__tests__/copy-sync.test.js", COPY_TEST)], { title: "copy-sync: output millisecond resolution in tests (TEMPORARY)" }),
    findings: [{ messageId: "debug", line: 3, severity: "notice" }],
  },
  {
    name: "JavaScript: the same print in a change that says it adds debugging is still a leftover",
    change: change([addedFile("lib/copy/__tests__/copy-sync.test.js", COPY_TEST)], { title: "add some debugging, fix a few simple bugs" }),
    findings: [{ messageId: "debug", line: 3 }],
  },
  {
    name: "JavaScript: a breakpoint in a temporary change still stops the program",
    change: change([addedFile("lib/copy.js", ["export function copy(a) {", "  debugger;", "  return a;", "}"])], { title: "temporary: trace copy" }),
    findings: [{ messageId: "stops", line: 2 }],
  },
);

// ---- 4. a macro or function that dumps statistics ----
const STATS = (name: string) => [
  "pub static STOLEN_JOB: AtomicUsize = AtomicUsize::new(0);",
  "",
  `macro_rules! ${name} {`,
  "    () => {",
  "        {",
  "            let stolen = ::log::STOLEN_JOB.load(Ordering::SeqCst);",
  '            println!("Jobs stolen: {:?}", stolen);',
  "        }",
  "    }",
  "}",
];
valid.push({
  // rayon d1587340e9: `dump_stats!` prints the counters when asked.
  name: "Rust: a print in a macro named for dumping statistics",
  change: one("src/log.rs", STATS("dump_stats")),
});
invalid.push({
  name: "Rust: the same print in a macro that counts is a leftover",
  change: one("src/log.rs", STATS("stat_stolen")),
  findings: [{ messageId: "debug", line: 7 }],
});

testRule("no-debug-statements", { valid, invalid });
