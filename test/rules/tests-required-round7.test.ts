import type { Lookups } from "../../src/engine/rule.js";
import { changed } from "../helpers/base-head.js";
import { addedFile, change, commit } from "../helpers/make-change.js";
import { testRuleBeforeCalibration as testRule } from "../helpers/pre-calibration.js";

// Session 7, round 2 (#11): what the set-5 judges found. Project assertion helpers and smoke tests,
// benchmark files, test-like files, behaviour-preserving changes, and the test file a finding names.
const added = (path: string, lines: string[]) => addedFile(path, lines, 1, { status: "added" });
const edit = (path: string, base: string[], head: string[], tree?: string[]) => {
  const e = changed(path, base.join("\n"), head.join("\n"));
  const lookups: Lookups = e.lookups;
  return { change: e.change, lookups: tree ? { ...lookups, fileTree: tree } : lookups };
};
const titled = (title: string, e: ReturnType<typeof edit>) => ({ change: { ...e.change, title, commits: [commit(title)] }, lookups: e.lookups });

// ---- "This test asserts nothing" ----

testRule("tests-required", {
  valid: [
    {
      name: "Kotlin: the project's infix assertion helper (leakcanary's `version assertEquals VERSION`)",
      change: change([
        added("src/androidTest/java/leakcanary/DatabaseMigrationTest.kt", [
          "class DatabaseMigrationTest {",
          "  @Test fun v19_upgraded_to_latest() {",
          "    DB_V19 upgrade {",
          "      version assertEquals LeaksDbHelper.VERSION",
          "    }",
          "  }",
          "}",
        ]),
      ]),
    },
    {
      name: "Python: a test whose point is that a class definition does not raise (attrs' Protocol subclass)",
      change: change([
        added("tests/test_compat.py", [
          "def test_attrsinstance_subclass_protocol():",
          '    """',
          "    Subclass AttrsInstance and Protocol at once.",
          '    """',
          "",
          "    class Foo(attr.AttrsInstance, Protocol):",
          "        def attribute(self) -> int:",
          "            ...",
        ]),
      ]),
    },
    {
      name: "JavaScript: a benchmark file's cases time the code (immer's `__tests__/performance.js`)",
      change: change([
        added("__tests__/performance.js", [
          'test("just mutate", () => {',
          "    for (let i = 0; i < MAX; i++) {",
          "        baseState[i].done = true",
          "    }",
          "})",
        ]),
      ]),
    },
  ],
  invalid: [
    {
      name: "Kotlin: an infix call that checks nothing, and a case that only declares",
      change: change([
        added("src/test/kotlin/a/BTest.kt", ["class BTest {", "  @Test fun b() {", "    val pair = 1 to 2", "    val shouldRetry = true", "  }", "}"]),
      ]),
      findings: [{ messageId: "noAssertion", path: "src/test/kotlin/a/BTest.kt", line: 2 }],
    },
    {
      name: "Python: a class without bases or decorators runs nothing worth a test",
      change: change([added("tests/test_a.py", ["def test_define():", "    class Foo:", "        x = 1"])]),
      findings: [{ messageId: "noAssertion", path: "tests/test_a.py", line: 1 }],
    },
  ],
});

// ---- test-like files are not sources that need tests ----

const csTestBase = ["public class TestsAsync", "{", "    public async Task Insert()", "    {", "        await Run();", "    }", "}"];
const csTestHead = [
  "public class TestsAsync",
  "{",
  "    public async Task Insert()",
  "    {",
  "        await Run();",
  "    }",
  "    public async Task InsertList()",
  "    {",
  "        var list = new List<User> { new User(), new User() };",
  "        var n = await Connection.InsertAsync(list);",
  "        n.IsEqualTo(2);",
  "    }",
  "}",
];
const pyExample = ["import attrs", "", "@attrs.define", "class C:", "    a: int", "", "c = C(1)", "reveal_type(c.a)", "if c.a > 0:", "    print(c)"];

