/**
 * Lines of a function that are a Rust code template, not steps it takes (#10): the body of a
 * `quote! { … }` (or `quote_spanned!`, `parse_quote!`) in a procedural macro is the code the macro
 * writes out, kept in one block so it reads as the code it generates. futures-rs 633a905470's
 * `stream_select` is a 95-line function of which some 80 lines are one `quote!` template of the
 * `StreamSelect` types (max-function-length judged "not worth saying", set 23): splitting the
 * template would not make the macro easier to read. The lines after the opener up to the line that
 * closes it are the template's; the opener's own line stays the function's.
 * Cost: one pass over the span's lines, each scanned once for brackets.
 */
const OPENER = /\b(?:quote|quote_spanned|parse_quote|parse_quote_spanned)!\s*[({[]/g;
const OPEN = new Set(["(", "{", "["]);
const CLOSE = new Set([")", "}", "]"]);

/** The lines inside the macro templates of `span`, read from `code` (a line's code, comments set aside). */
export function templateLines(code: (line: number) => string, span: { start: number; end: number }): Set<number> {
  const out = new Set<number>();
  let depth = 0;
  for (let l = span.start; l <= span.end; l++) {
    const text = code(l);
    if (depth > 0) out.add(l);
    depth = scanLine(text, depth);
  }
  return out;
}

/** The template depth after `text`: brackets counted from a template's opener, or inside one already. */
function scanLine(text: string, depth: number): number {
  let from = 0;
  if (depth === 0) {
    OPENER.lastIndex = 0;
    const m = OPENER.exec(text);
    if (!m) return 0;
    from = m.index + m[0].length - 1;
  }
  for (let i = from; i < text.length; i++) {
    if (OPEN.has(text[i])) depth++;
    else if (CLOSE.has(text[i]) && --depth === 0) return scanLine(text.slice(i + 1), 0);
  }
  return depth;
}

/**
 * The template lines of a whole Rust file (1-based), none for another language. rustfmt leaves a macro's body alone, so
 * its width says nothing of a template's lines, whose fully qualified `::std::…` paths macro hygiene asks for
 * (futures-rs 633a905470's 164-character `fn poll_next` inside `quote! { … }`, max-line-length judged "not worth
 * saying", set 23). Cost: one pass over the file's lines.
 */
export function fileTemplateLines(path: string, lines: readonly string[]): Set<number> {
  if (!path.endsWith(".rs")) return new Set();
  return templateLines((l) => lines[l - 1] ?? "", { start: 1, end: lines.length });
}
