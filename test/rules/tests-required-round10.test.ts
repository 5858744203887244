import { emptyLookups, type Lookups } from "../../src/engine/rule.js";
import { changed } from "../helpers/base-head.js";
import { addedFile, change } from "../helpers/make-change.js";
import { testRuleBeforeCalibration as testRule } from "../helpers/pre-calibration.js";

// Session 10 (#11): what the judge of set 8 rejected. Tests the change edits in another module that
// name the code it changes (kotlinx-datetime's integration-testing/serialization for core/'s serializers).
const added = (path: string, lines: string[], extra = {}) => addedFile(path, lines, 1, { status: "added", ...extra });
const tree = (...paths: string[]): Lookups => ({ ...emptyLookups(), fileTree: paths });

// ---- 1. a changed test in another module that names the source's new code ----

const serializerKt = [
  "package kotlinx.datetime.serializers",
  "",
  "public abstract class FormattedLocalDateSerializer(name: String, format: DateTimeFormat<LocalDate>) : KSerializer<LocalDate> {",
  "    override fun deserialize(decoder: Decoder): LocalDate {",
  "        val text = decoder.decodeString()",
  '        if (text.isEmpty()) throw SerializationException("empty")',
  '        return if (text.startsWith("+")) format.parse(text.drop(1)) else format.parse(text)',
  "    }",
  "}",
];
const datetimeTree = [
  "core/build.gradle.kts",
  "core/common/src/serializers/LocalDateSerializers.kt",
  "core/common/test/LocalDateTest.kt",
  "integration-testing/build.gradle.kts",
  "integration-testing/serialization/common/test/LocalDateSerializationTest.kt",
  "integration-testing/serialization/common/test/InstantSerializationTest.kt",
];
const serializationTest = (name: string) => [
  "class LocalDateSerializationTest {",
  `    object IsoBasic : ${name}("ISO_BASIC", LocalDate.Formats.ISO_BASIC)`,
  "    @Test fun testCustomSerializer() {",
  '        assertEquals("\\"20201209\\"", Json.encodeToString(IsoBasic, LocalDate(2020, 12, 9)))',
  "    }",
  "}",
];
// A Python project's new function, and the tree of a repository whose end-to-end tests are another project.
const headersPy = () =>
  added("lib/core/src/acme/headers.py", [
    "def split_header_value(value):",
    "    parts = []",
    "    for part in value.split(','):",
    "        if part.strip():",
    "            parts.append(part.strip())",
    "    return parts",
  ]);
const e2eTree = (...tests: string[]) =>
  tree("lib/core/pyproject.toml", "lib/core/src/acme/headers.py", "lib/core/tests/test_other.py", "e2e/pyproject.toml", ...tests, "e2e/tests/test_requests.py");
const source = "core/common/src/serializers/LocalDateSerializers.kt";
const integrationTest = "integration-testing/serialization/common/test/LocalDateSerializationTest.kt";

