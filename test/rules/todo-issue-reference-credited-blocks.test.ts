import { addedFile, change } from "../helpers/make-change.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { testRule } from "../helpers/rule-tester.js";

// Session 16 (#11): a TODO inside a block the change adds whole under a comment that says it was copied
// (debug-js/debug e4d021a223 "Copied from `node/src/node.js`", set 15) came with the code. Each kept
// case has a twin that is still said: no notice, a notice over code the file had, a notice that names no source.
const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];

/** The project's own lines that open each file: the notice below them is no file header. */
const OWN = 150;
const own = (stmt: (i: number) => string) => Array.from({ length: OWN }, (_, i) => stmt(i));
/** A new file: the project's own lines, then `notice` above a block with a TODO inside (its line given without them). */
const BLOCKS: Array<[string, string, (notice: string) => string[], number]> = [
  [
    "JavaScript",
    "src/stdio.js",
    (notice) => [
      ...own((i) => `const x${i} = ${i};`),
      `// ${notice}`,
      "switch (guessHandleType(fd)) {",
      "  case 'PIPE':",
      "    // FIXME Should probably have an option in net.Socket for this.",
      "    stream.readable = false;",
      "    break;",
      "}",
    ],
    4,
  ],
  [
    "Python",
    "pkg/compat.py",
    (notice) => [
      ...own((i) => `X${i} = ${i}`),
      `# ${notice}`,
      "if os.name == 'nt':",
      "    # TODO: handle UNC paths",
      "    sep = '\\\\'",
      "",
      "    alt = '/'",
      "x = 1",
    ],
    3,
  ],
  [
    "Go",
    "table.go",
    (notice) => [
      "package table",
      "",
      ...own((i) => `var x${i} = ${i}`),
      `// ${notice}`,
      "var widths = map[rune]int{",
      "\t// TODO: east asian ambiguous widths",
      "\t'a': 1,",
      "}",
    ],
    5,
  ],
];

for (const [lang, path, file, at] of BLOCKS) {
  const line = at + OWN;
  const whole = (notice: string) => change([addedFile(path, file(notice), 1, { status: "added" })]);
  valid.push({ name: `${lang}: a TODO inside a new block under "Copied from" another project's file`, change: whole("Copied from `node/src/node.js`.") });
  valid.push({
    name: `${lang}: a TODO inside a new block under "Taken from" a URL`,
    change: whole("Taken from https://github.com/acme/lib/blob/main/src/x.js"),
  });
  invalid.push({
    name: `${lang}: the same block under a comment that credits no source`,
    change: whole("Pick the stream for the handle."),
    findings: [{ messageId: "untracked", line }],
  });
  invalid.push({
    // The notice and the block were there: the TODO added into them is the author's.
    name: `${lang}: a TODO added inside a copied block the file already had`,
    change: change([addedFile(path, [file("Copied from `node/src/node.js`.")[line - 1]], line, { status: "modified" })]),
    lookups: undefined,
    findings: [{ messageId: "untracked", line }],
  });
}

testRule("todo-issue-reference", { valid, invalid });
