import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";
import { emptyLookups } from "../../src/engine/rule.js";

// Set 30 (#11): cargo 21322f07b4 prints its status line `println!("Compiling {}", root)` and the commit's new test
// expects it on stdout (`.with_stdout("Compiling bar v0.5.0\nCompiling foo v0.5.0\n")`): judged *wrong* as a
// debugging leftover. A print whose fixed words a test of the change expects of the program's output is that output.
const SOURCE = "src/cargo/ops/cargo_rustc.rs";
const PRINT = ["pub fn compile(root: &Package) -> CargoResult<()> {", '    println!("Compiling {}", root);', "    Ok(())", "}"];
const edited = (test: string[]) => change([addedFile(SOURCE, PRINT, 20), ...(test.length > 0 ? [addedFile("tests/test_cargo_compile.rs", test, 30)] : [])]);

testRule("no-debug-statements", {
  valid: [
    {
      name: "Rust: a status line the change's new test expects on stdout",
      change: edited(['    assert_that(p.cargo_process("cargo-compile"), execs().with_stdout("Compiling bar v0.5.0\\nCompiling foo v0.5.0\\n"));']),
    },
    {
      // The engine hands a per-file rule one file at a time, with the whole change's paths: the test is read at head.
      name: "Rust: the same, seen from the source file's own step",
      change: { ...change([addedFile(SOURCE, PRINT, 20)]), touchedPaths: new Set([SOURCE, "tests/test_cargo_compile.rs"]), filesInRun: 2 },
      lookups: {
        ...emptyLookups(),
        fileContents: new Map([["tests/test_cargo_compile.rs", 'fn compile() {\n    assert_that(p, execs().with_stdout("Compiling foo v0.5.0\\n"));\n}']]),
      },
    },
  ],
  invalid: [
    { name: "Rust: the same print with no test expecting it", change: edited([]), findings: [{ messageId: "debug", line: 21 }] },
    {
      name: "Rust: a test that only mentions the word, expecting nothing of the output",
      change: edited(["    // Compiling twice used to fail", '    let p = project("foo");']),
      findings: [{ messageId: "debug", line: 21 }],
    },
  ],
});