testRule("tests-required", {
  valid: [
    {
      name: "Kotlin: a test in another module whose new lines name the type the source declares covers it",
      change: change([added(source, serializerKt), addedFile(integrationTest, serializationTest("FormattedLocalDateSerializer"))]),
      lookups: tree(...datetimeTree),
    },
    {
      name: "Python: an end-to-end test in another project that calls the new function covers it",
      change: change([headersPy(), addedFile("e2e/tests/test_requests.py", ["def test_split():", "    assert split_header_value('a, b') == ['a', 'b']"])]),
      lookups: e2eTree(),
    },
    {
      // #10: the changed tests are looked up by the words they hold; the one that names the code may come after others.
      name: "Kotlin: among several changed tests, a later one names the type (an earlier one only declares its own)",
      change: change([
        added(source, serializerKt),
        addedFile("integration-testing/serialization/common/test/InstantSerializationTest.kt", serializationTest("InstantIso8601Serializer")),
        addedFile("core/common/test/LocalDateTest.kt", ["abstract class FormattedLocalDateSerializer", ...serializationTest("FormattedLocalDateSerializer")]),
        addedFile(integrationTest, serializationTest("FormattedLocalDateSerializer")),
      ]),
      lookups: tree(...datetimeTree),
    },
    {
      name: "Python: the third of three changed end-to-end tests calls the new function",
      change: change([
        headersPy(),
        addedFile("e2e/tests/test_cookies.py", ["def test_cookie():", "    assert parse_cookie('a=b') == {'a': 'b'}"]),
        addedFile("e2e/tests/test_urls.py", ["def test_url():", "    assert split_url('a/b') == ['a', 'b']"]),
        addedFile("e2e/tests/test_requests.py", ["def test_split():", "    assert split_header_value('a, b') == ['a', 'b']"]),
      ]),
      lookups: e2eTree("e2e/tests/test_cookies.py", "e2e/tests/test_urls.py"),
    },
  ],
  invalid: [
    {
      name: "Python: the same end-to-end test calling other code covers nothing",
      change: change([headersPy(), addedFile("e2e/tests/test_requests.py", ["def test_split():", "    assert join_header_value(['a', 'b']) == 'a, b'"])]),
      lookups: e2eTree(),
      findings: [{ messageId: "missingTests", path: "lib/core/src/acme/headers.py" }],
    },
    {
      name: "Kotlin: a test in another module that names other code covers nothing",
      change: change([added(source, serializerKt), addedFile(integrationTest, serializationTest("LocalDateIso8601Serializer"))]),
      lookups: tree(...datetimeTree),
      findings: [{ messageId: "missingTests", path: source }],
    },
    {
      name: "Kotlin: a test that declares a type of the same name for itself does not name the source's",
      change: change([
        added(source, serializerKt),
        addedFile(integrationTest, ["abstract class FormattedLocalDateSerializer", ...serializationTest("FormattedLocalDateSerializer")]),
      ]),
      lookups: tree(...datetimeTree),
      findings: [{ messageId: "missingTests", path: source }],
    },
    {
      name: "Kotlin: several changed tests, none naming the type (one declares its own of that name), cover nothing",
      change: change([
        added(source, serializerKt),
        addedFile("integration-testing/serialization/common/test/InstantSerializationTest.kt", serializationTest("InstantIso8601Serializer")),
        addedFile(integrationTest, ["abstract class FormattedLocalDateSerializer", ...serializationTest("FormattedLocalDateSerializer")]),
      ]),
      lookups: tree(...datetimeTree),
      findings: [{ messageId: "missingTests", path: source }],
    },
  ],
});

// ---- 2. existing tests in a layout pairing misses: a package's own tests folder, a forgotten file ----

const waitBase = [
  "import random",
  "",
  "class wait_base(object):",
  "    pass",
  "",
  "class wait_jitter(wait_base):",
  '    """Wait a random amount of time."""',
  "",
  "    def __init__(self, max):",
  "        self.max = max",
  "",
  "    def __call__(self, attempt, delay):",
  "        return random.random() * self.max",
  "",
  "class wait_random(wait_base):",
  "    def __init__(self, min=0, max=1):",
  "        self.min = min",
  "        self.max = max",
];
const waitHead = [
  "import random",
  "",
  "from debtcollector import removals",
  "",
  "class wait_base(object):",
  "    pass",
  "",
  "@removals.remove(message='wait_jitter is deprecated, use wait_random(0, max) instead')",
  "def wait_jitter(max):",
  "    if max < 0:",
  "        raise ValueError('max must not be negative')",
  "    return wait_random(0, max) if max else wait_random(0, 1)",
  "",
  "class wait_random(wait_base):",
  "    def __init__(self, min=0, max=1):",
  "        self.min = min",
  "        self.max = max",
];
const tenacityTree = ["setup.py", "tenacity/__init__.py", "tenacity/wait.py", "tenacity/tests/__init__.py", "tenacity/tests/test_tenacity.py"];
const tenacityTests = (name: string) =>
  [
    "class TestWaitConditions(unittest.TestCase):",
    `    def test_${name}(self):`,
    `        r = Retrying(wait=tenacity.${name}(3))`,
    "        self.assertTrue(0 <= r.wait(1, 0) <= 3)",
  ].join("\n");
