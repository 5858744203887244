import { loadConfig, validateConfig, defaultConfig } from "../../src/config/load-config.js";
import { formatConfigError } from "../../src/config/config-error.js";

const load = (text: string) => loadConfig(text, ".github/rules.yml");
const messages = (text: string) => load(text).errors.map(formatConfigError);

describe("loadConfig", () => {
  it("accepts a severity or a map with severity and options", () => {
    const { config, errors } = load("rules:\n  max-line-length: { severity: failure, max: 100 }\n");
    expect(errors).toEqual([]);
    expect(config!.rules["max-line-length"]).toEqual({ severity: "failure", options: { max: 100 } });
  });

  it("keeps a preset's options when only the severity changes", () => {
    const { config } = load("extends: strict\nrules:\n  max-line-length: notice\n");
    expect(config!.rules["max-line-length"]).toEqual({ severity: "notice", options: { max: 100, comments: true } });
  });

  it("extends recommended when no extends is given, and not with extends: []", () => {
    expect(load("{}").config!.overrides.length).toBeGreaterThan(0);
    expect(load("extends: []").config!.overrides).toEqual([]);
  });

  it("an empty file is the recommended config", () => {
    const { config, errors } = load("");
    expect(errors).toEqual([]);
    expect(config!.rules).toEqual(defaultConfig().rules);
  });

  it("adds ignore globs to the built-in ones", () => {
    const { config } = load('ignore: ["docs/generated/**"]');
    expect(config!.ignore).toContain("docs/generated/**");
    expect(config!.ignore).toContain("**/package-lock.json");
  });

  it("fills review defaults", () => {
    expect(load("review: { event: REQUEST_CHANGES }").config!.review).toEqual({
      event: "REQUEST_CHANGES",
      inline_comments: 20,
      inline_per_rule: 5,
      drafts: false,
      annotations: 1000,
    });
  });

  it("suggests the per-rule inline cap for a misspelling, and rejects a negative one", () => {
    expect(messages("review:\n  inline_per_rul: 3\n")).toEqual([
      '.github/rules.yml:2:3  unknown key "inline_per_rul" in review. Did you mean "inline_per_rule"?',
    ]);
    expect(messages("review:\n  inline_per_rule: -1\n").join("\n")).toMatch(/inline_per_rule/);
  });

  it("reports an unknown rule with its line, column and a suggestion", () => {
    expect(messages("rules:\n  max-line-lenght: warning\n")).toEqual([
      '.github/rules.yml:2:3  unknown rule "max-line-lenght". Did you mean "max-line-length"?',
    ]);
  });

  it("reports a bad severity with the allowed values", () => {
    expect(messages("rules:\n  max-line-length: loud\n")).toEqual([
      '.github/rules.yml:2:20  rules.max-line-length: severity must be off, notice, warning or failure (got "loud")',
    ]);
  });

  it("reports every problem at once, in line order", () => {
    const text = [
      "extends: recomended",
      "rules:",
      '  max-line-length: { severity: loud, max: "x", maxx: 1 }',
      "overrides:",
      '  - files: ["/abs/**"]',
      "    rules: { max-line-length: off }",
      "review:",
      "  inline: 3",
    ].join("\n");
    const found = messages(text);
    expect(found).toEqual([
      '.github/rules.yml:1:10  extends: unknown preset "recomended". Did you mean "recommended"? Built-in presets: recommended, strict',
      '.github/rules.yml:3:32  rules.max-line-length.severity: severity must be off, notice, warning or failure (got "loud")',
      '.github/rules.yml:3:43  rules.max-line-length.max: expected number, got string "x"',
      '.github/rules.yml:3:48  unknown key "maxx" in rules.max-line-length. Did you mean "max"?',
      '.github/rules.yml:5:13  overrides.0.files.0: glob "/abs/**" starts with "/": globs are relative to the repository root, write "abs/**"',
      '.github/rules.yml:8:3  unknown key "inline" in review. Remove it or check its spelling',
    ]);
  });

  it("reports invalid YAML with its position", () => {
    const [e] = load("rules:\n  a: [\n").errors;
    expect(e.line).toBe(3);
    expect(e.message).toMatch(/^invalid YAML: .*Check the indentation/);
  });

  it("rejects duplicate keys, which YAML parsers otherwise resolve silently", () => {
    const [e] = load("rules:\n  max-line-length: off\n  max-line-length: failure\n").errors;
    expect(e.message).toMatch(/invalid YAML: .*unique/i);
  });

  it("rejects a config that is not a map", () => {
    expect(messages("- a\n- b")).toEqual([".github/rules.yml:1:1  the config must be a map of keys such as rules:, ignore: and overrides: (see the README)"]);
  });

  it("reports wrong types for sections", () => {
    expect(messages("ignore: docs/**")).toEqual(['.github/rules.yml:1:9  ignore: expected array, got string "docs/**"']);
    expect(messages("rules: [max-line-length]")).toEqual([".github/rules.yml:1:8  rules: expected object, got a list"]);
  });

  it("rejects invalid globs", () => {
    expect(messages('ignore: ["src/[ab"]')[0]).toMatch(/unbalanced \[ \]/);
    expect(messages('ignore: ["../x"]')[0]).toMatch(/leaves the repository/);
    expect(messages('ignore: [""]')[0]).toMatch(/must not be empty/);
  });

  it("rejects a regular expression RE2 cannot run, saying why", () => {
    const [m] = messages('rules:\n  max-line-length: { ignore_pattern: "(?<=a)b" }');
    expect(m).toMatch(/^\.github\/rules\.yml:2:38 .*invalid regular expression .*RE2 syntax/);
  });

  it("validates an already-merged object (Probot's context.config) without positions", () => {
    const { errors } = validateConfig({ rules: { nope: "warning" } }, ".github/rules.yml");
    expect(errors).toEqual([
      { file: ".github/rules.yml", message: expect.stringMatching(/^unknown rule "nope"\. Known rules: issue-reference, tests-required, no-secrets, /) },
    ]);
  });
});
