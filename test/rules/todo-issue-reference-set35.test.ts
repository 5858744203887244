import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";
import { markAssetLibraries } from "../../src/analysis/asset-libraries.js";

// Set 35 (#11): rustlings' `exercises/` hold a course's tasks ("TODO: Fix the Clippy lint" is the learner's, judged
// *wrong* twice), and nunjucks' `tests/browser/mocha.js` is Mocha's build (its TODOs are Mocha's, not worth saying).
const EXERCISE = ["fn main() {", "    // TODO: Fix the Clippy lint in this line.", "    let pi = 3.14;", "}"];
const MOCHA = [
  ";(function(){",
  "",
  "// CommonJS require()",
  "",
  "function require(p){",
  "    var path = require.resolve(p), mod = require.modules[path];",
  "    return mod.exports;",
  "  }",
  "",
  "require.modules = {};",
  "",
  "require.register = function (path, fn){",
  "    require.modules[path] = fn;",
  "  };",
  ...Array.from({ length: 240 }, (_, i) => `var step${i} = require("./m${i % 9}");`),
  "  // TODO: remove this once the runner reports its own progress",
  "})();",
];
const mocha = (path: string) => {
  const c = change([addedFile(path, MOCHA, 1, { status: "added" })]);
  // The engine marks a bundler's output before any rule runs (imported-code.ts); this rule then leaves its lines alone.
  markAssetLibraries(c);
  return { change: c };
};

testRule("todo-issue-reference", {
  valid: [
    { name: "Rust: a course's exercise task (rustlings 0b220f9fff)", change: change([addedFile("exercises/22_clippy/clippy1.rs", EXERCISE)]) },
    { name: "JS: a copy of Mocha's browser build (nunjucks 9b58b36eef)", ...mocha("tests/browser/mocha.js") },
  ],
  invalid: [
    {
      name: "Rust: the same TODO in the crate's source",
      change: change([addedFile("src/clippy1.rs", EXERCISE)]),
      findings: [{ messageId: "untracked", line: 2 }],
    },
    {
      name: "JS: a script of the project's own with the TODO",
      change: change([addedFile("tests/browser/runner.js", MOCHA.slice(0, 10).concat(MOCHA.slice(-2)), 1, { status: "added" })]),
      findings: [{ messageId: "untracked", line: 11 }],
    },
  ],
});
