import { functionVerdicts, type FunctionChange } from "../../../src/analysis/function-verdicts.js";
import { loadAllGrammars } from "../../../src/syntax/grammars.js";
import { modifiedFile } from "../../helpers/base-head.js";
import { change } from "../../helpers/make-change.js";
import { range, SAMPLES } from "../../syntax/samples.js";

beforeAll(() => loadAllGrammars());

// npgsql 0f4cfd86b0: `BindValue` is the old `GetSize` of its own file renamed and reworked; a
// 15-line `BindValue` that left another file has the name, not the body ("grew from 2 to 29",
// judged wrong, set 23). The old self is found by body; a body unlike the function that left
// under another name is still compared with the one that had its name.
for (const s of SAMPLES.filter((x) => ["Java", "Kotlin", "C#"].includes(x.lang))) {
  const end = s.lang === "Kotlin" ? "" : ";";
  const fn = (name: string, body: string[]) =>
    s.lang === "Kotlin" ? [`  fun ${name}(x: Int): Int {`, ...body, "  }"] : [`  int ${name}(int x) {`, ...body, "  }"];
  const deep = (v: string) => [...s.nest(6).map((l) => `    ${l.replace(/\bx\b/g, v)}`), `    return ${v}${end}`];
  const unlike = [...range(8, (i) => `    record${i}(total${i}, label${i})${end}`), `    return x${end}`];
  const ext = s.path.replace(/^.*\./, "");
  const fieldsBase = ["class Fields {", ...fn("bind", [`    return x + 1${end}`]), ...fn("other", [`    return x${end}`]), "}"].join("\n");
  const fieldsHead = ["class Fields {", ...fn("other", [`    return x${end}`]), "}"].join("\n");

  /** The name of the base function each head function over the limit was compared with. */
  const comparedWith = (coreBase: string[]) => {
    const base = ["class Core {", ...fn("sizeOf", coreBase), "}"].join("\n");
    // Reworked on the way: a variable renamed on every line, one statement added.
    const head = ["class Core {", ...fn("bind", [`    var v = x * 2${end}`, ...deep("v")]), "}"].join("\n");
    const core = modifiedFile(`src/Core.${ext}`, base, head);
    const fields = modifiedFile(`src/Fields.${ext}`, fieldsBase, fieldsHead);
    const files = [
      { ...core.file, deletions: base.split("\n").length },
      { ...fields.file, deletions: 3 },
    ];
    const lookups = {
      ...core.lookups,
      fileContents: new Map([...core.lookups.fileContents, ...fields.lookups.fileContents]),
      baseContents: new Map([...(core.lookups.baseContents ?? []), ...(fields.lookups.baseContents ?? [])]),
    };
    const seen: Array<string | undefined> = [];
    const judge = (c: FunctionChange) => (seen.push(c.before?.name), { line: c.anchor });
    [...functionVerdicts(change(files), lookups, { of: (f) => f.codeLines, max: 5, minGrowth: 1, judge })];
    return seen;
  };

  describe(`predecessor (${s.lang})`, () => {
    it("takes a function renamed in its own file by its body, not the same-named one another file dropped", () => {
      expect(comparedWith(deep("x"))).toEqual(["sizeOf"]);
    });
    it("takes the function that left another file under its name when the renamed one's body is unlike", () => {
      expect(comparedWith(unlike)).toEqual(["bind"]);
    });
  });
}
