import type { Lookups } from "../../src/engine/rule.js";
import type { ChangedFile } from "../../src/model/change.js";
import { testRule } from "../helpers/rule-tester.js";
import { addedFile, change, commit } from "../helpers/make-change.js";

/**
 * A new file copied from a file the repository already has (copy-originals.ts): what it holds of its
 * original was not written in the change. The engine finds the original in the tree and hands its
 * base text to the rules that asked (Lookups.copyOriginals); each case gives them as a source would.
 */
const added = (path: string, lines: string[]) => addedFile(path, lines, 1, { status: "added" });

function copied(file: ChangedFile, original: string, text: string[]): { change: ReturnType<typeof change>; lookups: Lookups } {
  return {
    change: change([file], { title: "Add the module", commits: [commit("Add the module")] }),
    lookups: {
      issues: new Map(),
      // The head text, as pr-size asks for it (the other rules read a new file's added lines).
      fileContents: new Map([[file.path, file.addedLines.map((l) => l.text).join("\n")]]),
      baseContents: new Map([[original, text.join("\n")]]),
      copyOriginals: new Map([[file.path, original]]),
    },
  };
}
/** The same change without the original: what the rule says of lines it cannot tell were copied. */
const alone = (c: ReturnType<typeof copied>) => ({
  change: c.change,
  lookups: { issues: new Map(), fileContents: c.lookups.fileContents, baseContents: new Map() },
});

const JAXRS = [
  "package feign.jaxrs;",
  "",
  "public final class JAXRSContract {",
  "  // XXX: Should parseAndValidateMetadata(Class, Method) be public instead? The old deprecated",
  "  // parseAndValidateMetadata(Method) was public..",
  "  protected Object parse(Object targetType) {",
  '    System.out.println("parsing " + targetType);',
  "    // Object old = targetType.toString();",
  "    return targetType;",
  "  }",
  "}",
];
const jakarta = copied(
  added(
    "jakarta/src/main/java/feign/jaxrs/JakartaContract.java",
    JAXRS.map((l) => l.replace("JAXRSContract", "JakartaContract")),
  ),
  "jaxrs/src/main/java/feign/jaxrs/JAXRSContract.java",
  JAXRS,
);

const LEXER = [
  "package toml",
  "",
  "// TODO: support multi-line keys once the spec settles on them",
  "func lex(s string) []string {",
  '\tfmt.Println("lexing", s)',
  "\t// out = append(out, strings.TrimSpace(s))",
  "\tout := []string{}",
  "\treturn out",
  "}",
];
const gotoml = copied(added("internal/toml/lexer.go", LEXER), "lexer.go", LEXER);

const UTIL = [
  "import os",
  "",
  "def load(path):",
  "    # TODO: cache the parsed files between calls to load",
  "    print('loading', path)",
  "    # data = open(path).read()",
  "    with open(path) as f:",
  "        return f.read()",
];
// A copy with a line of its own: that one is the change's.
const mobx = copied(added("legacy/v4/util.py", [...UTIL, "    # TODO: drop the legacy loader after the next major release"]), "src/util.py", UTIL);

testRule("todo-issue-reference", {
  valid: [
    { name: "Java: a module copied to a sibling folder with its XXX (feign jakarta/ from jaxrs/)", ...jakarta },
    { name: "Go: a package copied into internal/ with its TODO (go-toml)", ...gotoml },
  ],
  invalid: [
    { name: "Python: the copy's own new TODO is said, the original's is not", ...mobx, findings: [{ messageId: "untracked", line: 9 }] },
    { name: "Go: without the original, the TODO reads as new", ...alone(gotoml), findings: [{ messageId: "untracked", line: 3 }] },
  ],
});

testRule("no-debug-statements", {
  valid: [
    { name: "Java: the original's print came with the copy", ...jakarta },
    { name: "Go: the original's print came with the copy", ...gotoml },
    { name: "Python: the original's print came with the copy", ...mobx },
  ],
  invalid: [{ name: "Go: without the original, the print reads as new", ...alone(gotoml), findings: [{ messageId: "debug", line: 5 }] }],
});

const REPORT = [
  "start()",
  "// const rows = records.filter((r) => r.active);",
  "// for (const row of rows) {",
  "//   summary.add(row.category, row.amount);",
  "// }",
  "// printSummary(summary);",
  "finish()",
];
const report = copied(added("legacy/src/report.js", REPORT), "src/report.js", REPORT);

testRule("no-commented-out-code", {
  valid: [
    { name: "Java: the original's commented-out line came with the copy", ...jakarta },
    { name: "Go: the original's commented-out line came with the copy", ...gotoml },
    { name: "Python: the original's commented-out line came with the copy", ...mobx },
    { name: "JavaScript: the original's commented-out block came with the copy", ...report },
  ],
  invalid: [{ name: "JavaScript: without the original, the block reads as new", ...alone(report), findings: [{ messageId: "commentedOut", line: 2 }] }],
});

// pr-size: a new module that copies one the repository has is counted like a moved one.
const SHAPES = [
  (i: number) => `export function step${i}(input: number[]): number {`,
  (i: number) => `  const total${i} = input.reduce((a, b) => a + b * ${i}, 0);`,
  (i: number) => `  if (total${i} > limits.upper${i}) throw new RangeError("over ${i}");`,
  (i: number) => `  for (const item of input) registry.note(item, "${i}");`,
  (i: number) => `  return Math.round(total${i} / (input.length || ${i + 1}));`,
  () => `}`,
];
const BIG = Array.from({ length: 30 }, (_, i) => SHAPES.map((shape) => shape(i))).flat();
const bigCopy = copied(added("packages/mobx4/src/values.ts", BIG), "packages/mobx/src/values.ts", BIG);
testRule("pr-size", {
  valid: [{ name: "TypeScript: a 180-line copy of a file the repository has is not 180 new lines", ...bigCopy, options: { max_lines: 100 } }],
  invalid: [
    {
      name: "TypeScript: without the original, the same file is new code",
      ...alone(bigCopy),
      options: { max_lines: 100 },
      findings: [{ messageId: "tooBig" }],
    },
  ],
});