testRule("tests-required", {
  valid: [
    {
      name: "C#: a file in a test project folder with a suffix (Dapper's `Dapper.Contrib.Tests NET45/`)",
      ...edit("Dapper.Contrib.Tests NET45/TestsAsync.cs", csTestBase, csTestHead, [
        "Dapper.Contrib.Tests NET45/TestsAsync.cs",
        "Dapper.Contrib.Tests/Tests.cs",
      ]),
    },
    {
      name: "Python: a type checker's example fixture (attrs' `typing-examples/`)",
      change: change([added("typing-examples/pyrefly.py", pyExample)]),
      lookups: {
        issues: new Map(),
        fileContents: new Map([["typing-examples/pyrefly.py", pyExample.join("\n")]]),
        baseContents: new Map(),
        fileTree: ["typing-examples/pyrefly.py", "src/attr/_make.py", "tests/test_make.py"],
      },
    },
  ],
  invalid: [
    {
      name: "C#: the same code in a product folder beside the tests is asked about",
      ...edit("Dapper.Contrib NET45/SqlMapperAsync.cs", csTestBase, csTestHead, ["Dapper.Contrib NET45/SqlMapperAsync.cs", "Dapper.Contrib.Tests/Tests.cs"]),
      findings: [{ messageId: "missingTests", path: "Dapper.Contrib NET45/SqlMapperAsync.cs" }],
    },
  ],
});

// ---- behaviour-preserving changes ----

const phpBase = [
  "<?php",
  "class OverflowHandler extends AbstractHandler",
  "{",
  "    public function setFormatter(FormatterInterface $formatter): HandlerInterface",
  "    {",
  "        $this->handler->setFormatter($formatter);",
  "",
  "        return $this;",
  "    }",
  "",
  "    public function getFormatter(): FormatterInterface",
  "    {",
  "        return $this->handler->getFormatter();",
  "    }",
  "}",
];
const phpTypeGuards = [
  "<?php",
  "class OverflowHandler extends AbstractHandler",
  "{",
  "    public function setFormatter(FormatterInterface $formatter): HandlerInterface",
  "    {",
  "        if ($this->handler instanceof FormattableHandlerInterface) {",
  "            $this->handler->setFormatter($formatter);",
  "",
  "            return $this;",
  "        }",
  "",
  "        throw new \\UnexpectedValueException('The nested handler does not support formatters.');",
  "    }",
  "",
  "    public function getFormatter(): FormatterInterface",
  "    {",
  "        if ($this->handler instanceof FormattableHandlerInterface) {",
  "            return $this->handler->getFormatter();",
  "        }",
  "",
  "        throw new \\UnexpectedValueException('The nested handler does not support formatters.');",
  "    }",
  "}",
];
const phpTypeBranches = [
  "<?php",
  "class OverflowHandler extends AbstractHandler",
  "{",
  "    public function setFormatter(FormatterInterface $formatter): HandlerInterface",
  "    {",
  "        if ($this->handler instanceof FormattableHandlerInterface) {",
  "            $this->handler->setFormatter($formatter);",
  "        } elseif ($this->handler instanceof ProcessableHandlerInterface) {",
  "            $this->handler->pushProcessor(new FormattingProcessor($formatter));",
  "        }",
  "        return $this;",
  "    }",
  "",
  "    public function getFormatter(): FormatterInterface",
  "    {",
  "        return $this->handler->getFormatter();",
  "    }",
  "}",
];
const phpTree = ["src/Monolog/Handler/OverflowHandler.php", "tests/Monolog/Handler/OverflowHandlerTest.php"];

const rbBase = [
  "module Rake",
  "  class Application",
  "    def collect_command_line_tasks(args)",
  "      @top_level_tasks = []",
  "      args.each do |arg|",
  "        @top_level_tasks << arg unless arg =~ /^-/",
  "      end",
  '      @top_level_tasks.push("default") if @top_level_tasks.size == 0',
  "    end",
  "  end",
  "end",
];
const rbHook = (literal: string) => [
  "module Rake",
  "  class Application",
  "    def collect_command_line_tasks(args)",
  "      @top_level_tasks = []",
  "      args.each do |arg|",
  "        @top_level_tasks << arg unless arg =~ /^-/",
  "      end",
  "      @top_level_tasks.push(default_task_name) if @top_level_tasks.empty?",
  "    end",
  "",
  "    # Default task name. (May be overridden by subclasses)",
  "    def default_task_name",
  `      ${literal}`,
  "    end",
  "  end",
  "end",
];
const rbTree = ["lib/rake/application.rb", "test/test_rake_application.rb"];

