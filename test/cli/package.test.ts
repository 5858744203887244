import { jest } from "@jest/globals";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makeRepo } from "../helpers/git-repo.js";

// Bundles, packs and child processes: on a loaded machine that takes seconds.
jest.setTimeout(30_000);

const root = new URL("../../", import.meta.url).pathname;

describe("the npm package", () => {
  // npm pack runs prepack (the CLI bundle), then the tarball is unpacked and run outside this repository.
  const dest = mkdtempSync(join(tmpdir(), "bottomline-pack-"));
  let packed: { filename: string; files: Array<{ path: string }> };

  beforeAll(() => {
    const out = execFileSync("npm", ["pack", "--json", "--pack-destination", dest], { cwd: root, stdio: ["ignore", "pipe", "ignore"] }).toString();
    packed = JSON.parse(out.slice(out.indexOf("[")))[0];
    execFileSync("tar", ["xzf", join(dest, packed.filename), "-C", dest]);
    // What `npm install` would put beside it: the runtime dependencies the bundle leaves out (web-tree-sitter and the grammars).
    symlinkSync(join(root, "node_modules"), join(dest, "package", "node_modules"), "dir");
  }, 60_000);

  it("is installable: not private, a bin that exists, the rule docs and schema, and no sources or tests", () => {
    const pkg = JSON.parse(readFileSync(join(dest, "package/package.json"), "utf8"));
    expect(pkg.private).toBeUndefined();
    const files = packed.files.map((f) => f.path);
    expect(files).toContain(pkg.bin.bottomline);
    expect(files).toEqual(expect.arrayContaining(["rules/max-line-length.md", "schema/rules.schema.json", "README.md"]));
    expect(files.filter((f) => /^(src|test|bench|dist-action)\//.test(f))).toEqual([]);
  });

  it("runs from the unpacked tarball in a repository outside this one", () => {
    const bin = join(dest, "package", "dist-cli/bottomline.js");
    expect(execFileSync(process.execPath, [bin, "--version"]).toString()).toBe(`${JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version}\n`);
    const repo = makeRepo({ lineLimit: 120 });
    repo.write("app.py", "x = 1\n");
    repo.commit("first #1");
    repo.write("app.py", `x = 1\ny = ${"1 + ".repeat(40)}1\n`);
    repo.commit("second #1");
    const report = JSON.parse(
      execFileSync(process.execPath, [bin, "review", "--format", "json"], { cwd: repo.dir, env: { PATH: process.env.PATH } }).toString(),
    );
    expect(report.findings.filter((f: { line?: number }) => f.line).map((f: { rule: string; path: string; line: number }) => [f.rule, f.path, f.line])).toEqual(
      [["max-line-length", "app.py", 2]],
    );
  });
});
