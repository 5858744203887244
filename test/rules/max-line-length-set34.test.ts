import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";

// Set 34 (#11): rustfmt's `tests/source/` and `tests/target/` hold the formatter's input and expected output, which cargo
// never compiles as tests; a long line there is the case under test (rustfmt 5688caa104, judged *wrong* as too long).
const LONG = `        Pattern::Variant => compute(${"alpha, beta, ".repeat(10)}gamma),`;
const CASE = ["fn main() {", "    match x {", LONG, "    }", "}"];
// The team's width, from .editorconfig: with no configured width the rule says nothing anywhere.
const EDITORCONFIG = "root = true\n[*]\nmax_line_length = 100\n";
const at = (path: string) => ({
  change: change([addedFile(path, CASE)]),
  lookups: { issues: new Map(), fileContents: new Map([[".editorconfig", EDITORCONFIG]]) },
});

testRule("max-line-length", {
  valid: [
    { name: "Rust: a formatter's test input", ...at("tests/source/configs/match_arm_indent/attrs.rs") },
    { name: "Rust: a formatter's expected output", ...at("tests/target/configs/match_arm_indent/attrs.rs") },
  ],
  invalid: [
    { name: "Rust: the same line in an integration test", ...at("tests/attrs.rs"), findings: [{ messageId: "tooLongForFormatter", line: 3 }] },
    { name: "Rust: the same line in a crate's source folder", ...at("src/source/attrs.rs"), findings: [{ messageId: "tooLongForFormatter", line: 3 }] },
  ],
});
