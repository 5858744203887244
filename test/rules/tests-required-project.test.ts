import { emptyLookups } from "../../src/engine/rule.js";
import { addedFile, change } from "../helpers/make-change.js";
import { testRuleBeforeCalibration as testRule } from "../helpers/pre-calibration.js";

const f = (path: string, lines: string[], extra = {}) => addedFile(path, lines, 1, extra);
const tree = (...paths: string[]) => ({ ...emptyLookups(), fileTree: paths });
// New public functions with branches: behaviour a reviewer asks a test for, unless something below says otherwise.
const go = [
  "package a",
  "func Load(p string) error {",
  '\tif p == "" {',
  "\t\treturn nil",
  "\t}",
  "\tfor _, x := range p {",
  "\t\tuse(x)",
  "\t}",
  "\treturn nil",
  "}",
];
const ts = ["export function load(p: string) {", '  if (p === "") return 1;', "  for (const x of p) use(x);", "  return 0;", "}"];
const py = ["def load(p):", "    if not p:", "        return 1", "    for x in p:", "        use(x)", "    return 0"];
const rb = ["def load(p)", "  return 1 if p.empty?", "  p.each { |x| use(x) }", "  0", "end"];
const cs = [
  "public static class Ext {",
  "  public static int Load(string p) {",
  '    if (p == "") return 1;',
  "    foreach (var x in p) Use(x);",
  "    return 0;",
  "  }",
  "}",
];
const php = ["<?php", "function load($p) {", "    if ($p === '') { return 1; }", "    foreach ($p as $x) { use($x); }", "    return 0;", "}"];

