import { emptyLookups, type Lookups } from "../../src/engine/rule.js";
import { changed } from "../helpers/base-head.js";
import { addedFile, change, commit } from "../helpers/make-change.js";
import { testRuleBeforeCalibration as testRule } from "../helpers/pre-calibration.js";

// Session 9 (#11): what the judge of set 7 rejected in pairing and classification. Tests the same
// change edits in another project or folder, test files not recognised, websites and code kept out
// of coverage on purpose, test-helper boilerplate, and the test file a finding names.
const added = (path: string, lines: string[], extra = {}) => addedFile(path, lines, 1, extra);
const tree = (...paths: string[]): Lookups => ({ ...emptyLookups(), fileTree: paths });
const edit = (path: string, base: string[], head: string[], fileTree?: string[]) => {
  const e = changed(path, base.join("\n"), head.join("\n"));
  return { change: e.change, lookups: fileTree ? { ...e.lookups, fileTree } : e.lookups };
};

// New behaviour in each language: a loop and a branch in a new public function.
const totalCs = [
  "public static class ContainerBuilderExtensions {",
  "  public static int Total(this IEnumerable<Item> items) {",
  "    var sum = 0;",
  "    foreach (var i in items) {",
  "      if (i.Price > 0) sum += i.Price;",
  "    }",
  "    return sum;",
  "  }",
  "}",
];
const totalKt = [
  "fun total(items: List<Item>): Int {",
  "  var sum = 0",
  "  for (i in items) {",
  "    if (i.price > 0) sum += i.price",
  "  }",
  "  return sum",
  "}",
];
const totalTs = [
  "export function total(items) {",
  "  let sum = 0;",
  "  for (const i of items) {",
  "    if (i.price > 0) sum += i.price;",
  "  }",
  "  return sum;",
  "}",
];
const totalPhp = [
  "<?php",
  "function total(array $items): int {",
  "  $sum = 0;",
  "  foreach ($items as $i) {",
  "    if ($i->price > 0) { $sum += $i->price; }",
  "  }",
  "  return $sum;",
  "}",
];
const testKt = ["class T {", "  @Test fun totals() {", "    assertEquals(3, total(listOf(Item(1), Item(2))))", "  }", "}"];
const testCs = ["public class F {", "  [Test] public void Totals() {", "    Assert.AreEqual(3, new[] { new Item(1), new Item(2) }.Total());", "  }", "}"];
const testTs = ["test('totals', () => {", "  expect(total([{ price: 1 }, { price: 2 }])).toBe(3);", "});"];

// ---- 1. tests the change edits in another folder or project ----

