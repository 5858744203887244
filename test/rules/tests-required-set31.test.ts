import { emptyLookups, type Lookups } from "../../src/engine/rule.js";
import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";

// Set 31 (#11): astroid 225d96401d adds its developer CLI `astroid/__main__.py` and, in `.coveragerc`, an `omit` line
// naming it (judged not worth a test request: the project said it is not measured). Only patterns that name files
// count: `omit = *` or a folder's star must not switch the rule off.
const CLI = [
  "import argparse",
  "",
  "from astroid.manager import AstroidManager",
  "",
  "",
  "def main(argv=None):",
  "    parser = argparse.ArgumentParser(prog='astroid')",
  "    parser.add_argument('file')",
  "    args = parser.parse_args(argv)",
  "    if args.file.endswith('.py'):",
  "        tree = AstroidManager().ast_from_file(args.file)",
  "        print(tree.repr_tree())",
  "    else:",
  "        parser.error('not a Python file')",
  "    return 0",
];
const PATH = "astroid/__main__.py";
const configs = (files: Record<string, string>): Lookups => ({
  ...emptyLookups(),
  fileContents: new Map(Object.entries(files)),
  fileTree: [PATH, "astroid/manager.py", "tests/test_manager.py"],
});
const cli = () => change([addedFile(PATH, CLI, 1, { status: "added" })]);
const rc = (omit: string) => `[run]\nrelative_files = true\n\n[report]\nomit =\n${omit}\n    */tests/*\nexclude_lines =\n    pragma: no cover\n`;

testRule("tests-required", {
  valid: [
    { name: "Python: a file .coveragerc's [report] omit names", change: cli(), lookups: configs({ ".coveragerc": rc("    */astroid/__main__.py") }) },
    {
      name: "Python: the same in setup.cfg's [coverage:run]",
      change: cli(),
      lookups: configs({ "setup.cfg": "[coverage:run]\nomit = astroid/__main__.py, astroid/_backport*.py\n" }),
    },
    {
      name: "Python: the same in pyproject.toml's [tool.coverage.run]",
      change: cli(),
      lookups: configs({ "pyproject.toml": '[tool.coverage.run]\nomit = [\n  "*/astroid/__main__.py",\n]\n\n[tool.black]\nline-length = 88\n' }),
    },
  ],
  invalid: [
    {
      name: "Python: omits that name other files",
      change: cli(),
      lookups: configs({ ".coveragerc": rc("    */astroid/_compat.py") }),
      findings: [{ messageId: "missingTests" }],
    },
    {
      name: "Python: `omit = *` names no file",
      change: cli(),
      lookups: configs({ ".coveragerc": "[run]\nomit = *\n" }),
      findings: [{ messageId: "missingTests" }],
    },
    {
      name: "Python: a folder's star names no file",
      change: cli(),
      lookups: configs({ ".coveragerc": "[run]\nomit =\n    astroid/*\n" }),
      findings: [{ messageId: "missingTests" }],
    },
    {
      name: "Python: an omit under another section is not coverage's",
      change: cli(),
      lookups: configs({ "setup.cfg": "[flake8]\nomit = astroid/__main__.py\n" }),
      findings: [{ messageId: "missingTests" }],
    },
  ],
});

