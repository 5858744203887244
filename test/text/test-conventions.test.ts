import { classifyBuiltIn, expectedTests, sourceStems, testCovers, testStem } from "../../src/text/test-conventions.js";

const classification: Array<[string, "source" | "test" | "support" | "other"]> = [
  // C# test projects with more after the suffix, or none before it; a product folder beside them is source.
  ["Dapper.Contrib.Tests NET45/TestsAsync.cs", "test"],
  ["Dapper.Tests.Performance/Benchmarks.cs", "test"],
  ["CoreTests/Widget.cs", "test"],
  ["Dapper.Contrib NET45/SqlMapperExtensionsAsync.cs", "source"],
  ["src/Contests/Entry.cs", "source"],
  // C# specification projects and classes (NSubstitute's `*.Specs/`, MSpec/NSpec `*Specs.cs`).
  ["Source/NSubstitute.Specs/Infrastructure/TestCallRouter.cs", "test"],
  ["Source/NSubstitute.Acceptance.Specs/EventRaising.cs", "test"],
  ["src/Widgets/WidgetSpecs.cs", "test"],
  ["Source/NSubstitute/Core/CallSpecification.cs", "source"],
  ["src/Specsheet/Reader.cs", "source"],
  ["src/Models/PodSpec.cs", "source"],
  // Capitalised test folders and plural test names, in every language (#11, judged set 7).
  ["Tests/EmailValidator/Validation/IsEmailFunctionTests.php", "test"],
  ["Tests/Unit/Lexer.php", "test"],
  ["src/Test/Autofac.Tests/ContainerFixture.cs", "test"],
  ["Tests/ParserKitTests/ParserTests.swift", "test"],
  ["src/ParserTests.kt", "test"],
  // Gradle and Kotlin Multiplatform test source sets (#11, set 21): helpers and specs in them are tests, whatever their name;
  // the main source sets, a folder ending in `Test` outside `src/`, and one ending in lower-case `test` are not.
  ["kotest-common/src/jvmTest/kotlin/io/kotest/common/BestName.kt", "test"],
  ["kotest-assertions/src/commonTest/kotlin/io/kotest/matchers/MatcherDsl.kt", "test"],
  ["core/src/androidUnitTest/kotlin/app/Engine.kt", "test"],
  ["core/src/androidInstrumentedTest/kotlin/app/Screen.kt", "test"],
  ["lib/src/linuxX64Test/kotlin/x/Native.kt", "test"],
  ["plugin/src/functionalTest/kotlin/x/PluginRun.kt", "test"],
  ["src/jsTest/kotlin/x/Dom.kt", "test"],
  ["kotest-common/src/jvmMain/kotlin/io/kotest/common/reflection/reflection.kt", "source"],
  ["lib/src/commonMain/kotlin/x/Y.kt", "source"],
  ["lib/src/nonJvmMain/kotlin/x/CodePoint.nonJvm.kt", "source"],
  ["lib/src/main/kotlin/x/LoadTest.kt", "test"],
  ["lib/src/main/kotlin/latest/Loader.kt", "source"],
  ["app/LoadTest/Runner.kt", "source"],
  ["src/Test/Loader.kt", "test"],
  ["src/jvmJavaTest/proto-java/Message.java", "test"],
  ["src/contest/Entry.kt", "source"],
  ["src/Contest/Entry.cs", "source"],
  ["pkg/parser_tests.py", "test"],
  ["src/runTests.js", "source"],
  // A file named for the kind of tests it holds, and a C# suite project (#11, judged set 15).
  ["unitTests.py", "test"],
  ["src/unitTests.py", "test"],
  ["tests/functional_tests.py", "test"],
  // Go: a suite named for its kind is a test (minio-go's `package main` functional_tests.go, set 29); a plural class name is not.
  ["functional_tests.go", "test"],
  ["pkg/integration.go", "source"],
  ["pkg/ParserTests.go", "source"],
  ["MigratedBookSleeveTestSuite/Config.cs", "test"],
  ["src/unitConversion.py", "source"],
  ["src/TestSuiteRunner/Runner.cs", "source"],
  ["docs/WritingTests.md", "other"],
  ["src/Contests.php", "source"],
  // A type checker's example fixtures: run as tests, never asked for their own.
  ["typing-examples/pyrefly.py", "support"],
  ["tests/typing_example.pyi", "support"],
  ["type-tests/index.ts", "support"],
  ["test-utils/testData/api/deferredJavaSymbols.kt", "support"], // JetBrains spells it testData/ (ksp, set 25)
  ["src/foo/bar.ts", "source"],
  ["src/foo/bar.test.ts", "test"],
  // Folders of test infrastructure named by what they provide (goose's internal/testdb/, Go's internal/testenv/; set 27);
  // a file so named may be a product's command (Django's testserver).
  ["internal/testdb/ydb.go", "support"],
  ["internal/testenv/exec.go", "support"],
  ["pkg/test_server/server.py", "support"],
  ["django/core/management/commands/testserver.py", "source"],
  ["src/testdbx/conn.go", "source"],
  // Rust test modules in files of their own (zellij's src/tab/unit/tab_tests.rs, set 31).
  ["zellij-server/src/tab/unit/layout_applier_tests.rs", "test"],
  ["src/parser_test.rs", "test"],
  ["src/contest.rs", "source"],
  // Database seeders fill a development or test database (bitwarden's util/Seeder/, Laravel's database/seeders/; set 31).
  ["util/Seeder/Queries/UserEmailTokenCodeQuery.cs", "support"],
  ["database/seeders/UserSeeder.php", "support"],
  ["src/crypto/seed.rs", "source"],
  // A top-level scenario/ of test cases a runner reads (typeprof's; set 38); a product's own scenarios/ deeper is source.
  ["scenario/definitions/definition-rbs.rb", "test"],
  ["scenarios/checkout.py", "test"],
  ["src/scenarios/load.ts", "source"],
  ["lib/typeprof/scenario.rb", "source"],
  // invoke's `integration/_support/` (set 37): a `_support/` folder anywhere.
  ["integration/_support/parsing.py", "support"],
  // A test tree's private folder or module (fabric's tests/_support/, tests/_util.py; set 36): what its tests load, no test.
  ["tests/_support/py_conf/fabric.py", "support"],
  ["tests/_util.py", "support"],
  ["spec/_helpers/server.rb", "support"],
  ["tests/__init__.py", "test"],
  // A .NET package of test doubles for its users' tests (spectre.console's Spectre.Console.Testing; set 34).
  ["src/Spectre.Console.Testing/FakeTypeResolver.cs", "support"],
  ["src/Spectre.Console.Testing/Extensions/TestConsoleExtensions.Exceptions.cs", "support"],
  ["src/Spectre.Console/Testing.cs", "source"],
  ["src/Spectre.Console.Cli/Internal/TestingMode.cs", "source"],
  // Gradle's testFixtures source set is shared test code (support), where a TODO is the author's; a test-fixtures/ folder is data.
  ["compiler-utils/src/testFixtures/java/com/squareup/anvil/compiler/internal/testing/AnvilCompilationMode.kt", "support"],
  ["libraries/apollo-ast/test-fixtures/merger/merge.graphql", "support"],
  // Projects kept in a test tree as its input (kover's templates, dokka's integration-test projects, ksp's test resources;
  // sets 24, 28) and an analyser's input programs (spotbugsTestCases/) are data; a module named for tests is not.
  ["kover-gradle-plugin/src/functionalTest/templates/builds/counters/src/main/java/TryFinally.java", "support"],
  ["src/functionalTest/templates/sources/annotations-mix/test/kotlin/TestClass.kt", "support"],
  ["dokka-integration-tests/gradle/projects/it-kotlin-multiplatform/src/jvmMain/kotlin/jvmFn.kt", "support"],
  ["integration-tests/src/test/resources/playground-mpp/test-processor/src/main/kotlin/TestProcessor.kt", "support"],
  ["spotbugsTestCases/src/java/ghIssues/Issue3886.java", "support"],
  ["app-tests/src/test/kotlin/FooTest.kt", "test"],
  ["assertj-tests/assertj-integration-tests/assertj-core-tests/src/test/java/org/assertj/tests/core/api/FooAssert_Test.java", "test"],
  ["app-tests/src/main/kotlin/Foo.kt", "source"],
  ["src/jvmTest/kotlin/a/BTest.kt", "test"],
  // A `build/` at the top is build tooling or output (yii2's build/controllers/, set 27); deeper, a package may be named so.
  ["build/controllers/PhpDocController.php", "other"],
  ["src/build/Builder.php", "source"],
  // A benchmark script named for nothing else (p-limit's root benchmark.js) is no source asking for tests.
  ["benchmark.js", "other"],
  ["scripts/bench.py", "other"],
  ["src/benchmarker.ts", "source"],
  // A Rust crate's `src/benchmark/` is a module of the crate (hyperfine's executor; set 34); its benches live in `benches/`.
  ["src/benchmark/executor.rs", "source"],
  ["crates/core/src/bench/mod.rs", "source"],
  ["benches/parse.rs", "other"],
  ["benchmark/run.ts", "other"],
  ["packages/core/benchmarks/parse.ts", "other"],
  ["src/benchmark/run.ts", "other"],
  // A folder's tests named for nothing else (date-fns' src/clamp/test.ts; judged set 16), and Rust's tests.rs.
  ["ext/nokogiri/extconf.rb", "other"],
  ["generate_stubs.py", "other"],
  ["faker/generate_stubs.py", "source"],
  ["lib/nokogiri/extconf_helper.rb", "source"],
  ["src/clamp/test.ts", "test"],
  ["src/clamp/spec.js", "test"],
  ["src/parser/tests.rs", "test"],
  ["src/clamp/index.ts", "source"],
  ["src/testing.ts", "source"],
  ["src/latest.ts", "source"],
  ["src/parser/test.rs", "source"],
  ["src/foo/bar.spec.js", "test"],
  ["src/foo/__tests__/bar.ts", "test"],
  ["test/foo/bar.test.ts", "test"],
  ["tests/helpers.py", "test"],
  ["pkg/mod.py", "source"],
  ["tests/test_mod.py", "test"],
  ["pkg/mod_test.py", "test"],
  ["tests.py", "test"],
  ["polls/tests.py", "test"],
  ["pkg/x.go", "source"],
  ["pkg/x_test.go", "test"],
  ["src/main/java/com/acme/Foo.java", "source"],
  ["src/test/java/com/acme/FooTest.java", "test"],
  ["app/src/main/kotlin/Foo.kt", "source"],
  ["lib/acme/widget.rb", "source"],
  ["spec/acme/widget_spec.rb", "test"],
  ["src/lib.rs", "source"],
  ["tests/integration.rs", "test"],
  ["index.test-d.ts", "test"],
  ["test-d/pipe.ts", "test"],
  ["Acme.Core/Widget.cs", "source"],
  ["Acme.Core.Tests/WidgetTests.cs", "test"],
  ["src/Widget.php", "source"],
  ["tests/Unit/WidgetTest.php", "test"],
  ["README.md", "other"],
  ["docs/guide.ts", "other"],
  ["package.json", "other"],
  [".github/workflows/ci.yml", "other"],
  ["src/types.d.ts", "other"],
  ["jest.config.js", "other"],
  ["setup.py", "other"],
  ["assets/logo.png", "other"],
  ["src/styles/main.css", "other"],
  ["Dockerfile", "other"],
];