// Round 2 (#11): the change's own tests, projects without tests, and files with no behaviour of their own.
testRule("tests-required", {
  valid: [
    {
      name: "C#: a test project named for the source's (Polly.Specs for src/Polly) covers it",
      change: change([
        f("src/Polly/Caching/CacheSyntax.cs", cs),
        f("test/Polly.Specs/Caching/CacheSpecs.cs", ["public class CacheSpecs {", "  [Fact] public void A() { Assert.True(x); }", "}"]),
      ]),
      lookups: tree(
        "src/Polly/Polly.csproj",
        "src/Polly.Core/Polly.Core.csproj",
        "test/Polly.Specs/Polly.Specs.csproj",
        "test/Polly.Core.Tests/Polly.Core.Tests.csproj",
        "test/Polly.Core.Tests/CacheTests.cs",
        "src/Polly/Caching/CacheSyntax.cs",
        "test/Polly.Specs/Caching/CacheSpecs.cs",
      ),
    },
    {
      name: "Java: a Maven integration-test module inside the source's project (value/src/it/functional) covers it",
      change: change([
        f("value/src/main/java/a/BuilderProcessor.java", [
          "class BuilderProcessor {",
          "  public int pick(String p) {",
          "    if (p.isEmpty()) return 1;",
          "    for (char c : p.toCharArray()) use(c);",
          "    return 0;",
          "  }",
          "}",
        ]),
        f("value/src/it/functional/src/test/java/a/BuilderTest.java", ["class BuilderTest {", "  @Test public void a() { assertThat(x).isTrue(); }", "}"]),
      ]),
      lookups: tree(
        "value/pom.xml",
        "value/src/it/functional/pom.xml",
        "value/src/main/java/a/BuilderProcessor.java",
        "value/src/test/java/a/processor/ProcessorTest.java",
        "value/src/it/functional/src/test/java/a/BuilderTest.java",
      ),
    },
    {
      name: "C#: a docs snippet (src/Snippets/Docs/) is no source that needs tests",
      change: change([f("src/Snippets/Docs/Telemetry.cs", cs)]),
      lookups: tree(
        "src/Snippets/Snippets.csproj",
        "src/Snippets/Docs/Telemetry.cs",
        "test/Polly.Core.Tests/Polly.Core.Tests.csproj",
        "test/Polly.Core.Tests/ATests.cs",
      ),
    },
    {
      name: "Ruby: a cucumber .feature added in the same commit covers the tag it tests",
      change: change([
        f("lib/jekyll/tags/include.rb", rb),
        f("features/include_relative_tag.feature", ["Feature: include_relative", "  Scenario: cached", "    Given a file"]),
      ]),
      lookups: tree("Gemfile", "jekyll.gemspec", "lib/jekyll/tags/include.rb", "test/test_tags.rb", "features/include_relative_tag.feature"),
    },
    {
      name: "PHP: the callers' tests updated in the same commit cover the changed function",
      change: change([f("src/functions.php", php), f("tests/ClientTest.php", ["<?php", "$this->assertSame(1, f());"])]),
      lookups: tree("composer.json", "src/functions.php", "tests/ClientTest.php", "tests/functionsTest.php"),
    },
    {
      name: "Go: a test of another package of the same module counts (one go.mod)",
      change: change([f("render/json.go", go), f("binding/json_test.go", ["x := 1"])]),
      lookups: tree("go.mod", "render/json.go", "binding/json_test.go"),
    },
    {
      name: "Python: test data changed with the code counts as its tests",
      change: change([f("src/pkg/parse.py", py), f("tests/fixtures/input.json", ['{"a": 1}'])]),
      lookups: tree("pyproject.toml", "src/pkg/parse.py", "tests/test_parse.py", "tests/fixtures/input.json"),
    },
    {
      name: "a project with no test files at head is not asked for tests (Go, Python, TypeScript)",
      change: change([f("cli.go", go), f("app/main.py", py), f("src/index.ts", ts)]),
      lookups: tree("go.mod", "cli.go", "app/main.py", "src/index.ts", "package.json", "README.md"),
    },
    {
      name: "test harness and dev tooling need no tests (features/support, rake/, *.rake, tasks/, *_testutil.go, e2e/)",
      change: change([
        f("features/support/formatter.rb", rb),
        f("rake/task_utils/rubocop_config_formatter.rb", rb),
        f("tasks/release.rb", rb),
        f("pkg/store/store_testutil.go", go),
        f("e2e/login.ts", ts),
      ]),
      lookups: tree("Gemfile", "go.mod", "package.json", "test/x_test.rb", "pkg/store/store_test.go", "test/a.test.ts"),
    },
    {
      name: "PHP, Java, Python: a bare interface or protocol declares no behaviour",
      change: change([
        f("src/MessageFormatterInterface.php", [
          "<?php",
          "namespace GuzzleHttp;",
          "interface MessageFormatterInterface",
          "{",
          "    public function format(RequestInterface $request, ?ResponseInterface $response = null, ?\\Throwable $error = null): string;",
          "}",
        ]),
        f("src/main/java/a/Formatter.java", ["package a;", "public interface Formatter {", "  String format(Request request);", "  void reset();", "}"]),
        f("src/pkg/protocols.py", [
          "class Formatter(Protocol):",
          "    def format(self, request) -> str:",
          '        """Format a request."""',
          "        ...",
          "",
          "    def reset(self) -> None:",
          "        raise NotImplementedError",
        ]),
      ]),
      lookups: tree("composer.json", "pom.xml", "pyproject.toml", "tests/ClientTest.php", "src/test/java/a/ATest.java", "tests/test_a.py"),
    },
    {
      name: "C#: a test project named for the source's project (RestSharp.Tests.Integrated for RestSharp) covers it",
      change: change([
        f("src/RestSharp/Extensions/HttpResponseExtensions.cs", cs),
        f("test/RestSharp.Tests.Integrated/AuthenticatorTests.cs", ["public class AuthenticatorTests {", "  [Fact] public void A() { Assert.True(x); }", "}"]),
      ]),
      lookups: tree(
        "src/RestSharp/RestSharp.csproj",
        "src/RestSharp/Extensions/HttpResponseExtensions.cs",
        "test/RestSharp.Tests.Integrated/RestSharp.Tests.Integrated.csproj",
        "test/RestSharp.Tests.Integrated/AuthenticatorTests.cs",
      ),
    },
    {
      name: "Rust: a wasm/ module where the repository has no wasm tests (no harness to run one)",
      change: change([
        f("src/wasm/response.rs", [
          "pub fn url(r: &Response) -> Option<Url> {",
          "    if r.ok() {",
          "        for x in r.urls() { use(x); }",
          "    }",
          "    None",
          "}",
        ]),
      ]),
      lookups: tree("Cargo.toml", "src/wasm/response.rs", "src/lib.rs", "tests/client.rs", "tests/support/mod.rs"),
    },
  ],
  invalid: [
    {
      name: "Rust: a wasm/ module where the repository has wasm tests",
      change: change([
        f("src/wasm/response.rs", [
          "pub fn url(r: &Response) -> Option<Url> {",
          "    if r.ok() {",
          "        for x in r.urls() { use(x); }",
          "    }",
          "    None",
          "}",
        ]),
      ]),
      lookups: tree("Cargo.toml", "src/wasm/response.rs", "src/lib.rs", "tests/client.rs", "tests/wasm_simple.rs"),
      findings: [{ messageId: "missingTests", path: "src/wasm/response.rs" }],
    },
    {
      name: "C#: a test project named for another project does not cover this one",
      change: change([
        f("src/RestSharp/Extensions/HttpResponseExtensions.cs", cs),
        f("test/RestSharp.Serializers.Xml.Tests/XmlTests.cs", ["public class XmlTests {", "  [Fact] public void A() { Assert.True(x); }", "}"]),
      ]),
      lookups: tree(
        "src/RestSharp/RestSharp.csproj",
        "src/RestSharp.Serializers.Xml/RestSharp.Serializers.Xml.csproj",
        "src/RestSharp/Extensions/HttpResponseExtensions.cs",
        "test/RestSharp.Serializers.Xml.Tests/RestSharp.Serializers.Xml.Tests.csproj",
        "test/RestSharp.Serializers.Xml.Tests/XmlTests.cs",
        "test/RestSharp.Tests/RestSharp.Tests.csproj",
        "test/RestSharp.Tests/UrlBuilderTests.cs",
      ),
      findings: [{ messageId: "missingTests", path: "src/RestSharp/Extensions/HttpResponseExtensions.cs" }],
    },
    {
      name: "monorepo: a test of another package (its own package.json) does not count",
      change: change([f("packages/api/src/client.ts", ts), f("packages/web/test/client.test.ts", ["expect(1).toBe(1)"])]),
      lookups: tree(
        "package.json",
        "packages/api/package.json",
        "packages/web/package.json",
        "packages/api/test/a.test.ts",
        "packages/web/test/client.test.ts",
      ),
      findings: [{ messageId: "missingTests", path: "packages/api/src/client.ts" }],
    },
    {
      name: "Go: no test of the module changed, the package has tests: still asked",
      change: change([f("altsrc/yaml_file_loader.go", go)]),
      lookups: tree("go.mod", "altsrc/yaml_file_loader.go", "altsrc/flag_test.go", "altsrc/yaml_command_test.go"),
      findings: [{ messageId: "missingTests", path: "altsrc/yaml_file_loader.go" }],
    },
  ],
});

