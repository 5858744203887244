import { addedFile, change, commit } from "../helpers/make-change.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { testRule } from "../helpers/rule-tester.js";

// Session 19 round 2 (#10): a title or subject that says it switches something off ("disable", "temporarily",
// "skip", "… for now") used to quiet every commented-out block of the pull request, wherever the words were:
// "Skip empty lines in parser" did it. The title is the author's to write, so now it counts like a commit-body
// line: it quiets the blocks it names (a word, or a part of an identifier), and, when it says tests are switched
// off, commented-out code in test files. Each attack sits next to the honest change it imitates.
const one = (path: string, lines: string[]) => change([addedFile(path, lines, 1, { status: "added" })]);
const titled = (path: string, lines: string[], title: string, subjects: string[] = [title]) => ({
  ...one(path, lines),
  title,
  commits: subjects.map((s) => commit(s)),
});

const TS = ["export function parse(src: string) {", "  // const token = lexer.next();", "  // retryLoop(token);", "  return src.trim();", "}"];
const PY = ["def fetch(url):", "    # for attempt in range(3):", "    #     response = session.get(url, timeout=5)", "    return session.get(url)"];
const GO = ["func (t *Timer) Run() {", "\t// ticker.Stop()", "\t// close(t.done)", "\tt.loop()", "}"];
const RUST_TEST = ["#[test]", "fn prop_roundtrip() {", "    // let mut senc = StrEncoder::new();", "    // senc.encode(input.as_slice());", "}"];
const PY_TEST = ["def test_timeout(self):", "    # self.clock.use_fake_timers()", "    # self.clock.advance(30)", "    assert fetch(URL)"];

// rust-csv 0786917077: a file commented out whole, cut into blocks at its blank comment lines; `quickcheck` is in one.
const WHOLE = [
  "// #[test]\n// fn same_record() {\n//     let mut senc = StrEncoder::new();\n//     senc.encode(input.as_slice());\n//",
  "//     let mut dec = Decoder::from_str(senc.to_str());\n//     let output = ordie(dec.decode());\n//\n//     quickcheck(prop);\n// }",
]
  .join("\n")
  .split("\n");

const valid: ValidCase[] = [
  {
    name: "Rust: the title names `quickcheck`, in one block of the file it comments out whole",
    change: titled("src/csvtest.rs", WHOLE, "Kill the quickcheck tests until it's easier to install dependencies."),
  },
  { name: "TypeScript: the title disables the retry loop it names, for now", change: titled("src/parse.ts", TS, "Disable the retry loop for now") },
  {
    name: "Python: the title removes the attempts loop until the server is fixed",
    change: titled("net/fetch.py", PY, "Remove the attempt loop until the server is fixed"),
  },
  { name: "Go: the subject temporarily stops the ticker", change: titled("timer.go", GO, "Temporarily keep the ticker running") },
  {
    name: "Python: avoiding fake timers for now names `use_fake_timers` by a part",
    change: titled("tests/test_fetch.py", PY_TEST, "fix(tests): avoid using fake timers for now"),
  },
  {
    name: "Rust: the title kills tests until later, and the block is test code",
    change: titled("src/test.rs", RUST_TEST, "Kill the quickcheck tests until it's easier to install dependencies."),
  },
  {
    name: "TypeScript: a pull request title that names the code, over several commits",
    change: titled("src/parse.ts", TS, "Disable lexer lookahead until #12 lands", ["Refactor parse", "Tidy"]),
  },
];

// Homebrew 5424db1263 (set 32): a subject scoped to the file says it comments code out there.
const RB = [
  "module Homebrew",
  "  def upgrade_formula(f)",
  "    # fi.installed_on_request ||= tab.installed_on_request",
  "    # fi.prelude",
  "    fi.install",
  "  end",
  "end",
];
const UPGRADE = "Library/Homebrew/cmd/upgrade.rb";
valid.push(
  { name: "Ruby: `upgrade: temporarily comment out for fix.` over cmd/upgrade.rb", change: titled(UPGRADE, RB, "upgrade: temporarily comment out for fix.") },
  { name: "Ruby: a commit's subject scoped to the file disables it", change: titled(UPGRADE, RB, "Tidy", ["upgrade.rb: disable the prelude until 2.0"]) },
);

const finding = (line: number) => [{ messageId: "commentedOut", line, data: { count: 2 } }];
const invalid: InvalidCase[] = [
  {
    name: "Rust: a title naming nothing in the file it comments out whole",
    change: titled("src/csvtest.rs", WHOLE, "Kill the parser benchmarks until the runner is fixed."),
    findings: [{ messageId: "commentedOut", line: 1 }],
  },
  {
    name: "TypeScript: 'Skip empty lines in parser' names nothing commented out (the attack)",
    change: titled("src/parse.ts", TS, "Skip empty lines in parser"),
    findings: finding(2),
  },
  {
    name: "Python: 'Temporarily log the request' names nothing commented out",
    change: titled("net/fetch.py", PY, "Temporarily log the request"),
    findings: finding(2),
  },
  {
    name: "Go: 'skip' said of behaviour, even naming a word of the code, switches nothing off",
    change: titled("timer.go", GO, "timer skip the current ticker frame"),
    findings: finding(2),
  },
  {
    name: "TypeScript: a pull request title saying tests are disabled quiets nothing outside test files",
    change: titled("src/parse.ts", TS, "Disable flaky tests for now", ["Fix parse", "Tidy"]),
    findings: finding(2),
  },
  {
    name: "Rust: a subject about something else over the same test code",
    change: titled("src/test.rs", RUST_TEST, "Add the record encoder"),
    findings: finding(3),
  },
  {
    // A folder's name is no file's scope: it would quiet every file under it.
    name: "Ruby: a subject scoped to a folder quiets nothing",
    change: titled(UPGRADE, RB, "Homebrew: comment out for fix."),
    findings: finding(3),
  },
  {
    name: "Ruby: a subject scoped to the file that does not say it comments out",
    change: titled(UPGRADE, RB, "upgrade: temporarily log the formula"),
    findings: finding(3),
  },
  {
    name: "Ruby: a subject scoped to another file",
    change: titled(UPGRADE, RB, "install: temporarily comment out for fix."),
    findings: finding(3),
  },
];

testRule("no-commented-out-code", { valid, invalid });
