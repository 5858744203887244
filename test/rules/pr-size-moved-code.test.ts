import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";
import { emptyLookups, type Lookups } from "../../src/engine/rule.js";

// Code that moved is not new code to review (#11): here, code a change's new files take from a file
// it renames without an edit (a monolith kept aside as an archive while a package takes its code).

/** Lines that share no token-level replacement and no table shape: `a0 = f0(0)`, `a1 = f3[7]`… */
const distinct = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => (i % 2 ? `${prefix}${i} = f${i * 3}[${i * 7}]` : `${prefix}${i} = f${i * 3}(${i * 7})`));
const newFile = (path: string, lines: string[]) => addedFile(path, lines, 1, { status: "added" });
const renamedAs = (from: string, to: string) => addedFile(to, [], 1, { status: "renamed", previousPath: from, additions: 0, deletions: 0 });
const texts = (head: Record<string, string>, base: Record<string, string> = {}): Lookups => ({
  ...emptyLookups(),
  fileContents: new Map(Object.entries(head)),
  baseContents: new Map(Object.entries(base)),
});

/**
 * pyparsing 0b39806271: `from` renamed to `to` untouched, and new modules in `dir` that each take
 * a part of it (`parts` lines each), plus `own` new lines of glue in the package's first module.
 */
const split = (o: { from: string; to: string; dir: string; ext: string; parts: number[]; own: number; taken?: boolean }) => {
  const chunks = o.parts.map((n, i) => distinct(`m${i}_`, n));
  const monolith = chunks.flat();
  const modules = chunks.map((lines, i) =>
    // A new module with other code than the renamed file's, when `taken` is false: a move beside a feature.
    newFile(`${o.dir}/part${i}.${o.ext}`, [...(o.taken === false ? distinct(`x${i}_`, lines.length) : lines), ...(i === 0 ? distinct("glue", o.own) : [])]),
  );
  return {
    options: { max_lines: 800 },
    change: change([renamedAs(o.from, o.to), ...modules]),
    lookups: texts(Object.fromEntries(modules.map((f) => [f.path, f.addedLines.map((l) => l.text).join("\n")])), { [o.from]: monolith.join("\n") }),
  };
};

testRule("pr-size", {
  valid: [
    {
      name: "Python: a monolith renamed to an archive while a new package takes its code is moved code",
      ...split({ from: "pyparsing.py", to: "pyparsing_archive.py", dir: "pyparsing", ext: "py", parts: [1500, 900, 700], own: 90 }),
    },
    {
      name: "C#: a class file kept aside under a new name while new files take its code is moved code",
      ...split({ from: "src/Parser.cs", to: "src/Legacy/ParserOld.cs", dir: "src/Parsing", ext: "cs", parts: [600, 500], own: 120 }),
    },
    {
      name: "Go: a file renamed while new files of a package take its code is moved code",
      ...split({ from: "engine.go", to: "internal/old/engine.go", dir: "engine", ext: "go", parts: [500, 450], own: 40 }),
    },
  ],
  invalid: [
    {
      // A directory move beside a new feature: the renamed file shares no code with the new files.
      name: "new files that do not take the renamed file's code still count",
      ...split({ from: "lib/util.py", to: "lib/old/util.py", dir: "feature", ext: "py", parts: [600, 500], own: 0, taken: false }),
      findings: [{ messageId: "tooBig", data: { lines: 1100 } }],
    },
    {
      // Moved code is left out; what the new modules add of their own still counts.
      name: "the new files' own code beside what they took still counts",
      ...split({ from: "src/Parser.cs", to: "src/Legacy/ParserOld.cs", dir: "src/Parsing", ext: "cs", parts: [600, 500], own: 900 }),
      findings: [{ messageId: "tooBig", data: { lines: 900 } }],
    },
  ],
});