const pairing: Array<[string, string, boolean]> = [
  ["src/foo/bar.ts", "test/foo/bar.test.ts", true],
  ["src/foo/bar.ts", "src/foo/bar.test.ts", true],
  ["src/foo/bar.ts", "src/foo/__tests__/bar.ts", true],
  ["src/foo/bar.ts", "test/foo/baz.test.ts", false],
  ["src/foo/index.ts", "test/foo.test.ts", true],
  ["pkg/x.go", "pkg/x_test.go", true],
  ["pkg/x.go", "other/x_test.go", false],
  ["src/pkg/mod.py", "tests/test_mod.py", true],
  ["pkg/mod.py", "pkg/mod_test.py", true],
  ["pkg/__init__.py", "tests/test_pkg.py", true],
  ["src/main/java/com/acme/Foo.java", "src/test/java/com/acme/FooTest.java", true],
  ["src/main/java/com/acme/Foo.java", "src/test/java/com/acme/FooIT.java", true],
  ["src/main/java/com/acme/Foo.java", "src/test/java/com/acme/BarTest.java", false],
  ["lib/acme/widget.rb", "spec/acme/widget_spec.rb", true],
  ["Acme.Core/Widget.cs", "Acme.Core.Tests/WidgetTests.cs", true],
  ["src/Widget.php", "tests/Unit/WidgetTest.php", true],
  ["src/user-store.ts", "test/user_store.test.ts", true],
  // Monorepos: packages/*/src ↔ packages/*/test, never across packages
  ["packages/api/src/client.ts", "packages/api/test/client.test.ts", true],
  ["packages/api/src/client.ts", "packages/web/test/client.test.ts", false],
  ["packages/api/src/client.ts", "packages/api/src/client.spec.ts", true],
  ["services/billing/app/invoice.rb", "services/billing/spec/invoice_spec.rb", true],
  // JUnit 3's `TestFoo`, NUnit's `FooFixture`, plural `_tests` (#11, judged set 7)
  ["src/java/org/apache/commons/cli/HelpFormatter.java", "src/test/org/apache/commons/cli/TestHelpFormatter.java", true],
  ["src/java/org/apache/commons/cli/HelpFormatter.java", "src/test/org/apache/commons/cli/HelpFormatterExamples.java", false],
  ["src/Autofac/Builder/ContainerBuilder.cs", "src/Autofac.Tests/Builder/ContainerBuilderFixture.cs", true],
  ["src/EmailValidator/EmailLexer.php", "Tests/EmailValidator/EmailLexerTests.php", true],
  ["pkg/parser.py", "pkg/parser_tests.py", true],
  ["src/main/java/com/acme/Testing.java", "src/test/java/com/acme/TestingTest.java", true],
];

