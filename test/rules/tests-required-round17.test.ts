import { changed, modifiedFile, withTree } from "../helpers/base-head.js";
import { addedFile, change } from "../helpers/make-change.js";
import { testRuleBeforeCalibration as testRule } from "../helpers/pre-calibration.js";

/**
 * Session 17 (#11):
 * - a TypeScript test that calls nothing but declares a type alias or an annotated declaration
 *   asserts through the type checker (zod's `readonly in ZodEnumDef`, judged set 16: "wrong");
 * - a program only its launch tests needs no unit test: a Go `package main` under `internal/`
 *   (zap's `internal/readme/readme.go`), a Java agent's `premain` (mockito's `PremainAttach.java`);
 * - a finding that would ask for a new test file names the existing test that calls the function
 *   the change edits (NLog's `ExtensionTests.cs` for `AssemblyExtensionLoader.GetAutoLoadingFileLocations`);
 * - a source whose new code shares a new name with a source the change's tests cover is plumbing of
 *   the same feature (mockito's `MockMethodAdvice.java` and the new `mockedSingletons`).
 */

const added = (path: string, lines: string[]) => addedFile(path, lines, 1, { status: "added" });
const lines = (...l: string[]) => l.join("\n");

const goTool = (pkg: string) =>
  lines(
    "// Copyright (c) 2016 Uber Technologies, Inc.",
    "",
    `package ${pkg}`,
    "",
    'import "text/template"',
    "",
    "func render(names []string) (string, error) {",
    "\tout := make([]string, 0, len(names))",
    "\tfor _, n := range names {",
    '\t\tif n == "" {',
    '\t\t\treturn "", errEmpty',
    "\t\t}",
    "\t\tout = append(out, n)",
    "\t}",
    '\treturn strings.Join(out, ","), nil',
    "}",
  );
const goTree = ["go.mod", "logger.go", "logger_test.go", "internal/readme/readme.go", "cmd/zap/main.go", "internal/color/color.go"];

const agent = (entry: string) =>
  lines(
    "package org.mockito.internal;",
    "",
    "import java.lang.instrument.Instrumentation;",
    "",
    "public class PremainAttach {",
    "    private static volatile Instrumentation instrumentation;",
    "",
    `    public static void ${entry}(String arg, Instrumentation instrumentation) {`,
    "        if (PremainAttach.instrumentation != null) {",
    "            return;",
    "        }",
    "        PremainAttach.instrumentation = instrumentation;",
    "    }",
    "",
    "    public static Instrumentation getInstrumentation() {",
    "        if (PremainAttach.class.getClassLoader() == ClassLoader.getSystemClassLoader()) {",
    "            return instrumentation;",
    "        }",
    "        return null;",
    "    }",
    "}",
  );
const javaTree = ["build.gradle", "src/main/java/org/mockito/internal/PremainAttach.java", "src/test/java/org/mockito/internal/InOrderImplTest.java"];

const asked = (name: string, path: string, head: string, fileTree: string[]) => ({
  name,
  ...withTree(changed(path, undefined, head), fileTree),
  findings: [{ messageId: "missingTests", path }],
});

/** A small fix inside a function the file had, in C#, Python and Java, with the tests of its package. */
const csBase = lines(
  "namespace Acme.Config",
  "{",
  "    internal static class AssemblyLoader",
  "    {",
  "        internal static IEnumerable<string> GetAutoLoadingLocations()",
  "        {",
  "            var dir = Path.GetDirectoryName(Location);",
  "            yield return dir;",
  "        }",
  "    }",
  "}",
);
const csHead = csBase.replace(
  "            var dir = Path.GetDirectoryName(Location);\n            yield return dir;",
  [
    "            var dir = string.IsNullOrEmpty(Location) ? Location : Path.GetDirectoryName(Location);",
    "            if (!string.IsNullOrEmpty(dir))",
    "            {",
    "                yield return dir;",
    "            }",
    "            if (Location != BaseDirectory)",
    "            {",
    "                yield return BaseDirectory;",
    "            }",
  ].join("\n"),
);
const csTree = [
  "src/Acme/Acme.csproj",
  "src/Acme/Config/AssemblyLoader.cs",
  "src/Acme/Config/ItemFactory.cs",
  "tests/Acme.Tests/Acme.Tests.csproj",
  "tests/Acme.Tests/Config/ItemFactoryTests.cs",
  "tests/Acme.Tests/Config/ExtensionTests.cs",
];
const extensionTests = (call: string) =>
  lines(
    "namespace Acme.Tests.Config",
    "{",
    "    public class ExtensionTests",
    "    {",
    "        [Fact]",
    "        public void Loads()",
    "        {",
    `            ${call}`,
    "        }",
    "    }",
    "}",
  );
