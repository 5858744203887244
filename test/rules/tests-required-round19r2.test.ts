import { editsIn } from "../helpers/edits.js";
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
  "test('regression: reconnects after the maximum duration', async () => {",
  "  const results = await subscribeTwice()",
  "  expect(results).toEqual([1, 2])",
  "})",
);
const linkTestEdited = lines("import { test, expect } from 'vitest'", "", "test('connects', async () => {", "  expect(await connect()).toBe(1)", "})");
const ts = (testPath: string, testHead: string[]) =>
  editsIn([
    "package.json",
    "packages/server/package.json",
    "packages/server/src/resolve.ts",
    "packages/server/src/other.test.ts",
    "packages/client/package.json",
    "packages/tests/package.json",
    testPath,
  ])(["packages/server/src/resolve.ts", resolveBase, resolveHead], [testPath, linkTestBase, testHead]);

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
  "    public List<Element> recordComponentsIn(TypeElement type) {",
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
const java = (testRoot: string) =>
  editsIn([
    "pom.xml",
    "processor/pom.xml",
    "processor/src/main/java/org/acme/util/Filters.java",
    "processor/src/test/java/org/acme/util/NativeTypesTest.java",
    `${testRoot}/pom.xml`,
  ])(
    ["processor/src/main/java/org/acme/util/Filters.java", filtersBase, filtersHead],
    [`${testRoot}/src/test/java/org/acme/itest/records/RecordsTest.java`, undefined, recordsTest],
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
const kotlin = (parserHead: string[]) =>
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
    ["http/src/test/kotlin/io/acme/http/ChunkedTest.kt", chunkedBase, chunkedHead],
  );

testRule("tests-required", {
  valid: [
    { name: "TypeScript: a new case in the tests-only package covers the server's fix", ...ts("packages/tests/server/link.test.ts", linkTestNewCase) },
    { name: "Java: a new records test in the integrationtest project covers the processor", ...java("integrationtest") },
    { name: "Java: in an integration-tests project too", ...java("integration-tests") },
    { name: "Kotlin: the new type, used by the parser whose test gains a case", ...kotlin(parserUsing) },
  ],
  invalid: [
    {
      name: "TypeScript: the tests-only package's edit adds no case (an assertion changed)",
      ...ts("packages/tests/server/link.test.ts", linkTestEdited),
      findings: [{ messageId: "missingTests", path: "packages/server/src/resolve.ts" }],
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
  ],
});
