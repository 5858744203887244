import type { Lookups } from "../engine/rule.js";
import type { ChangedFile } from "../model/change.js";
import { baseFacts, baseText, headText, parseShared } from "../syntax/change-facts.js";
import { syntaxLanguageOf } from "../syntax/grammars.js";
import { lineFacts } from "../syntax/line-view.js";
import { isNotAnalysed } from "../syntax/parse-file.js";
import type { FileFacts, FunctionFact, LanguageId, TestCaseFact } from "../syntax/facts.js";
import { withoutArguments } from "../syntax/language-spec.js";
import { specs } from "../syntax/languages/index.js";
import { isTestInput } from "../text/test-conventions.js";
import { linesOf } from "../text/text-lines.js";

/** What a new test case did wrong, if anything; where to say it. */
export interface TestVerdict {
  kind: "noAssertion" | "focused";
  line: number;
}

/** A test file with the facts of its whole text at head, and the text itself. */
interface ParsedFile {
  file: ChangedFile;
  facts: FileFacts;
  lines: string[];
}

/** How deep calls are followed into helpers that may hold the assertion. */
const HELPER_DEPTH = 4;

/**
 * A helper that is not in view (imported from an unchanged file) but whose name says it checks:
 * `checkOutput`, `verifyTree`, `ensureParsed`, `expectSuccess`, `compareWith`, `mustParse`.
 */
const CHECKING_NAME = /(^|[._])(check|verify|ensure|expect|assert|must|compare|validate|should|require|same|equal|match)/i;

/**
 * The test cases a change added to its test files, judged as a reviewer would: a case asserts
 * through an assertion, an expected-exception or snapshot idiom, a helper it hands the test handle
 * to, or a helper (same file, or a test file of the change) that asserts. A case counts as added
 * only when its declaration line is added and its body is not already at base (moved, reformatted).
 */
export function judgeAddedTests(testFiles: ChangedFile[], before: ChangedFile[], found: Lookups): Map<ChangedFile, AddedTests> {
  const parsed = testFiles.map((file) => parseHead(file, found)).filter((p): p is ParsedFile => p !== undefined);
  const helpers = helperIndex(parsed);
  const { previous, skippedBodies } = previousBodies(before, found);
  const out = new Map<ChangedFile, AddedTests>();
  for (const p of parsed) {
    // A test's input data (black's formatter cases, `def test()` as sample source) holds no test cases.
    if (isTestInput(p.file.path)) continue;
    const added = addedCases(p, found, previous);
    // A skipped case whose body (below its name) was a skipped case at base was moved or renamed, not added skipped.
    const skippedBefore = new Set(added.filter((t) => t.skip === "unconditional" && skippedBodies.has(headlessKey(p.lines, t) ?? "")));
    const verdicts: TestVerdict[] = [];
    let smokeStyle: boolean | undefined;
    // A case focused at base under the same name keeps its focus through a reformat (rack-test bfa7e9d3f1's Rubocop pass
    // re-quoted `it "…",focus: true do`: judged *wrong* as a new focus, set 42); the focus is not the change's.
    const focusedBefore = new Set((baseFacts(p.file, found)?.tests ?? []).filter((t) => t.focused).map((t) => t.name));
    for (const t of added) {
      if (t.focused && !focusedBefore.has(t.name)) verdicts.push({ kind: "focused", line: t.start });
      if (t.skip === "unconditional" || t.compileOnly || isBenchmark(t, p.facts.language) || BENCHMARK_FILE.test(p.file.path)) continue;
      if (asserts(t, p, helpers) || checksAtCompileTime(t, p) || verifiesThroughMocks(t, p) || namesSmokeIntent(t.name)) continue;
      if (fixtureClassCase(t, p)) continue;
      // A case that calls anything is at least a smoke test: an exception, a panic, a failed
      // `.await()` or a warning context (`pytest.warns`) fails it. Only a case that calls nothing
      // (empty, or declarations alone) passes whatever the code does.
      if (t.calls.length > 0 || callsUnseen(t, p) || runsUnlisted(t, p) || declaresCompileCheck(t, p)) continue;
      // An AVA macro or shared body handed to the runner by name runs as the case (judged set 7: "wrong").
      if (macrosPassed(t, p).some((name) => helpers.has(name))) continue;
      // A file whose existing tests also pass by not raising has smoke tests as its style.
      smokeStyle ??= p.facts.tests.some((o) => !added.includes(o) && o.skip !== "unconditional" && !asserts(o, p, helpers));
      if (!smokeStyle) verdicts.push({ kind: "noAssertion", line: t.start });
    }
    out.set(p.file, { verdicts, added, skippedBefore });
  }
  return out;
}

