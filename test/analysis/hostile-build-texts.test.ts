import { consoleShadowed } from "../../src/analysis/debug/console-shadowed.js";
import { inApplicationProject } from "../../src/analysis/debug/application-project.js";

// Texts a pull request controls (a C# file at head) or a repository holds (a build script at base) are read with
// multiline patterns; a file of blank lines must not make them run on from every line start (#11, hostile input).
describe("whole-file patterns on hostile texts", () => {
  const blank = "\n".repeat(200_000);

  it("a C# file of newlines declares no Console", () => {
    expect(consoleShadowed(blank)).toBe(false);
    expect(consoleShadowed(`${blank}namespace Spectre.Console;\n`)).toBe(false);
    expect(consoleShadowed("namespace Spectre.Console;\n")).toBe(true);
  });

  it("a build script of newlines applies no plugin", () => {
    expect(inApplicationProject("src/main/java/A.java", new Map([["build.gradle", blank.slice(0, 199_000)]]))).toBe(false);
    expect(inApplicationProject("src/main/java/A.java", new Map([["build.gradle", `${blank.slice(0, 1000)}plugins {\n  application\n}\n`]]))).toBe(true);
  });
});
