import { markImportedCode } from "../../src/analysis/imported-code.js";
import { prefetchProject, type ProjectReader } from "../../src/analysis/upstream-code.js";
import { isRestored } from "../../src/model/restored-lines.js";
import { addedFile, change } from "../helpers/make-change.js";

// pug's root `jade.js` (set 24): a browserify build of `lib/` that each release regenerates.
const PRELUDE = "(function e(t,n,r){function s(o,u){return n[o]}for(var o=0;o<r.length;o++)s(r[o]);return s})({1:[function(require,module,exports){";
const code = (side: string, n: number) => Array.from({ length: n }, (_, i) => `var ${side}${i} = require("./m${i % 7}")(${i}); // keep(${i})`);
const bundle = (side: string, n = 400) => [PRELUDE, ...code(side, n)];

/** The repository read as the git source reads it: texts at base and head by path. */
const project = (base: Record<string, string>, head: Record<string, string>): ProjectReader => {
  const pick = (texts: Record<string, string>, paths: string[]) => new Map(paths.filter((p) => p in texts).map((p) => [p, texts[p]]));
  return { basePaths: () => Object.keys(base), texts: (side, paths) => pick(side === "base" ? base : head, paths) };
};

function marked(path: string, head: string[], base: string[], added = head.slice(1)): boolean {
  const f = addedFile(path, added, 2, { status: "modified" });
  markImportedCode(change([f]), undefined, project({ [path]: base.join("\n") }, { [path]: head.join("\n") }));
  return isRestored(f);
}

describe("markImportedCode: a bundler's output the change rebuilds (#10, #11)", () => {
  it("marks a script that is a bundle at base and at head (pug's jade.js)", () => {
    expect(marked("jade.js", bundle("head"), bundle("base"))).toBe(true);
  });

  it("leaves a script that becomes a bundle only at head: pasting a bundler's runtime takes nothing out of review", () => {
    expect(marked("app.js", bundle("head"), code("base", 400))).toBe(false);
  });

  it("leaves a bundle rebuilt with fewer added lines than a bundle has, and files that are not scripts", () => {
    expect(marked("jade.js", bundle("head"), bundle("base"), code("head", 50))).toBe(false);
    expect(marked("jade.ts", bundle("head"), bundle("base"))).toBe(false);
  });

  it("the GitHub App reads such a script at base and head in its one batch, and marks it", async () => {
    const f = addedFile("jade.js", bundle("head").slice(1), 2, { status: "modified" });
    const c = change([f]);
    const asked: Array<[string[], string[]]> = [];
    const reader = await prefetchProject(
      c,
      async () => ["jade.js", "lib/index.js"],
      async (b, h) => {
        asked.push([b, h]);
        return [new Map([["jade.js", bundle("base").join("\n")]]), new Map([["jade.js", bundle("head").join("\n")]])];
      },
    );
    expect(asked).toHaveLength(1);
    expect(asked[0][0]).toContain("jade.js");
    expect(asked[0][1]).toContain("jade.js");
    markImportedCode(c, undefined, reader);
    expect(isRestored(f)).toBe(true);
  });

  it("the GitHub App reads nothing for a change with no such script", async () => {
    let reads = 0;
    const reader = await prefetchProject(
      change([addedFile("src/app.js", code("head", 20), 2, { status: "modified" })]),
      async () => {
        reads++;
        return ["src/app.js"];
      },
      async () => {
        reads++;
        return [new Map(), new Map()];
      },
    );
    expect(reader).toBeUndefined();
    expect(reads).toBe(0);
  });
});
