import { emptyLookups, type Lookups } from "../../src/engine/rule.js";
import { coverageExcludes } from "../../src/analysis/tests-coverage-omit.js";
import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";

// Set 42 (#11): nox ea95a1ef6f adds a module `__dir__` for tab completion, a function its pyproject's
// `report.exclude_also = [ "def __dir__()", … ]` leaves out of coverage (judged not worth a test request). coverage.py's
// line exclusions mark lines, and the blocks they open, as `# pragma: no cover` does; a pattern must name something.
const DIR = [
  "def __dir__() -> list[str]:",
  "    names = []",
  "    for name in globals():",
  "        if name.startswith('_') or name in HIDDEN:",
  "            continue",
  "        if isinstance(globals()[name], ModuleType) and name not in PUBLIC:",
  "            continue",
  "        names.append(name)",
  "    return sorted(names)",
  "",
  "",
  "def _modules(names):",
  "    out = []",
  "    for name in names:",
  "        if name in sys.modules and name not in HIDDEN:",
  "            out.append(name)",
  "        elif name.startswith('nox.'):",
  "            out.append(name[4:])",
  "    return out",
];
const PATH = "nox/sessions.py";
const configs = (files: Record<string, string>, head = DIR): Lookups => ({
  ...emptyLookups(),
  fileContents: new Map([[PATH, head.join("\n")], ...Object.entries(files)]),
  fileTree: [PATH, "nox/__init__.py", "tests/test_sessions.py"],
});
const dunder = () => change([addedFile(PATH, DIR.slice(0, 9), 1)], { title: "Limit the visible items for tab completion" });
const both = () => change([addedFile(PATH, DIR, 1)]);
const pyproject = (patterns: string) => `[tool.coverage]\nrun.branch = true\nreport.exclude_also = [ ${patterns} ]\nreport.omit = [ "nox/_typing.py" ]\n`;

testRule("tests-required", {
  valid: [
    {
      name: "Python: `report.exclude_also` under [tool.coverage] names it (nox ea95a1ef6f)",
      change: dunder(),
      lookups: configs({ "pyproject.toml": pyproject('"def __dir__()", "if TYPE_CHECKING:"') }),
    },
    {
      name: "Python: [tool.coverage.report]'s exclude_lines",
      change: dunder(),
      lookups: configs({ "pyproject.toml": '[tool.coverage.report]\nexclude_lines = [\n  "def __dir__",\n]\n' }),
    },
    {
      name: "Python: .coveragerc's [report] exclude_also",
      change: dunder(),
      lookups: configs({ ".coveragerc": "[report]\nexclude_also =\n    def __dir__\n    if TYPE_CHECKING:\n" }),
    },
  ],
  invalid: [
    {
      name: "Python: without an exclusion",
      change: dunder(),
      lookups: configs({ "pyproject.toml": pyproject('"if TYPE_CHECKING:"') }),
      findings: [{ messageId: "missingTests" }],
    },
    {
      name: "Python: the excluded function's neighbour is still asked about",
      change: both(),
      lookups: configs({ "pyproject.toml": pyproject('"def __dir__()"') }),
      findings: [{ messageId: "missingTests" }],
    },
    {
      name: "Python: a pattern that names nothing excludes nothing",
      change: both(),
      lookups: configs({ "pyproject.toml": pyproject('"def ", ".*", "return"') }),
      findings: [{ messageId: "missingTests" }],
    },
  ],
});

describe("coverage.py's exclusions (set 42)", () => {
  it("reads each config's keys, drops what names nothing, and compiles a backslash as TOML writes it", () => {
    const found = configs({
      "pyproject.toml": '[tool.coverage.report]\nexclude_also = ["raise NotImplementedError\\\\(", \'@(abc\\.)?abstractmethod\', "def "]\n',
      "setup.cfg": "[coverage:report]\nexclude_lines = if __name__ == .__main__.:\n",
    });
    expect(coverageExcludes(found).map((r) => r.source)).toEqual(["if __name__ == .__main__.:", "raise NotImplementedError\\(", "@(abc\\.)?abstractmethod"]);
  });
  it("leaves out a pattern RE2 cannot compile", () => {
    expect(coverageExcludes(configs({ ".coveragerc": "[report]\nexclude_lines =\n    (?<=foo)bar_thing\n    def __dir__\n" })).map((r) => r.source)).toEqual([
      "def __dir__",
    ]);
  });
});
