import { addedFile, change } from "../helpers/make-change.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { testRule } from "../helpers/rule-tester.js";
import { emptyLookups } from "../../src/engine/rule.js";

// Session 20 (#11): a TODO its owner reworded as it moved (google-java-format 57572c3b4e: `TODO(cpovirk): Ideally we
// would probably eliminate this.`, inline in an expected-output array, became `TODO(cpovirk): Ideally we would probably
// eliminate the blank line before the second @param.` over the text block). The owner tag and nearly all the old words
// are kept. An untagged TODO, another owner's, or one that keeps few of the old words is still new.
/** A file whose line 5 the change rewrote, with its one-line text at base. */
function edited(path: string, base: string, line: string) {
  const lookups = emptyLookups();
  lookups.baseContents = new Map([[path, base]]);
  return { change: change([addedFile(path, [line], 5, { deletions: 1 })]), lookups };
}
const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];

const CASES: Array<[string, string, string, string]> = [
  [
    "Java",
    "core/src/test/java/FormattingTest.java",
    '        "   */", // TODO(cpovirk): Ideally we would probably eliminate this.\n',
    "    // TODO(cpovirk): Ideally we would probably eliminate the blank line before the second @param.",
  ],
  [
    "Python",
    "pkg/render.py",
    "    # TODO(alice): handle the nested list case properly\n",
    "    # TODO(alice): handle the nested list case properly, and tables inside lists, which the old renderer skipped",
  ],
  [
    "Go",
    "render.go",
    "\t// TODO(bob): cache the parsed template per request\n",
    "\t// TODO(bob): cache the parsed template per request, keyed by the locale and the theme the user picked",
  ],
];

for (const [lang, path, base, line] of CASES) {
  valid.push({ name: `${lang}: an owner's TODO reworded as it moved, its tag and most of its words kept`, ...edited(path, base, line) });
  invalid.push({
    name: `${lang}: the same words under another owner's tag are another TODO`,
    ...edited(path, base, line.replace(/TODO\((\w+)\)/, "TODO(zed)")),
    findings: [{ messageId: "untracked", line: 5 }],
  });
}

invalid.push(
  {
    name: "Java: the same rewording without an owner tag is judged by its words alone (too few kept)",
    ...edited(
      "core/src/test/java/FormattingTest.java",
      "        // TODO: Ideally we would probably eliminate this.\n",
      "    // TODO: Ideally we would probably eliminate the blank line before the second @param.",
    ),
    findings: [{ messageId: "untracked", line: 5 }],
  },
  {
    name: "Python: an owner's new TODO that keeps few of the old one's words",
    ...edited(
      "pkg/render.py",
      "    # TODO(alice): handle the nested list case properly\n",
      "    # TODO(alice): support right-to-left scripts in the layout engine",
    ),
    findings: [{ messageId: "untracked", line: 5 }],
  },
  {
    name: "Go: a base TODO of a few words matches nothing reworded",
    ...edited("render.go", "\t// TODO(bob): slow\n", "\t// TODO(bob): slow on large inputs with many nested maps"),
    findings: [{ messageId: "untracked", line: 5 }],
  },
);

testRule("todo-issue-reference", { valid, invalid });
