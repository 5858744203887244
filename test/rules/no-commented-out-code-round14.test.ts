import { changed } from "../helpers/base-head.js";
import { addedFile, change, commit } from "../helpers/make-change.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { saysInitialImport } from "../../src/analysis/initial-import.js";
import { testRuleBeforeCalibration } from "../helpers/pre-calibration.js";

// Session 12 (#10): commented lines a reviewer would not raise. A print in a Rust test (libtest captures its
// output), imports in a test, calls of the file's own tracing methods, a log line silenced, and a line the
// generator's template gained in the same change. Each kept case has a twin that is still said.
const one = (path: string, lines: string[]) => change([addedFile(path, lines, 1, { status: "added" })]);
const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];

// ---- 1. a commented-out print in a Rust test ----
// indexmap 4b946d56c2 tests/quick.rs:134 `//println!("{:?}", a);`, 22ac6dd235 src/lib.rs:744 in a #[test].
const QUICK = ["fn do_ops(ops: &[Op], a: &mut Map) {", "    for op in ops {", "        a.apply(op);", '        //println!("{:?}", a);', "    }", "}"];
const IN_MODULE = (print: string) => [
  "pub fn len(m: &Map) -> usize {",
  "    m.len()",
  "}",
  "",
  "#[cfg(test)]",
  "mod tests {",
  "    use super::*;",
  "    fn grow(m: &mut Map) {",
  "        m.insert(1, 2);",
  `        ${print}`,
  "    }",
  "}",
];
valid.push(
  { name: "Rust: a commented print in a helper under tests/", change: one("tests/quick.rs", QUICK) },
  { name: "Rust: a commented print in the #[cfg(test)] module", change: one("src/lib.rs", IN_MODULE('// println!("{:?}", m);')) },
);
invalid.push(
  {
    name: "Rust: the same print in library code is a leftover",
    change: one("src/ops.rs", QUICK),
    findings: [{ messageId: "commentedOutPrint", line: 4 }],
  },
  {
    name: "Rust: a commented assertion in the test module is still said",
    change: one("src/lib.rs", IN_MODULE("// assert!(m.is_empty());")),
    findings: [{ messageId: "commentedOutLine", line: 10 }],
  },
);
// Session 16: one commented print in a Go test helper is too small to raise (fsnotify 5fba4218fa, not worth saying).
valid.push({
  name: "Go: a commented print in a test helper",
  change: one("quick_test.go", ["package quick", "", "func apply(m Map) {", "\tm.Grow()", "\t// fmt.Println(m)", "}"]),
});

// ---- 2. commented-out imports in a test ----
// commons-validator c7bbda0ffa ValidatorTest.java:66: four `java.io` imports commented out in a new test file.
const IMPORTS = (extra: string[]) => [
  "package org.apache.commons.validator;",
  "",
  "import java.util.Locale;",
  "//import java.io.File;",
  "//import java.io.FileInputStream;",
  "//import java.io.IOException;",
  ...extra,
  "",
  "public class ValidatorTest {",
  "    public void testRun() {",
  "        run(Locale.US);",
  "    }",
  "}",
];
valid.push(
  { name: "Java: commented imports in a test file", change: one("src/test/org/apache/commons/validator/ValidatorTest.java", IMPORTS([])) },
  {
    name: "C#: commented usings in a test",
    change: one("LiteDB.Tests/Engine/Query_Tests.cs", ["using System;", "//using System.IO;", "//using System.Linq;", "", "public class Query_Tests { }"]),
  },
);
invalid.push({
  name: "Java: the same imports in production code are said",
  change: one("src/main/org/apache/commons/validator/Validator.java", IMPORTS([])),
  findings: [{ messageId: "commentedOut", line: 4 }],
});
invalid.push({
  name: "Java: an import block that also holds a statement is still said",
  change: one("src/test/org/apache/commons/validator/ValidatorTest.java", IMPORTS(["//Locale.setDefault(Locale.US);"])),
  findings: [{ messageId: "commentedOut", line: 4 }],
});

