import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";

const one = (path: string, lines: string[]) => change([addedFile(path, lines)]);

testRule("todo-issue-reference", {
  valid: [
    { name: "TS: TODO with an issue", change: one("src/a.ts", ["// TODO(#12): handle retries", "/* FIXME #3 */"]) },
    { name: "Python: TODO with a URL", change: one("app/a.py", ["# TODO see https://github.com/acme/api/issues/4"]) },
    { name: "Go: TODO with owner/repo#N", change: one("main.go", ["// TODO acme/api#9 remove after migration"]) },
    { name: "Jira key by option", options: { tracker_patterns: ["\\bPROJ-\\d+\\b"] }, change: one("A.java", ["// TODO PROJ-7 cleanup"]) },
    {
      name: "TODO inside a string is not a comment (Rust, C#)",
      change: change([addedFile("src/a.rs", ['let s = "// TODO: x";']), addedFile("A.cs", ['var s = @"# FIXME later";'])]),
    },
    { name: "Kotlin and PHP: TODO with an issue", change: change([addedFile("A.kt", ["// TODO(#4): x"]), addedFile("a.php", ["<?php", "# FIXME #5"])]) },
    { name: "words that contain todo", change: one("src/a.ts", ["// list all todos here", "// método de pago", "// hackathon results"]) },
    { name: "TODO inside a string is not a comment", change: one("src/a.ts", ['const label = "TODO: write tests";']) },
    { name: "Ruby: lowercase hack and xxx are ordinary words", change: one("lib/a.rb", ["# a quick hack around xxx placeholders"]) },
    {
      name: "a comment that talks about TODO markers is not one",
      change: one("src/a.ts", ["// Flags a TODO without an issue reference", "# the FIXME count"]),
    },
    { name: "Markdown TODO lists are not code comments", change: one("README.md", ["- [ ] TODO: docs"]) },
  ],
  invalid: [
    {
      name: "Python: a TODO in a docstring, Ruby and Kotlin comments",
      change: change([
        addedFile("app/a.py", ["def f():", '    """TODO: document the options."""']),
        addedFile("lib/a.rb", ["x = 1 # TODO later"]),
        addedFile("A.kt", ["/* FIXME: overflow */ val x = 1"]),
      ]),
      findings: [
        { messageId: "untracked", path: "app/a.py", line: 2 },
        { messageId: "untracked", path: "lib/a.rb", line: 1 },
        { messageId: "untracked", path: "A.kt", line: 1 },
      ],
    },
    {
      name: "TS: bare TODO",
      change: one("src/a.ts", ["const a = 1; // TODO: handle errors"]),
      findings: [{ messageId: "untracked", path: "src/a.ts", line: 1, data: { marker: "TODO" } }],
    },
    { name: "Python: FIXME", change: one("app/a.py", ["x = 1", "# fixme later"]), findings: [{ messageId: "untracked", line: 2, data: { marker: "FIXME" } }] },
    { name: "Go: XXX", change: one("main.go", ["// XXX: racy"]), findings: [{ messageId: "untracked", data: { marker: "XXX" } }] },
    {
      name: "Rust: HACK in a block comment",
      change: one("src/lib.rs", ["/* HACK: skip validation */"]),
      findings: [{ messageId: "untracked", data: { marker: "HACK" } }],
    },
    { name: "JSDoc @todo", change: one("src/a.js", ["/**", " * @todo remove", " */"]), findings: [{ messageId: "untracked", line: 2 }] },
    { name: "TODO(username) is not an issue", change: one("src/a.ts", ["// TODO(alice): refactor"]), findings: [{ messageId: "untracked" }] },
  ],
});
