import { loadConfig, validateConfig } from "../../src/config/load-config.js";
import { resolveConfig } from "../../src/config/resolve-config.js";

// #9: a rules.yml on one repository must not take CPU or stack from the others on the replica.
// Each case is refused with a message that names the line and says how to fix it.
const errorsOf = (yaml: string) => loadConfig(yaml, "rules.yml").errors;

describe("config limits", () => {
  it("a file over 256 KB is refused at the line where it crosses the cap", () => {
    const line = `# ${"x".repeat(1020)}\n`; // 1 KB a line
    const errors = errorsOf(line.repeat(300));
    expect(errors).toEqual([{ file: "rules.yml", line: 257, column: 1, message: expect.stringMatching(/the file is 300 KB; the limit is 256 KB/) }]);
  });

  it("a pattern over 1 KB is refused before it is compiled, at its line", () => {
    const pattern = "(a|b)".repeat(400); // 2,000 characters
    const errors = errorsOf(`rules:\n  issue-reference:\n    tracker_patterns:\n      - "${pattern}"\n`);
    expect(errors).toEqual([expect.objectContaining({ line: 4, message: expect.stringContaining("the pattern is 2000 characters long; the limit is 1024") })]);
  });

  it("a pattern of 1 KB is still accepted", () => {
    expect(errorsOf(`rules:\n  max-line-length:\n    ignore_pattern: "${"a".repeat(1024)}"\n`)).toEqual([]);
  });

  it("more than 1,000 globs in all is refused, naming the list that crosses the cap", () => {
    const ignore = Array.from({ length: 600 }, (_, i) => `  - "gen/${i}/**"`).join("\n");
    const files = Array.from({ length: 500 }, (_, i) => `      - "src/${i}/**"`).join("\n");
    const yaml = `ignore:\n${ignore}\noverrides:\n  - rules: { max-line-length: off }\n    files:\n${files}\n`;
    expect(errorsOf(yaml)).toEqual([
      expect.objectContaining({ line: 605, message: expect.stringMatching(/^overrides\.0\.files: the config has 1100 globs and the limit is 1000 in all/) }),
    ]);
  });

  it("200,000 ignore globs in a file are refused by the size cap", () => {
    const yaml = `ignore:\n${Array.from({ length: 200_000 }, (_, i) => `  - "g/${i}"`).join("\n")}\n`;
    expect(errorsOf(yaml)).toEqual([expect.objectContaining({ message: expect.stringContaining("the limit is 256 KB") })]);
  });

  it("200,000 ignore globs merged through _extends are refused by the glob cap, not a stack overflow", () => {
    const ignore = Array.from({ length: 200_000 }, (_, i) => `g/${i}`);
    expect(validateConfig({ ignore }, "rules.yml").errors).toEqual([
      { file: "rules.yml", message: expect.stringMatching(/^ignore: the config has 200000 globs and the limit is 1000 in all/) },
    ]);
  });

  it("resolveConfig itself takes 200,000 globs without overflowing the stack", () => {
    const ignore = Array.from({ length: 200_000 }, (_, i) => `g/${i}`);
    expect(resolveConfig({ ignore }, "rules.yml").ignore).toHaveLength(ignore.length + resolveConfig({}, "x").ignore.length);
  });

  it("a YAML alias bomb is an annotated config error", () => {
    const yaml = [
      "a: &a [x, x, x, x, x, x, x, x, x, x]",
      "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]",
      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]",
      "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]",
      "ignore: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]",
    ].join("\n");
    expect(errorsOf(yaml)).toEqual([{ file: "rules.yml", line: 2, column: 8, message: expect.stringMatching(/^the YAML aliases \(\*name\) expand too much/) }]);
  });

  it("`max: 1e400` says the number is too large", () => {
    expect(errorsOf("rules:\n  max-line-length:\n    max: 1e400\n")).toEqual([
      {
        file: "rules.yml",
        line: 3,
        column: 10,
        message: "rules.max-line-length.max: the number is too large (it reads as Infinity). Write an ordinary number, such as 120",
      },
    ]);
  });
});
