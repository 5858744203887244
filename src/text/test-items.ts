import { createMasker } from "./mask-code.js";

/**
 * Tests written inside a source file: Rust's `#[cfg(test)] mod tests { … }`, a `#[test]` (or
 * `#[tokio::test]`) function, a `#[cfg(test)]` helper; Zig's `test "name" { … }` blocks. They are
 * tests, read as lightly as a test file, though they sit in `src/` (chrono's parser tests in
 * `src/format/parse.rs`). Found in one pass over the text, braces counted in masked code so that a
 * brace in a string or comment does not end an item early.
 */

// An attribute that makes the next item test-only: `#[cfg(test)]`, `#[cfg(all(test, feature = "x"))]`,
// `#[test]`, `#[tokio::test]`, `#[async_std::test(…)]`.
const RUST_TEST_ATTRIBUTE = /^\s*#\[(?:cfg\((?:all\()?test\b[^\]]*\)|(?:[\w]+::)?test(?:\([^\]]*\))?)\]/;
// Zig's test block, at the start of a line: `test "adds" {`, `test {`.
const ZIG_TEST_BLOCK = /^\s*test\s*(?:"[^"]*"\s*)?\{/;
// A Rust char literal (`'{'`, `'\''`, `'\u{7b}'`): the masker leaves them (a `'` also opens a lifetime).
const CHAR_LITERAL = /'(?:\\(?:u\{[0-9a-fA-F]{1,6}\}|x[0-9a-fA-F]{2}|.)|[^'\\])'/g;

/** The lines of `text` that belong to tests written in a source file, by index; empty for other languages. */
export function testItemLines(path: string, text: string): Set<number> {
  const lang = /\.rs$/.test(path) ? "rust" : /\.zig$/.test(path) ? "zig" : undefined;
  const out = new Set<number>();
  if (!lang || !(lang === "rust" ? /#\[(?:cfg\(|[\w:]*test)/.test(text) : /^\s*test\b/m.test(text))) return out;
  const lines = text.split("\n");
  const { mask } = createMasker(lang === "rust" ? "rust" : "c-like");
  const code = lines.map((l) => mask(l).code.replace(CHAR_LITERAL, "' '"));
  const opens = lang === "rust" ? (c: string) => RUST_TEST_ATTRIBUTE.exec(c) : (c: string) => ZIG_TEST_BLOCK.exec(c) && [""];
  for (let i = 0; i < code.length; i++) {
    const m = opens(code[i]);
    if (!m) continue;
    const end = itemEnd(code, i, m[0].length);
    for (let j = i; j <= end; j++) out.add(j);
    i = end;
  }
  return out;
}

/** The text without its test items (for counting what is left to review). */
export function withoutTestItems(path: string, text: string): string {
  const tests = testItemLines(path, text);
  if (tests.size === 0) return text;
  return text
    .split("\n")
    .filter((_, i) => !tests.has(i))
    .join("\n");
}

/**
 * The last line of the item that starts at line `start`, column `from`: where its braces close, or
 * its `;` when it has no body (`#[cfg(test)] mod tests;`, a test-only `const`). An item left open
 * runs to the end of the text.
 */
function itemEnd(code: string[], start: number, from: number): number {
  let depth = 0;
  for (let i = start; i < code.length; i++) {
    const line = code[i];
    for (let k = i === start ? from : 0; k < line.length; k++) {
      const c = line[k];
      if (c === "{") depth++;
      else if (c === "}") {
        depth--;
        if (depth <= 0) return i;
      } else if (c === ";" && depth === 0) return i;
    }
  }
  return code.length - 1;
}
