import rule from "../../rules/tests-required.js";
import { formatMessage, type Lookups } from "../../src/engine/rule.js";
import { change } from "../helpers/make-change.js";
import { BEFORE_CALIBRATION, testRuleBeforeCalibration as testRule } from "../helpers/pre-calibration.js";
import { rewrittenFile } from "../helpers/rewrite-change.js";
import { layoutOf, packageTestsOf } from "../../src/text/test-layout.js";
import { namesOfLine } from "../../src/analysis/tests-used-already.js";
import type { Change } from "../../src/model/change.js";

// Session 9 (#11): refactors whose behaviour existing tests of the package already run, though they
// are named for another file (`IOUtils` in `IOCaseTest`, a Kotlin `Event` in `ChannelTest`, Go's
// `route.go` in `middleware_test.go`).

/** A source rewritten from `base` to `head` (lines deleted too), in a tree whose existing tests have these texts. */
function rewrite(path: string, base: string[], head: string[], tests: Record<string, string[]>, others: string[] = []): { change: Change; lookups: Lookups } {
  const file = rewrittenFile(path, base, head);
  const texts = Object.entries(tests).map(([p, lines]) => [p, lines.join("\n")] as [string, string]);
  return {
    change: change([file]),
    lookups: {
      issues: new Map(),
      fileContents: new Map([[path, head.join("\n")], ...texts]),
      baseContents: new Map([[path, base.join("\n")]]),
      fileTree: [path, ...Object.keys(tests), ...others],
    },
  };
}

// ---- Kotlin: a data class turned into hand-written equals (turbine's `Event`) ----

const eventBase = [
  "package app.cash.turbine",
  "",
  "public sealed class Event<out T> {",
  "  public data class Error(val throwable: Throwable) : Event<Nothing>() {",
  '    override fun toString(): String = "Error(${throwable::class.simpleName})"',
  "  }",
  "  public data class Item<T>(val value: T) : Event<T>() {",
  '    override fun toString(): String = "Item($value)"',
  "  }",
  "}",
];
const eventHead = [
  "package app.cash.turbine",
  "",
  "public sealed interface Event<out T> {",
  "  public class Error(public val throwable: Throwable) : Event<Nothing> {",
  "    override fun equals(other: Any?): Boolean = other is Error && throwable == other.throwable",
  "    override fun hashCode(): Int = throwable.hashCode()",
  '    override fun toString(): String = "Error(${throwable::class.simpleName})"',
  "  }",
  "  public class Item<T>(public val value: T) : Event<T> {",
  "    override fun equals(other: Any?): Boolean = other is Item<*> && value == other.value",
  "    override fun hashCode(): Int = value.hashCode()",
  '    override fun toString(): String = "Item($value)"',
  "  }",
  "}",
];
const eventSrc = "src/commonMain/kotlin/app/cash/turbine/Event.kt";
const channelTest = "src/commonTest/kotlin/app/cash/turbine/ChannelTest.kt";
const usesEvents = [
  "class ChannelTest {",
  "  @Test fun receivesItems() = runTest {",
  "    assertEquals(Event.Item(1), channel.takeEvent())",
  "    assertEquals(Event.Error(failure), channel.takeEvent())",
  "  }",
  "}",
];
const otherTest = ["class TurbineTest {", "  @Test fun awaitsItems() = runTest {", "    assertEquals(1, flow.awaitItem())", "  }", "}"];

// ---- Go: a method renamed, its caller updated (mux's `GetHandlerWithMiddlewares`) ----

const routeBase = [
  "package mux",
  "",
  "func (r *Route) Match(req *http.Request, match *RouteMatch) bool {",
  "\tif match.Handler == nil {",
  "\t\tmatch.Handler = r.WrapHandlerInMiddlewares(r.handler)",
  "\t}",
  "\treturn true",
  "}",
  "",
  "func (r *Route) WrapHandlerInMiddlewares(handler http.Handler) http.Handler {",
  "\tfor i := len(r.middlewares) - 1; i >= 0; i-- {",
  "\t\thandler = r.middlewares[i].Middleware(handler)",
  "\t}",
  "\treturn handler",
  "}",
];
const routeHead = [
  "package mux",
  "",
  "func (r *Route) Match(req *http.Request, match *RouteMatch) bool {",
  "\tif match.Handler == nil {",
  "\t\tmatch.Handler = r.GetHandlerWithMiddlewares()",
  "\t}",
  "\treturn true",
  "}",
  "",
  "func (r *Route) GetHandlerWithMiddlewares() http.Handler {",
  "\thandler := r.handler",
  "\tfor i := len(r.middlewares) - 1; i >= 0; i-- {",
  "\t\thandler = r.middlewares[i].Middleware(handler)",
  "\t}",
  "\treturn handler",
  "}",
];
const middlewareTest = [
  "package mux",
  "",
  "func TestMiddlewareAdd(t *testing.T) {",
  '\troute := router.HandleFunc("/", handler)',
  "\tvar _ *Route = route",
  "\tif len(router.middlewares) != 1 {",
  '\t\tt.Fatal("Middleware was not added correctly")',
  "\t}",
  "}",
];