// ---- 3. calls of the file's own tracing methods ----
// PHP-Parser 0faa844a75 ParserAbstract.php:94 `//$this->traceNewState($state, $tokenId);` beside `protected function traceNewState`.
const PARSER = (defines: boolean) => [
  "<?php",
  "abstract class ParserAbstract {",
  "    public function parse($code) {",
  "        for (;;) {",
  "            //$this->traceNewState($state, $tokenId);",
  "            $state = $this->next($state);",
  "        }",
  "    }",
  ...(defines ? ["    protected function traceNewState($state, $tokenId) {", '        echo "state $state\\n";', "    }"] : []),
  "}",
];
valid.push(
  { name: "PHP: a commented call of a trace method the file defines", change: one("lib/PhpParser/ParserAbstract.php", PARSER(true)) },
  {
    name: "TypeScript: a commented call of the class's own debug method",
    change: one("src/scanner.ts", [
      "export class Scanner {",
      "  scan() {",
      "    // this.debugState(this.pos);",
      "    this.pos++;",
      "  }",
      "  debugState(pos: number) {",
      "    report(pos);",
      "  }",
      "}",
    ]),
  },
);
invalid.push({
  name: "PHP: the same call of a method defined nowhere in the file is said",
  change: one("lib/PhpParser/ParserAbstract.php", PARSER(false)),
  findings: [{ messageId: "commentedOutLine", line: 5 }],
});

// ---- 4. a log line silenced ----
// gunicorn 34db4a6669 worker.py:49: `log.info("Client connected: %s:%s" % addr)` commented out under load.
const WORKER = (line: string) =>
  ["def run(self):", "    while True:", "        (conn, addr) = self.socket.accept()", line, "        conn.setblocking(1)"].join("\n");
valid.push(
  {
    name: "Python: a live log line the change comments out",
    ...changed(
      "gunicorn/worker.py",
      WORKER('        log.info("Client connected: %s:%s" % addr)'),
      WORKER('        #log.info("Client connected: %s:%s" % addr)'),
    ),
  },
  {
    name: "Java: a live LOG.debug the change comments out",
    ...changed(
      "src/main/java/Pool.java",
      'class Pool {\n  void take() {\n    LOG.debug("take {}", id);\n    id++;\n  }\n}',
      'class Pool {\n  void take() {\n    // LOG.debug("take {}", id);\n    id++;\n  }\n}',
    ),
  },
);
invalid.push(
  {
    name: "Python: a new commented log line is said",
    ...changed("gunicorn/worker.py", WORKER("        pass"), WORKER('        #log.info("Client connected: %s:%s" % addr)')),
    findings: [{ messageId: "commentedOutPrint", line: 4 }],
  },
  {
    name: "Python: a live call of real logic commented out is still said",
    ...changed("gunicorn/worker.py", WORKER("        self.notify(addr)"), WORKER("        #self.notify(addr)")),
    findings: [{ messageId: "commentedOutLine", line: 4 }],
  },
);

// ---- 5. a line the generator's template gained in the same change ----
// PHP-Parser bf00dff2cf: `/*$yyerrflag = 0;*/` added to grammar/php.kmyacc and to the lib/Parser.php it generates.
const GENERATED = ["<?php", "class Parser {", "    public function parse() {", "        /*$yyerrflag = 0;*/", "        return $this->run();", "    }", "}"];
const template = (line: string) => addedFile("grammar/php.kmyacc", [line], 159);
valid.push({
  name: "PHP: the generated parser carries its template's commented line",
  change: change([template("        /*$yyerrflag = 0;*/"), addedFile("lib/Parser.php", GENERATED, 1, { status: "added" })]),
});
invalid.push({
  name: "PHP: a template edited otherwise does not cover it",
  change: change([template("        $yyerrflag = 1;"), addedFile("lib/Parser.php", GENERATED, 1, { status: "added" })]),
  findings: [{ messageId: "commentedOutLine", line: 4 }],
});