const autofacTree = [
  "contrib/Source/AutofacContrib.AggregateService/AutofacContrib.AggregateService.csproj",
  "contrib/Source/AutofacContrib.AggregateService/ContainerBuilderExtensions.cs",
  "contrib/Test/AutofacContrib.Tests.AggregateService/AutofacContrib.Tests.AggregateService.csproj",
  "contrib/Test/AutofacContrib.Tests.AggregateService/ContainerBuilderExtensionsFixture.cs",
  "src/Source/Autofac/Autofac.csproj",
  "src/Source/Autofac/ContainerBuilder.cs",
  "src/Test/Autofac.Tests/Autofac.Tests.csproj",
  "src/Test/Autofac.Tests/ContainerBuilderTests.cs",
  "src/Test/Autofac.Tests.Configuration/Autofac.Tests.Configuration.csproj",
  "src/Test/Autofac.Tests.Configuration/ConfigurationSettingsReaderTests.cs",
  // A test outside every project: the repository has tests for each project (see projectHasTests).
  "test/Smoke/SmokeTests.cs",
];
const integrationsTree = [
  "Core/Source/Autofac.Integration.Mvc/Autofac.Integration.Mvc.csproj",
  "Core/Source/Autofac.Integration.Mvc/RegistrationExtensions.cs",
  "Core/Source/Autofac.Integration.WebApi/Autofac.Integration.WebApi.csproj",
  "Core/Source/Autofac.Integration.WebApi/RegistrationExtensions.cs",
  "Core/Source/Autofac.Integration.WebApi/CurrentRequestHandler.cs",
  "Core/Tests/Autofac.Tests.Integration.Mvc/Autofac.Tests.Integration.Mvc.csproj",
  "Core/Tests/Autofac.Tests.Integration.Mvc/RegistrationExtensionsFixture.cs",
  "Core/Tests/Autofac.Tests.Integration.WebApi/Autofac.Tests.Integration.WebApi.csproj",
  "Core/Tests/Autofac.Tests.Integration.WebApi/ActionFilterFixture.cs",
];
const mockkTree = [
  "common/build.gradle",
  "common/src/main/kotlin/io/mockk/MockK.kt",
  "common/src/test/kotlin/io/mockk/VerifyTest.kt",
  "common/src/test/kotlin/io/mockk/it/ObjectMockTest.kt",
  "common/src/test/kotlin/io/mockk/it/StaticMockTest.kt",
  "common/src/test/kotlin/io/mockk/gh/Issue31Test.kt",
  "dsl/jvm/build.gradle",
  "dsl/jvm/src/main/kotlin/io/mockk/InternalPlatformDsl.kt",
  "agent/jvm/build.gradle",
  "agent/jvm/src/test/kotlin/io/mockk/proxy/jvm/ProxyMakerTest.kt",
  "agent/jvm/src/main/kotlin/io/mockk/proxy/jvm/transformation/InliningClassTransformer.kt",
  "mockk/build.gradle",
  "mockk/src/test/kotlin/io/mockk/gh/Issue48Test.kt",
  "matrix/src/androidTest/java/io/mockk/test/Dummy.kt",
];
const monorepo = (name: string) => [
  "packages/core/package.json",
  `packages/core/src/${name}.ts`,
  "packages/core/test/other.test.ts",
  "packages/e2e/package.json",
  `packages/e2e/test/${name}.test.ts`,
];
const agentSource = "agent/jvm/src/main/kotlin/io/mockk/proxy/jvm/transformation/InliningClassTransformer.kt";