const withTests = (c: ReturnType<typeof changed>, tests: Record<string, string>) => ({
  ...c,
  lookups: { ...c.lookups, fileContents: new Map([...c.lookups.fileContents, ...Object.entries(tests)]) },
});
const csCase = (call: string) =>
  withTests(withTree(changed("src/Acme/Config/AssemblyLoader.cs", csBase, csHead), csTree), {
    "tests/Acme.Tests/Config/ItemFactoryTests.cs": extensionTests("Assert.NotNull(ItemFactory.Default);"),
    "tests/Acme.Tests/Config/ExtensionTests.cs": extensionTests(call),
  });

const pyBase = lines("import os", "", "", "def auto_loading_locations(location):", "    yield os.path.dirname(location)", "");
const pyHead = pyBase.replace(
  "    yield os.path.dirname(location)",
  "    directory = os.path.dirname(location) if location else location\n    if directory:\n        yield directory\n    if location != BASE:\n        yield BASE",
);
const pyTree = ["setup.py", "acme/__init__.py", "acme/loader.py", "acme/factory.py", "tests/test_factory.py", "tests/test_extensions.py"];
const pyCase = withTests(withTree(changed("acme/loader.py", pyBase, pyHead), pyTree), {
  "tests/test_factory.py": "def test_default():\n    assert factory.default() is not None",
  "tests/test_extensions.py": "from acme import loader\n\ndef test_locations():\n    assert len(set(loader.auto_loading_locations(HERE))) == 2",
});

/** Several files changed from base to head (base undefined: added), with the tree. */
const several = (files: Array<[string, string | undefined, string]>, fileTree: string[]) => {
  const made = files.map(([path, base, head]) => modifiedFile(path, base, head));
  const merge = (key: "fileContents" | "baseContents") => new Map<string, string>(made.flatMap((m) => [...(m.lookups[key] ?? new Map<string, string>())]));
  return {
    change: change(made.map((m) => m.file)),
    lookups: { issues: new Map(), fileContents: merge("fileContents"), baseContents: merge("baseContents"), fileTree },
  };
};
const makerBase = lines("package acme.core;", "", "public class MockMaker {", "    private final Map<Object, Handler> mocks = new HashMap<>();", "}");
const makerHead = makerBase.replace(
  "}",
  [
    "    private final Map<Object, Handler> mockedSingletons = new HashMap<>();",
    "",
    "    public Control mockSingleton(Object instance) {",
    "        if (instance == null) {",
    '            throw new IllegalArgumentException("instance");',
    "        }",
    "        mockedSingletons.put(instance, new Handler());",
    "        return new Control(instance, mockedSingletons);",
    "    }",
    "}",
  ].join("\n"),
);
const adviceBase = lines(
  "package acme.core.advice;",
  "",
  "public class Advice {",
  "    public Handler handle(Object instance) {",
  "        Handler handler = interceptors.get(instance);",
  "        return handler;",
  "    }",
  "}",
);
const adviceHead = (name: string) =>
  adviceBase.replace(
    "        return handler;",
    [
      "        if (handler == null) {",
      `            Map<Object, Handler> singletons = ${name}.get();`,
      "            handler = singletons != null ? singletons.get(instance) : null;",
      "        }",
      "        return handler;",
    ].join("\n"),
  );
