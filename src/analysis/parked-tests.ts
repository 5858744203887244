import type { FunctionFact } from "../syntax/facts.js";
import { enclosingOpeners } from "./enclosing-openers.js";
import { ANNOTATION, scopeLine } from "./parked-code.js";

/**
 * A test parked as a whole (marked pending, ignored or skipped) keeps its unfinished setup
 * commented out as part of that: the marker, not each comment, says the test is not done (#10).
 */

// An attribute or annotation over a test that parks it: `[Pending]`, `[Test, Ignore("…")]`,
// `[Fact(Skip = "…")]`, `@Disabled`, `@Ignore`, `#[ignore]`, `@pytest.mark.skip`, `@unittest.skip`.
const PARKING_MARK =
  /^\s*(\[[^\]]*\b(Pending|Ignore)\b[^\]]*\]\s*$|\[\s*(Fact|Theory|Test\w*)\s*\([^\]]*\bSkip\s*=|@(Disabled|Ignore|Ignored|Pending)\b|#\[ignore\b|@(pytest\.mark\.skip|unittest\.skip|skip)\b)/;
// The skipped form of a test's call: `xit("…", …)`, `it.skip(`, `test.todo(`, RSpec's `pending "…" do`.
const SKIPPED_CALL = /^\s*(xit|xtest|xdescribe|xcontext|xspecify|xscenario|pending)\b\s*[("']|\b(it|test|describe|context|specify)\.(skip|todo)\s*\(/;
// A statement in the test's body that skips the rest: RSpec's `pending`/`skip`, Go's `t.Skip(…)`,
// PHPUnit's `markTestSkipped`, `self.skipTest(…)`, `pytest.skip(…)`, NUnit's `Assert.Ignore(…)`.
const SKIP_STATEMENT =
  /^\s*(pending|skip)\b\s*(\(|["']|$)|\bt\.Skip(Now|f)?\s*\(|\bmarkTest(Skipped|Incomplete)\s*\(|\bself\.skipTest\s*\(|\bpytest\.skip\s*\(|\bAssert\.Ignore\s*\(/;
const COMMENT_LINE = /^\s*(\/\/|#(?!\[)|\*|\/\*)/;
const MAX_MARKS = 5;

/** Whether line `line` (1-based) of `head` is inside a test marked pending, ignored or skipped. */
export function inParkedTest(head: string[], line: number, functions: FunctionFact[]): boolean {
  const openers = new Set(enclosingOpeners(head, scopeLine(head, line)).map((o) => o.line));
  for (const f of functions) if (f.start < line && line <= f.end) openers.add(f.start);
  for (const opener of openers) {
    if (SKIPPED_CALL.test(head[opener - 1] ?? "") || markedOver(head, opener)) return true;
    if (skippedInBody(head, opener, line)) return true;
  }
  return false;
}

const indent = (l: string) => /^\s*/.exec(l)![0].length;

/**
 * Whether a statement of the block's own body, before line `line`, skips the rest (`pending`,
 * `t.Skip("…")`): a statement of a nested block (another test inside a `describe`) does not.
 */
function skippedInBody(head: string[], opener: number, line: number): boolean {
  let level: number | undefined;
  for (let l = opener + 1; l < line; l++) {
    const text = head[l - 1] ?? "";
    if (text.trim() === "" || COMMENT_LINE.test(text)) continue;
    level ??= indent(text);
    if (indent(text) === level && SKIP_STATEMENT.test(text)) return true;
  }
  return false;
}

/**
 * Whether the attributes or annotations around a test's declaration park it: over it, or under it
 * when the parser's function starts at its first attribute (C#'s `[Test]` then `[Pending]`). An
 * Allman brace (`public void Parked()` then `{`) puts the declaration a line higher.
 */
function markedOver(head: string[], opener: number): boolean {
  const declaration = head[opener - 1]?.trim() === "{" ? opener - 1 : opener;
  const marked = (from: number, step: 1 | -1) => {
    for (let l = from, k = 0; l > 0 && l <= head.length && k < MAX_MARKS; l += step, k++) {
      const text = head[l - 1];
      if (PARKING_MARK.test(text)) return true;
      if (!ANNOTATION.test(text)) return false;
    }
    return false;
  };
  const text = head[declaration - 1] ?? "";
  return PARKING_MARK.test(text) || marked(declaration - 1, -1) || (ANNOTATION.test(text) && marked(declaration + 1, 1));
}