// Set 31: golang-migrate 706f23115f grows `migrate/v1compat.go`, whose package doc says `// Deprecated: … Expect this to be
// removed very soon.` (judged not worth a test request). Marked at base too: a pull request cannot deprecate its way out.
const COMPAT = "migrate/v1compat.go";
const goFile = (doc: string[]) => [
  ...doc,
  "package migrate",
  "",
  'import "fmt"',
  "",
  "func UpSync(url, path string) (errs []error, ok bool) {",
  "\tm, err := New(url, path)",
  "\tif err != nil {",
  "\t\treturn []error{err}, false",
  "\t}",
  "\tif err := m.Up(); err != nil {",
  '\t\treturn []error{fmt.Errorf("up: %w", err)}, false',
  "\t}",
  "\treturn nil, true",
  "}",
];
const DEPRECATED = ["// Deprecated: package migrate makes this version backwards compatible.", "// Expect this to be removed very soon."];
const compat = (base: string[]) => ({
  change: change([addedFile(COMPAT, goFile(DEPRECATED).slice(6), 7, { status: "modified" })]),
  lookups: {
    ...emptyLookups(),
    fileContents: new Map([[COMPAT, goFile(DEPRECATED).join("\n")]]),
    baseContents: new Map([
      [
        COMPAT,
        goFile(base)
          .slice(0, base.length + 4)
          .join("\n"),
      ],
    ]),
    fileTree: [COMPAT, "migrate/migrate.go", "migrate/migrate_test.go"],
  },
});

testRule("tests-required", {
  valid: [{ name: "Go: a package whose doc deprecates it, at base and head", ...compat(DEPRECATED) }],
  invalid: [
    { name: "Go: the same mark written by the change itself", ...compat(["// Package migrate runs migrations."]), findings: [{ messageId: "missingTests" }] },
  ],
});

// Set 31: zellij commits prost-build's Rust for its plugin API (`zellij-utils/assets/prost/api.plugin_command.rs`, from
// `src/plugin_api/plugin_command.proto`), which its older prost wrote without a header: asked for tests 13 times.
const PROST = "zellij-utils/assets/prost/api.plugin_command.rs";
const prostText = [
  "#[allow(clippy::derive_partial_eq_without_eq)]",
  "#[derive(Clone, PartialEq, ::prost::Message)]",
  "pub struct PluginCommand {",
  '    #[prost(enumeration="CommandName", tag="1")]',
  "    pub name: i32,",
  '    #[prost(string, repeated, tag="2")]',
  "    pub args: ::prost::alloc::vec::Vec<::prost::alloc::string::String>,",
  "}",
  "impl PluginCommand {",
  "    pub fn weight(&self, limit: i32) -> i32 {",
  "        let mut total = 0;",
  "        for a in &self.args {",
  "            if a.len() as i32 > limit {",
  "                total += limit;",
  "            } else {",
  "                total += a.len() as i32;",
  "            }",
  "        }",
  "        if total > 100 {",
  "            return -1;",
  "        }",
  "        total * self.name",
  "    }",
  "}",
];
const prost = (tree: string[]) => ({
  change: change([addedFile(PROST, prostText.slice(8), 9, { status: "modified" })]),
  lookups: {
    ...emptyLookups(),
    fileContents: new Map([[PROST, prostText.join("\n")]]),
    baseContents: new Map([[PROST, prostText.slice(0, 8).join("\n")]]),
    fileTree: [
      PROST,
      "zellij-utils/Cargo.toml",
      "zellij-utils/src/data.rs",
      "zellij-utils/tests/api_test.rs",
      "zellij-utils/tests/plugin_command_test.rs",
      ...tree,
    ],
  },
});

const PERMISSION = "zellij-utils/assets/prost/api.plugin_permission.rs";
const permissionText = [
  "#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, ::prost::Enumeration)]",
  "#[repr(i32)]",
  "pub enum PermissionType {",
  "    ReadApplicationState = 0,",
  "}",
  "impl PermissionType {",
  "    pub fn weight(&self, limit: i32) -> i32 {",
  "        let mut total = 0;",
  "        for k in 0..limit {",
  "            if k % 2 == 0 {",
  "                total += k;",
  "            } else {",
  "                total -= 1;",
  "            }",
  "        }",
  "        if total > 100 {",
  "            return -1;",
  "        }",
  "        total",
  "    }",
  "}",
];
const permission = (proto: string) => ({
  change: change([addedFile(PERMISSION, permissionText.slice(5), 6, { status: "modified" })]),
  lookups: {
    ...emptyLookups(),
    fileContents: new Map([[PERMISSION, permissionText.join("\n")]]),
    baseContents: new Map([[PERMISSION, permissionText.slice(0, 5).join("\n")]]),
    fileTree: [
      PERMISSION,
      proto,
      "zellij-utils/Cargo.toml",
      "zellij-utils/src/data.rs",
      "zellij-utils/tests/api_test.rs",
      "zellij-utils/tests/plugin_command_test.rs",
    ],
  },
});

