import { addedFile, change } from "../helpers/make-change.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { testRule } from "../helpers/rule-tester.js";

// Session 22 (#11): a TODO inside a doc comment's fenced example (a Rust doc-test's hidden line) lost
// its issue reference with the fence, which findIssueRefs strips as Markdown code. quick-xml e93605aa21
// `//! #   // TODO: After #474 parse mixed content` was judged "wrong". The fence lines go, the TODO stays.
const one = (path: string, lines: string[]) => change([addedFile(path, lines, 640)]);
const fenced = (open: string, lead: string, todo: string, close = open) => [open, `${lead}let x = 1;`, `${lead}${todo}`, `${lead}parse(x);`, close];

const valid: ValidCase[] = [
  { name: "Rust: //! doc-test hidden line cites #474", change: one("src/de/mod.rs", fenced("//! ```", "//! # ", "  // TODO: After #474 parse mixed content")) },
  { name: "Rust: /// doc-test cites GH-12 mid-sentence", change: one("src/lib.rs", fenced("/// ```rust", "/// ", "// FIXME: drop once GH-12 lands")) },
  {
    name: "JavaScript: JSDoc example cites an issue URL",
    change: one("src/a.js", [
      "/**",
      ...fenced(" * ```js", " * ", "// TODO see https://github.com/acme/app/issues/9 first", " * ```"),
      " */",
      "function a() {}",
    ]),
  },
  { name: "Python: docstring ~~~ example cites #7", change: one("pkg/a.py", ['"""', ...fenced("~~~", "", "# TODO: after #7 use the new parser"), '"""']) },
  {
    name: "Rust: the reference on the TODO's next line, inside the fence",
    change: one("src/lib.rs", ["//! ```", "//! // TODO: parse mixed content", "//! // once #474 is fixed", "//! ```"]),
  },
];

const invalid: InvalidCase[] = [
  {
    name: "Rust: a fenced TODO with no reference is still reported",
    change: one("src/de/mod.rs", fenced("//! ```", "//! # ", "  // TODO: parse mixed content")),
    findings: [{ messageId: "untracked", line: 642 }],
  },
  {
    name: "JavaScript: a fenced JSDoc TODO whose only # is a CSS colour",
    change: one("src/a.js", ["/**", ...fenced(" * ```js", " * ", "// TODO: use #fff here", " * ```"), " */"]),
    findings: [{ messageId: "untracked", line: 643 }],
  },
  {
    name: "Go: a TODO beside, not in, a fence keeps its check",
    change: one("a.go", ["// ```", "// x := 1", "// ```", "// TODO: handle nil"]),
    findings: [{ messageId: "untracked", line: 643 }],
  },
];

testRule("todo-issue-reference", { valid, invalid });
