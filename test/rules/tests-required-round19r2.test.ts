import { editsIn, titledEdits } from "../helpers/edits.js";
import { testRule } from "../helpers/rule-tester.js";

/**
 * Session 19, round 2 (#11), judged on set 19:
 * - new test cases the change adds to a project that only holds tests (tRPC's `packages/tests/`,
 *   MapStruct's `integrationtest/`) are the change's tests of its sources in other projects;
 * - a new type one source declares, which a covered source of the same change newly uses, is run by
 *   that source's tests (ktor's `LineEndingMode`, used by the HTTP parser `ChunkedTest` exercises).
 */
const lines = (...l: string[]) => l;

// TypeScript: a fix in the server package, its regression test in the tests-only package.
const resolveBase = lines("export function resolve(proc: any, data: unknown) {", "  if (!proc) return undefined", "  return { data }", "}");
const resolveHead = lines(
  "export function resolve(proc: any, data: unknown) {",
  "  if (!proc) return undefined",
  "  return { data }",
  "}",
  "",
  "export function streamUntilAborted(stream: ReadableStream, signal?: AbortSignal) {",
  "  if (!signal) return stream",
  "  const reader = stream.getReader()",
  "  if (signal.aborted) {",
  "    void reader.cancel()",
  "  } else {",
  "    signal.addEventListener('abort', () => void reader.cancel(), { once: true })",
  "  }",
  "  return new ReadableStream({ pull: async (c) => c.enqueue((await reader.read()).value) })",
  "}",
);
const linkTestBase = lines("import { test, expect } from 'vitest'", "", "test('connects', async () => {", "  expect(await connect()).toBe(true)", "})");
const linkTestNewCase = lines(
  ...linkTestBase,
  "",
  "test('regression #7094: reconnects after the maximum duration', async () => {",
  "  const results = await subscribeTwice()",
  "  expect(results).toEqual([1, 2])",
  "})",
);
const linkTestEdited = lines("import { test, expect } from 'vitest'", "", "test('connects', async () => {", "  expect(await connect()).toBe(1)", "})");
const tsTree = (testPath: string) => [
  "package.json",
  "packages/server/package.json",
  "packages/server/src/resolve.ts",
  "packages/server/src/other.test.ts",
  "packages/client/package.json",
  "packages/tests/package.json",
  testPath,
];
const ts = (testPath: string, testHead: string[], title = "fix: SSE subscriptions reconnect after maxDurationMs (#7094)") =>
  titledEdits(tsTree(testPath), title, ["packages/server/src/resolve.ts", resolveBase, resolveHead], [testPath, linkTestBase, testHead]);

// Java: record support in the processor, tested by a case added to the integration-test project.
const filtersBase = lines(
  "package org.acme.util;",
  "public class Filters {",
  "    public List<Element> methodsIn(List<Element> elements) {",
  "        return elements;",
  "    }",
  "}",
);
const filtersHead = lines(
  ...filtersBase.slice(0, 5),
  "    public List<Element> recordsIn(TypeElement type) {",
  "        if (type == null) {",
  "            return Collections.emptyList();",
  "        }",
  "        return type.getRecordComponents();",
  "    }",
  "}",
);
const recordsTest = lines(
  "package org.acme.itest.records;",
  "import org.junit.Test;",
  "public class RecordsTest {",
  "    @Test",
  "    public void shouldMapRecord() {",
  '        CustomerEntity customer = CustomerMapper.INSTANCE.fromRecord(new CustomerDto("Kermit"));',
  '        assertEquals("Kermit", customer.getName());',
  "    }",
  "}",
);
const java = (testRoot: string, testName = "RecordsTest") =>
  editsIn([
    "pom.xml",
    "processor/pom.xml",
    "processor/src/main/java/org/acme/util/Filters.java",
    "processor/src/test/java/org/acme/util/NativeTypesTest.java",
    `${testRoot}/pom.xml`,
  ])(
    ["processor/src/main/java/org/acme/util/Filters.java", filtersBase, filtersHead],
    [`${testRoot}/src/test/java/org/acme/itest/records/${testName}.java`, undefined, recordsTest],
  );