testRule("tests-required", {
  valid: [
    {
      name: "C#: an NUnit `*Fixture.cs` named for the source in its test project (`X.Tests.Y` for `X.Y`)",
      change: change([
        added("contrib/Source/AutofacContrib.AggregateService/ContainerBuilderExtensions.cs", totalCs, { status: "added" }),
        added("contrib/Test/AutofacContrib.Tests.AggregateService/ContainerBuilderExtensionsFixture.cs", testCs, { status: "added" }),
      ]),
      lookups: tree(...autofacTree),
    },
    {
      name: "C#: the test project of a word-inside name covers its project's other files too (auto)",
      change: change([
        added("contrib/Source/AutofacContrib.AggregateService/ContainerBuilderExtensions.cs", totalCs, { status: "added" }),
        added("contrib/Test/AutofacContrib.Tests.AggregateService/AggregateServiceFixture.cs", testCs, { status: "added" }),
      ]),
      lookups: tree(...autofacTree),
    },
    {
      name: "Kotlin: tests edited in the folder the finding would name, in another Gradle module (mockk's common/src/test)",
      change: change([
        added("dsl/jvm/src/main/kotlin/io/mockk/InternalPlatformDsl.kt", totalKt),
        added("common/src/test/kotlin/io/mockk/it/ObjectMockTest.kt", testKt),
      ]),
      lookups: tree(...mockkTree),
    },
    {
      name: "Kotlin: a regression test named for the issue the commit cites (`Issue119Test` for #119)",
      change: change([added(agentSource, totalKt), added("mockk/src/test/kotlin/io/mockk/gh/Issue119Test.kt", testKt, { status: "added" })], {
        commits: [commit("Adding possibility to dump classes via system property #119")],
      }),
      lookups: tree(...mockkTree),
    },
    {
      name: "TypeScript: a test named for the source in another package of a monorepo (paired)",
      change: change([added("packages/core/src/invoice-total.ts", totalTs), added("packages/e2e/test/invoice-total.test.ts", testTs)]),
      options: { mode: "paired" },
      lookups: tree(...monorepo("invoice-total")),
    },
  ],
  invalid: [
    {
      name: "Kotlin: a test edited in another module, outside the folder the finding names, covers nothing",
      change: change([
        added("dsl/jvm/src/main/kotlin/io/mockk/InternalPlatformDsl.kt", totalKt),
        added("mockk/src/test/kotlin/io/mockk/gh/Issue48Test.kt", testKt),
      ]),
      lookups: tree(...mockkTree),
      findings: [
        {
          messageId: "missingTests",
          path: "dsl/jvm/src/main/kotlin/io/mockk/InternalPlatformDsl.kt",
          data: { expected: "a test in `common/src/test/kotlin/io/mockk/`, where its tests are" },
        },
      ],
    },
    {
      name: "C#: a same-named fixture in the test project named for another project (Mvc's, for a WebApi file) covers nothing",
      change: change([
        added("Core/Source/Autofac.Integration.WebApi/RegistrationExtensions.cs", totalCs),
        added("Core/Tests/Autofac.Tests.Integration.Mvc/RegistrationExtensionsFixture.cs", testCs),
      ]),
      lookups: tree(...integrationsTree),
      findings: [{ messageId: "missingTests", path: "Core/Source/Autofac.Integration.WebApi/RegistrationExtensions.cs" }],
    },
    {
      name: "C#: only the test project's `.csproj` changed (a file linked) is no test of the source",
      change: change([
        added("Core/Source/Autofac.Integration.WebApi/CurrentRequestHandler.cs", totalCs),
        added("Core/Tests/Autofac.Tests.Integration.WebApi/Autofac.Tests.Integration.WebApi.csproj", ['<Compile Include="CurrentRequestHandlerFixture.cs" />']),
      ]),
      lookups: tree(...integrationsTree),
      findings: [{ messageId: "missingTests", path: "Core/Source/Autofac.Integration.WebApi/CurrentRequestHandler.cs" }],
    },
    {
      name: "Kotlin: a test named for another issue than the one the commit cites covers nothing",
      change: change([added(agentSource, totalKt), added("mockk/src/test/kotlin/io/mockk/gh/Issue1190Test.kt", testKt, { status: "added" })], {
        commits: [commit("Adding possibility to dump classes via system property #119")],
      }),
      lookups: tree(...mockkTree),
      findings: [{ messageId: "missingTests", path: agentSource }],
    },
    {
      name: "C#: another core test project's tests are no tests of a contrib project (another project, another name)",
      change: change([
        added("contrib/Source/AutofacContrib.AggregateService/ContainerBuilderExtensions.cs", totalCs, { status: "added" }),
        added("src/Test/Autofac.Tests.Configuration/ConfigurationSettingsReaderTests.cs", testCs),
      ]),
      lookups: tree(...autofacTree),
      findings: [{ messageId: "missingTests", path: "contrib/Source/AutofacContrib.AggregateService/ContainerBuilderExtensions.cs" }],
    },
    {
      name: "TypeScript: a generic name (`index`) in another package says nothing about which file it tests",
      change: change([added("packages/core/src/index.ts", totalTs), added("packages/e2e/test/index.test.ts", testTs)]),
      options: { mode: "paired" },
      lookups: tree(...monorepo("index")),
      findings: [{ messageId: "missingTests", path: "packages/core/src/index.ts" }],
    },
  ],
});

// ---- 2. test files by their capitalised folders and plural names ----

testRule("tests-required", {
  valid: [
    {
      name: "PHP: `Tests/…/IsEmailFunctionTests.php` is a test, not a source asking for one",
      change: change([added("Tests/EmailValidator/Validation/IsEmailFunctionTests.php", totalPhp, { status: "added" })]),
      lookups: tree(
        "composer.json",
        "src/EmailValidator.php",
        "Tests/EmailValidator/Validation/IsEmailFunctionTests.php",
        "Tests/EmailValidator/EmailValidatorTest.php",
      ),
    },
    {
      name: "PHP: a plural `ParserTests.php` in a capitalised `Tests/` folder pairs with `src/Parser.php` (paired)",
      change: change([added("src/Parser.php", totalPhp), added("Tests/ParserTests.php", ["<?php", "class ParserTests extends TestCase {}"])]),
      options: { mode: "paired" },
    },
  ],
  invalid: [
    {
      name: "JavaScript: a function's file named for running tests (`runTests.js`) is code, not a test",
      change: change([added("src/runTests.js", totalTs)]),
      findings: [{ messageId: "missingTests", path: "src/runTests.js" }],
    },
  ],
});

// ---- 3. websites and code kept out of coverage on purpose ----