const jsBase = [
  "const internals = {};",
  "internals.Boolean = function () {",
  "    Any.call(this);",
  "    this._type = 'boolean';",
  "};",
  "Hoek.inherits(internals.Boolean, Any);",
  "internals.Boolean.prototype._base = function (value, state, options) {",
  "    const result = { value };",
  "    if (typeof value === 'string' && options.convert) {",
  "        result.value = value.toLowerCase() === 'true' ? true : value;",
  "    }",
  "    return result;",
  "};",
  "module.exports = new internals.Boolean();",
];
const jsClass = (extra: string[]) => [
  "const internals = {};",
  "internals.Boolean = class extends Any {",
  "    constructor() {",
  "        super();",
  "        this._type = 'boolean';",
  "    }",
  "    _base(value, state, options) {",
  "        const result = { value };",
  "        if (typeof value === 'string' && options.convert) {",
  "            result.value = value.toLowerCase() === 'true' ? true : value;",
  "        }",
  ...extra,
  "        return result;",
  "    }",
  "};",
  "module.exports = new internals.Boolean();",
];
const jsTree = ["lib/boolean.js", "lib/any.js", "test/boolean.js"];

// The test file a finding names: one named with the package before the file.
const poolBase = ["module Rake", "  class ThreadPool", "    def initialize(n)", "      @max = n", "    end", "  end", "end"];
const poolHead = [
  "module Rake",
  "  class ThreadPool",
  "    def initialize(n)",
  "      @max = n",
  "      @history = []",
  "    end",
  "",
  "    def statistics",
  "      { total: @history.size, max_active: @history.map { |h| h[:active] }.max || 0 }",
  "    end",
  "",
  "    def history",
  "      @history.select { |h| h[:event] == :started || h[:event] == :ended }",
  "    end",
  "  end",
  "end",
];

testRule("tests-required", {
  valid: [
    {
      name: "PHP: type checks that throw a clear exception instead of an undefined method (monolog's build clean-up)",
      ...edit("src/Monolog/Handler/OverflowHandler.php", phpBase, phpTypeGuards, phpTree),
    },
    {
      name: "Ruby: a hook that returns the old default so a subclass may override it (rake's default_task_name)",
      ...edit("lib/rake/application.rb", rbBase, rbHook('"default"'), rbTree),
    },
    {
      name: "JavaScript: a conversion to classes that calls and returns what the file did (joi's `Convert to classes`)",
      ...titled("Convert to classes", edit("lib/boolean.js", jsBase, jsClass([]), jsTree)),
    },
  ],
  invalid: [
    {
      name: "PHP: type checks that pick another behaviour per type are asked about",
      ...edit("src/Monolog/Handler/OverflowHandler.php", phpBase, phpTypeBranches, phpTree),
      findings: [
        { messageId: "missingTests", path: "src/Monolog/Handler/OverflowHandler.php", data: { expected: "`tests/Monolog/Handler/OverflowHandlerTest.php`" } },
      ],
    },
    {
      name: "Ruby: a new method that returns a value the file never had is new behaviour",
      ...edit("lib/rake/application.rb", rbBase, rbHook('ENV.fetch("RAKE_DEFAULT") { "all" }'), rbTree),
      findings: [{ messageId: "missingTests", path: "lib/rake/application.rb" }],
    },
    {
      name: "JavaScript: a conversion to classes that also adds a call and a message is asked about",
      ...titled(
        "Convert to classes",
        edit(
          "lib/boolean.js",
          jsBase,
          jsClass([
            "        if (options.strict && typeof result.value !== 'boolean') {",
            "            result.errors = this.createError('boolean.strict', null, state, options);",
            "        }",
          ]),
          jsTree,
        ),
      ),
      findings: [{ messageId: "missingTests", path: "lib/boolean.js" }],
    },
    {
      name: "Ruby: the test named with the package before the file (`test/test_rake_thread_pool.rb` for `lib/rake/thread_pool.rb`)",
      ...edit("lib/rake/thread_pool.rb", poolBase, poolHead, [
        "lib/rake/thread_pool.rb",
        "lib/rake/application.rb",
        "test/test_rake_thread_pool.rb",
        "test/test_rake_application.rb",
      ]),
      findings: [{ messageId: "missingTests", path: "lib/rake/thread_pool.rb", data: { expected: "`test/test_rake_thread_pool.rb`" } }],
    },
  ],
});