const tenacity = (testName: string) => {
  const e = changed("tenacity/wait.py", waitBase.join("\n"), waitHead.join("\n"));
  const file = { ...e.change.files[0], deletions: 8 };
  const fileContents = new Map([...e.lookups.fileContents, ["tenacity/tests/test_tenacity.py", tenacityTests(testName)]]);
  return { change: change([file]), lookups: { ...e.lookups, fileContents, fileTree: tenacityTree } };
};

const yamlGo = [
  "package yaml",
  "",
  "func handleErr(err *error) {",
  "\tif r := recover(); r != nil {",
  '\t\t*err = fmt.Errorf("%v", r)',
  "\t}",
  "}",
  "",
  "func Unmarshal(in []byte, out interface{}) (err error) {",
  "\tdefer handleErr(&err)",
  "\tif len(in) == 0 {",
  "\t\treturn nil",
  "\t}",
  "\tfor _, b := range in {",
  "\t\tif b == 0 {",
  '\t\t\treturn errors.New("nul byte")',
  "\t\t}",
  "\t}",
  "\treturn decode(in, out)",
  "}",
  "",
  "func Marshal(in interface{}) (out []byte, err error) {",
  "\tdefer handleErr(&err)",
  "\tif in == nil {",
  '\t\treturn []byte("null"), nil',
  "\t}",
  "\treturn encode(in)",
  "}",
  "",
  "func (e externalPanic) String() string {",
  "\treturn string(e)",
  "}",
];
const yamlTree = ["LICENSE", "decode.go", "decode_test.go", "encode.go", "encode_test.go", "suite_test.go", "yaml.go"];
const yaml = (decodeTest: string) => ({
  change: change([added("yaml.go", yamlGo)]),
  lookups: {
    ...tree(...yamlTree),
    fileContents: new Map([
      ["decode_test.go", decodeTest],
      ["encode_test.go", "package yaml_test\n\nfunc (s *S) TestMarshal(c *C) {\n\tdata, err := yaml.Marshal(item.value)\n\tc.Assert(err, IsNil)\n}"],
    ]),
  },
});

testRule("tests-required", {
  valid: [
    {
      name: "Python: the package's own tests folder (`tenacity/tests/`) already tests the function the change rewrites",
      change: tenacity("wait_jitter").change,
      lookups: tenacity("wait_jitter").lookups,
    },
    {
      name: "Go: a file the import forgot, whose public functions the package's tests already call",
      ...yaml("package yaml_test\n\nfunc (s *S) TestUnmarshal(c *C) {\n\terr := yaml.Unmarshal([]byte(item.data), value)\n\tc.Assert(err, IsNil)\n}"),
    },
  ],
  invalid: [
    {
      name: "Python: the package's tests test other functions",
      change: tenacity("wait_fixed").change,
      lookups: tenacity("wait_fixed").lookups,
      findings: [{ messageId: "missingTests", path: "tenacity/wait.py" }],
    },
    {
      name: "Go: a new file one of whose public functions no test calls",
      ...yaml("package yaml_test\n\nfunc (s *S) TestDecode(c *C) {\n\tc.Assert(decode(nil, nil), IsNil)\n}"),
      findings: [{ messageId: "missingTests", path: "yaml.go" }],
    },
  ],
});

// ---- 4. too small to ask a test for: one new function of a few lines that decides at most once ----

