import type { CommentFact } from "./facts.js";
import type { LanguageSpec } from "./language-spec.js";
import type { RawComment } from "./walk.js";

/**
 * One comment line without its delimiters: `//`, `///`, `//!`, `#` (or `##`, a prose style of Ruby and Python whose second
 * `#` had made savon's `## I want to use … but I can't` read as a commented-out comment, so as code; set 37), `/*`, `*​/`,
 * a leading `*`.
 */
function stripLine(line: string): string {
  return line
    .replace(/^\s*(\/\/[/!]?|##?|\/\*+!?|\*(?!\/)|=begin\b|=end\b)/, "")
    .replace(/\*+\/\s*$/, "")
    .replace(/^ /, "");
}

export function stripDelimiters(text: string): string[] {
  const lines = text.split("\n").map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l));
  return lines.map(stripLine);
}

/**
 * Comments as facts: adjacent own-line line comments of the same kind are one block (five
 * commented-out lines are one thing to say); a plain comment directly above a declaration is its
 * documentation where the language says so (Go, Ruby).
 */
export function commentFacts(raw: RawComment[], spec: LanguageSpec, declarationLines: Set<number>): CommentFact[] {
  const out: CommentFact[] = [];
  let open: (CommentFact & { column: number }) | undefined;
  for (const c of raw) {
    let kind = spec.commentKind(c.text);
    const single = c.start === c.end;
    if (open && single && !c.trailing && kind === open.kind && open.kind !== "block" && c.start === open.end + 1 && c.column === open.column) {
      open.end = c.end;
      open.endColumn = c.endColumn;
      open.lines.push(...stripDelimiters(c.text));
      continue;
    }
    if (open) out.push(finish(open, declarationLines));
    if (kind === "line" && !single) kind = "block";
    open = {
      kind,
      start: c.start,
      end: c.end,
      lines: stripDelimiters(c.text),
      code: false,
      trailing: c.trailing,
      column: c.column,
      startColumn: c.column,
      endColumn: c.endColumn,
    };
  }
  if (open) out.push(finish(open, declarationLines));
  return out;
}

function finish(c: CommentFact & { column: number }, declarationLines: Set<number>): CommentFact {
  const { column: _column, ...fact } = c;
  if (fact.kind !== "doc" && !fact.trailing && declarationLines.has(fact.end + 1)) fact.kind = "doc";
  return fact;
}
