import { addedFile, change } from "../helpers/make-change.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { testRule } from "../helpers/rule-tester.js";

// Session 16 (#11): an XXX used as a warning label is a notice to the code's users, not deferred work (debug-js
// e2d3bc9e42, not worth saying). An XXX that asks the team for something is still said, and so is a TODO or FIXME
// of the same words (mail cc8fafdf63 "TODO: Deprecated in 2.2.2 - Remove in 2.3", indicatif 8c27d55b04 "FIXME: remove
// this default impl in the next major version bump", indicatif 6ed7dd1b7a "XXX: width?": agree).
const one = (path: string, lines: string[]) => change([addedFile(path, lines, 1, { status: "added" })]);
const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];

valid.push(
  {
    name: "JS: `XXX DO NOT USE` in the doc comment of a deprecated stub",
    change: one("src/common.js", [
      "/**",
      "* XXX DO NOT USE. This is a temporary stub function.",
      "* XXX It WILL be removed in the next major release.",
      "*/",
      "function destroy() {}",
    ]),
  },
  {
    name: "JS: an XXX beside the stub that says the next major release removes it",
    change: one("src/common.js", ["debug.destroy = createDebug.destroy; // XXX Temporary. Will be removed in the next major release."]),
  },
  {
    name: "Python: an XXX that marks a function deprecated",
    change: one("lib/api.py", ["def old():", "    # XXX: deprecated, use new() instead", "    return new()"]),
  },
  { name: "Go: a shouted warning in a doc comment", change: one("api.go", ["// XXX: DON'T USE outside tests: it skips validation.", "func Unsafe() {}"]) },
);
invalid.push(
  {
    name: "JS: an XXX that asks for the removal",
    change: one("src/common.js", ["debug.destroy = createDebug.destroy; // XXX Temporary. Should be removed once callers migrate."]),
    findings: [{ messageId: "untracked", line: 1 }],
  },
  {
    name: "JS: a TODO that says the next major release removes it is still work",
    change: one("src/common.js", ["debug.destroy = createDebug.destroy; // TODO Temporary. Will be removed in the next major release."]),
    findings: [{ messageId: "untracked", line: 1 }],
  },
  {
    name: "Rust: an XXX that asks",
    change: one("src/progress.rs", ["fn draw() {", "    // XXX: width?", "}"]),
    findings: [{ messageId: "untracked", line: 2 }],
  },
  {
    name: "Python: a deprecated XXX that still names work to do",
    change: one("lib/api.py", ["def old():", "    # XXX: deprecated, but fix the callers in cli.py first", "    return new()"]),
    findings: [{ messageId: "untracked", line: 2 }],
  },
);

// Session 17 (#11): "implementation" names a thing, not work: rustls 91e81e2e6f "XXX: a non-test implementation would
// hash its configuration here." explains a test double (judged set 17: wrong). "implement this" still asks.
/** A function whose second line is the comment: the XXX sits on line 2. */
const commented = (path: string, opener: string, comment: string, closer: string) => one(path, [opener, comment, closer]);
valid.push(
  {
    name: "Rust: an XXX that explains what a real implementation would do",
    change: commented(
      "tests/src/interop.rs",
      "fn hash_config(&self, _: &mut dyn Hasher) {",
      "    // XXX: a non-test implementation would hash its configuration here.",
      "}",
    ),
  },
  {
    name: "Go: an XXX noting whose implementation this is",
    change: commented("conn.go", "// Reads a frame.", "// XXX: the kernel's implementation reads the header twice.", "func read() {}"),
  },
);
const implementation: [string, string, string, string, string][] = [
  ["Rust: an XXX that asks to implement", "src/interop.rs", "fn hash_config(&self) {", "    // XXX: implement hashing of the configuration", "}"],
  [
    "Python: an XXX whose implementation is called wrong",
    "lib/api.py",
    "def parse():",
    "    # XXX: this implementation is wrong for empty input",
    "    return 1",
  ],
];
for (const [name, path, opener, comment, closer] of implementation) {
  invalid.push({ name, change: commented(path, opener, comment, closer), findings: [{ messageId: "untracked", line: 2 }] });
}

testRule("todo-issue-reference", { valid, invalid });
