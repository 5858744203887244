/**
 * Code examples in Rust docs written as attributes: `#[doc = r#" … ```…``` … "#]`. Macros that
 * generate a trait's methods (async-std's `extension_trait!`) cannot take `///` comments, so their
 * docs, and the doctests in them, sit in `#[doc = "…"]` attributes; `cargo test` runs those
 * examples exactly as it runs `///` ones. On set 20, async-std's new `BufRead::split` came with a
 * doctest asserting every segment and the final `None`, and a finding asking `split.rs` for tests
 * was judged wrong.
 */

/** An attribute that opens a doc string: `#[doc = "`, `#[doc = r"`, `#[doc = r#"` (any number of `#`). */
const DOC_ATTRIBUTE_OPEN = /^\s*#\[doc\s*=\s*(r(#*))?"/;

/**
 * The 1-based lines of code inside the examples of `#[doc = …]` attributes: lines between two
 * fences of the doc string that are not blank. Lines are scanned once; an attribute left open at
 * the end of the file closes there.
 */
export function docAttributeExampleLines(lines: string[]): number[] {
  const out: number[] = [];
  let closer: string | undefined;
  let inExample = false;
  for (const [i, text] of lines.entries()) {
    if (closer === undefined) {
      const open = DOC_ATTRIBUTE_OPEN.exec(text);
      if (!open) continue;
      // A raw string closes at `"` followed by its number of `#`; a plain one at an unescaped `"`.
      closer = open[1] === undefined ? '"' : `"${open[2]}`;
      inExample = false;
      const rest = text.slice(open[0].length);
      if (closes(rest, closer)) closer = undefined;
      continue;
    }
    if (closes(text, closer)) {
      closer = undefined;
      continue;
    }
    const body = text.trim();
    if (body.startsWith("```")) inExample = !inExample;
    else if (inExample && body !== "") out.push(i + 1);
  }
  return out;
}

/** Whether the doc string closes on this line: its closing quote (with the raw string's `#`s), not an escaped one. */
function closes(text: string, closer: string): boolean {
  if (closer !== '"') return text.includes(closer);
  return /(^|[^\\])(\\\\)*"/.test(text);
}
