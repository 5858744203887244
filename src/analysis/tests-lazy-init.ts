/**
 * Lazy initialisation is no new path for a test (#11, judged set 22). A guard that fills a field the
 * first time it is read and keeps it for the next reads — parsel's
 * `if self._xpathev is None: self._xpathev = etree.XPathEvaluator(…)` — decides only whether a value
 * is computed now or was computed before: every call that reads the field runs the same code, so the
 * tests of its callers already run it, and a test could only tell the two apart by timing. The guard
 * must test a field (`self.`, `this.`, `@`, `$this->`, a receiver's `c.x`, an `_`/`m_` name, or a name
 * the file declares as a member), and
 * its block hold nothing but that field's assignment: a local given a default (`if timeout is None:
 * timeout = 30`) is behaviour a caller sees, and a block that also logs, counts or returns is more
 * than a cache.
 */

import { indentWidth } from "../text/indent-width.js";

/**
 * A field: a member of `self`/`this`/`cls`/a receiver, a Ruby `@x`, PHP's `$this->x`, a name marked private (`_x`, `m_x`),
 * or a bare name the file declares as a member (see declaredMember).
 */
const FIELD = String.raw`(?:(?:self|this|cls|[a-z]\w{0,11})\??\.[A-Za-z_]\w*|@[A-Za-z_]\w*|\$this->\w+|[A-Za-z_]\w*)`;

/** A name that is a field by its spelling alone. */
const FIELD_BY_NAME = /[.@>]|^_|^m_/;

/**
 * A bare name (Java's `if (instance == null) instance = new Registry();`) is a field when the file declares it with a
 * member's modifier (`private static Registry instance;`, Kotlin's `private var cache: Map<…>? = null`) or as Go's
 * package-level `var`; a parameter or local has none of these. One pass over the file per guard (see MAX_GUARDS).
 */
function declaredMember(name: string, lines: string[]): boolean {
  const decl = new RegExp(
    String.raw`^(?:\s*(?:(?:private|protected|public|internal|static|volatile|transient|lateinit|final)\s+)+(?:(?:var|val)\s+)?[^=;()]*?\b|var\s+)${name}\b(?!\s*\()`,
  );
  return lines.some((line) => decl.test(line));
}

/** The guard's condition, capturing the field: `x is None`, `x == null`, `x === undefined`, `x == nil`, `!x`, `not x`, `x.nil?`. */
const EMPTY_TEST = new RegExp(String.raw`^(?:!\s*(${FIELD})|not\s+(${FIELD})|(${FIELD})\s*(?:is\s+None|===?\s*(?:null|nil|undefined|None)|\.nil\?))$`);

/** Lines looked at below a guard for its block: an assignment that wraps over a few lines and its closing brace. */
const MAX_BODY_LINES = 6;

/** Guards looked at per file: each reads at most MAX_BODY_LINES lines, so a file costs at most this many times that. */
const MAX_GUARDS = 64;

/** Python's, Go's or Ruby's unparenthesised condition, up to its `:` (not `:=`), `{` or `then`, and what follows on the line. */
const BARE_CONDITION = /^(.*?)\s*(?::(?!=)|\{|\bthen\b|$)(.*)$/;

/** The field a guard tests and the rest of its line (a one-line body), or undefined when the line is no lazy-initialisation guard. */
function guardedField(head: string): { field: string; inline: string } | undefined {
  if (!/^if[\s(]/.test(head)) return undefined;
  const after = head.slice(2).trim();
  let cond: string;
  let inline: string;
  if (after.startsWith("(")) {
    const close = closingParen(after);
    if (close < 0) return undefined;
    cond = after.slice(1, close).trim();
    inline = after.slice(close + 1).trim();
  } else {
    const m = BARE_CONDITION.exec(after)!;
    cond = m[1]!.trim();
    inline = m[2]!.trim();
  }
  const c = EMPTY_TEST.exec(cond);
  if (!c) return undefined;
  inline = inline
    .replace(/^\{\s*/, "")
    .replace(/\}\s*$/, "")
    .trim();
  return { field: c[1] ?? c[2] ?? c[3]!, inline };
}

/** The index of the parenthesis that closes the one `s` opens with, or -1. Bounded by the line's length. */
function closingParen(s: string): number {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "(") depth++;
    else if (s[i] === ")" && --depth === 0) return i;
  }
  return -1;
}

/** A statement that only assigns the field (`x = …`, `x := …`), not a comparison. */
function assignsOnly(statement: string, field: string): boolean {
  return statement.startsWith(field) && /^\s*:?=(?!=)/.test(statement.slice(field.length));
}

/**
 * How many of the fresh lines (`rest`) open a lazy-initialisation guard whose block is fresh too: each is one decision
 * its function's count holds that no test asks for. Cost: at most MAX_GUARDS guards, MAX_BODY_LINES lines each.
 */
export function lazyInitGuards(rest: Set<number>, lines: string[]): number {
  let n = 0;
  let seen = 0;
  for (const l of rest) {
    const raw = lines[l - 1] ?? "";
    const g = guardedField(raw.trim());
    if (!g) continue;
    if (++seen > MAX_GUARDS) break;
    if (!FIELD_BY_NAME.test(g.field) && !declaredMember(g.field, lines)) continue;
    if (g.inline !== "") {
      if (assignsOnly(g.inline, g.field)) n++;
      continue;
    }
    if (blockOnlyAssigns(l, indentWidth(raw), g.field, rest, lines)) n++;
  }
  return n;
}

/** Whether the block under the guard at line `l` is one fresh assignment to `field`, wrapped over lines deeper than it, then closed. */
function blockOnlyAssigns(l: number, indent: number, field: string, rest: Set<number>, lines: string[]): boolean {
  const first = lines[l] ?? "";
  if (!rest.has(l + 1) || indentWidth(first) <= indent || !assignsOnly(first.trim(), field)) return false;
  const bodyIndent = indentWidth(first);
  for (let k = l + 2; k <= Math.min(lines.length, l + 1 + MAX_BODY_LINES); k++) {
    const s = lines[k - 1] ?? "";
    if (s.trim() === "") continue;
    // The block ends where the code comes back to the guard's level: a closing brace, or the next statement,
    // but not an `else`: a guard with another arm chooses between two things, which is more than a cache.
    if (indentWidth(s) <= indent) return !/^(?:\}\s*)?(?:else|elif|elsif)\b/.test(s.trim());
    // Another statement in the block: more than a cache.
    if (indentWidth(s) <= bodyIndent && !/^[)\]}]/.test(s.trim())) return false;
  }
  // A block still open after MAX_BODY_LINES lines is judged as code, unless the file ends there.
  return l + 1 + MAX_BODY_LINES >= lines.length;
}