// ---- one finding per folder: the files of one feature are one thing to fix ----

const csBase = ["namespace Dapper", "{", "    partial class DapperRow", "    {", "        public int Count => values.Length;", "    }", "}"];
const csFeature = (name: string) => [
  "namespace Dapper",
  "{",
  "    partial class DapperRow",
  "    {",
  "        public int Count => values.Length;",
  `        public PropertyDescriptorCollection ${name}(Attribute[] attributes)`,
  "        {",
  "            var list = new List<PropertyDescriptor>();",
  "            foreach (var key in table.FieldNames) if (attributes == null || attributes.Length == 0) list.Add(new RowDescriptor(key));",
  "            return new PropertyDescriptorCollection(list.ToArray());",
  "        }",
  "    }",
  "}",
];
const two = (a: string, b: string, tree: string[]) => {
  const x = changed(a, csBase.join("\n"), csFeature("GetProperties").join("\n"));
  const y = changed(b, csBase.join("\n"), [...csFeature("GetDynamicMemberNames"), ""].join("\n"));
  const merge = <K, V>(m: Map<K, V> | undefined, n: Map<K, V> | undefined) => new Map([...(m ?? []), ...(n ?? [])]);
  return {
    change: { ...x.change, files: [...x.change.files, ...y.change.files] },
    lookups: {
      ...x.lookups,
      fileContents: merge(x.lookups.fileContents, y.lookups.fileContents),
      baseContents: merge(x.lookups.baseContents, y.lookups.baseContents),
      fileTree: tree,
    },
  };
};
const dapperTree = [
  "Dapper/SqlMapper.DapperRow.Descriptor.cs",
  "Dapper/SqlMapper.DapperRowMetaObject.cs",
  "Dapper.Contrib/Contrib.cs",
  "tests/Dapper.Tests/MiscTests.cs",
];

testRule("tests-required", {
  valid: [
    {
      name: "C#: the same two files with a test of the project changed are covered",
      ...(() => {
        const e = two("Dapper/SqlMapper.DapperRow.Descriptor.cs", "Dapper/SqlMapper.DapperRowMetaObject.cs", dapperTree);
        const test = addedFile(
          "tests/Dapper.Tests/MiscTests.cs",
          ["    [Fact] public void Descriptor() { Assert.Equal(2, Row().GetProperties(null).Count); }"],
          10,
        );
        return { ...e, change: { ...e.change, files: [...e.change.files, test] } };
      })(),
    },
  ],
  invalid: [
    {
      name: "C#: two files of one folder left untested are one finding that names both",
      ...two("Dapper/SqlMapper.DapperRow.Descriptor.cs", "Dapper/SqlMapper.DapperRowMetaObject.cs", dapperTree),
      findings: [
        {
          messageId: "missingTestsGroup",
          path: "Dapper/SqlMapper.DapperRow.Descriptor.cs",
          data: { paths: "`Dapper/SqlMapper.DapperRow.Descriptor.cs` and `Dapper/SqlMapper.DapperRowMetaObject.cs`" },
        },
      ],
    },
    {
      name: "C#: files in two folders are two findings",
      ...two("Dapper/SqlMapper.DapperRow.Descriptor.cs", "Dapper.Contrib/Contrib.cs", dapperTree),
      findings: [
        { messageId: "missingTests", path: "Dapper/SqlMapper.DapperRow.Descriptor.cs" },
        { messageId: "missingTests", path: "Dapper.Contrib/Contrib.cs" },
      ],
    },
  ],
});