// ---- 6. a member parked with a feature whose reason is given elsewhere in the file ----
// gunicorn 39f5d313f7 wsgi.py:121 `#self.te = None`, and in is_chunked "maybe we should do this test if users expect
// this header to force chunked encoding" over `#if self.te == "chunked" …`.
const RESPONSE = (reason: string[]) => [
  "class Response(object):",
  "    def __init__(self, req):",
  "        self.req = req",
  "        #self.te = None",
  "        self.sent = 0",
  "",
  "    def is_chunked(self):",
  ...reason,
  '        #if self.te == "chunked" and self.req.version > (1, 0):',
  "        #    return True",
  "        return self.req.version > (1, 0)",
];
valid.push({
  name: "Python: an attribute parked with the block a reason explains",
  change: one("gunicorn/http/wsgi.py", RESPONSE(["        # maybe we should do this test if users expect this header", "        # to force chunked encoding"])),
});
invalid.push({
  name: "Python: with no reason anywhere, both are said",
  change: one("gunicorn/http/wsgi.py", RESPONSE([])),
  findings: [{ messageId: "commentedOutLineAlso", line: 4 }],
});
valid.push({
  name: "Ruby: an instance variable parked with the block a TODO explains",
  change: one("lib/response.rb", [
    "class Response",
    "  def initialize(req)",
    "    @req = req",
    "    # @te = nil",
    "  end",
    "",
    "  def chunked?",
    "    # TODO: honour TE once clients send it reliably",
    "    # return true if @te == 'chunked'",
    "    false",
    "  end",
    "end",
  ]),
});

// ---- 7. the field a skip passes over ----
// LiteDB c4901a8da3 HeaderPage.cs:70 `reader.Seek(4); // skip byte 0 - it's loked in a transaction` over
// `//this.PageID = reader.ReadUInt32();`, as the base method reads it.
const HEADER = (note: string) => [
  "public class HeaderPage : BasePage",
  "{",
  "    public override void ReadHeader(BinaryReader reader)",
  "    {",
  `        reader.Seek(4);${note}`,
  "        //this.PageID = reader.ReadUInt32();",
  "        this.PrevPageID = reader.ReadUInt32();",
  "    }",
  "}",
];
valid.push(
  {
    name: "C#: the read a commented skip passes over",
    change: one("LiteDB/Storage/Pages/HeaderPage.cs", HEADER(" // skip byte 0 - it's locked in a transaction")),
  },
  {
    name: "Python: the field an ignored read stands for",
    change: one("pkg/header.py", ["def read_header(f):", "    f.read(4)  # reserved bytes, ignored", "    # page_id = read_u32(f)", "    return read_u32(f)"]),
  },
);
invalid.push({
  name: "C#: with no note on the live line, it is said",
  change: one("LiteDB/Storage/Pages/HeaderPage.cs", HEADER("")),
  findings: [{ messageId: "commentedOutLine", line: 6 }],
});

testRuleBeforeCalibration("no-commented-out-code", { valid, invalid });

// ---- 6. "Initial check in", and a message that starts with a blank line (git-svn) ----
// commons-validator c5f3de459e: "\nInitial check in for Commons Validator. …" imported 16 files into a 4-file repository.
describe("an initial import's subject", () => {
  const withMessage = (message: string) => change([], { commits: [commit(message)] });
  it("reads 'Initial check in' past a leading blank line", () => {
    expect(saysInitialImport(withMessage("\nInitial check in for Commons Validator.\n\ngit-svn-id: …"))).toBe(true);
    expect(saysInitialImport(withMessage("First check-in of the parser"))).toBe(true);
  });
  it("does not take a check of something for one", () => {
    expect(saysInitialImport(withMessage("\nCheck in the new validator rules"))).toBe(false);
    expect(saysInitialImport(withMessage("Initial checks for null input"))).toBe(false);
  });
});
