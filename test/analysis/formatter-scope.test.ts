import { blackExcludes, precommitScope, prettierIgnores, tomlString, PYTHON_FORMAT_HOOKS } from "../../src/analysis/formatter-scope.js";

// black 19d69b34e5: pre-commit ran Black only on black.py, setup.py and tests/test_black.py.
const BLACK_2018 = "-   repo: local\n    hooks:\n    - id: black\n      entry: python3 -m black\n      files: ^(black|setup|tests/test_black)\\.py$\n";

describe("precommitScope: where a pre-commit formatter hook runs", () => {
  it.each([
    ["black.py", "in"],
    ["tests/test_black.py", "in"],
    ["tests/expression.py", "out"],
  ])("the old list format with a hook's files: %s is %s", (path, scope) => {
    expect(precommitScope(BLACK_2018, PYTHON_FORMAT_HOOKS, path)).toBe(scope);
  });

  it("a verbose exclude, and the config's top-level exclude, leave files out", () => {
    const text = [
      "exclude: ^gen/",
      "repos:",
      "- repo: https://github.com/psf/black",
      "  hooks:",
      "  - id: black",
      "    exclude: |",
      "      (?x)^(",
      "        tests/data/.*|  # cases",
      "        profiling/.*",
      "      )$",
    ].join("\n");
    expect(precommitScope(text, PYTHON_FORMAT_HOOKS, "tests/data/a.py")).toBe("out");
    expect(precommitScope(text, PYTHON_FORMAT_HOOKS, "gen/api.py")).toBe("out");
    expect(precommitScope(text, PYTHON_FORMAT_HOOKS, "src/black/linegen.py")).toBe("in");
  });

  it("one hook that takes the file is enough", () => {
    const text = "repos:\n- repo: local\n  hooks:\n  - id: black\n    files: ^src/\n  - id: ruff-format\n    files: ^tests/\n";
    expect(precommitScope(text, PYTHON_FORMAT_HOOKS, "tests/a.py")).toBe("in");
    expect(precommitScope(text, PYTHON_FORMAT_HOOKS, "docs/conf.py")).toBe("out");
  });

  it("is unknown without such a hook, with a pattern RE2 cannot read, or with invalid YAML", () => {
    expect(precommitScope("repos:\n- repo: local\n  hooks:\n  - id: flake8\n    files: ^x$\n", PYTHON_FORMAT_HOOKS, "a.py")).toBe("unknown");
    expect(precommitScope("repos:\n- repo: local\n  hooks:\n  - id: black\n    files: ^(?!tests/)\n", PYTHON_FORMAT_HOOKS, "tests/a.py")).toBe("unknown");
    expect(precommitScope("repos: [\n", PYTHON_FORMAT_HOOKS, "a.py")).toBe("unknown");
  });

  it("runs a hostile pattern in linear time (RE2)", () => {
    const text = `repos:\n- repo: local\n  hooks:\n  - id: black\n    files: (a+)+$\n`;
    expect(precommitScope(text, PYTHON_FORMAT_HOOKS, `${"a".repeat(50_000)}!`)).toBe("out");
  });
});

describe("blackExcludes: [tool.black]'s excludes in pyproject.toml", () => {
  it("matches a verbose multi-line extend-exclude against / + the path", () => {
    const text = '[tool.black]\nline-length = 88\nextend-exclude = """\n/(\n  tests/data   # formatter input\n  | profiling\n)/\n"""\n';
    expect(blackExcludes(text, "tests/data/expression.py")).toBe(true);
    expect(blackExcludes(text, "src/black/__init__.py")).toBe(false);
  });

  it("reads force-exclude as a one-line literal string, and another table's exclude not at all", () => {
    expect(blackExcludes("[tool.black]\nforce-exclude = '^/vendored/'\n", "vendored/six.py")).toBe(true);
    expect(blackExcludes("[tool.isort]\nextend-exclude = 'tests'\n", "tests/a.py")).toBe(false);
  });
});

describe("tomlString", () => {
  it("reads basic, literal and triple-quoted strings of a table", () => {
    const text = "[a]\nx = \"one\\\\.two\"\ny = 'raw\\.re'\nz = '''\nmany\nlines'''\n[b]\nx = \"other\"\n";
    expect(tomlString(text, "a", "x")).toBe("one\\.two");
    expect(tomlString(text, "a", "y")).toBe("raw\\.re");
    expect(tomlString(text, "a", "z")).toBe("\nmany\nlines");
    expect(tomlString(text, "b", "x")).toBe("other");
    expect(tomlString(text, "c", "x")).toBeUndefined();
  });
});

describe("prettierIgnores: .prettierignore in gitignore syntax", () => {
  const ignore = "# built\ndist\n/legacy\nfixtures/\n*.min.js\nsrc/gen/*.ts\n";
  it.each([
    ["dist/index.js", true],
    ["packages/a/dist/index.js", true],
    ["legacy/old.js", true],
    ["src/legacy/new.js", false],
    ["test/fixtures/a.ts", true],
    ["vendor/jquery.min.js", true],
    ["src/gen/api.ts", true],
    ["src/app.ts", false],
  ])("%s ignored: %s", (path, ignored) => {
    expect(prettierIgnores(ignore, path)).toBe(ignored);
  });

  it("does not read a file with a negation, whose result depends on order", () => {
    expect(prettierIgnores("dist\n!dist/keep.js\n", "dist/other.js")).toBe(false);
  });
});