const restclientBase = ["module RestClient", "  def self.log", "    return @@log if defined? @@log", "    nil", "  end", "end"];
const restclientHead = [
  "module RestClient",
  "  def self.log",
  "    return @@log if defined? @@log",
  "    nil",
  "  end",
  "",
  "  def self.version",
  '    version_path = File.dirname(__FILE__) + "/../VERSION"',
  "    return File.read(version_path).chomp if File.file?(version_path)",
  '    "0.0.0"',
  "  end",
  "end",
];
const rubyTree = ["lib/restclient.rb", "spec/restclient_spec.rb", "spec/base.rb"];
const matcherBase = ["<?php", "class CompilingMatcher", "{", "    private static $resultCache = array();", "}"];
const matcherHead = (body: string[]) => [
  "<?php",
  "class CompilingMatcher",
  "{",
  "    private static $resultCache = array();",
  "",
  "    public static function clear()",
  "    {",
  ...body,
  "    }",
  "}",
];
const phpTree = ["src/CompilingMatcher.php", "tests/CompilingMatcherTest.php"];
const withTree = (e: { change: ReturnType<typeof change>; lookups: Lookups }, fileTree: string[]) => ({
  change: e.change,
  lookups: { ...e.lookups, fileTree },
});

testRule("tests-required", {
  valid: [
    {
      name: "Ruby: a four-line version accessor, the change's only new code, is too small to ask a test for",
      ...withTree(changed("lib/restclient.rb", restclientBase.join("\n"), restclientHead.join("\n")), rubyTree),
    },
    {
      name: "PHP: a two-line static cache reset is too small to ask a test for",
      ...withTree(
        changed(
          "src/CompilingMatcher.php",
          matcherBase.join("\n"),
          matcherHead(["        self::$resultCache = array();", "        self::$compiledCheckerCache = array();"]).join("\n"),
        ),
        phpTree,
      ),
    },
  ],
  invalid: [
    {
      name: "Ruby: the same accessor beside a second new function is new API worth a test",
      ...withTree(
        changed(
          "lib/restclient.rb",
          restclientBase.join("\n"),
          [...restclientHead.slice(0, -1), "", "  def self.version_parts", '    version.split(".").map { |p| Integer(p) rescue 0 }', "  end", "end"].join("\n"),
        ),
        rubyTree,
      ),
      findings: [{ messageId: "missingTests", path: "lib/restclient.rb" }],
    },
    {
      name: "PHP: a new function that decides twice is logic worth a test, however short",
      ...withTree(
        changed(
          "src/CompilingMatcher.php",
          matcherBase.join("\n"),
          matcherHead([
            "        if (self::$resultCache && count(self::$resultCache) > 100) { self::$resultCache = array(); }",
            "        return self::$compiledCheckerCache ?: null;",
          ]).join("\n"),
        ),
        phpTree,
      ),
      findings: [{ messageId: "missingTests", path: "src/CompilingMatcher.php" }],
    },
  ],
});

// ---- 3. a decisionless function taken out of one that was there, which now calls it ----

const chainBase = ["pub struct Chain<'a> {", "    state: ChainState<'a>,", "}"];
const chainHead = [
  ...chainBase,
  "",
  "impl<'a> Chain<'a> {",
  "    pub fn new(head: &'a (dyn StdError + 'static)) -> Self {",
  "        Chain {",
  "            state: ChainState::Linked { next: Some(head) },",
  "        }",
  "    }",
  "}",
];
const errorBase = [
  "impl ErrorImpl<()> {",
  "    pub(crate) fn chain(&self) -> Chain {",
  "        Chain {",
  "            state: ChainState::Linked {",
  "                next: Some(self.error()),",
  "            },",
  "        }",
  "    }",
  "}",
];
const errorHead = ["impl ErrorImpl<()> {", "    pub(crate) fn chain(&self) -> Chain {", "        Chain::new(self.error())", "    }", "}"];
const rustTree = ["Cargo.toml", "src/chain.rs", "src/error.rs", "src/lib.rs", "tests/test_chain.rs"];
const extracted = (caller: string[]) => {
  const src = changed("src/chain.rs", chainBase.join("\n"), chainHead.join("\n"));
  const err = changed("src/error.rs", errorBase.join("\n"), caller.join("\n"));
  const errFile = { ...err.change.files[0], deletions: 5 };
  return {
    change: change([src.change.files[0], errFile]),
    lookups: {
      ...src.lookups,
      fileContents: new Map([...src.lookups.fileContents, ...err.lookups.fileContents]),
      baseContents: new Map([...(src.lookups.baseContents ?? []), ...(err.lookups.baseContents ?? [])]),
      fileTree: rustTree,
    },
  };
};