describe("classifyBuiltIn", () => {
  it.each(classification)("%s is %s", (path, kind) => {
    expect(classifyBuiltIn(path)).toBe(kind);
  });
});

describe("testCovers", () => {
  it.each(pairing)("%s ↔ %s: %s", (source, test, expected) => {
    expect(testCovers(test, source)).toBe(expected);
  });

  it("has at least 30 classification and pairing cases", () => {
    expect(classification.length + pairing.length).toBeGreaterThanOrEqual(30);
  });
});

describe("expectedTests", () => {
  it.each([
    ["src/foo/bar.ts", ["src/foo/bar.test.ts", "test/foo/bar.test.ts"]],
    ["pkg/x.go", ["pkg/x_test.go"]],
    ["src/pkg/mod.py", ["tests/test_mod.py", "src/pkg/test_mod.py"]],
    ["src/main/java/com/acme/Foo.java", ["src/test/java/com/acme/FooTest.java"]],
    ["lib/acme/widget.rb", ["spec/acme/widget_spec.rb"]],
    ["src/lib.rs", ["tests/lib.rs", "a #[cfg(test)] module in src/lib.rs"]],
    ["Acme.Core/Widget.cs", ["Acme.Core.Tests/WidgetTests.cs"]],
    ["src/Widget.php", ["tests/WidgetTest.php"]],
    ["packages/api/src/client.ts", ["packages/api/src/client.test.ts", "packages/api/test/client.test.ts"]],
  ])("%s → %j", (source, expected) => {
    expect(expectedTests(source)).toEqual(expected);
  });
  it.each(["src/a.constructor", "lib/b.__proto__", "c.hasOwnProperty"])("%s, named for an Object member, gets the default names", (source) => {
    const names = expectedTests(source);
    expect(Array.isArray(names)).toBe(true);
    for (const n of names) expect(typeof n).toBe("string");
  });
});

describe("sourceStems", () => {
  it("adds the folder's name before the file's (rake's test_rake_thread_pool.rb for lib/rake/thread_pool.rb)", () => {
    expect(sourceStems("lib/rake/thread_pool.rb")).toContain(testStem("test/test_rake_thread_pool.rb"));
    expect(testCovers("test/test_rake_thread_pool.rb", "lib/rake/thread_pool.rb")).toBe(true);
  });
  it("not for a root folder (lib/, src/) or a generic file name", () => {
    expect(sourceStems("lib/widget.rb")).toEqual(["widget", "widgets"]);
    expect(sourceStems("pkg/api/index.ts")).toEqual(["index", "api"]);
  });
  it("adds the plural a test may be named for (solid's test/signals.spec.ts for src/reactive/signal.ts, set 31)", () => {
    expect(sourceStems("packages/solid/src/reactive/signal.ts")).toContain(testStem("packages/solid/test/signals.spec.ts"));
    expect(testCovers("packages/solid/test/signals.spec.ts", "packages/solid/src/reactive/signal.ts")).toBe(true);
    expect(sourceStems("lib/process.rb")).not.toContain("processs");
  });
});