const featureTest = lines(
  "package acme.it;",
  "",
  "public final class SingletonMockTest {",
  "    @Test",
  "    public void mocksTheSingleton() {",
  "        try (Control c = maker.mockSingleton(MyEnum.A)) {",
  "            assertNull(MyEnum.A.foo());",
  "        }",
  "    }",
  "}",
);
const featureTree = [
  "core/build.gradle",
  "core/src/main/java/acme/core/MockMaker.java",
  "core/src/main/java/acme/core/advice/Advice.java",
  "core/src/test/java/acme/core/MockMakerOtherTest.java",
  "integration/build.gradle",
  "integration/src/test/java/acme/it/SingletonMockTest.java",
];
const feature = (name: string) =>
  several(
    [
      ["core/src/main/java/acme/core/MockMaker.java", makerBase, makerHead],
      ["core/src/main/java/acme/core/advice/Advice.java", adviceBase, adviceHead(name)],
      ["integration/src/test/java/acme/it/SingletonMockTest.java", undefined, featureTest],
    ],
    featureTree,
  );

const handlersBase = lines("package kx", "", "public interface Continuation<T> {", "    public fun resume(value: T)", "}");
const handlersHead = (extra: string[]) =>
  lines(
    "package kx",
    "",
    "public interface Continuation<T> {",
    "    public fun resume(value: T)",
    "    public fun invokeOnCancellation(handler: (Throwable?) -> Unit) {",
    "        if (handler != null) handlers.add(handler)",
    "    }",
    ...extra,
    "}",
  );
const futureBase = lines(
  "package kx.future",
  "",
  "public fun Job.cancelFutureOnCompletion(future: Future<*>) {",
  "    invokeOnCompletion { future.cancel(false) }",
  "}",
);
const futureHead = (body: string[]) => lines(futureBase, "", ...body);
const handlersTest = lines(
  "package kx",
  "",
  "class ContinuationTest {",
  "    @Test",
  "    fun testInvokeOnCancellation() {",
  "        assertTrue(cancelled)",
  "    }",
  "}",
);
const kotlinTree = [
  "common/build.gradle",
  "common/src/Continuation.kt",
  "common/test/ContinuationTest.kt",
  "core/build.gradle",
  "core/src/Future.kt",
  "core/test/AwaitTest.kt",
];
const kotlinFeature = (extra: string[], body: string[]) =>
  several(
    [
      ["common/src/Continuation.kt", handlersBase, handlersHead(extra)],
      ["core/src/Future.kt", futureBase, futureHead(body)],
      ["common/test/ContinuationTest.kt", lines("package kx", "", "class ContinuationTest {", "}"), handlersTest],
    ],
    kotlinTree,
  );