/** The cases a change added to one test file, what was wrong with them, and which skipped ones it only moved or renamed. */
export interface AddedTests {
  verdicts: TestVerdict[];
  added: TestCaseFact[];
  skippedBefore: Set<TestCaseFact>;
}

/** Facts of the whole file at head when its text is at hand, else of its added lines alone (gaps blank). */
function parseHead(file: ChangedFile, found: Lookups): ParsedFile | undefined {
  const facts = lineFacts(file, found);
  if (!facts) return undefined;
  const text = headText(file, found);
  if (text !== undefined) return { file, facts, lines: linesOf(text) };
  const lines: string[] = [];
  for (const l of file.addedLines) {
    while (lines.length < l.line - 1) lines.push("");
    lines[l.line - 1] = l.text;
  }
  return { file, facts, lines };
}

/** A case is new when its first line is added, all of it is in view, and its body was not there before. */
function addedCases(p: ParsedFile, found: Lookups, previous: Set<string>): TestCaseFact[] {
  const added = new Set(p.file.addedLines.map((l) => l.line));
  return p.facts.tests.filter((t) => {
    if (!added.has(t.start)) return false;
    // Without the whole text, an unchanged line inside the case may be where its assertion was.
    const known = headText(p.file, found) !== undefined;
    if (!known) {
      for (let l = t.start; l <= t.end; l++) if (!added.has(l) && p.lines[l - 1]?.trim()) return false;
      // Its end must be in view too: followed by more added lines, or closed by a bracket or `end`.
      if (!added.has(t.end + 1) && !/^\s*([)\]}]+;?|end)\s*$/.test(p.lines[t.end - 1] ?? "")) return false;
    }
    return !previous.has(bodyKey(p.lines, t));
  });
}

/** The body of a case with all whitespace removed: a moved or re-indented case has the same key. */
function bodyKey(lines: string[], span: { start: number; end: number }): string {
  return lines
    .slice(span.start - 1, span.end)
    .join("")
    .replace(/\s+/g, "");
}

/** Fewer characters than this below a case's name (`}`, `pass`, `end`) say nothing about where it came from. */
const MIN_HEADLESS_KEY = 12;

/**
 * A case's body below the line that names it, whitespace removed: a renamed case keeps it
 * (commons-text's `testReplace_JiraText178_…` tests, moved and renamed still `@Disabled`, judged set 9).
 */
function headlessKey(lines: string[], t: TestCaseFact): string | undefined {
  let named = t.start;
  for (let l = t.start; l <= t.end; l++) {
    if (t.name !== "" && (lines[l - 1] ?? "").includes(t.name)) {
      named = l;
      break;
    }
  }
  const key = bodyKey(lines, { start: named + 1, end: t.end });
  return key.length >= MIN_HEADLESS_KEY ? key : undefined;
}

/**
 * Bodies of the test cases at base of the changed and removed test files: a case found there again
 * was moved. And the bodies below the name of the cases skipped at base: one found again skipped was
 * moved or renamed with its skip.
 */
function previousBodies(files: ChangedFile[], found: Lookups): { previous: Set<string>; skippedBodies: Set<string> } {
  const previous = new Set<string>();
  const skippedBodies = new Set<string>();
  for (const file of files) {
    const text = baseText(file, found);
    if (text === undefined) continue;
    const facts = baseFacts(file, found) ?? removedFileFacts(file, text);
    if (!facts) continue;
    const lines = text.split("\n");
    for (const t of facts.tests) {
      previous.add(bodyKey(lines, t));
      const key = t.skip === "unconditional" ? headlessKey(lines, t) : undefined;
      if (key !== undefined) skippedBodies.add(key);
    }
  }
  return { previous, skippedBodies };
}

