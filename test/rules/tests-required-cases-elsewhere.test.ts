import { editsIn } from "../helpers/edits.js";
import { testRule } from "../helpers/rule-tester.js";

/**
 * Session 20 (#11), calibrated on sets 11-19: a change that adds a test case that can fail, in any
 * test file of the source's language, is taken as tested (`new_cases_cover`). Every judged
 * missing-tests finding in such a change was noise (ktor's `LineEndingMode` run by another
 * module's `ChunkedTest`, mockito's advice by a new integration-module test, feign's `Expressions`
 * by spring4's new cases). A skipped case, one that asserts nothing, or an edited one does not count.
 */
const lines = (...l: string[]) => l;

// TypeScript: a fix in the server package, a regression case in the client package's tests.
const resolveBase = lines("export function resolve(proc: any, data: unknown) {", "  return { data }", "}");
const resolveHead = lines(
  ...resolveBase,
  "",
  "export function retries(events: Array<{ kind: string }>): number {",
  "  let count = 0",
  "  for (const e of events) {",
  "    if (e.kind === 'abort' || e.kind === 'timeout') count++",
  "  }",
  "  return count",
  "}",
);
const linkBase = lines("import { test, expect } from 'vitest'", "", "test('connects', async () => {", "  expect(await connect()).toBe(true)", "})");
const linkCase = (head: string) =>
  lines(...linkBase, "", `${head}('reconnects after an abort', async () => {`, "  expect(await reconnect()).toEqual([1, 2])", "})");
const linkEmpty = lines(...linkBase, "", "test('reconnects after an abort', () => {", "})");
const linkEdited = lines("import { test, expect } from 'vitest'", "", "test('connects', async () => {", "  expect(await connect()).toBe(1)", "})");
const pyCase = lines("def test_release_notes():", "    assert notes('1.0') == 'v1.0'");
const ts = (testHead: string[], ...extra: Array<[string, string[] | undefined, string[]]>) =>
  editsIn([
    "package.json",
    "packages/server/package.json",
    "packages/server/src/resolve.ts",
    "packages/server/src/other.test.ts",
    "packages/client/package.json",
    "packages/client/test/link.test.ts",
    "tools/pyproject.toml",
    "tools/tests/test_release.py",
  ])(["packages/server/src/resolve.ts", resolveBase, resolveHead], ["packages/client/test/link.test.ts", linkBase, testHead], ...extra);

// Kotlin: a branch added in the core module, a new case in another module's test.
const contentBase = lines("package io.acme.content", "fun etag(file: File): String {", "    return file.name", "}");
const contentHead = lines(
  ...contentBase,
  "fun weakEtags(files: List<File>): List<String> {",
  "    val out = mutableListOf<String>()",
  "    for (file in files) {",
  '        if (file.isDirectory) out.add("W/" + file.name) else out.add(file.name)',
  "    }",
  "    return out",
  "}",
);
const staticBase = lines(
  "package io.acme.tests",
  "class StaticContentTest {",
  "    @Test",
  "    fun serves() {",
  "        assertEquals(200, get())",
  "    }",
  "}",
);
const staticCase = lines(...staticBase.slice(0, 6), "    @Test", "    fun customEtag() {", '        assertEquals("dir-a", etagOf("a"))', "    }", "}");
const kotlin = (testHead: string[]) =>
  editsIn([
    "settings.gradle.kts",
    "core/build.gradle.kts",
    "core/src/main/kotlin/io/acme/content/Content.kt",
    "core/src/test/kotlin/io/acme/content/RangesTest.kt",
    "server-tests/build.gradle.kts",
    "server-tests/src/test/kotlin/io/acme/tests/StaticContentTest.kt",
  ])(
    ["core/src/main/kotlin/io/acme/content/Content.kt", contentBase, contentHead],
    ["server-tests/src/test/kotlin/io/acme/tests/StaticContentTest.kt", staticBase, testHead],
  );

// Python: new code in the core project, a new case in the command-line project's tests.
const pyBase = lines("def load(path):", "    return open(path).read()");
const pyHead = lines(
  ...pyBase,
  "",
  "",
  "def load_all(paths):",
  "    out = []",
  "    for path in paths:",
  "        if path.endswith('.gz'):",
  "            out.append(gzip.open(path).read())",
  "        else:",
  "            out.append(load(path))",
  "    return out",
);
const itBase = lines("def test_cli_runs(cli):", "    assert cli('--help').exit_code == 0");
const itCase = lines(...itBase, "", "", "def test_cli_reads_gzip(cli, tmp_path):", "    assert cli(str(tmp_path / 'a.gz')).exit_code == 0");
const itSkipped = lines(
  ...itBase,
  "",
  "",
  "@pytest.mark.skip",
  "def test_cli_reads_gzip(cli, tmp_path):",
  "    assert cli(str(tmp_path / 'a.gz')).exit_code == 0",
);
const python = (testHead: string[]) =>
  editsIn(["core/pyproject.toml", "core/pkg/io.py", "core/tests/test_core.py", "cli/pyproject.toml", "cli/tests/test_cli.py"])(
    ["core/pkg/io.py", pyBase, pyHead],
    ["cli/tests/test_cli.py", itBase, testHead],
  );

testRule("tests-required", {
  valid: [
    { name: "TypeScript: a new case in another package's tests", ...ts(linkCase("test")) },
    { name: "Kotlin: a new case in the server-tests module", ...kotlin(staticCase) },
    { name: "Python: a new case in another project's tests", ...python(itCase) },
  ],
  invalid: [
    {
      name: "TypeScript: the new case is skipped",
      ...ts(linkCase("test.skip")),
      findings: [{ messageId: "missingTests", path: "packages/server/src/resolve.ts" }],
    },
    {
      name: "TypeScript: the new case asserts nothing (a pull request cannot switch the check off with an empty test)",
      ...ts(linkEmpty),
      findings: [{ messageId: "missingTests", path: "packages/server/src/resolve.ts" }],
    },
    {
      name: "TypeScript: an edited assertion is no new case",
      ...ts(linkEdited),
      findings: [{ messageId: "missingTests", path: "packages/server/src/resolve.ts" }],
    },
    {
      name: "TypeScript: a new Python case does not test TypeScript code",
      ...ts(linkBase, ["tools/tests/test_release.py", undefined, pyCase]),
      findings: [{ messageId: "missingTests", path: "packages/server/src/resolve.ts" }],
    },
    {
      name: "Python: a skipped new case",
      ...python(itSkipped),
      findings: [{ messageId: "missingTests", path: "core/pkg/io.py" }],
    },
    {
      name: "Kotlin: with new_cases_cover off (strict), pairing alone decides",
      ...kotlin(staticCase),
      options: { new_cases_cover: false },
      findings: [{ messageId: "missingTests", path: "core/src/main/kotlin/io/acme/content/Content.kt" }],
    },
  ],
});