const pyBase = ["import os", "", "", "def other():", "    return 1"];
const guiClass = (pragma: string) => [
  `class tqdm_gui(tqdm):${pragma}`,
  "    def update(self, n=1):",
  "        for i in range(n):",
  "            if self.smoothing and i:",
  "                self.avg = i",
  "        return self.avg",
];

testRule("tests-required", {
  valid: [
    {
      name: "TSX: a page of the project's website/ (its own package, no tests in it)",
      change: change([added("website/src/pages/blog/index.tsx", totalTs)]),
      lookups: tree("package.json", "src/Formik.tsx", "test/Formik.test.tsx", "website/package.json", "website/src/pages/blog/index.tsx"),
    },
    {
      name: "JavaScript: a Docusaurus site in a folder of any name",
      change: change([added("handbook/src/components/Hero.js", totalTs)]),
      lookups: tree("package.json", "lib/a.js", "test/a.test.js", "handbook/docusaurus.config.js", "handbook/src/components/Hero.js"),
    },
    {
      name: "Python: a class marked `# pragma: no cover` (tqdm's GUI) asks for nothing",
      ...edit("tqdm/_tqdm_gui.py", pyBase, [...pyBase, "", "", ...guiClass("  # pragma: no cover")]),
    },
    {
      name: "JavaScript: a file marked `/* istanbul ignore file */`",
      change: change([added("src/cli.js", ["/* istanbul ignore file */", ...totalTs], { status: "added" })]),
    },
    {
      name: "C#: a type marked [ExcludeFromCodeCoverage]",
      change: change([
        added("src/Acme/Interop.cs", ["using System.Diagnostics.CodeAnalysis;", "", "[ExcludeFromCodeCoverage]", ...totalCs], { status: "added" }),
      ]),
    },
    {
      name: "PHP: a method whose doc block says @codeCoverageIgnore",
      ...edit(
        "src/Shell.php",
        ["<?php", "class Shell {", "}"],
        [
          "<?php",
          "class Shell {",
          "  /**",
          "   * @codeCoverageIgnore",
          "   */",
          "  public function run(array $items): int {",
          "    $sum = 0;",
          "    foreach ($items as $i) {",
          "      if ($i > 0) { $sum += $i; }",
          "    }",
          "    return $sum;",
          "  }",
          "}",
        ],
      ),
    },
  ],
  invalid: [
    {
      name: "PHP: a `www/` web root that is no project of its own is the product's code",
      change: change([added("www/checkout.php", totalPhp)]),
      lookups: tree("composer.json", "www/checkout.php", "tests/CartTest.php"),
      findings: [{ messageId: "missingTests", path: "www/checkout.php" }],
    },
    {
      name: "TSX: a website folder with tests of its own is tested like any project",
      change: change([added("website/src/pages/blog/index.tsx", totalTs)]),
      lookups: tree("package.json", "website/package.json", "website/src/pages/blog/index.tsx", "website/test/blog.test.tsx"),
      findings: [{ messageId: "missingTests", path: "website/src/pages/blog/index.tsx" }],
    },
    {
      name: "Python: the same class without the pragma asks for a test",
      ...edit("tqdm/_tqdm_gui.py", pyBase, [...pyBase, "", "", ...guiClass("")]),
      findings: [{ messageId: "missingTests", path: "tqdm/_tqdm_gui.py" }],
    },
    {
      name: "Python: a pragma on another function leaves the new one asking",
      ...edit("tqdm/gui.py", pyBase, [
        ...pyBase.slice(0, 3),
        "def other():  # pragma: no cover",
        "    return 1",
        "",
        "",
        "def update(items):",
        "    total = 0",
        "    for i in items:",
        "        if i.price > 0:",
        "            total += i.price",
        "    return total",
      ]),
      findings: [{ messageId: "missingTests", path: "tqdm/gui.py" }],
    },
    {
      name: "JavaScript: `istanbul ignore file` in a string further down is no marker",
      change: change([added("src/cli.js", [...totalTs, "const doc = 'write /* istanbul ignore file */ to skip a file';"], { status: "added" })]),
      findings: [{ messageId: "missingTests", path: "src/cli.js" }],
    },
  ],
});

// ---- 4. test-helper boilerplate only ----

