import { change, addedFile } from "../helpers/make-change.js";
import { testRule, type InvalidCase, type ValidCase } from "../helpers/rule-tester.js";
import { modifiedFile } from "../helpers/base-head.js";
import type { Lookups } from "../../src/engine/rule.js";
import type { ChangedFile } from "../../src/model/change.js";

// Session 22 (#10): a new function as long as the project's own functions near it is its practice. Set 21's judges
// rejected ten of eleven new functions over the length limit, each long the way its project writes that code there
// (MessagePack-CSharp's IL emitters, language-ext's SyntaxFactory builders, serf's command `Run`s).

const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];

const VERBS = ["load", "parse", "merge", "check", "store", "send", "close", "open", "wait", "report", "encode", "split", "join"];

/** A Go function `name` of `lines` statements, each a different call, every fourth a branch: steps, not a flat list (wiring). */
function goFunction(name: string, lines: number, from = 0): string[] {
  const step = (i: number) =>
    i % 4 === 0
      ? `\tif len(state) > ${i} { state = trim(state) }`
      : `\tstate = ${VERBS[i % VERBS.length]}${VERBS[(i * 7 + 3) % VERBS.length]}(state, "${VERBS[(i * 5) % VERBS.length]}")`;
  return [`func ${name}(state string) string {`, ...Array.from({ length: lines }, (_, i) => step(i + from)), "\treturn state", "}", ""];
}

/** A Go file of functions of the given lengths. */
const goFile = (lengths: number[]) => ["package command", "", ...lengths.flatMap((n, i) => goFunction(`Helper${i}`, n))].join("\n");

const DIR = "command/";
/** Siblings: `files` files of `per` functions each, `long` of them over 60 lines (up to `longest`). */
function siblings(long: number, longest = 120, files = 8, per = 5): Record<string, string> {
  const out: Record<string, string> = {};
  for (let f = 0; f < files; f++) out[`${DIR}cmd${f}.go`] = goFile(Array.from({ length: per }, (_, i) => (f * per + i < long ? longest - (f * per + i) : 20)));
  return out;
}

/** A change adding `path` with one function of `lines` statements, beside `around` (untouched, in the tree). */
function beside(path: string, lines: number, around: Record<string, string>): { change: ReturnType<typeof change>; lookups: Lookups } {
  const added = ["package command", "", ...goFunction("Run", lines)];
  return {
    change: change([addedFile(path, added) as ChangedFile]),
    lookups: {
      issues: new Map(),
      fileContents: new Map([[path, added.join("\n")], ...Object.entries(around)]),
      baseContents: new Map(),
      fileTree: [path, ...Object.keys(around)],
    },
  };
}

/** A change growing an existing 70-line Run in `path` by a 20-line block of new steps, beside `around`. */
function grown(path: string, around: Record<string, string>): { change: ReturnType<typeof change>; lookups: Lookups } {
  const run = goFunction("Run", 70);
  const base = ["package command", "", ...run].join("\n");
  const head = ["package command", "", ...run.slice(0, 36), ...goFunction("Block", 20, 500).slice(1, 21), ...run.slice(36)].join("\n");
  const { file, lookups } = modifiedFile(path, base, head);
  for (const [p, text] of Object.entries(around)) lookups.fileContents.set(p, text);
  return { change: change([file]), lookups: { ...lookups, fileTree: [path, ...Object.keys(around)] } };
}

valid.push({
  name: "a 20-line block grown into a long Run where the project's functions often run over the limit (MessagePack BuildDeserialize, set 21)",
  ...grown(`${DIR}agent.go`, siblings(8)),
});
valid.push({
  name: "a new 90-line command Run beside commands whose functions often run over the limit (8 of 40, to 120): the project's practice (serf reachability Run, set 21)",
  ...beside(`${DIR}reach.go`, 90, siblings(8)),
});
invalid.push(
  {
    name: "longer than the longest function the project writes there: said (language-ext GenerateAsync, 878 lines, agreed)",
    ...beside(`${DIR}reach.go`, 150, siblings(8)),
    findings: [{ messageId: "tooLong", line: 3 }],
  },
  {
    name: "two long functions near the file are exceptions, not the practice (2 of 40 over): said (MessagePack ToJsonCore, agreed)",
    ...beside(`${DIR}reach.go`, 90, siblings(2)),
    findings: [{ messageId: "tooLong", line: 3 }],
  },
  {
    name: "three long functions in a large sample (3 of 80, under a twentieth): said",
    ...beside(`${DIR}reach.go`, 90, siblings(3, 120, 8, 10)),
    findings: [{ messageId: "tooLong", line: 3 }],
  },
  {
    name: "the grown function's own base version is no precedent: two others over the limit near it are exceptions (serf agent Run, agreed)",
    ...grown(`${DIR}agent.go`, siblings(2)),
    findings: [{ messageId: "addsBlock", line: 43 }],
  },
  {
    name: "follow_practice off: said",
    options: { follow_practice: false },
    ...beside(`${DIR}reach.go`, 90, siblings(8)),
    findings: [{ messageId: "tooLong", line: 3 }],
  },
  {
    name: "no file tree (a source that read none): said",
    ...(() => {
      const c = beside(`${DIR}reach.go`, 90, siblings(8));
      delete c.lookups.fileTree;
      return c;
    })(),
    findings: [{ messageId: "tooLong", line: 3 }],
  },
  {
    name: "long functions the change adds in other files are not the project's practice: a change cannot make its own",
    ...(() => {
      const c = beside(`${DIR}reach.go`, 90, siblings(0));
      for (let f = 0; f < 4; f++) {
        const path = `${DIR}noise${f}.go`;
        // Bodies of their own: not copies of one another nor of the new Run (those are judged as copies).
        const text = ["package command", "", ...goFunction(`Noise${f}`, 100, 1000 * (f + 1))].join("\n");
        c.change.files.push(addedFile(path, text.split("\n")) as ChangedFile);
        c.lookups.fileContents.set(path, text);
        c.lookups.fileTree!.push(path);
      }
      return c;
    })(),
    // The noise files' own functions are new and over the limit too: said, each of them.
    findings: [
      { messageId: "tooLong", path: `${DIR}reach.go` },
      ...Array.from({ length: 4 }, (_, f) => ({ messageId: "tooLong", path: `${DIR}noise${f}.go` })),
    ],
  },
);

testRule("max-function-length", { valid, invalid });