/** A removed file has no added lines, so the layer does not parse it: its base text is parsed here. */
function removedFileFacts(file: ChangedFile, text: string): FileFacts | undefined {
  const language = file.status === "removed" ? syntaxLanguageOf(file.path) : undefined;
  const parsed = language ? parseShared(language, text) : undefined;
  return parsed && !isNotAnalysed(parsed) ? parsed : undefined;
}

interface Helper {
  fn: FunctionFact;
  p: ParsedFile;
}

/** Functions of the changed test files by name, where a test's calls are resolved. */
function helperIndex(parsed: ParsedFile[]): Map<string, Helper[]> {
  const index = new Map<string, Helper[]>();
  for (const p of parsed) {
    for (const fn of p.facts.functions) {
      // Named functions, and lambdas assigned to a name (`const runApp = async () => {…}`).
      if (fn.kind === "callback" || !/^[\w$]+$/.test(fn.name)) continue;
      const list = index.get(fn.name) ?? [];
      list.push({ fn, p });
      index.set(fn.name, list);
    }
  }
  return index;
}

/** Benchmarks and examples measure or document; they are not meant to assert (Go `BenchmarkX`, `ExampleX`). */
function isBenchmark(t: TestCaseFact, language: LanguageId): boolean {
  return language === "go" && /^(Benchmark|Example)/.test(t.name);
}

/**
 * A test file named for measuring (`__tests__/performance.js`, `bench_parse.py`, `perf.test.ts`):
 * its cases time the code and are not meant to assert (immer's, judged on held-out histories, session 7).
 */
const BENCHMARK_FILE = /(^|[/_.-])(bench(mark)?s?|perf|performance)([/_.-]|$)/i;

/**
 * Calls the syntax facts do not list as calls. Kotlin's infix helpers (leakcanary's `version assertEquals
 * VERSION`, kotest's `x shouldBe y`) assert; a Python class statement with bases or a decorated
 * definition runs code (metaclasses, `__init_subclass__`, the decorator), so a test whose point is
 * that the definition does not raise (attrs' "subclass AttrsInstance and Protocol at once") fails
 * when it does.
 */
const KOTLIN_INFIX_CHECK =
  /^\s*(?!(?:val|var|fun|return|if|else|when|for|while|throw|class|object|private|internal|public|protected|override|const|lateinit|import)\b)[\w.)\]"'`]+\s+(assert|should|expect|verify|check|must)\w*\s+\S/;
