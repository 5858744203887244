import { rules } from "../../rules/index.js";
import type { Lookups } from "../../src/engine/rule.js";
import type { Change, ChangedFile } from "../../src/model/change.js";
import { loadAllGrammars } from "../../src/syntax/grammars.js";
import { addedFile, change } from "../helpers/make-change.js";
import { BEFORE_CALIBRATION } from "../helpers/pre-calibration.js";

// #10: a new file's neighbours (the files the change edits directly in its folder, the first four in the
// change's order) are read from an index made once per file list, not by scanning the change per new file.
const rule = rules["no-debug-statements"];
const options = rule.options.parse(BEFORE_CALIBRATION["no-debug-statements"]);

const edited = (path: string): ChangedFile => addedFile(path, ["// edited"], 3, { status: "modified" });
const created = (path: string, lines: string[]): ChangedFile => addedFile(path, lines, 1, { status: "added" });

/** The rule run alone: the source fetches only the base texts its own `needs` names, out of the repository's `base`. */
function runAlone(c: Change, base: Record<string, string>) {
  const asked = rule.needs!(c, options).baseContents ?? [];
  const found: Lookups = { issues: new Map(), fileContents: new Map(), baseContents: new Map(asked.filter((p) => p in base).map((p) => [p, base[p]])) };
  return rule.check(c, options, found).filter((f) => !f.info);
}

describe("no-debug-statements: a new file's neighbours", () => {
  beforeAll(() => loadAllGrammars());

  it.each([
    ["Kotlin", "core/src/Verification.kt", "kt", ["fun verify() {", '    println("|-> $beanDefinition")', "}"]],
    ["Python", "pkg/mod/split.py", "py", ["def verify():", '    print("|-> bean definition %s" % bean)']],
    ["TypeScript", "src/lib/split.ts", "ts", ["export function verify() {", '  console.log("|-> bean definition", bean);', "}"]],
  ])("%s: asks for the first four files the change edits in the new file's own folder, in order", (_lang, path, ext, lines) => {
    const folder = path.slice(0, path.lastIndexOf("/") + 1);
    const c = change([
      edited(`other/a.${ext}`),
      edited(`${folder}one.${ext}`),
      edited(`${folder}deeper/two.${ext}`),
      created(path, lines),
      edited(`${folder}three.${ext}`),
      { ...edited(`${folder}gone.${ext}`), status: "removed" },
      edited(`${folder}four.${ext}`),
      edited(`${folder}five.${ext}`),
      edited(`${folder}six.${ext}`),
    ]);
    const asked = rule.needs!(c, options).baseContents ?? [];
    for (const name of ["one", "three", "four", "five"]) expect(asked).toContain(`${folder}${name}.${ext}`);
    for (const p of [`${folder}six.${ext}`, `${folder}deeper/two.${ext}`, `other/a.${ext}`]) expect(asked).not.toContain(p);
  });

  const neighbours = ["one", "two", "three", "four", "five"].map((n) => edited(`core/src/${n}.kt`));
  const moved = ["fun verify() {", '    println("|-> $beanDefinition")', "}"];
  const base = (from: string) => ({ [`core/src/${from}.kt`]: 'fun verify() {\n    println("|-> $beanDefinition")\n}\n' });

  it("Kotlin: a print moved from the fourth neighbour is not new", () => {
    expect(runAlone(change([...neighbours, created("core/src/Verification.kt", moved)]), base("four"))).toEqual([]);
  });
  it("Kotlin: one in a fifth neighbour is not read, and the print is said", () => {
    expect(runAlone(change([...neighbours, created("core/src/Verification.kt", moved)]), base("five")).map((f) => f.line)).toEqual([2]);
  });
});