testRule("tests-required", {
  valid: [
    {
      name: "Rust: prost-build's file of one enum (no fields) for a .proto the repository holds",
      ...permission("zellij-utils/src/plugin_api/plugin_permission.proto"),
    },
  ],
  invalid: [
    {
      name: "Rust: the same enum with no .proto of its name",
      ...permission("zellij-utils/src/plugin_api/event.proto"),
      findings: [{ messageId: "missingTests" }],
    },
  ],
});

testRule("tests-required", {
  valid: [
    {
      name: "Rust: prost-build's output for a .proto the repository holds",
      ...prost(["zellij-utils/src/plugin_api/plugin_command.proto", "zellij-utils/src/lib.rs"]),
    },
  ],
  invalid: [
    {
      name: "Rust: the same code with no .proto of its name",
      ...prost(["zellij-utils/src/plugin_api/event.proto", "zellij-utils/src/lib.rs"]),
      findings: [{ messageId: "missingTests" }],
    },
  ],
});

// Set 31: rubygems 33f03a482e deprecates `add_spec` and `add_specs` with a warning each and a `Gem::Deprecate.skip_during`
// wrapper around the old loop (judged not worth a test request): a notice for callers, not behaviour. Code beside it is.
const SPEC = "lib/rubygems/specification.rb";
const specBase = [
  "class Gem::Specification",
  "  def self.add_spec spec",
  "    @@all << spec unless @@all.include?(spec)",
  "  end",
  "  def self.add_specs *specs",
  '    raise "nil spec!" if specs.any?(&:nil?)',
  "    specs.each do |spec|",
  "      add_spec spec",
  "    end",
  "  end",
  "end",
];
const deprecating = (extra: string[]) => {
  const head = [
    "class Gem::Specification",
    "  def self.add_spec spec",
    '    warn "Gem::Specification.add_spec is deprecated and will be removed in Rubygems 3.0" unless Gem::Deprecate.skip',
    "    @@all << spec unless @@all.include?(spec)",
    "  end",
    "  def self.add_specs *specs",
    '    warn "Gem::Specification.add_specs is deprecated and will be removed in Rubygems 3.0" unless Gem::Deprecate.skip',
    ...extra,
    '    raise "nil spec!" if specs.any?(&:nil?)',
    "    Gem::Deprecate.skip_during do",
    "      specs.each do |spec|",
    "        add_spec spec",
    "      end",
    "    end",
    "  end",
    "end",
  ];
  const added = head.map((text, i) => ({ text, line: i + 1 })).filter(({ text }) => !specBase.includes(text));
  return {
    change: change([{ ...addedFile(SPEC, [], 1, { status: "modified" }), addedLines: added, additions: added.length, deletions: 3 }]),
    lookups: {
      ...emptyLookups(),
      fileContents: new Map([[SPEC, head.join("\n")]]),
      baseContents: new Map([[SPEC, specBase.join("\n")]]),
      fileTree: [SPEC, "lib/rubygems.rb", "test/rubygems/test_gem_specification.rb"],
    },
  };
};

testRule("tests-required", {
  // Two warnings, the wrapper and its `end`: only the `end` is code, under `min_changed_lines` (3).
  valid: [{ name: "Ruby: a deprecation warning and a skip_during wrapper around the old loop", ...deprecating([]) }],
  invalid: [
    {
      name: "Ruby: the same with a new step beside the warning",
      ...deprecating(["    specs = specs.compact", "    specs = specs.uniq { |s| s.full_name } if specs.size > 1", "    specs.sort_by!(&:name)"]),
      findings: [{ messageId: "missingTests" }],
    },
  ],
});