testRule("tests-required", {
  valid: [
    {
      name: "Rust: a constructor taken out of `Error::chain`, which now calls it (`Chain::new`), is run by the caller's tests",
      ...extracted(errorHead),
    },
  ],
  invalid: [
    {
      name: "Rust: the same constructor when no function that was there calls it is new API",
      ...extracted(["impl ErrorImpl<()> {", "    pub(crate) fn chain(&self) -> Chain {", "        self.build()", "    }", "}"]),
      findings: [{ messageId: "missingTests", path: "src/chain.rs" }],
    },
    {
      name: "Rust: a new function that writes a new literal is not only extracted",
      ...(() => {
        const e = extracted(errorHead);
        const head = chainHead.map((l) => l.replace("next: Some(head)", 'next: Some(head), label: "chain"'));
        const src = changed("src/chain.rs", chainBase.join("\n"), head.join("\n"));
        return {
          change: change([src.change.files[0], e.change.files[1]]),
          lookups: { ...e.lookups, fileContents: new Map([...e.lookups.fileContents, ["src/chain.rs", head.join("\n")]]) },
        };
      })(),
      findings: [{ messageId: "missingTests", path: "src/chain.rs" }],
    },
  ],
});

const clientBase = [
  "export class Client {",
  "  url(path: string) {",
  "    const clean = path.replace(/^\\/+/, '');",
  "    return [this.base, clean].join('/');",
  "  }",
  "}",
];
const clientHead = [
  "import { joinPath } from './paths';",
  "export class Client {",
  "  url(path: string) {",
  "    return joinPath(this.base, path);",
  "  }",
  "}",
];
const pathsTs = [
  "export function joinPath(base: string, path: string) {",
  "  const trimmed = path.replace(/^\\/+/, '');",
  "  return [base, trimmed].join('/');",
  "}",
];
const tsExtracted = (paths: string[]) => {
  const client = changed("src/client.ts", clientBase.join("\n"), clientHead.join("\n"));
  return {
    change: change([{ ...client.change.files[0], deletions: 2 }, added("src/paths.ts", paths)]),
    lookups: { ...client.lookups, fileTree: ["package.json", "src/client.ts", "src/paths.ts", "test/client.test.ts"] },
  };
};

testRule("tests-required", {
  valid: [{ name: "TypeScript: a function taken out of a method that now calls it", ...tsExtracted(pathsTs) }],
  invalid: [
    {
      name: "TypeScript: the extracted function also calls something new",
      ...tsExtracted(pathsTs.map((l) => l.replace("return [base,", "return encodeURI([base,").replace(".join('/');", ".join('/'));"))),
      findings: [{ messageId: "missingTests", path: "src/paths.ts" }],
    },
  ],
});