testRule("tests-required", {
  valid: [
    {
      name: "Kotlin: a data class turned into hand-written equals, its items compared in ChannelTest (not EventTest)",
      ...rewrite(eventSrc, eventBase, eventHead, { [channelTest]: usesEvents, "src/commonTest/kotlin/app/cash/turbine/TurbineTest.kt": otherTest }),
    },
    {
      name: "Go: a method renamed and its caller updated, the package's middleware_test.go uses its Route",
      ...rewrite("route.go", routeBase, routeHead, { "middleware_test.go": middlewareTest }, ["mux.go"]),
    },
  ],
  invalid: [
    {
      name: "Kotlin: the same rewrite, but no existing test uses Event",
      ...rewrite(eventSrc, eventBase, eventHead, { "src/commonTest/kotlin/app/cash/turbine/TurbineTest.kt": otherTest }),
      findings: [{ messageId: "missingTests", path: eventSrc }],
    },
    {
      name: "Go: the rename also writes a new message: new behaviour, whatever the tests use",
      ...rewrite(
        "route.go",
        routeBase,
        routeHead.map((l) => (l === "\treturn handler" ? '\treturn http.TimeoutHandler(handler, 1, "route timed out")' : l)),
        { "middleware_test.go": middlewareTest },
      ),
      findings: [{ messageId: "missingTests", path: "route.go" }],
    },
    {
      name: "Go: the rename adds a branch (a new path the tests may not take)",
      ...rewrite(
        "route.go",
        routeBase,
        routeHead.flatMap((l) => (l === "\thandler := r.handler" ? [l, "\tif handler == nil {", "\t\thandler = r.fallback", "\t}"] : [l])),
        { "middleware_test.go": middlewareTest },
      ),
      findings: [{ messageId: "missingTests", path: "route.go" }],
    },
    {
      name: "Go: a test that only names the type in its own name (`TestRouteMiddlewares`) uses nothing",
      ...rewrite("route.go", routeBase, routeHead, {
        "middleware_test.go": ["package mux", "", "func TestRouteMiddlewares(t *testing.T) {", "\tt.Skip()", "}"],
      }),
      findings: [{ messageId: "missingTests", path: "route.go" }],
    },
  ],
});

describe("tests-required: the covered summary names the test that uses the refactored code", () => {
  const options = rule.options.parse(BEFORE_CALIBRATION["tests-required"]) as Parameters<typeof rule.check>[1];
  it("names ChannelTest and what it uses", () => {
    const c = rewrite(eventSrc, eventBase, eventHead, { [channelTest]: usesEvents });
    const [info] = rule.check(c.change, options, c.lookups).filter((f) => f.info);
    expect(formatMessage(rule.meta.messages.covered, info.data)).toBe(
      `\`${eventSrc}\` ← \`${channelTest}\` (uses \`Event\`, \`Item\`), which ran this code before the change: it reorganises it without a new function, literal or call`,
    );
  });
});