testRule("tests-required", {
  valid: [
    {
      name: "Kotlin: a wrapper over the new API a test of the change covers, in another module",
      ...kotlinFeature(
        [],
        [
          "public fun CancellableContinuation<*>.cancelFutureOnCancellation(future: Future<*>) {",
          "    if (this is AbstractContinuation<*>) {",
          "        invokeOnCancellation(handler = CancelFutureOnCancellation(this, future))",
          "    } else {",
          "        invokeOnCancellation { future.cancel(false) }",
          "    }",
          "}",
        ],
      ),
    },
    {
      name: "Java: plumbing for the new map of a source the change's test covers, in another module",
      ...feature("mockedSingletons"),
    },
    {
      name: "TypeScript: a test of type aliases only (the generic's constraint is checked by tsc)",
      change: change([
        added("packages/zod/tests/enum.test.ts", [
          'test("readonly in ZodEnumDef", () => {',
          '  type _a = z.ZodEnum<{ readonly a: "a"; readonly b: "b" }>;',
          '  type _b = z.ZodEnum<{ a: "a"; b: "b" }>;',
          "});",
        ]),
      ]),
    },
    {
      name: "TypeScript: annotated declarations check assignability; a generic alias too",
      change: change([
        added("test/assignability.test.ts", [
          'test("checks", () => {',
          "  const _a: z.core.$ZodCheck = {} as any as z.core.$ZodChecks;",
          "  let _b: Schema<string> = undefined as unknown as StringSchema;",
          "});",
          'it("infers", () => {',
          "  type _Out<T> = z.infer<typeof schema>;",
          "  type cases = [Expect<Equal<Output, string>>];",
          "});",
        ]),
        added("src/types.spec.tsx", ['it("props", () => {', "  const props: ButtonProps = { size: 'small' };", "});"]),
      ]),
    },
    {
      name: "Go: a package main under internal/ is the developers' tool",
      ...withTree(changed("internal/readme/readme.go", undefined, goTool("main")), goTree),
    },
    {
      name: "Java: a Java agent's premain",
      ...withTree(changed("src/main/java/org/mockito/internal/PremainAttach.java", undefined, agent("premain")), javaTree),
    },
    {
      name: "Java: agentmain",
      ...withTree(changed("src/main/java/org/mockito/internal/PremainAttach.java", undefined, agent("agentmain")), javaTree),
    },
  ],
  invalid: [
    {
      name: "Kotlin: a named argument both files pass to a library (`replaceWith = …`) is a library's word, not the feature's",
      ...kotlinFeature(
        ["    public fun describe(value: T): String {", '        return render(value, replaceWith = "?")', "    }"],
        [
          "public fun Job.cancelFutureOnCancel(future: Future<*>) {",
          '    log(render(future, replaceWith = "-"))',
          "    if (this is AbstractJob) {",
          "        register(CancelFuture(this, future))",
          "    } else {",
          "        invokeOnCompletion { future.cancel(false) }",
          "    }",
          "}",
        ],
      ),
      findings: [{ messageId: "missingTests", path: "core/src/Future.kt" }],
    },
    {
      name: "Java: plumbing that shares no new name with the tested source is still asked about",
      ...feature("staticInterceptors"),
      findings: [{ messageId: "missingTests", path: "core/src/main/java/acme/core/advice/Advice.java" }],
    },
    {
      name: "C#: a fix in a function an existing test calls names that test, not a new file",
      ...csCase("Assert.Equal(2, AssemblyLoader.GetAutoLoadingLocations().Distinct().Count());"),
      findings: [
        {
          messageId: "missingTests",
          path: "src/Acme/Config/AssemblyLoader.cs",
          data: { expected: "`tests/Acme.Tests/Config/ExtensionTests.cs`, which calls `GetAutoLoadingLocations`" },
        },
      ],
    },
    {
      name: "Python: the same, with pytest's layout",
      ...pyCase,
      findings: [{ messageId: "missingTests", path: "acme/loader.py", data: { expected: "`tests/test_extensions.py`, which calls `auto_loading_locations`" } }],
    },
    {
      name: "C#: a test that only names the function in its own name is no caller (a new file is asked for)",
      ...csCase("Assert.NotNull(TestGetAutoLoadingLocations());"),
      findings: [
        {
          messageId: "missingTests",
          path: "src/Acme/Config/AssemblyLoader.cs",
          data: { expected: "a test in a new file `tests/Acme.Tests/Config/AssemblyLoaderTests.cs` following `tests/Acme.Tests/Config/ItemFactoryTests.cs`" },
        },
      ],
    },
    {
      name: "TypeScript: plain declarations (no annotation), a plain alias and an empty test still assert nothing",
      change: change([
        added("test/a.test.ts", [
          'it("declares", () => {',
          "  const a = 1;",
          "  let type = 2;",
          "});",
          "test(() => {});",
          'it("aliases", () => {',
          "  type Args = Parameters<typeof run>;",
          "});",
        ]),
      ]),
      findings: [
        { messageId: "noAssertion", path: "test/a.test.ts", line: 1 },
        { messageId: "noAssertion", path: "test/a.test.ts", line: 5 },
        { messageId: "noAssertion", path: "test/a.test.ts", line: 6 },
      ],
    },
    {
      name: "JavaScript: an annotation in a comment is no type check",
      change: change([added("test/a.test.js", ['it("declares", () => {', "  // const a: number = 1;", "});"])]),
      findings: [{ messageId: "noAssertion", path: "test/a.test.js", line: 1 }],
    },
    asked("Go: an internal library package is asked about", "internal/color/color.go", goTool("color"), goTree),
    asked("Go: a command under cmd/ is the product's", "cmd/zap/main.go", goTool("main"), goTree),
    asked(
      "Java: a class whose method is only named premain, without Instrumentation, is asked about",
      "src/main/java/org/mockito/internal/PremainAttach.java",
      agent("premain").replace("(String arg, Instrumentation instrumentation)", "(String arg)"),
      javaTree,
    ),
  ],
});
