import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";
import { emptyLookups } from "../../src/engine/rule.js";

// Set 31 (#11), judged *wrong*:
// - golang-migrate's readiness probes print the unexpected ping error in Go's `if err = db.Ping(); err != nil {`
//   branch (three drivers' tests): an error branch after an init statement is an error branch;
// - handlebars 059532295d's precompiler answers `--version` with `console.log(Handlebars.VERSION)` under `if (opts.version)`.
const withHead = (path: string, lines: string[], start: number) => ({
  change: change([addedFile(path, lines.slice(start - 1), start)]),
  lookups: { ...emptyLookups(), fileContents: new Map([[path, lines.join("\n")]]) },
});
const PROBE = (init: string) => [
  "package postgres",
  "",
  "func isReady(i mt.Instance) bool {",
  '\tdb, err := sql.Open("postgres", "x")',
  "\tif err != nil {",
  "\t\treturn false",
  "\t}",
  "\tdefer db.Close()",
  `\t${init} {`,
  "\t\tswitch err {",
  "\t\tcase sqldriver.ErrBadConn, io.EOF:",
  "\t\t\treturn false",
  "\t\tdefault:",
  "\t\t\tfmt.Println(err)",
  "\t\t}",
  "\t\treturn false",
  "\t}",
  "\treturn true",
  "}",
];
const VERSION = (flag: string, print: string) => [
  "var Handlebars = require('./index');",
  "",
  "module.exports.cli = function(opts) {",
  `  if (${flag}) {`,
  `    console.log(${print});`,
  "    return;",
  "  }",
  "  run(opts);",
  "};",
];

testRule("no-debug-statements", {
  valid: [
    {
      name: "Go: the error printed in `if err = db.Ping(); err != nil {`",
      ...withHead("database/postgres/postgres_test.go", PROBE("if err = db.Ping(); err != nil"), 9),
    },
    { name: "Go: the same with `:=`", ...withHead("database/postgres/postgres_test.go", PROBE("if err := db.Ping(); err != nil"), 9) },
    { name: "JS: a version printed under `if (opts.version)`", ...withHead("lib/precompiler.js", VERSION("opts.version", "Handlebars.VERSION"), 3) },
    { name: "JS: the same under `if (argv['version'])`", ...withHead("lib/precompiler.js", VERSION("argv['version']", "pkg.version"), 3) },
  ],
  invalid: [
    {
      name: "Go: a print in a branch that is no error's (`if ok := probe(); ok {`)",
      ...withHead("database/postgres/postgres_test.go", PROBE("if ok := db.Ping() == nil; ok"), 9),
      findings: [{ messageId: "debug", line: 14 }],
    },
    {
      name: "JS: something else printed under the version flag",
      ...withHead("lib/precompiler.js", VERSION("opts.version", "opts"), 3),
      findings: [{ messageId: "debug", line: 5 }],
    },
    {
      name: "JS: a version printed under a condition that is no flag",
      ...withHead("lib/precompiler.js", VERSION("opts.templates.length > 0", "Handlebars.VERSION"), 3),
      findings: [{ messageId: "debug", line: 5 }],
    },
  ],
});