const goBase = [
  "package assert",
  "",
  "func Greater(t TestingT, e1 interface{}, e2 interface{}) bool {",
  "\treturn compareTwoValues(t, e1, e2, compareGreater)",
  "}",
  "",
  "func Less(t TestingT, e1 interface{}, e2 interface{}) bool {",
  "\treturn compareTwoValues(t, e1, e2, compareLess)",
  "}",
];
const withHelper = (extra: string[]) => [
  "package assert",
  "",
  "func Greater(t TestingT, e1 interface{}, e2 interface{}) bool {",
  "\tif h, ok := t.(tHelper); ok {",
  "\t\th.Helper()",
  "\t}",
  "\treturn compareTwoValues(t, e1, e2, compareGreater)",
  "}",
  "",
  "func Less(t TestingT, e1 interface{}, e2 interface{}) bool {",
  "\tif h, ok := t.(tHelper); ok {",
  "\t\th.Helper()",
  "\t}",
  ...extra,
  "\treturn compareTwoValues(t, e1, e2, compareLess)",
  "}",
];

testRule("tests-required", {
  valid: [
    {
      name: "Go: only testify's `if h, ok := t.(tHelper); ok { h.Helper() }` guards added",
      ...edit("assert/assertion_compare.go", goBase, withHelper([])),
    },
  ],
  invalid: [
    {
      name: "Go: helper guards beside a new branch ask for a test of the branch",
      ...edit(
        "assert/assertion_compare.go",
        goBase,
        withHelper(["\tif e1 == nil {", '\t\treturn Fail(t, "nil")', "\t}", "\tif e2 == nil {", '\t\treturn Fail(t, "nil")', "\t}"]),
      ),
      findings: [{ messageId: "missingTests", path: "assert/assertion_compare.go" }],
    },
  ],
});

// ---- 5. the test a finding names: a real test, not an example ----

const javaBase = ["public class HelpFormatter {", "  public int width() {", "    return 74;", "  }", "}"];
const javaHead = [
  "public class HelpFormatter {",
  "  public int width() {",
  "    return 74;",
  "  }",
  "  public String usage(List<Option> opts) {",
  "    StringBuilder sb = new StringBuilder();",
  "    for (Option o : opts) {",
  "      if (o.isRequired()) sb.append(o.getArgName());",
  "    }",
  "    return sb.toString();",
  "  }",
  "}",
];
const cliTree = [
  "pom.xml",
  "src/java/org/apache/commons/cli/HelpFormatter.java",
  "src/java/org/apache/commons/cli/Parser.java",
  "src/test/org/apache/commons/cli/HelpFormatterExamples.java",
  "src/test/org/apache/commons/cli/TestHelpFormatter.java",
  "src/test/org/apache/commons/cli/ParserTestCase.java",
];

testRule("tests-required", {
  valid: [
    {
      name: "Java: a change to JUnit 3's `TestHelpFormatter.java` pairs with `HelpFormatter.java` (paired)",
      change: change([
        added("src/java/org/apache/commons/cli/HelpFormatter.java", javaHead),
        added("src/test/org/apache/commons/cli/TestHelpFormatter.java", [
          "public class TestHelpFormatter extends TestCase {",
          "  public void testUsage() {",
          '    assertEquals("x", f.usage(opts));',
          "  }",
          "}",
        ]),
      ]),
      options: { mode: "paired" },
      lookups: tree(...cliTree),
    },
  ],
  invalid: [
    {
      name: "Java: JUnit 3's `TestHelpFormatter.java` is named, not the `HelpFormatterExamples.java` beside it",
      ...edit("src/java/org/apache/commons/cli/HelpFormatter.java", javaBase, javaHead, cliTree),
      findings: [
        {
          messageId: "missingTests",
          path: "src/java/org/apache/commons/cli/HelpFormatter.java",
          data: { expected: "`src/test/org/apache/commons/cli/TestHelpFormatter.java`" },
        },
      ],
    },
    {
      name: "Java: an examples file alone is never named as the test to update",
      ...edit(
        "src/java/org/apache/commons/cli/HelpFormatter.java",
        javaBase,
        javaHead,
        cliTree.filter((p) => !p.endsWith("TestHelpFormatter.java")),
      ),
      findings: [{ messageId: "missingTests", path: "src/java/org/apache/commons/cli/HelpFormatter.java", data: { expected: "a test that covers it" } }],
    },
  ],
});
