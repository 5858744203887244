import type { Lookups } from "../../src/engine/rule.js";
import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";

// Session 17 (#11): a project copied in whole with its own licence and no manifest (BurntSushi/toml's
// `internal/toml-test/`, toml-test's runner with its COPYING; judged "not worth saying" on set 16) is
// upstream's code: its prints are upstream's. The engine judges this rule one file at a time, so the
// licence's text, which `needs` asks for when the whole change shows the copy, stands witness.
const goRunner = ["package tomltest", "", "func expand(d []byte) {", "\tfmt.Println(string(d))", "}", ""];
const pyRunner = ["def expand(d):", "    print(d)", ""];
const licence = (dir: string) => addedFile(`${dir}/COPYING`, ["The MIT License (MIT)", "", "Copyright (c) 2018 TOML authors"], 1, { status: "added" });
const added = (path: string, lines: string[]) => addedFile(path, lines, 1, { status: "added" });
const witness = (path: string): Lookups => ({ issues: new Map(), fileContents: new Map([[path, "The MIT License (MIT)"]]) });

testRule("no-debug-statements", {
  valid: [
    {
      name: "Go: a copied package with its licence, in one change",
      change: change([licence("internal/toml-test"), added("internal/toml-test/runner.go", goRunner)]),
    },
    { name: "Python: the same in a nested folder", change: change([licence("src/_compat/six"), added("src/_compat/six/moves/runner.py", pyRunner)]) },
    {
      name: "Go: judged alone, with the licence's text as witness",
      change: change([added("internal/toml-test/runner.go", goRunner)]),
      lookups: witness("internal/toml-test/COPYING"),
    },
  ],
  invalid: [
    {
      name: "Go: a new package of the project's own, with its manifest beside the licence",
      change: change([licence("tools/gen"), added("tools/gen/go.mod", ["module example.com/gen"]), added("tools/gen/runner.go", goRunner)]),
      findings: [{ messageId: "debug", path: "tools/gen/runner.go", line: 4 }],
    },
    {
      name: "Go: an edit of a file already in the folder is the author's",
      change: change([addedFile("internal/toml-test/runner.go", goRunner.slice(3, 4), 4)]),
      lookups: witness("internal/toml-test/COPYING"),
      findings: [{ messageId: "debug", line: 4 }],
    },
    {
      name: "Python: no licence anywhere",
      change: change([added("src/_compat/six/moves/runner.py", pyRunner)]),
      findings: [{ messageId: "debug", line: 2 }],
    },
  ],
});
