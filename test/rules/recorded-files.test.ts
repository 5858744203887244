import { addedFile, change, commit } from "../helpers/make-change.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { testRule } from "../helpers/rule-tester.js";
import { range, SAMPLES, type Sample } from "../syntax/samples.js";

// Session 16 (#10, #11): a change that records existing files in version control ("Add example files to SVN":
// pyparsing a7f9dda066, 75 example scripts, set 15) brings code written before it. Only how that code is
// written and how much of it there is go quiet: its message is the author's, and never silences what a line says.
const SVN = "Add example files to SVN";
/** `n` things made by `f`. */
const times = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));
/** A GitHub token of the right shape, built so no scanner of this repository reads one. */
const GITHUB_TOKEN = "gh" + "p_" + "k3Tq9ZbV7xLw2Nf8Rj5Hc1Md6Pg4Ys0Ae7Ku";

/** Samples of the languages: a function of plain statements and branches, each file's its own. */
const LANGS = SAMPLES.filter((s) => ["TypeScript", "Python", "Go"].includes(s.lang));
const WORDS = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet"];
const pathOf = (s: Sample, i: number) => s.path.replace(/a(\.\w+)$/, `parser${i}$1`);
/** Statement `i` of file `f`: a branch every fourth line, the others calls named differently in every file. */
const line = (s: Sample, f: number, i: number) =>
  i % 4 === 0 ? s.branch(i + 1000 * f) : s.stmt(0).replace(/x \+ 0/, `${WORDS[f % 10]}${WORDS[i % 10]}(x, ${i})`);
const program = (s: Sample, f: number, n: number) =>
  addedFile(
    pathOf(s, f),
    s
      .file(
        `grammar${f}`,
        range(n, (i) => line(s, f, i)),
      )
      .split("\n"),
    1,
    { status: "added" },
  );
const files = (s: Sample, count: number, n: number) => times(count, (f) => program(s, f, n));
/** `count` files of `n` lines no two alike (the way pr-size's own tests write code to count). */
const distinct = (s: Sample, count: number, n: number) =>
  times(count, (f) =>
    addedFile(
      pathOf(s, f),
      range(n, (i) => (i % 2 ? `${WORDS[f % 10]}${i} = f${i * 3}[${i * 7}]` : `${WORDS[f % 10]}${i} = f${i * 3}(${i * 7})`)),
      1,
      { status: "added" },
    ),
  );
const said = (c: ReturnType<typeof change>, message: string) => ({ ...c, title: message, commits: [commit(message)] });

/** pr-size's limits as a team that asks for them sets them. */
const LIMITS = { max_lines: 800, max_files: 50 };
const length = { valid: [] as ValidCase[], invalid: [] as InvalidCase[] };
const size = { valid: [] as ValidCase[], invalid: [] as InvalidCase[] };
for (const s of LANGS) {
  const lang = s.lang;
  const path = pathOf(s, 0);
  length.valid.push({ name: `${lang}: a long function among existing files the change records in SVN`, change: said(change(files(s, 5, 90)), SVN) });
  length.valid.push({
    name: `${lang}: the same, recorded in CVS or in version control`,
    change: said(change(files(s, 6, 90)), "added the old parser scripts to CVS"),
  });
  length.valid.push({
    name: `${lang}: the same, placed in CVS for reference`,
    change: said(change(files(s, 5, 90)), "Place Validator 1.0.2 sources in CVS for reference."),
  });
  length.invalid.push({
    // Version control as the feature's subject, not where files are recorded.
    name: `${lang}: the same files added as a feature of a version-control panel`,
    change: said(change(files(s, 5, 90)), "Add a diff view to the version control panel"),
    findings: times(5, (i) => ({ messageId: "tooLong", path: pathOf(s, i) })),
  });
  length.invalid.push({
    name: `${lang}: the same files added without a word about version control`,
    change: said(change(files(s, 5, 90)), "Add example files"),
    findings: Array.from({ length: 5 }, (_, i) => ({ messageId: "tooLong", path: pathOf(s, i) })),
  });
  length.invalid.push({
    // Too few files to be a bulk record: a new module its author calls added.
    name: `${lang}: one new file "added to SVN" is still the author's`,
    change: said(change(files(s, 1, 90)), SVN),
    findings: [{ messageId: "tooLong", path }],
  });
  length.invalid.push({
    // An edit of a file the project had is the author's work, whatever the message says.
    name: `${lang}: a change that also edits a file the project had is not a record of existing files`,
    change: said(change([...files(s, 5, 90), addedFile("src/main.py", ["x = 1"], 3)]), SVN),
    findings: Array.from({ length: 5 }, (_, i) => ({ messageId: "tooLong", path: pathOf(s, i) })),
  });
  size.valid.push({
    options: LIMITS,
    name: `${lang}: 1,500 lines of existing files recorded in SVN`,
    change: said(change(distinct(s, 5, 300)), SVN),
  });
  size.invalid.push({
    options: LIMITS,
    name: `${lang}: the same lines without a word about version control`,
    change: said(change(distinct(s, 5, 300)), "Add example files"),
    findings: [{ messageId: "tooBig" }],
  });
}

testRule("max-function-length", length);
testRule("pr-size", size);

// What a line says is never quieted by a message: a secret, a debugger statement, an untracked TODO.
const lines = (extra: string) =>
  Array.from({ length: 5 }, (_, i) =>
    addedFile(`src/parsers/p${i}.js`, [`function f${i}() {`, i === 0 ? extra : `  return ${i};`, "}"], 1, { status: "added" }),
  );
/** The same files, none with the line: nothing to say. */
const plain = { name: "JavaScript: files recorded in SVN with nothing in them to say", change: said(change(lines("  return 0;")), SVN) };
testRule("no-debug-statements", {
  valid: [plain],
  invalid: [
    {
      name: "JavaScript: a debugger statement in files recorded in SVN",
      change: said(change(lines("  debugger;")), SVN),
      findings: [{ messageId: "stops", path: "src/parsers/p0.js", line: 2 }],
    },
  ],
});
testRule("todo-issue-reference", {
  valid: [plain],
  invalid: [
    {
      name: "JavaScript: an untracked TODO in files recorded in SVN",
      change: said(change(lines("  // TODO: handle the empty grammar")), SVN),
      findings: [{ messageId: "untracked", line: 2 }],
    },
  ],
});
testRule("no-secrets", {
  valid: [plain],
  invalid: [
    {
      name: "JavaScript: a key in files recorded in SVN",
      change: said(change(lines(`  const token = "${GITHUB_TOKEN}";`)), SVN),
      findings: [{ messageId: "secret", path: "src/parsers/p0.js", line: 2 }],
    },
  ],
});