// The finding names only a test file that exists; otherwise the convention in words.
testRule("tests-required", {
  valid: [
    {
      name: "Kotlin and TypeScript: interface members and abstract methods declare no behaviour",
      change: change([
        f("src/main/kotlin/a/Formatter.kt", ["package a", "interface Formatter {", "  fun format(request: Request): String", "  fun reset()", "}"]),
        f("src/base.ts", ["export abstract class Base {", "  abstract format(request: Request): string;", "  abstract reset(): void;", "}"]),
      ]),
      lookups: tree("build.gradle", "package.json", "src/test/kotlin/a/ATest.kt", "test/a.test.ts"),
    },
  ],
  invalid: [
    {
      name: "Go: the best-named existing test of the package (yaml_command_test.go for yaml_file_loader.go)",
      change: change([f("altsrc/yaml_file_loader.go", go)]),
      lookups: tree("go.mod", "altsrc/yaml_file_loader.go", "altsrc/flag_test.go", "altsrc/yaml_command_test.go"),
      findings: [{ messageId: "missingTests", data: { expected: "`altsrc/yaml_command_test.go`" } }],
    },
    {
      name: "Go: a package without tests: a new file next to it, as Go requires",
      change: change([f("render/json.go", go)]),
      lookups: tree("go.mod", "render/json.go", "binding/binding_test.go"),
      findings: [{ messageId: "missingTests", data: { expected: "a test in a new file `render/json_test.go`" } }],
    },
    {
      name: "Java: a sibling product nested in the project (value/processor/) is not its test",
      change: change([
        f("value/src/main/java/a/Processor.java", [
          "class Processor {",
          "  public int pick(String p) {",
          "    if (p.isEmpty()) return 1;",
          "    for (char c : p.toCharArray()) use(c);",
          "    return 0;",
          "  }",
          "}",
        ]),
        f("value/processor/src/test/java/a/OtherTest.java", ["class OtherTest {", "  @Test public void a() { assertThat(x).isTrue(); }", "}"]),
      ]),
      lookups: tree(
        "value/pom.xml",
        "value/processor/pom.xml",
        "value/src/main/java/a/Processor.java",
        "value/src/test/java/a/ProcessorTest.java",
        "value/processor/src/test/java/a/OtherTest.java",
      ),
      findings: [{ messageId: "missingTests", path: "value/src/main/java/a/Processor.java", data: { expected: "`value/src/test/java/a/ProcessorTest.java`" } }],
    },
    {
      name: "PHP and TypeScript: an existing test is named by its path",
      change: change([f("src/Cookie/SetCookie.php", php), f("src/cart/total.ts", ts)]),
      lookups: tree(
        "composer.json",
        "package.json",
        "tests/Cookie/SetCookieTest.php",
        "test/cart/total.test.ts",
        "src/Cookie/SetCookie.php",
        "src/cart/total.ts",
      ),
      findings: [
        { messageId: "missingTests", path: "src/Cookie/SetCookie.php", data: { expected: "`tests/Cookie/SetCookieTest.php`" } },
        { messageId: "missingTests", path: "src/cart/total.ts", data: { expected: "`test/cart/total.test.ts`" } },
      ],
    },
  ],
});

