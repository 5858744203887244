import { ANNOTATION } from "../parked-code.js";
import { afterNeverReturning, capturesForLeakTest } from "../unreached-print.js";
import { blankStrings } from "../../text/string-literals.js";
import { capturesCountedReference } from "../counted-capture.js";
import type { DebugScan } from "./file-scan.js";
import { namedFunctionAround, innermostFunction, openersOf } from "./lines-around.js";
import { printsLiteralOnly, closedArguments, printedArguments } from "./print-arguments.js";

// A test's print that is a placeholder or a sink, not a look at a value: a stub's or a mock's whole
// body, the value an exception assertion computes, a print after a call that never returns.

// A callback that runs as the test goes: a promise's continuation, an iteration, an event or a test's own body.
const RUNNING_CALLBACK =
  /^(then|catch|finally|each\w*|forEach|map|flatMap|filter|reduce|subscribe|on|once|addListener|tap|also|let|apply|run|use|collect|select|times|step|upto|downto|onNext|doOnNext|it|test|describe|context|specify|before\w*|after\w*|setUp|tearDown)$/;

/**
 * The call a header line's lambda is passed to, when the line opens one: the name before the innermost bracket
 * still open under the body's own (`.then(function(res) {` → `then`, `withNullableArg {` → `withNullableArg`,
 * `.each do |el|` → `each`). Undefined for a declaration or a property's value (`handleSubmit: payload => {`).
 */
function lambdaCallee(header: string): string | undefined {
  const open: Array<{ ch: string; name: string }> = [];
  const text = blankStrings(header).replace(/\bdo(\s*\|[^|]*\|)?\s*$/, "{");
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "(" || ch === "{" || ch === "[") open.push({ ch, name: /([\w$]+)\s*$/.exec(text.slice(Math.max(0, i - 80), i))?.[1] ?? "" });
    else if ((ch === ")" || ch === "}" || ch === "]") && open.length > 0) open.pop();
  }
  const body = open.pop();
  if (!body) return undefined;
  // A trailing lambda (`withNullableArg {`, `each {`) is passed to the name right before its brace.
  if (body.ch === "{" && body.name !== "" && !/^(function|fun|def|fn|func|else|do|try|finally)$/.test(body.name)) return body.name;
  return open.pop()?.name || undefined;
}
// What a function or a lambda opens its body with, as the last thing on its header line.
const BODY_OPENS = /(=>|->|\{(\s*\|[^|]{0,80}\|)?|\)\s*=|\bdo(\s*\|[^|]{0,80}\|)?|:)\s*$/;
const CLOSES = /^\s*[}\])]*\s*[;,]?\s*[}\])]*[;,]?\s*(end)?\s*$/;
const FIXED_TEXT = /^\s*(["'`])[^"'`$\\{}]{0,200}\1\s*$/;

/**
 * Whether the print is the whole body of a function or lambda in test code that is a placeholder: a mocked class's
 * dummy method (mockk a6286a21fe: `fun test(s: String?) { println(s) }`), a stub handler or capture block
 * (`handleSubmit: payload => { console.log(payload); }`, `withNullableArg { println(it) }`). Not a test's own body,
 * and not a callback the test runs on its way (`.then(res => { console.log(res) })`, `.each { |el| puts el.text }`).
 */
export function stubBody(line: number, at: number, text: string, scan: DebugScan): boolean {
  const fn = innermostFunction(scan.facts, line);
  if (!fn || fn.testCallback || scan.facts.tests.some((t) => t.start === fn.start && t.end === fn.end)) return false;
  const after = closedArguments(text.slice(text.indexOf("(", at) + 1));
  const rest = text.slice(text.indexOf("(", at) + 1 + after.length + 1);
  if (!CLOSES.test(rest)) return false;
  if (fn.start === line) {
    // One line: the header, the print, the closers.
    const header = text.slice(0, at);
    return BODY_OPENS.test(header) && !RUNNING_CALLBACK.test(lambdaCallee(header) ?? "");
  }
  // The header right above the print; above it, within the function, only its annotations (its facts start at them:
  // spring-shell's fixture command `@Command void hi() { System.out.println("Hello world!"); }`, set 37, judged wrong ×3).
  const header = scan.head[line - 2] ?? "";
  if (!BODY_OPENS.test(header) || RUNNING_CALLBACK.test(lambdaCallee(header) ?? "")) return false;
  if (line - 1 <= fn.start - 1 || scan.head.slice(fn.start - 1, line - 2).some((l) => !ANNOTATION.test(l))) return false;
  // An annotated one only when it prints a fixed text: an `@Override` callback that prints a value it is handed
  // (`onFailure(Call call, Throwable t) { System.out.println(call); }`, set 22) looks at that value.
  if (fn.start < line - 1 && !FIXED_TEXT.test(after)) return false;
  // Nothing else in the body: the next line that holds something closes the function.
  if (fn.end === line) return true;
  const next = scan.head.slice(line, fn.end).find((l) => l.trim() !== "");
  return next !== undefined && CLOSES.test(next) && fn.end <= line + 2;
}

/**
 * Whether the print never runs or runs only to hold a value: it follows a call that never returns (`suspendForever()`),
 * or, in a leak test's closure, it prints the one variable the closure must capture (see src/analysis/unreached-print.ts).
 */
export function keptAlive(text: string, m: RegExpExecArray, line: number, test: boolean, scan: DebugScan): boolean {
  if (afterNeverReturning(scan.head, line)) return true;
  if (!test) return false;
  const fn = innermostFunction(scan.facts, line);
  const inClosure = fn?.kind === "lambda" || fn?.kind === "callback" || /\{[^{}]*$/.test(text.slice(0, m.index));
  const printed = printedArguments(text, m);
  return (
    capturesForLeakTest(scan.path, namedFunctionAround(scan.facts, line)?.name, inClosure, printed) ||
    (inClosure && capturesCountedReference(scan.head, line, printed))
  );
}

// An assertion that the code handed to it throws: xUnit/NUnit's `Assert.Throws<E>(() => …)`, JUnit's `assertThrows(E.class, () -> …)`,
// Kotlin's `assertFailsWith<E> { … }`, kotest's `shouldThrow<E> { … }`, Ruby's `assert_raises(E) { … }` and `expect { … }.to raise_error`,
// Python's `with pytest.raises(E):`, Jest's `expect(() => …).toThrow()`.
const THROWS_ASSERTION =
  /\b(Assert\.(Throws|ThrowsAsync|ThrowsAny|ThrowsAnyAsync|ThrowsException|Catch|CatchAsync)|assertThrows|assertFailsWith|assertFails|shouldThrow\w*|expectThrows|assert_raises|assertRaises|pytest\.raises)\b|\bexpect\s*(\{|do\b|\(\s*(\(\s*\)\s*=>|function\s*\(\s*\)))/;

/**
 * Whether the print is the sink of an exception assertion: right inside the code handed to `Assert.Throws(() => …)`, it
 * makes a value be computed (Moq a18403c135: `Console.WriteLine(new Mock<C>(25, true).Object)`, as C# cannot state a bare
 * property read), and the assertion is that this throws. Its output never comes: a value looked at is printed elsewhere.
 */
export function sinkOfThrowsAssertion(text: string, m: RegExpExecArray, line: number, head: string[]): boolean {
  const opened = "(" + text.slice(m.index + m[0].length, m.index + m[0].length + 200);
  if (printsLiteralOnly(opened)) return false;
  return THROWS_ASSERTION.test(text.slice(0, m.index)) || THROWS_ASSERTION.test(openersOf(head, line)[0] ?? "");
}