// grape's `content_type_for` (set 2, agree): taken out of `content_type`, which now calls it, but it
// wraps the table in a class the code never used: new behaviour (a fix), asked about.
const grapeBase = [
  "module Grape",
  "  class Base",
  "    def content_type",
  "      content_types[env['api.format'] || options[:format]] || 'text/html'",
  "    end",
  "  end",
  "end",
];
const grapeHead = [
  "module Grape",
  "  class Base",
  "    def content_type_for(format)",
  "      HashWithIndifferentAccess.new(content_types)[format]",
  "    end",
  "",
  "    def content_type",
  "      content_type_for(env['api.format'] || options[:format]) || 'text/html'",
  "    end",
  "  end",
  "end",
];
testRule("tests-required", {
  valid: [
    {
      name: "Ruby: the same helper reading only the table the method read is run by the method's tests",
      ...withTree(
        (() => {
          const head = grapeHead.map((l) => l.replace("HashWithIndifferentAccess.new(content_types)[format]", "content_types[format]"));
          const e = changed("lib/grape/middleware/base.rb", grapeBase.join("\n"), head.join("\n"));
          return { change: change([{ ...e.change.files[0], deletions: 1 }]), lookups: e.lookups };
        })(),
        ["lib/grape/middleware/base.rb", "spec/grape/middleware/base_spec.rb"],
      ),
    },
  ],
  invalid: [
    {
      name: "Ruby: a helper taken out of a method that now calls it, but naming a class the code never used, is asked about",
      ...withTree(
        (() => {
          const e = changed("lib/grape/middleware/base.rb", grapeBase.join("\n"), grapeHead.join("\n"));
          return { change: change([{ ...e.change.files[0], deletions: 1 }]), lookups: e.lookups };
        })(),
        ["lib/grape/middleware/base.rb", "spec/grape/middleware/base_spec.rb"],
      ),
      findings: [{ messageId: "missingTests", path: "lib/grape/middleware/base.rb" }],
    },
  ],
});

// ---- 5. a test-running script the change edits for the source's package ----

const atomicBase = ["pub struct Atomic<T> {", "    data: AtomicPtr<()>,", "}"];
const atomicHead = [
  ...atomicBase,
  "",
  "impl<T> Atomic<T> {",
  "    pub fn load_raw(&self, ord: Ordering) -> *const T {",
  "        let p = self.data.load(ord);",
  "        if p.is_null() { return ptr::null(); }",
  "        if ord == Ordering::Relaxed { fence(Ordering::Acquire); }",
  "        p as *const T",
  "    }",
  "}",
];
const miriScript = (packages: string[], edited: number[]) => {
  const lines = [
    "#!/bin/bash",
    "set -euo pipefail",
    "cargo miri test --all-features \\",
    ...packages.map((p) => `    -p ${p} \\`),
    "    -p crossbeam 2>&1 | ts -i '%.s  '",
  ];
  return {
    text: lines.join("\n"),
    file: addedFile("ci/miri.sh", [], 1, { additions: edited.length, deletions: 1, addedLines: edited.map((l) => ({ line: l, text: lines[l - 1] })) }),
  };
};
const crossbeamTree = [
  "Cargo.toml",
  "ci/miri.sh",
  "crossbeam-epoch/Cargo.toml",
  "crossbeam-epoch/src/atomic.rs",
  "crossbeam-epoch/tests/collector.rs",
  "crossbeam-utils/Cargo.toml",
  "crossbeam-utils/src/lib.rs",
];
const crossbeam = (script: ReturnType<typeof miriScript>) => {
  const e = changed("crossbeam-epoch/src/atomic.rs", atomicBase.join("\n"), atomicHead.join("\n"));
  return {
    change: change([e.change.files[0], script.file]),
    lookups: { ...e.lookups, fileContents: new Map([...e.lookups.fileContents, ["ci/miri.sh", script.text]]), fileTree: crossbeamTree },
  };
};

testRule("tests-required", {
  valid: [
    {
      name: "Rust: the change edits the Miri command that runs the crate's tests (`-p crossbeam-epoch`)",
      ...crossbeam(miriScript(["crossbeam-queue", "crossbeam-epoch", "crossbeam-utils"], [6])),
    },
  ],
  invalid: [
    {
      name: "Rust: an edited test command that names only other crates covers nothing",
      ...crossbeam(miriScript(["crossbeam-queue", "crossbeam-utils"], [5])),
      findings: [{ messageId: "missingTests", path: "crossbeam-epoch/src/atomic.rs" }],
    },
    {
      name: "Rust: a script edit outside the command that runs the crate's tests covers nothing",
      ...crossbeam(miriScript(["crossbeam-queue", "crossbeam-epoch"], [2])),
      findings: [{ messageId: "missingTests", path: "crossbeam-epoch/src/atomic.rs" }],
    },
  ],
});