testRule("tests-required", {
  valid: [
    {
      name: "C headers declare; they are not source that needs tests",
      change: change([
        f("okio/src/linuxMain/headers/okio_statx.h", ["int okio_statx(const char *path);", "struct statx_t { int a; int b; };", "int f(int x);"]),
      ]),
      lookups: tree("okio/build.gradle.kts", "okio/src/jvmTest/kotlin/okio/BufferTest.kt"),
    },
    {
      // #11: jvmTest cannot run unixMain code; with no unixTest or commonTest there is no harness to add to.
      name: "Kotlin: multiplatform code no test source set of the module can run",
      change: change([
        f("okio/src/unixMain/kotlin/okio/UnixPosixVariant.kt", [
          "package okio",
          "fun variant(p: String): Int {",
          '  if (p == "") return 1',
          "  for (x in p) use(x)",
          "  return 0",
          "}",
        ]),
      ]),
      lookups: tree("okio/build.gradle.kts", "okio/src/jvmTest/kotlin/okio/BufferTest.kt", "okio/src/jvmTest/kotlin/okio/SinkTest.kt"),
    },
  ],
  invalid: [
    {
      name: "Kotlin: a new test is named as the repository's tests are (FooTest.kt), never foo.test.kt, in a source set that can run the code",
      change: change([
        f("okio/src/unixMain/kotlin/okio/UnixPosixVariant.kt", [
          "package okio",
          "fun variant(p: String): Int {",
          '  if (p == "") return 1',
          "  for (x in p) use(x)",
          "  return 0",
          "}",
        ]),
      ]),
      lookups: tree(
        "okio/build.gradle.kts",
        "okio/src/jvmTest/kotlin/okio/BufferTest.kt",
        "okio/src/jvmTest/kotlin/okio/SinkTest.kt",
        "okio/src/unixTest/kotlin/okio/PosixTest.kt",
      ),
      findings: [
        {
          messageId: "missingTests",
          data: {
            expected: "a test in a new file `okio/src/unixTest/kotlin/okio/UnixPosixVariantTest.kt` following `okio/src/unixTest/kotlin/okio/PosixTest.kt`",
          },
        },
      ],
    },
  ],
});
