import { addedFile, change } from "../helpers/make-change.js";
import { nestedGo } from "../helpers/nested-go.js";
import { testRuleBeforeCalibration } from "../helpers/pre-calibration.js";

// Session 17 (#10): a new file whose header says, in a few words, what in it is adapted from another
// work (BurntSushi/toml's `// Struct field handling is adapted from code in encoding/json:` over Go's
// copyright, judged "not worth saying" on set 16) is that work's structure, not the change's.
const goDeep = nestedGo("toml", 6);
const pyDeep = [
  "def walk(groups):",
  "    n = 0",
  "    for g in groups:",
  "        if g:",
  "            for i in range(len(g)):",
  "                if g[i]:",
  "                    if i > 2:",
  "                        if i % 2 == 0:",
  "                            n += 1",
  "    return n",
  "",
];
const goFile = (header: string[]) => [goDeep[0], "", ...header, "", ...goDeep.slice(2)];
const pyFile = (header: string[]) => [...header, "", ...pyDeep];
const added = (path: string, lines: string[]) => change([addedFile(path, lines, 1, { status: "added" })]);
const goHeader = ["// Struct field handling is adapted from code in encoding/json:", "//", "// Copyright 2010 The Go Authors.  All rights reserved."];

testRuleBeforeCalibration("max-nesting-depth", {
  valid: [
    { name: "Go: what is adapted from encoding/json, over its copyright", change: added("type_fields.go", goFile(goHeader)) },
    {
      name: "Python: a module said to be ported from another project",
      change: added("walk.py", pyFile(["# The walker was ported from Go's path/filepath package."])),
    },
  ],
  invalid: [
    {
      name: "Python: a value said to be extracted from input is data, not a copy",
      change: added("walk.py", pyFile(["# The group width is extracted from env settings."])),
      findings: [{ messageId: "tooDeep" }],
    },
    {
      name: "Go: adapted from the caller's input names no work",
      change: added("walk.go", goFile(["// Each group is adapted from the request body."])),
      findings: [{ messageId: "tooDeep" }],
    },
  ],
});