describe("tests-required laterNeeds: the tests of a rewritten source's package", () => {
  const options = rule.options.parse(BEFORE_CALIBRATION["tests-required"]) as Parameters<NonNullable<typeof rule.laterNeeds>>[1];
  const javaTree = [
    "src/main/java/org/apache/commons/io/IOUtils.java",
    "src/test/java/org/apache/commons/io/IOUtilsTest.java",
    "src/test/java/org/apache/commons/io/IOCaseTest.java",
    "src/test/java/org/apache/commons/io/FileUtilsTest.java",
    "src/test/java/org/apache/commons/io/input/ProxyReaderTest.java",
    "src/test/java/org/apache/commons/io/jmh/IOUtilsContentEqualsBenchmark.java",
    ...Array.from({ length: 20 }, (_, i) => `src/test/java/org/apache/commons/io/Other${i}Test.java`),
  ];
  const java = (status: "modified" | "added") => {
    const c = rewrite(
      "src/main/java/org/apache/commons/io/IOUtils.java",
      ["class IOUtils {", "  int a() { return 1; }", "}"],
      ["class IOUtils {", "  int a() { return 2; }", "}"],
      {},
    );
    c.change.files[0].status = status;
    return { change: c.change, lookups: { ...c.lookups, fileTree: javaTree } };
  };

  it("reads the named test, then the package folder's tests nearest first, at most 12, no benchmark", () => {
    const e = java("modified");
    const read = rule.laterNeeds!(e.change, options, e.lookups);
    expect(read[0]).toBe("src/test/java/org/apache/commons/io/IOUtilsTest.java");
    expect(read).toContain("src/test/java/org/apache/commons/io/IOCaseTest.java");
    expect(read).not.toContain("src/test/java/org/apache/commons/io/input/ProxyReaderTest.java");
    expect(read.some((p) => p.includes("jmh"))).toBe(false);
    expect(read).toHaveLength(13);
  });

  it("reads no package tests for a new file: nothing was there to refactor", () => {
    const e = java("added");
    expect(rule.laterNeeds!(e.change, options, e.lookups)).toEqual(["src/test/java/org/apache/commons/io/IOUtilsTest.java"]);
  });
});

// ---- skips that say why (NSubstitute's `[Ignore("Long running, non-deterministic test…")]`) ----

const threadSpecs = (ignore: string, name = "Check_received_from_other_threads") => [
  "public class MultipleThreads {",
  "    [Test]",
  `    [Ignore("${ignore}")]`,
  `    public void ${name}() {`,
  "        Assert.That(sub.Received(), Is.True);",
  "    }",
  "}",
];
const added = (path: string, lines: string[]) => {
  const { change: c } = rewrite(path, [], lines, {});
  c.files[0].status = "added";
  c.files[0].deletions = 0;
  return c;
};

testRule("tests-required", {
  valid: [
    {
      name: "C#: an [Ignore] whose reason says the test is long running",
      change: added(
        "Source/Acme.Acceptance.Specs/MultipleThreads.cs",
        threadSpecs("Long running, non-deterministic test. Reproduced with CallResults from many threads."),
      ),
    },
    {
      name: "C#: a test named for the issue it reproduces (`Issue_64_…`)",
      change: added(
        "Source/Acme.Acceptance.Specs/MultipleThreads.cs",
        threadSpecs("Not run by default", "Issue_64_check_received_while_calling_from_other_threads"),
      ),
    },
    {
      name: "JavaScript: a comment that says the skipped test is platform specific",
      change: added("lib/__tests__/copy-permissions.test.js", [
        "// pretty UNIX specific, may not pass on windows... only tested on Mac OS X 10.9",
        "it.skip('should maintain file permissions and ownership', function () {",
        "  assert.strictEqual(stat(f).mode, 0o666)",
        "})",
      ]),
    },
    {
      name: "C#: a new test skipped as the file's other tests already were",
      ...(() => {
        const base = threadSpecs("Takes minutes");
        const head = [
          ...base.slice(0, -1),
          "    [Test]",
          '    [Ignore("Not now")]',
          "    public void Configure_from_other_threads() {",
          "        Assert.That(sub.Configured(), Is.True);",
          "    }",
          "}",
        ];
        return rewrite("Source/Acme.Acceptance.Specs/MultipleThreads.cs", base, head, {});
      })(),
    },
  ],
  invalid: [
    {
      name: "C#: an [Ignore] whose reason only promises a look",
      change: added("Source/Acme.Acceptance.Specs/MultipleThreads.cs", threadSpecs("Both are missing something. Gotta look.")),
      findings: [{ messageId: "onlySkipped", path: "Source/Acme.Acceptance.Specs/MultipleThreads.cs", line: 2 }],
    },
    {
      name: "C#: a long-running reason that is still a to-do (`slow and flaky, fix later`)",
      change: added("Source/Acme.Acceptance.Specs/MultipleThreads.cs", threadSpecs("Slow and flaky, fix later")),
      findings: [{ messageId: "onlySkipped", path: "Source/Acme.Acceptance.Specs/MultipleThreads.cs", line: 2 }],
    },
    {
      name: "C#: a test skipped beside the file's ignored ones because it fails is work left, convention or not",
      ...(() => {
        const base = threadSpecs("Takes minutes");
        const head = [
          ...base.slice(0, -1),
          "    [Test]",
          '    [Ignore("FAILS because of CallResults leak")]',
          "    public void Configure_from_other_threads() {",
          "        Assert.That(sub.Configured(), Is.True);",
          "    }",
          "}",
        ];
        return rewrite("Source/Acme.Acceptance.Specs/MultipleThreads.cs", base, head, {});
      })(),
      findings: [{ messageId: "onlySkipped", path: "Source/Acme.Acceptance.Specs/MultipleThreads.cs", line: 7 }],
    },
    {
      name: "JavaScript: a file whose other tests were skipped another way (`it.skip`) sets no convention for `xit`",
      ...rewrite(
        "test/copy.test.js",
        ["it.skip('copies', () => {", "  expect(copy()).toBe(true)", "})"],
        ["it.skip('copies', () => {", "  expect(copy()).toBe(true)", "})", "xit('moves', () => {", "  expect(move()).toBe(true)", "})"],
        {},
      ),
      findings: [{ messageId: "onlySkipped", path: "test/copy.test.js", line: 4 }],
    },
  ],
});

