import type { CommentFact, Span } from "../syntax/facts.js";
import { explainsWhy } from "./parked-code.js";

/** A call in the commented code: the callee's name (`requestAnimationFrame(`, `.setCount(`). */
const CALLEE = /([A-Za-z_$][\w$]{3,80})\s*\(/g;

/** How a note may name a callee: whole, or by its camelCase initials (`rAF` for `requestAnimationFrame`, `rIC`). */
function spellings(callee: string): string[] {
  const parts = callee.match(/[A-Z]?[a-z$]+|[A-Z]+(?![a-z])/g) ?? [];
  const initials = parts.length >= 3 ? parts.map((p) => p[0]).join("") : undefined;
  return [callee, ...(initials ? [initials] : [])].map((s) => s.toLowerCase());
}

/**
 * Whether a note elsewhere in the same test says why what the commented code calls is not used: jotai
 * 5171badc89 "rAF does not repro, so schedule update intentionally in render" in a component of the test,
 * and `// requestAnimationFrame(() => setCount(2))` in another. The note is a sentence with a reason
 * (parked-code's explainsWhy) and names a callee of the code, whole or by its camelCase initials; the
 * commented line is the approach the test ruled out, kept beside the reason.
 */
export function reasonElsewhereInTest(code: string[], line: number, tests: Span[], comments: CommentFact[]): boolean {
  const test = tests.find((t) => t.start <= line && line <= t.end);
  if (!test) return false;
  const names = new Set([...code.join("\n").matchAll(CALLEE)].flatMap((m) => spellings(m[1]!)));
  if (names.size === 0) return false;
  return comments.some(
    (c) =>
      !c.code &&
      c.start >= test.start &&
      c.end <= test.end &&
      c.lines.some((l) => explainsWhy(l) && (l.match(/[A-Za-z_$][\w$]*/g) ?? []).some((w) => names.has(w.toLowerCase()))),
  );
}
