import { enclosingOpeners } from "../enclosing-openers.js";
import type { FileFacts } from "../../syntax/facts.js";
import { unrunJUnit3Method } from "../junit3-unrun.js";
import { innermostFunction } from "./lines-around.js";

// Tests switched off (`@Disabled`, `it.skip`, `#[ignore]`, a skip call at their top): what they would
// print or stop at never runs.

// A test switched off: JUnit `@Disabled`/`@Ignore`, NUnit/MSTest `[Ignore]`, xUnit `[Fact(Skip = "…")]`, Rust `#[ignore]`,
// pytest/unittest skip marks, and Jasmine/Jest/Mocha `xit`, `xdescribe`, `it.skip(`, `describe.skip(`.
const DISABLED_MARK =
  /^\s*(?:@(?:Disabled|Ignore|Ignored)\b|\[\s*(?:[\w.]+(?:\([^)]*\))?\s*,\s*)*Ignore\b|\[\s*(?:Fact|Theory|Test\w*)\s*\([^)]{0,200}\bSkip\s*=|#\[ignore\b|@pytest\.mark\.skip\b|@unittest\.skip\b)/;
// RSpec's `xit "…" do` takes no parentheses.
const DISABLED_CALL = /(?:^|[^\w.])(?:(?:xit|xtest|xdescribe|xcontext|xspecify)\s*[("']|(?:it|test|describe|context|suite|specify)\.skip\s*\()/;
// A test that skips itself before it does anything: Go's `t.Skip(…)`, minitest's `skip "…"`, unittest's `self.skipTest(…)`.
const SKIPS_ITSELF = /^\s*(?:(?:t|b|tb)\.Skip(?:Now|f)?\s*\(|skip\s*(?:\(|["'])|self\.skipTest\s*\(|pytest\.skip\s*\()/;
/** Lines over a test function or class where its attributes may sit. */
const MARKS_ABOVE = 4;
// An attribute or annotation line (`@Test`, `[Fact]`, `#[test]`), or a blank or comment line between them.
const ATTRIBUTE_LINE = /^\s*(?:@|\[|#\[|$|\/\/|#\s)/;

/** The attribute lines of the declaration on this (1-based) line: those right over it, and those its span opens with. */
function marksOf(head: string[], start: number): string[] {
  const out: string[] = [];
  for (let i = start - 2; i >= 0 && i >= start - 1 - MARKS_ABOVE && ATTRIBUTE_LINE.test(head[i]); i--) out.push(head[i]);
  for (let i = start - 1; i < head.length && i < start - 1 + MARKS_ABOVE && ATTRIBUTE_LINE.test(head[i]); i++) out.push(head[i]);
  return out;
}

/** Whether the function around the line skips unconditionally before it: a skip at the body's own indentation, above the line. */
function skipsItself(head: string[], line: number, facts: FileFacts): boolean {
  const fn = innermostFunction(facts, line);
  if (!fn || fn.start >= line) return false;
  const body = head.slice(fn.start, line - 1).filter((l) => l.trim() !== "");
  const indent = (l: string) => /^\s*/.exec(l)![0].length;
  return body.length > 0 && body.some((l) => indent(l) === indent(body[0]) && SKIPS_ITSELF.test(l));
}

/** Whether the line is inside a test that is switched off: a callback of `it.skip(…)`, or a function or class marked so. */
export function inDisabledTest(head: string[], line: number, facts: FileFacts, before: string): boolean {
  const openers = enclosingOpeners(head, line);
  if (DISABLED_CALL.test(before) || openers.some((o) => DISABLED_CALL.test(o.text))) return true;
  if (skipsItself(head, line, facts)) return true;
  // A JUnit 3 method whose name the runner does not call (`Xtest()`, `smoke()`) is switched off by its name.
  if (facts.language === "java" && facts.functions.some((f) => f.start <= line && f.end >= line && unrunJUnit3Method(head, f.name, f.start))) return true;
  const starts = [...openers.map((o) => o.line), ...facts.functions.filter((f) => f.start <= line && f.end >= line).map((f) => f.start)];
  return starts.some((start) => marksOf(head, start).some((l) => DISABLED_MARK.test(l)));
}
