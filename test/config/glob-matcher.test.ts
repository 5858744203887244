import { Minimatch } from "minimatch";
import { DEFAULT_IGNORES } from "../../src/config/default-ignores.js";
import { globMatcher, requiredParts } from "../../src/config/glob-option.js";

const GLOBS = [
  ...DEFAULT_IGNORES,
  "docs/**",
  "*.md",
  "src/**/*.generated.ts",
  "a/**",
  "./src/*.ts",
  "**/?ersion.go",
  "**/[Ee]xamples/**",
  "**/*.{js,ts}",
  "!**/keep.ts",
  "**/@types/**",
  "#comment",
  "src/*",
];

const PATHS = [
  "package-lock.json",
  "web/package-lock.json",
  "vendor/a.go",
  "x/vendor/y/z.go",
  "vendorx/a.go",
  ".yarn/releases/yarn-4.1.0.cjs",
  "flow-typed/npm/jest_v24.x.x.js",
  "dist/app.min.js",
  "app.min.jsx",
  "docs/guide.md",
  "README.md",
  "src/deep/x.generated.ts",
  "a",
  "a/b",
  "src/a.ts",
  "src/Makefile",
  "cmd/version.go",
  "Examples/run.py",
  "lib/x.js",
  "lib/keep.ts",
  "node_modules/@types/node/index.d.ts",
  "#comment",
  ".github/workflows/ci.yml",
];

describe("globMatcher", () => {
  it("matches exactly as minimatch does, with the literal-part shortcut", () => {
    for (const glob of GLOBS) {
      const mm = new Minimatch(glob, { dot: true, matchBase: !glob.includes("/") });
      const ours = globMatcher([glob]);
      for (const path of PATHS) expect({ glob, path, matched: ours(path) }).toEqual({ glob, path, matched: mm.match(path) });
    }
  });

  it("takes the literal parts of plain globs only", () => {
    expect(requiredParts("**/*.min.js")).toEqual([".min.js"]);
    expect(requiredParts("**/node_modules/**")).toEqual(["node_modules"]);
    expect(requiredParts("./src/*.ts")).toEqual(["src", ".ts"]);
    expect(requiredParts("**/[Ee]xamples/**")).toBeUndefined();
    expect(requiredParts("**/*.{js,ts}")).toBeUndefined();
    expect(requiredParts("!**/keep.ts")).toBeUndefined();
  });
});
