import { addedFile, change } from "../helpers/make-change.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { testRule } from "../helpers/rule-tester.js";
import { emptyLookups, type Lookups } from "../../src/engine/rule.js";

// Session 20 (#11): CommunityToolkit de2678f3ec ported its repository setup (an `.editorconfig` of 372 settings, a Cake
// bootstrapper "downloaded from https://github.com/cake-build/resources", build scripts) and was told it had "1146 lines
// of code to review" (set 20, judged wrong). Editor and git settings are read lightly, like `.github/`; a file that
// says it was downloaded from an address is that project's code. Each kept case has a twin that is still said.
const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];

/** Lines that share no token-level replacement and read as code. */
const distinct = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => (i % 2 ? `${prefix}${i} = f${i * 3}[${i * 7}]` : `${prefix}${i} = f${i * 3}(${i * 7})`));
const settings = (n: number) => ["root = true", "", "[*]", ...Array.from({ length: n }, (_, i) => `dotnet_rule_${i}_severity = warning`)];
const newFile = (path: string, lines: string[]) => addedFile(path, lines, 1, { status: "added" });
const heads = (files: Record<string, string[]>): Lookups => ({
  ...emptyLookups(),
  fileContents: new Map(Object.entries(files).map(([p, l]) => [p, l.join("\n")])),
  baseContents: new Map(),
});
const LIMIT = { max_lines: 800 };

// ---- editor and git settings ----
for (const path of [".editorconfig", "src/.editorconfig", ".gitattributes", ".runsettings"]) {
  valid.push({
    name: `${path}: settings are read lightly, not counted as code`,
    change: change([newFile(path, settings(600)), newFile("src/Guard.cs", distinct("g", 400))]),
    options: LIMIT,
  });
}
for (const path of [".bashrc", "editorconfig.py"]) {
  invalid.push({
    name: `${path}: a program, however it is named, is counted`,
    change: change([newFile(path, distinct("s", 600)), newFile("src/Guard.cs", distinct("g", 400))]),
    options: LIMIT,
    findings: [{ messageId: "tooBig" }],
  });
}

// ---- a script downloaded from another project ----
const DOWNLOADED: Array<[string, string, string[]]> = [
  [
    "PowerShell",
    "build/build.ps1",
    [
      "# This is the Cake bootstrapper script for PowerShell.",
      "# This file was downloaded from https://github.com/cake-build/resources",
      "# Feel free to change this file to fit your needs.",
    ],
  ],
  ["Shell", "build/build.sh", ["#!/usr/bin/env bash", "# This script was downloaded from https://github.com/cake-build/resources"]],
  ["Python", "tools/get_pip.py", ["# This code is downloaded from <https://bootstrap.pypa.io/get-pip.py>", "#"]],
];
for (const [lang, path, header] of DOWNLOADED) {
  const lines = [...header, ...distinct("d", 600)];
  valid.push({
    name: `${lang}: a file whose header says it was downloaded from an address is another project's`,
    change: change([newFile(path, lines), newFile("src/Guard.cs", distinct("g", 400))]),
    lookups: heads({ [path]: lines }),
    options: LIMIT,
  });
  const own = ["# Build helper.", "# The files are downloaded from the server at start-up.", ...distinct("d", 600)];
  invalid.push({
    name: `${lang}: a header that says what the code downloads is the author's`,
    change: change([newFile(path, own), newFile("src/Guard.cs", distinct("g", 400))]),
    lookups: heads({ [path]: own }),
    options: LIMIT,
    findings: [{ messageId: "tooBig" }],
  });
}

testRule("pr-size", { valid, invalid });
