import { detektLineLength, golangciLll } from "../../src/analysis/lint-yaml-widths.js";

describe("detekt's MaxLineLength, read as YAML", () => {
  it.each([
    ["a block under style:", "style:\n  MaxLineLength:\n    active: true\n    maxLineLength: 100\n", { max: 100, ignoresComments: false }],
    ["an old config's top-level block", "MaxLineLength:\n  active: true\n  excludeCommentStatements: true\n", { max: 120, ignoresComments: true }],
    [
      "a flow map with quoted keys and a comment",
      'style:\n  "MaxLineLength": { active: true, "maxLineLength": "140" } # wider\n',
      { max: 140, ignoresComments: false },
    ],
    ["an anchor shared by two rules", "base: &on\n  active: true\n  maxLineLength: 110\nstyle:\n  MaxLineLength: *on\n", { max: 110, ignoresComments: false }],
    [
      "detekt-formatting's MaximumLineLength, run unless switched off (Exposed's 166)",
      "formatting:\n  MaximumLineLength:\n    maxLineLength: 166\nstyle:\n  MaxLineLength:\n    active: false\n",
      { max: 166, ruleSet: "formatting", rule: "MaximumLineLength" },
    ],
  ])("%s", (_name, text, expected) => {
    expect(detektLineLength(text)).toMatchObject(expected);
  });

  it.each([
    ["switched off", "style:\n  MaxLineLength:\n    active: false\n    maxLineLength: 100\n"],
    ["without active", "style:\n  MaxLineLength:\n    maxLineLength: 100\n"],
    ["another rule's block only", "style:\n  MagicNumber:\n    active: true\n  # MaxLineLength:\n  #   active: true\n"],
    ["detekt-formatting's rule switched off", "formatting:\n  MaximumLineLength:\n    active: false\n    maxLineLength: 166\n"],
    ["the formatting rule set switched off", "formatting:\n  active: false\n  MaximumLineLength:\n    maxLineLength: 166\n"],
    ["invalid YAML (detekt could not load it either)", "style:\n  MaxLineLength:\n    active: true\n   maxLineLength: [100\n"],
  ])("says nothing when %s", (_name, text) => {
    expect(detektLineLength(text)).toBeUndefined();
  });
});

describe("golangci-lint's lll, read as YAML", () => {
  it.each([
    ["an inline enable list", "linters:\n  enable: [govet, lll]\nlinters-settings:\n  lll:\n    line-length: 140\n", { enabled: true, lineLength: 140 }],
    ["a block list with a comment", "linters:\n  enable:\n    - govet # vet\n    - 'lll'\n", { enabled: true }],
    [
      "v2: default all, lll not disabled",
      "version: '2'\nlinters:\n  default: all\n  disable: [gosec]\n  settings:\n    lll: { line-length: '100' }\n",
      { enabled: true, lineLength: 100 },
    ],
    ["v1: enable-all with lll disabled", "linters:\n  enable-all: true\n  disable:\n    - lll\n", { enabled: false }],
    [
      "a linter's own enable-all",
      "linters:\n  enable: [gosec]\n  settings:\n    testifylint:\n      enable-all: true\n    lll:\n      line-length: 100\n",
      { enabled: false, lineLength: 100 },
    ],
    ["lll named only in a comment", "linters:\n  enable:\n    - govet\n    # - lll\n", { enabled: false }],
  ])("%s", (_name, text, expected) => {
    expect(golangciLll(text)).toEqual(expected);
  });

  it("says nothing of a config it cannot read: invalid YAML, or one too large to be a config", () => {
    expect(golangciLll("linters:\n  enable: [lll\n")).toBeUndefined();
    expect(golangciLll(`linters:\n  enable: [lll]\n#${"x".repeat(300 * 1024)}\n`)).toBeUndefined();
  });
});