// Kotlin: a new line-ending type in the io module, used by the HTTP parser whose test gains a case.
const modeHead = lines(
  "package io.acme.io",
  "public value class LineEndingMode private constructor(private val mode: Int) {",
  "    public operator fun contains(other: LineEndingMode): Boolean = mode or other.mode == mode",
  "    public operator fun plus(other: LineEndingMode): LineEndingMode = LineEndingMode(mode or other.mode)",
  "    override fun toString(): String = when (this) {",
  '        CR -> "CR"',
  '        LF -> "LF"',
  '        else -> "CRLF"',
  "    }",
  "}",
);
const parserBase = lines(
  "package io.acme.http",
  "suspend fun parseLine(input: Input, builder: StringBuilder): Boolean {",
  "    if (!input.readLineTo(builder, LIMIT)) return false",
  "    return true",
  "}",
);
const parserUsing = lines(
  "package io.acme.http",
  "internal val httpLineEndings: LineEndingMode = LineEndingMode.CRLF + LineEndingMode.LF",
  "suspend fun parseLine(input: Input, builder: StringBuilder): Boolean {",
  "    if (!input.readLineTo(builder, LIMIT, httpLineEndings)) return false",
  "    if (builder.isEmpty()) throw IOException()",
  "    return true",
  "}",
);
const parserNotUsing = lines(
  "package io.acme.http",
  "suspend fun parseLine(input: Input, builder: StringBuilder): Boolean {",
  "    if (!input.readLineTo(builder, LIMIT)) return false",
  "    if (builder.isEmpty()) throw IOException()",
  "    return true",
  "}",
);
const chunkedBase = lines(
  "package io.acme.http",
  "class ChunkedTest {",
  "    @Test",
  "    fun testEmpty() {",
  '        assertEquals(0, decode("0\\r\\n"))',
  "    }",
  "}",
);
const chunkedHead = lines(
  ...chunkedBase.slice(0, 6),
  "    @Test",
  "    fun testCrLineEnding() {",
  '        assertFailsWith<IOException> { decode("3\\r\\n123\\r0\\r\\n") }',
  "    }",
  "}",
);
const chunkedEdited = [...chunkedBase.slice(0, 4), '        assertEquals(0, decode("0\\n"))', ...chunkedBase.slice(5)];
const kotlin = (parserHead: string[], testHead = chunkedHead) =>
  editsIn([
    "settings.gradle.kts",
    "io/build.gradle.kts",
    "io/src/main/kotlin/io/acme/io/LineEndingMode.kt",
    "io/src/test/kotlin/io/acme/io/ByteChannelTest.kt",
    "http/build.gradle.kts",
    "http/src/main/kotlin/io/acme/http/HttpParser.kt",
    "http/src/test/kotlin/io/acme/http/ChunkedTest.kt",
  ])(
    ["io/src/main/kotlin/io/acme/io/LineEndingMode.kt", undefined, modeHead],
    ["http/src/main/kotlin/io/acme/http/HttpParser.kt", parserBase, parserHead],
    ["http/src/test/kotlin/io/acme/http/ChunkedTest.kt", chunkedBase, testHead],
  );