const PYTHON_DEFINITION_RUNS = /^\s*@[\w.]+|^\s*class\s+\w+\s*\(\s*[\w.]/;

function callsUnseen(t: TestCaseFact, p: ParsedFile): boolean {
  const re = p.facts.language === "kotlin" ? KOTLIN_INFIX_CHECK : p.facts.language === "python" ? PYTHON_DEFINITION_RUNS : undefined;
  if (!re) return false;
  // From the line after the declaration: the test's own decorators and `def` are not its body.
  let l = t.start;
  while (l < t.end && /^\s*@/.test(p.lines[l - 1] ?? "")) l++;
  for (l++; l <= t.end; l++) if (re.test(p.lines[l - 1] ?? "")) return true;
  return false;
}

/**
 * What a case runs that the syntax facts may not list as a call: an object built (`new
 * StringSubstitutor(null, …)`, a no-throw regression test for an NPE fix, judged set 9), an
 * `await`, a macro invoked (`vec![…]`, `format!(…)`). Read in the body's code, comments cut out:
 * a commented-out line runs nothing.
 */
const RUNS_UNLISTED = /\bnew\s+[A-Za-z_$][\w$.]*\s*[(<{[]|\bawait\b|\b[A-Za-z_]\w*!\s*[([{]/;

function runsUnlisted(t: TestCaseFact, p: ParsedFile): boolean {
  return codeLines(t, p).some((line) => RUNS_UNLISTED.test(line));
}

/**
 * A Rust case whose body declares an item with attributes (`#[derive(Error)] #[error("...")] enum E {}`)
 * checks that the derive expands and compiles (thiserror's `test_void`, judged set 9): compile-only.
 */
const RUST_ITEM_ATTRIBUTE = /^\s*#\[\s*[A-Za-z_]/;

/**
 * A TypeScript case that calls nothing and declares a type alias marked as only for the compiler
 * (`type _a = z.ZodEnum<{ readonly a: "a" }>`, or one built from a checking type such as
 * `Expect<Equal<A, B>>`), or a declaration with a type annotation (`const _a: $ZodCheck = {} as
 * $ZodChecks`): the type checker (`tsc`, vitest's typecheck) fails it when the generic's constraint
 * or the assignability stops holding, so it asserts at compile time (zod's `readonly in ZodEnumDef`,
 * judged set 16: "wrong"). A plain alias (`type P = Parameters<typeof run>; // TODO check P`) checks nothing yet.
 */
const TS_TYPE_CHECK =
  /^\s*(?:type\s+_[\w$]*\s*(?:<[^=]*>)?\s*=|type\s+[A-Za-z_$][\w$]*\s*(?:<[^=]*>)?\s*=.*\b(?:Expect|Assert|AssertTrue|IsExact|Equal|Equals)\s*<|(?:const|let|var)\s+[A-Za-z_$][\w$]*\s*:\s*[^=]+=)/;

function declaresCompileCheck(t: TestCaseFact, p: ParsedFile): boolean {
  if (p.facts.language === "typescript" || p.facts.language === "tsx") return codeLines(t, p).some((line) => TS_TYPE_CHECK.test(line));
  if (p.facts.language !== "rust") return false;
  const body = codeLines(t, p);
  // From the line after `fn`: the case's own `#[test]` is not its body.
  const fn = body.findIndex((line) => /\bfn\s/.test(line));
  return fn >= 0 && body.slice(fn + 1).some((line) => RUST_ITEM_ATTRIBUTE.test(line));
}

/** The lines of a case with the comments cut out of them. */
function codeLines(t: TestCaseFact, p: ParsedFile): string[] {
  const lines = p.lines.slice(t.start - 1, t.end);
  for (const c of p.facts.comments) {
    if (c.end < t.start || c.start > t.end) continue;
    for (let l = Math.max(c.start, t.start); l <= Math.min(c.end, t.end); l++) {
      const text = lines[l - t.start] ?? "";
      const from = l === c.start ? c.startColumn : 0;
      const to = l === c.end ? c.endColumn : text.length;
      lines[l - t.start] = text.slice(0, from) + " ".repeat(Math.max(0, to - from)) + text.slice(to);
    }
  }
  return lines;
}

/** A comment in the case that says the point is not to throw: `// Should not throw an exception`. */
const NO_THROW_INTENT =
  /\b(should|must|does|do)\s*(not|n't)\s+(throw|raise|panic|crash|fail)|\bno\s+(exception|error|panic|crash)s?\b|\bdoesn'?t\s+(throw|raise|panic|crash)/i;

function statesNoThrowIntent(t: TestCaseFact, p: ParsedFile): boolean {
  return p.facts.comments.some((c) => c.start >= t.start && c.end <= t.end && c.lines.some((l) => NO_THROW_INTENT.test(l)));
}

/**
 * A compile-time check: the test fails to build when the types stop matching, so it is not "passes
 * whatever the code does" (Go `var _ I = x`, tsd/vitest `expectTypeOf`/`assertType`/`expectType`,
 * `@ts-expect-error`, `satisfies`, Python `assert_type`, Rust `static_assertions`).
 */
const COMPILE_TIME =
  /^\s*var\s+_\s+[\w.*[\]]|^\s*var\s+_\s*=|\b(expectTypeOf|assertType|expectType|expectError|expectAssignable|expectNotAssignable|expectNotType|assert_type|assert_impl_all|assert_not_impl_any|assert_obj_safe|const_assert(_eq)?)\b|@ts-expect-error|\)\s+satisfies\s+\w|\bsatisfies\s+[A-Z]/;

function checksAtCompileTime(t: TestCaseFact, p: ParsedFile): boolean {
  for (let l = t.start; l <= t.end; l++) if (COMPILE_TIME.test(p.lines[l - 1] ?? "")) return true;
  return false;
}

/**
 * A mock that verifies: an HTTP mock that answers once and fails the unexpected (`nock(…)`,
 * fetch-mock's `getOnce`/`postOnce`), a sinon/mocha `expects(…)`, Mockito's `verify(…)`, Go's
 * gomock `EXPECT()`. The test asserts through it, often by awaiting what the mock resolves.
 */
const VERIFYING_MOCK = /\bnock\s*\(|\bfetchMock\b|\.(get|post|put|patch|delete|head|mock)Once\s*\(|\.expects\s*\(|\bverify\s*\(|\.EXPECT\(\)/;

function verifiesThroughMocks(t: TestCaseFact, p: ParsedFile): boolean {
  for (let l = t.start; l <= t.end; l++) if (VERIFYING_MOCK.test(p.lines[l - 1] ?? "")) return true;
  return false;
}

/**
 * A test named for not raising or for being accepted: its point is that the call completes
 * (`"handles keyword arguments"`, `test_does_not_raise`, `TestNoPanicOnEmpty`, `"works with null"`).
 * Any exception fails it, so it does assert something.
 */
const SMOKE_NAME =
  /\b(not|never|without)\s+(raise|raising|throw|throwing|fail|failing|crash|crashing|panic|panicking|error|erroring|blow)|\bno\s+(error|exception|crash|panic|raise)s?\b|\b(does|do|should|must|will|can)n?'?t\s+(raise|throw|fail|crash|panic|error)|\b(handles?|handling|accepts?|supports?|allows?|works?|survives?|tolerates?|smoke|compiles?|doesn'?t)\b/i;

export function namesSmokeIntent(name: string): boolean {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_\-.]+/g, " ")
    .toLowerCase();
  return SMOKE_NAME.test(words);
}

function asserts(t: TestCaseFact, p: ParsedFile, helpers: Map<string, Helper[]>): boolean {
  if (t.assertions > 0 || t.expectsFailureOrSnapshot || t.passesHandle) return true;
  if (statesNoThrowIntent(t, p)) return true;
  if (t.calls.some((callee) => helperAsserts(callee, p, helpers, HELPER_DEPTH, new Set()))) return true;
  return macrosPassed(t, p).some((name) => helpers.has(name) && helperAsserts(name, p, helpers, HELPER_DEPTH, new Set()));
}

/** A bare name passed as an argument: `test('title', macro, args)`. */
const NAME_ARGUMENT = /[(,]\s*([A-Za-z_$][\w$]*)\s*(?=[,)])/g;

/**
 * The functions a JavaScript test hands its runner by name: AVA's macros (`test(title, macro,
 * …args)`) and a shared body (`it('…', sharedCase)`) run as the test, so their assertions are
 * the test's (execa's `testEarlyErrorStream`, judged on held-out histories, session 5).
 */
function macrosPassed(t: TestCaseFact, p: ParsedFile): string[] {
  if (!["typescript", "tsx", "javascript"].includes(p.facts.language)) return [];
  const text = p.lines.slice(t.start - 1, t.end).join("\n");
  return [...text.matchAll(NAME_ARGUMENT)].map((m) => m[1]);
}

/** The last name of a callee as written: `self.check_output` → `check_output`, `h.Assert` → `Assert`. */
function lastName(callee: string): string {
  const m = /([\w$!?]+)\W*$/.exec(withoutArguments(callee));
  return m ? m[1] : callee;
}

function helperAsserts(callee: string, from: ParsedFile, helpers: Map<string, Helper[]>, depth: number, seen: Set<FunctionFact>): boolean {
  const name = lastName(callee);
  const found = helpers.get(name) ?? [];
  // A same-file helper first; a helper of another changed test file otherwise.
  const candidates = found.some((h) => h.p === from) ? found.filter((h) => h.p === from) : found;
  if (candidates.length === 0) return CHECKING_NAME.test(name);
  // Its author says it checks, wherever it is defined (kotlinx.serialization's
  // `assertSerializerWithNamedCompanion`, whose reflection throws when R8 dropped the field).
  if (ASSERTING_NAME.test(name)) return true;
  return candidates.some(({ fn, p }) => {
    if (seen.has(fn)) return false;
    seen.add(fn);
    const spec = specs.get(p.facts.language)!;
    const calls = p.facts.calls.filter((c) => c.line >= fn.start && c.line <= fn.end);
    if (calls.some((c) => spec.assertion.test(c.callee) || spec.expectsFailureCall.test(c.callee))) return true;
    if (hasAssertStatement(p.facts.language, p.lines, fn) || failsItself(fn, p)) return true;
    return depth > 1 && calls.some((c) => lastName(c.callee) !== name && helperAsserts(c.callee, p, helpers, depth - 1, seen));
  });
}

/** A helper named for checking, in any naming style: `assertParsed`, `expect_error`, `checkAll`, `VerifyTree`. */
const ASSERTING_NAME = /^([Aa]ssert|[Ee]xpect|[Cc]heck|[Vv]erify)([A-Z_0-9]|$)/;

/** A helper that throws, raises or panics on its own fails the test that calls it when its check fails. */
const FAILS = /^\s*(throw|raise)\b|\bpanic!?\s*\(|(^|[^\w.])fail\s*\(/;

function failsItself(fn: FunctionFact, p: ParsedFile): boolean {
  for (let l = fn.start + 1; l <= fn.end; l++) if (FAILS.test(p.lines[l - 1] ?? "")) return true;
  return false;
}

/** Python's `assert` is a statement, not a call. */
function hasAssertStatement(language: LanguageId, lines: string[], fn: FunctionFact): boolean {
  if (language !== "python") return false;
  for (let l = fn.start; l <= fn.end; l++) if (/^\s*assert\b/.test(lines[l - 1] ?? "")) return true;
  return false;
}

/** How far up from a test case its enclosing class declaration is looked for. */
const CLASS_LOOKBACK = 400;
const NESTED_CLASS = /^(\s+)(?:(?:public|private|protected|internal|static|final|abstract|open|sealed)\s+)*class\s+([A-Za-z_]\w*)/;

/**
 * A case of a nested class that another test of the file runs as its subject (`JUnitCore.runClasses(FruitTest.class)`,
 * `Request.aClass(ErrorInBeforeClass.class)`, `typeof(Fixture)`): a fixture whose outcome the outer test
 * asserts on, not a test that should assert (junit4's own tests, judged on held-out histories, session 9).
 */
function fixtureClassCase(t: TestCaseFact, p: ParsedFile): boolean {
  const indent = (p.lines[t.start - 1] ?? "").search(/\S/);
  for (let l = t.start - 1; l >= 1 && l >= t.start - CLASS_LOOKBACK; l--) {
    const m = NESTED_CLASS.exec(p.lines[l - 1] ?? "");
    if (!m || m[1].length >= indent) continue;
    return runAsSubject(m[2], p.lines, l, SUBCLASS_DEPTH);
  }
  return false;
}

/** How many levels of nested subclasses are followed to the class a test runs (`SubTest extends SuperTest`). */
const SUBCLASS_DEPTH = 3;

/**
 * Whether another line of the file runs the class as a subject, or runs a nested class that extends
 * it: a base fixture's cases run through its subclass (junit4's `SuperTest`, run as `SubTest`).
 */
function runAsSubject(name: string, lines: string[], declaredAt: number, depth: number): boolean {
  const used = new RegExp(`\\b${name}(?:\\.class|::class)\\b|typeof\\(${name}\\)`);
  if (lines.some((line, i) => i + 1 !== declaredAt && used.test(line))) return true;
  if (depth <= 0) return false;
  // `class SubTest extends SuperTest`, Kotlin's `class SubTest : SuperTest()`, C#'s `class SubTest : SuperTest`.
  const extending = new RegExp(`^\\s+(?:\\w+\\s+)*class\\s+([A-Za-z_]\\w*)[^{]*?(?:\\bextends|:)\\s*${name}\\b`);
  return lines.some((line, i) => {
    const sub = extending.exec(line);
    return sub !== null && sub[1] !== name && runAsSubject(sub[1], lines, i + 1, depth - 1);
  });
}
