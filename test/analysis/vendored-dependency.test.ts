import { markImportedCode } from "../../src/analysis/imported-code.js";
import { notAuthored } from "../../src/analysis/not-authored.js";
import { prefetchProject, type ProjectReader } from "../../src/analysis/upstream-code.js";
import type { ChangedFile } from "../../src/model/change.js";
import { isRestored } from "../../src/model/restored-lines.js";
import { addedFile, change, commit } from "../helpers/make-change.js";

const manifest = (deps: Record<string, string>) => JSON.stringify({ name: "formik", dependencies: deps, devDependencies: { jest: "^20.0.4" } }, null, 2);
const BASE = manifest({ "hoist-non-react-statics": "^1.2.0", "lodash.clonedeep": "^4.5.0" });
const HEAD = manifest({ "lodash.clonedeep": "^4.5.0" });
const hoist = [
  "import { ComponentClass } from 'react';",
  "",
  "export function hoistNonReactStatics(",
  "  target: ComponentClass<any>,",
  ") {",
  "  return target;",
  "}",
];

function project(base: string | undefined, head: string | undefined): ProjectReader {
  const pick = (text: string | undefined, paths: string[]) =>
    new Map(text === undefined ? [] : paths.filter((p) => p === "package.json").map((p) => [p, text]));
  return { basePaths: () => ["package.json", "src/formik.tsx"], texts: (side, paths) => pick(side === "base" ? base : head, paths) };
}

function review(files: ChangedFile[], base = BASE, head = HEAD) {
  const c = change([addedFile("package.json", ['  "dependencies": {},'], 30, { status: "modified" }), ...files], {
    commits: [commit("Use rollup instead of webpack (#47)")],
  });
  markImportedCode(c, undefined, project(base, head));
  return c;
}

describe("markImportedCode: a dependency dropped from package.json and copied in (#10)", () => {
  it("is not authored: the new file declares the dropped package's name (formik b52b4ca6b0, hoist-non-react-statics)", () => {
    const c = review([
      addedFile("src/hoistStatics.tsx", hoist, 1, { status: "added" }),
      addedFile("src/rollup.ts", ["export const x = 1;"], 1, { status: "added" }),
    ]);
    expect(notAuthored("src/hoistStatics.tsx", c)).toMatch(/a copy of a dependency the change drops from package.json \(hoistnonreactstatics\)/);
    expect(notAuthored("src/rollup.ts", c)).toBeUndefined();
  });

  it("needs the dependency dropped, a new file, and the package's name on it", () => {
    const kept = review([addedFile("src/hoistStatics.tsx", hoist, 1, { status: "added" })], BASE, BASE);
    const edited = review([addedFile("src/hoistStatics.tsx", hoist, 1, { status: "modified" })]);
    const other = review([addedFile("src/statics.tsx", ["export function copyStatics() {}"], 1, { status: "added" })]);
    const unreadable = review([addedFile("src/hoistStatics.tsx", hoist, 1, { status: "added" })], "{ not json", HEAD);
    // got b9b6b1e9d7: a patched copy whose TODO names the package ("Switch back to the `decompress-response` package").
    const patched = review([
      addedFile("src/hoistStatics.tsx", ["// TODO: Switch back to the `hoist-non-react-statics` package when it's fixed", ...hoist], 1, { status: "added" }),
    ]);
    for (const c of [kept, edited, other, unreadable, patched]) expect(c.files.some(isRestored)).toBe(false);
  });

  it("the GitHub App reads package.json at base and head for such a change", async () => {
    const c = change([addedFile("package.json", ["x"], 30, { status: "modified" }), addedFile("src/hoistStatics.tsx", hoist, 1, { status: "added" })]);
    const asked: string[][] = [];
    const reader = await prefetchProject(
      c,
      async () => ["package.json"],
      async (base, head) => (asked.push(base, head), [new Map([["package.json", BASE]]), new Map([["package.json", HEAD]])]),
    );
    expect(asked[0]).toContain("package.json");
    expect(asked[1]).toContain("package.json");
    expect(reader?.texts("head", ["package.json"]).get("package.json")).toBe(HEAD);
  });
});

describe("markImportedCode: a package's import pointed at a new file of its name (#10)", () => {
  const body = (n: number) => Array.from({ length: n }, (_, i) => `    var x${i} = args[${i}];`);
  const minimist = ["module.exports = function (args, opts) {", ...body(60), "};"];
  const reader = (base: Record<string, string>): ProjectReader => ({
    basePaths: () => Object.keys(base),
    texts: (side, paths) => new Map(side === "base" ? paths.flatMap((p) => (base[p] === undefined ? [] : [[p, base[p]] as const])) : []),
  });
  function review(importer: ChangedFile, copy: ChangedFile, base: Record<string, string>) {
    const c = change([importer, copy], { commits: [commit("Added ability to count boolean options and rolled minimist library back into project.")] });
    markImportedCode(c, undefined, reader(base));
    return c;
  }

  it("JS: require('minimist') became require('./lib/minimist') beside a new lib/minimist.js: the package's copy (yargs 623dc26c73)", () => {
    const c = review(addedFile("index.js", ["var minimist = require('./lib/minimist');"], 2), addedFile("lib/minimist.js", minimist, 1, { status: "added" }), {
      "index.js": "var path = require('path');\nvar minimist = require('minimist');\n",
    });
    expect(isRestored(c.files[1])).toBe(true);
    expect(c.files[1].restoredFrom).toMatch(/minimist package: index\.js imported it/);
  });

  it("TS: `from 'p-limit'` became `from './vendor/p-limit.js'`", () => {
    const c = review(
      addedFile("src/queue.ts", ["import pLimit from './vendor/p-limit.js';"], 1),
      addedFile("src/vendor/p-limit.ts", ["export default function pLimit(n: number) {", ...body(60), "}"], 1, { status: "added" }),
      { "src/queue.ts": "import pLimit from 'p-limit';\n" },
    );
    expect(isRestored(c.files[1])).toBe(true);
  });

  it("Python: `import toml` became `from ._vendor import toml`", () => {
    const c = review(
      addedFile("pkg/compat.py", ["from ._vendor import toml"], 1),
      addedFile("pkg/_vendor/toml.py", ["def add_metaclass(m):", ...body(60).map((l) => l.replace("var ", "")), "    return m"], 1, { status: "added" }),
      { "pkg/compat.py": "import toml\n" },
    );
    expect(isRestored(c.files[1])).toBe(true);
  });

  it.each([
    ["the importer never imported the package by name (a module of the project's own)", { "index.js": "var path = require('path');\n" }, minimist],
    ["the new file is small (a stand-in the author wrote)", { "index.js": "var minimist = require('minimist');\n" }, minimist.slice(0, 10)],
    ["the new file wraps the package (it requires it)", { "index.js": "var minimist = require('minimist');\n" }, ["var m = require('minimist');", ...minimist]],
  ])("stays the author's when %s", (_, base, lines) => {
    const c = review(
      addedFile("index.js", ["var minimist = require('./lib/minimist');"], 2),
      addedFile("lib/minimist.js", lines, 1, { status: "added" }),
      base,
    );
    expect(isRestored(c.files[1])).toBe(false);
  });

  it("the prefetch reads the importer at base", async () => {
    const c = change([addedFile("index.js", ["var minimist = require('./lib/minimist');"], 2), addedFile("lib/minimist.js", minimist, 1, { status: "added" })]);
    let asked: string[] = [];
    await prefetchProject(
      c,
      async () => ["index.js"],
      async (base) => {
        asked = base;
        return [new Map(), new Map()];
      },
    );
    expect(asked).toContain("index.js");
  });
});