// Go: a rewrite of replication around a new function of real logic, in a package whose file has no test.
const replBase = lines(
  "package raft",
  "",
  "func (r *Raft) replicate(s *followerReplication) {",
  "\tfor {",
  "\t\tselect {",
  "\t\tcase <-s.trigger:",
  "\t\t\tlast := r.getLastLogIndex()",
  "\t\t\treq := AppendEntriesRequest{Term: r.getCurrentTerm(), Leader: r.localAddr}",
  "\t\t\tfor i := s.nextIndex; i <= last; i++ {",
  "\t\t\t\tentry := new(Log)",
  "\t\t\t\tr.logs.GetLog(i, entry)",
  "\t\t\t\treq.Entries = append(req.Entries, entry)",
  "\t\t\t}",
  "\t\t\tvar resp AppendEntriesResponse",
  "\t\t\tr.trans.AppendEntries(s.peer, &req, &resp)",
  "\t\t\ts.nextIndex = last + 1",
  "\t\t\ts.matchIndex = last",
  "\t\t\tr.notifyCommit(s.peer, last)",
  '\t\t\tr.logger.Printf("replicated to %v", last)',
  '\t\t\tr.metrics.Incr("replicate")',
  "\t\tcase <-s.stop:",
  "\t\t\treturn",
  "\t\t}",
  "\t}",
  "}",
);
const replicateTo = lines(
  "func (r *Raft) replicateTo(s *followerReplication, lastIndex uint64) bool {",
  "\tvar req AppendEntriesRequest",
  "\tvar resp AppendEntriesResponse",
  "\treq.Term = r.getCurrentTerm()",
  "\treq.Leader = r.localAddr",
  "\tif s.nextIndex == 1 {",
  "\t\treq.PrevLogEntry = 0",
  "\t\treq.PrevLogTerm = 0",
  "\t} else {",
  "\t\tvar l Log",
  "\t\tif err := r.logs.GetLog(s.nextIndex-1, &l); err != nil {",
  "\t\t\treturn true",
  "\t\t}",
  "\t\treq.PrevLogEntry = l.Index",
  "\t\treq.PrevLogTerm = l.Term",
  "\t}",
  "\tmaxIndex := min(s.nextIndex+uint64(r.conf.MaxAppendEntries)-1, lastIndex)",
  "\tfor i := s.nextIndex; i <= maxIndex; i++ {",
  "\t\toldLog := new(Log)",
  "\t\tif err := r.logs.GetLog(i, oldLog); err != nil {",
  "\t\t\treturn true",
  "\t\t}",
  "\t\treq.Entries = append(req.Entries, oldLog)",
  "\t}",
  "\tif err := r.trans.AppendEntries(s.peer, &req, &resp); err != nil {",
  "\t\treturn true",
  "\t}",
  "\tif resp.Term > req.Term {",
  "\t\treturn false",
  "\t}",
  "\tif resp.Success {",
  "\t\ts.matchIndex = maxIndex",
  "\t\ts.nextIndex = maxIndex + 1",
  "\t} else if s.nextIndex > 1 {",
  "\t\ts.nextIndex--",
  "\t}",
  "\treturn true",
  "}",
);
const smallHelper = lines(
  "func (r *Raft) replicateTo(s *followerReplication, lastIndex uint64) bool {",
  '\tif lastIndex == 0 || s.peer == "" {',
  "\t\treturn false",
  "\t}",
  "\treturn r.sendAll(s.peer) == nil",
  "}",
);
const replHead = (fn: string[]) =>
  lines(
    "package raft",
    "",
    "func (r *Raft) replicate(s *followerReplication) {",
    "\tfor range s.trigger {",
    "\t\tif !r.replicateTo(s, r.lastIndex()) {",
    "\t\t\treturn",
    "\t\t}",
    "\t}",
    "}",
    "",
    ...fn,
  );
const goRewrite = (fn: string[], path = "raft.go") => editsIn(["go.mod", path, "util.go", "util_test.go"])([path, replBase, replHead(fn)]);

// Kotlin: a view's change, whose only near-named test file is a double `TestMvRxViewModel.kt` among `*Test.kt`s.
const viewBase = lines("package com.acme.mvrx", "interface MvRxView {", "    fun invalidate()", "}");
const viewHead = lines(
  "package com.acme.mvrx",
  "interface MvRxView {",
  "    fun invalidate()",
  "    fun <S : MvRxState> BaseMvRxViewModel<S>.subscribe(subscriber: (S) -> Unit) {",
  "        if (isActive) subscribe(this@MvRxView, subscriber = subscriber)",
  "        else pending.add(subscriber)",
  "    }",
  "}",
);
const kotlinView = (...tests: string[]) =>
  editsIn(["build.gradle", "mvrx/src/main/kotlin/com/acme/mvrx/MvRxView.kt", ...tests.map((t) => `mvrx/src/test/kotlin/com/acme/mvrx/${t}`)])([
    "mvrx/src/main/kotlin/com/acme/mvrx/MvRxView.kt",
    viewBase,
    viewHead,
  ]);

// Python: ExitStack backported into the compatibility folder, named for the standard library's module.
const exitStack = lines(
  "import sys",
  "from collections import deque",
  "",
  "",
  "class ExitStack(object):",
  "    def __init__(self):",
  "        self._exit_callbacks = deque()",
  "",
  "    def push(self, exit):",
  "        if hasattr(exit, '__exit__'):",
  "            self._exit_callbacks.append(exit.__exit__)",
  "        else:",
  "            self._exit_callbacks.append(exit)",
  "        return exit",
  "",
  "    def __exit__(self, *exc_details):",
  "        received_exc = exc_details[0] is not None",
  "        while self._exit_callbacks:",
  "            cb = self._exit_callbacks.pop()",
  "            if cb(*exc_details):",
  "                received_exc = False",
  "        return received_exc",
);
const py = (path: string) => editsIn(["setup.py", "piptools/writer.py", "tests/test_writer.py", path])([path, undefined, exitStack]);