// ---- compatibility modules, and the line a finding sits on ----

const compatBase = [
  "import sys",
  "",
  "py3k = sys.version_info >= (3, 0)",
  "",
  "if py3k:",
  "    from inspect import getfullargspec",
  "",
  "    def inspect_getargspec(func):",
  "        return ArgSpec(*getfullargspec(func)[0:4])",
  "",
];
const vendored = [
  "def inspect_getargspec(func):",
  '    """getargspec based on the vendored getfullargspec."""',
  "    if inspect.ismethod(func):",
  "        func = func.__func__",
  "    if not inspect.isfunction(func):",
  '        raise TypeError("{!r} is not a Python function".format(func))',
  "    co = func.__code__",
  "    varargs = None",
  "    if co.co_flags & inspect.CO_VARARGS:",
  "        varargs = co.co_varnames[co.co_argcount]",
  "    return ArgSpec(list(co.co_varnames), varargs, None, func.__defaults__)",
];
const compatHead = (fn: string[]) => ["import inspect", "import sys", "", "py3k = sys.version_info >= (3, 0)", "", ...fn];
const pyTree = ["tests/test_command.py", "tests/test_config.py"];

testRule("tests-required", {
  valid: [
    {
      name: "Python: a compat module's shim vendored instead of wrapped (alembic's `inspect_getargspec`)",
      ...rewrite("alembic/util/compat.py", compatBase, compatHead(vendored), {}, pyTree),
    },
  ],
  invalid: [
    {
      name: "Python: a compat module that adds a shim it did not have asks, on the line the shim starts",
      ...rewrite(
        "alembic/util/compat.py",
        compatBase,
        [...compatHead(vendored.map((l) => l.replace("inspect_getargspec", "inspect_getfullargspec")))],
        {},
        pyTree,
      ),
      findings: [{ messageId: "missingTests", path: "alembic/util/compat.py", line: 6 }],
    },
    {
      name: "Python: the same rewrite in a module that is not a compat module asks, on the first new line of the rewritten function",
      ...rewrite("alembic/util/argspec.py", compatBase, compatHead(vendored), {}, pyTree),
      findings: [{ messageId: "missingTests", path: "alembic/util/argspec.py", line: 8 }],
    },
  ],
});

// ---- a getter that replaces a constant its callers read (commons-io's `noFollowLinkOptionArray()`) ----

const pathUtilsBase = [
  "package org.apache.commons.io.file;",
  "",
  "public final class PathUtils {",
  "    public static final LinkOption[] NOFOLLOW_LINK_OPTION_ARRAY = { LinkOption.NOFOLLOW_LINKS };",
  "",
  "    public static PathCounters deleteFile(final Path file) throws IOException {",
  "        return deleteFile(file, NOFOLLOW_LINK_OPTION_ARRAY);",
  "    }",
  "}",
];
const pathUtilsHead = (getter: string) => [
  "package org.apache.commons.io.file;",
  "",
  "public final class PathUtils {",
  "    @Deprecated",
  "    public static final LinkOption[] NOFOLLOW_LINK_OPTION_ARRAY = { LinkOption.NOFOLLOW_LINKS };",
  "",
  "    public static LinkOption[] noFollowLinkOptionArray() {",
  `        ${getter}`,
  "    }",
  "",
  "    public static PathCounters deleteFile(final Path file) throws IOException {",
  "        return deleteFile(file, noFollowLinkOptionArray());",
  "    }",
  "}",
];
const pathUtilsTest = {
  "src/test/java/org/apache/commons/io/file/PathUtilsTest.java": [
    "class PathUtilsTest {",
    "  @Test void deletes() {",
    "    assertEquals(1, PathUtils.deleteFile(tempFile).getFileCounter().get());",
    "  }",
    "}",
  ],
};
const pathUtilsSrc = "src/main/java/org/apache/commons/io/file/PathUtils.java";

