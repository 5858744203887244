import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";
import { emptyLookups, type Lookups } from "../../src/engine/rule.js";

// A replacement repeated over the change (a rename, `nameof`) counts once (#11), also when a file
// deletes other lines and rewrites a few beside it: the pairing of removed and added lines must not
// shift, or each line is paired with its neighbour's edit (StackExchange.Redis 567cdf73fc, "Code
// cleanup and C#6 feature use": `Db` → `Database` over 233 lines of one file).

const texts = (head: Record<string, string>, base: Record<string, string> = {}): Lookups => ({
  ...emptyLookups(),
  fileContents: new Map(Object.entries(head)),
  baseContents: new Map(Object.entries(base)),
});

interface Language {
  ext: string;
  /** The k-th line of file `file` naming the renamed member `db`; three shapes, so that no table is read. */
  line: (k: number, db: string, file: number) => string;
  /** A line rewritten in another shape at the top of each file (not a pair), before and after. */
  rewritten: [string, string];
  /** A member deleted at the end of each file. */
  deleted: (k: number, file: number) => string;
}

/**
 * A language's lines in three shapes: an assignment (`declare` before it), a guard (`guard(k)` the
 * condition's text) and an accumulation, each ending with `end`; a member `field` deleted at the end.
 */
const language = (ext: string, declare: string, guard: (k: number) => string, end: string, field: string, rewritten: [string, string]): Language => ({
  ext,
  line: (k, db, i) =>
    [
      `${declare}m${k} = Message.create(${db}, flags, Command.C${k}, key${i})`,
      `${guard(k)} return send(${db}, m${k}, key${i})`,
      `total += measure(${db}, "k${k}", key${i})`,
    ][k % 3] + end,
  rewritten,
  deleted: (k, i) => `${field}unused${k} = ${i}${end}`,
});
const CSHARP = language("cs", "var ", (k) => `if (count > ${k})`, ";", "private readonly int ", [
  "public object AsyncState { get { return asyncState; } }",
  "public object AsyncState => asyncState;",
]);
const JAVA = language("java", "Message ", (k) => `if (count > ${k})`, ";", "private final int ", [
  "public Object getState() { return this.state; }",
  "public Object state() { return state; }",
]);
const PYTHON = language("py", "", (k) => `if count > ${k}:`, "", "", [
  "state = property(lambda self: self._state)",
  "@property\ndef state(self): return self._state",
]);

/** `files` files of `lines` lines each renaming `from` to `to`, each with a line rewritten at the top and 6 lines deleted at the end. */
const renameSweep = (lang: Language, from: string, to: string, files = 4, lines = 250) => {
  const paths = Array.from({ length: files }, (_, i) => `src/Part${i}.${lang.ext}`);
  const body = (db: string, i: number) => Array.from({ length: lines }, (_, k) => lang.line(k, db, i));
  const base = (i: number) => [lang.rewritten[0], ...body(from, i), ...Array.from({ length: 6 }, (_, k) => lang.deleted(k, i))];
  const head = (i: number) => [...lang.rewritten[1].split("\n"), ...body(to, i)];
  return {
    change: change(paths.map((p, i) => addedFile(p, head(i), 1, { deletions: base(i).length }))),
    lookups: texts(Object.fromEntries(paths.map((p, i) => [p, head(i).join("\n")])), Object.fromEntries(paths.map((p, i) => [p, base(i).join("\n")]))),
  };
};

testRule("pr-size", {
  valid: [
    { name: "C#: a rename repeated over 1,000 lines, beside deleted and rewritten members, counts once", ...renameSweep(CSHARP, "Db", "Database") },
    { name: "Java: a field renamed over 1,000 lines, beside deleted and rewritten members, counts once", ...renameSweep(JAVA, "this.db", "database") },
    {
      name: "Python: an attribute renamed over 1,000 lines, beside deleted and rewritten lines, counts once",
      ...renameSweep(PYTHON, "self._db", "self.database"),
    },
  ],
  invalid: [
    {
      // Each line gets its own new value: a thousand edits, not one sweep; they still count.
      name: "C#: lines each edited their own way beside deleted members still count",
      options: { max_lines: 800 },
      ...renameSweep({ ...CSHARP, line: (k, db, i) => CSHARP.line(k, db === "Db" ? db : `db${k}_${i}`, i) }, "Db", "Database"),
      findings: [{ messageId: "tooBig" }],
    },
  ],
});