testRule(
  "tests-required",
  {
    valid: [
      { name: "TypeScript: a new case in the tests-only package covers the server's fix", ...ts("packages/tests/server/link.test.ts", linkTestNewCase) },
      { name: "Java: a new records test in the integrationtest project covers the processor", ...java("integrationtest") },
      { name: "Java: in an integration-tests project too", ...java("integration-tests") },
      { name: "Kotlin: the new type, used by the parser whose test gains a case", ...kotlin(parserUsing) },
      { name: "Go: a rewrite that only splits out a small helper stays a rewrite", ...goRewrite(smallHelper) },
      { name: "Go: a rewrite with new logic in a package without tests (a command's harness) stays a rewrite", ...goRewrite(replicateTo, "cmd/suite/raft.go") },
      { name: "Python: contextlib backported into _compat/", ...py("piptools/_compat/contextlib.py") },
      { name: "Python: functools backported into backports/", ...py("piptools/backports/functools.py") },
    ],
    invalid: [
      {
        name: "TypeScript: the tests-only package's edit adds no case (an assertion changed)",
        ...ts("packages/tests/server/link.test.ts", linkTestEdited),
        findings: [{ messageId: "missingTests", path: "packages/server/src/resolve.ts" }],
      },
      {
        name: "TypeScript: a new case in the tests-only package citing no issue the change cites is another feature's",
        ...ts("packages/tests/server/link.test.ts", linkTestNewCase, "fix: SSE subscriptions reconnect after maxDurationMs (#7100)"),
        findings: [{ messageId: "missingTests", path: "packages/server/src/resolve.ts" }],
      },
      {
        name: "Java: a test named for another feature in the integration project is that feature's",
        ...java("integrationtest", "LocalesTest"),
        findings: [{ messageId: "missingTests", path: "processor/src/main/java/org/acme/util/Filters.java" }],
      },
      {
        name: "TypeScript: a new case in another product's package is that package's test",
        ...ts("packages/client/test/link.test.ts", linkTestNewCase),
        findings: [{ messageId: "missingTests", path: "packages/server/src/resolve.ts" }],
      },
      {
        name: "Java: a new test in a sample project is the sample's",
        ...java("samples"),
        findings: [{ messageId: "missingTests", path: "processor/src/main/java/org/acme/util/Filters.java" }],
      },
      {
        name: "Kotlin: the parser does not use the new type, so its test does not run it",
        ...kotlin(parserNotUsing),
        findings: [{ messageId: "missingTests", path: "io/src/main/kotlin/io/acme/io/LineEndingMode.kt" }],
      },
      {
        name: "Go: a rewrite around a new function of real logic is new behaviour",
        ...goRewrite(replicateTo),
        findings: [{ messageId: "missingTests", path: "raft.go" }],
      },
      {
        name: "Kotlin: a TestFoo double among FooTest tests is no test to update",
        ...kotlinView("TestMvRxViewModel.kt", "AsyncTest.kt", "MvRxStateStoreTest.kt"),
        findings: [
          {
            messageId: "missingTests",
            path: "mvrx/src/main/kotlin/com/acme/mvrx/MvRxView.kt",
            data: { expected: "a test that covers it" },
          },
        ],
      },
      {
        name: "Kotlin: where the folder's tests are named TestFoo, TestMvRxViewModel.kt is a test",
        ...kotlinView("TestMvRxViewModel.kt", "TestAsync.kt", "TestStateStore.kt"),
        findings: [
          {
            messageId: "missingTests",
            path: "mvrx/src/main/kotlin/com/acme/mvrx/MvRxView.kt",
            data: { expected: "`mvrx/src/test/kotlin/com/acme/mvrx/TestMvRxViewModel.kt`" },
          },
        ],
      },
      {
        name: "Python: a compat module named for no standard-library module is the project's own",
        ...py("piptools/_compat/stacks.py"),
        findings: [{ messageId: "missingTests", path: "piptools/_compat/stacks.py" }],
      },
      {
        name: "Python: a module named contextlib outside a compatibility folder is the project's own",
        ...py("piptools/contextlib.py"),
        findings: [{ messageId: "missingTests", path: "piptools/contextlib.py" }],
      },
      {
        name: "Kotlin: the parser's test only edits an assertion: a new class it wires in is not tested by that",
        ...kotlin(parserUsing, chunkedEdited),
        findings: [{ messageId: "missingTests", path: "io/src/main/kotlin/io/acme/io/LineEndingMode.kt" }],
      },
    ],
  },
  // The finer shapes of tied cases; a new case anywhere covers the change by default since session 20 (see tests-required-cases-elsewhere).
  { new_cases_cover: false },
);