testRule("tests-required", {
  valid: [
    {
      name: "Java: a getter that hands out a copy of the constant it deprecates, its callers moved to it",
      ...rewrite(pathUtilsSrc, pathUtilsBase, pathUtilsHead("return NOFOLLOW_LINK_OPTION_ARRAY.clone();"), pathUtilsTest),
    },
  ],
  invalid: [
    {
      name: "Java: a new function that computes what the callers read is new API",
      ...rewrite(pathUtilsSrc, pathUtilsBase, pathUtilsHead("return Arrays.copyOf(NOFOLLOW_LINK_OPTION_ARRAY, LIMIT);"), pathUtilsTest),
      findings: [{ messageId: "missingTests", path: pathUtilsSrc, line: 7 }],
    },
  ],
});

describe("packageTestsOf: where a source's package keeps its tests, nearest first", () => {
  const of = (source: string, tree: string[], limit = 3) => packageTestsOf(source, layoutOf([source, ...tree]), limit);

  it("C#: the matching `*.Tests` project's folder before the other test projects", () => {
    const tree = [
      "src/Acme/Acme.csproj",
      "tests/Acme.Tests/Acme.Tests.csproj",
      "tests/Acme.Tests/Routing/RouteSpecs.cs",
      "tests/Acme.Tests/Routing/HandlerSpecs.cs",
      "tests/Acme.Tests/ConfigTests.cs",
      "tests/Other.Tests/Routing/RouteSpecs.cs",
    ];
    expect(of("src/Acme/Routing/Router.cs", tree, 2)).toEqual(["tests/Acme.Tests/Routing/RouteSpecs.cs", "tests/Acme.Tests/Routing/HandlerSpecs.cs"]);
  });

  it("Python: the project's tests folder, the closest names first", () => {
    const tree = ["pyproject.toml", "tests/test_panel.py", "tests/test_progress_bar.py", "tests/test_text.py", "docs/examples/progress_demo.py"];
    expect(of("rich/progress.py", tree, 2)).toEqual(["tests/test_progress_bar.py", "tests/test_panel.py"]);
  });

  it("Go: only the package's own folder", () => {
    const tree = ["go.mod", "middleware_test.go", "mux_test.go", "example_route_test.go", "sub/sub_test.go"];
    expect(of("route.go", tree)).toEqual(["middleware_test.go", "mux_test.go"]);
  });

  it("Kotlin: the test source set that mirrors the main one", () => {
    const tree = [
      "src/commonTest/kotlin/app/cash/turbine/ChannelTest.kt",
      "src/jvmTest/kotlin/app/cash/turbine/JvmTest.kt",
      "src/commonTest/kotlin/app/cash/other/OtherTest.kt",
    ];
    expect(of("src/commonMain/kotlin/app/cash/turbine/Event.kt", tree, 2)).toEqual([
      "src/commonTest/kotlin/app/cash/turbine/ChannelTest.kt",
      "src/jvmTest/kotlin/app/cash/turbine/JvmTest.kt",
    ]);
  });
});

describe("namesOfLine: the code a line belongs to", () => {
  it("Rust: a method in an `impl … for` block belongs to its type", () => {
    const lines = ["impl<T> Stream for Body<T> {", "    fn poll_next(&mut self) -> Poll<T> {", "        self.inner.poll()", "    }", "}"];
    const fn = { name: "poll_next", kind: "method", start: 2, end: 4 } as Parameters<typeof namesOfLine>[2][number];
    expect(namesOfLine(3, lines, [fn])).toEqual({ functions: ["poll_next"], types: ["Body"] });
  });

  it("Java: a nested class before the file's class", () => {
    const lines = [
      "public class IOUtils {",
      "    static final class ScratchBytes {",
      "        byte[] array() {",
      "            return buffer;",
      "        }",
      "    }",
      "}",
    ];
    const fn = { name: "array", kind: "method", start: 3, end: 5 } as Parameters<typeof namesOfLine>[2][number];
    expect(namesOfLine(4, lines, [fn])).toEqual({ functions: ["array"], types: ["ScratchBytes", "IOUtils"] });
  });
});
