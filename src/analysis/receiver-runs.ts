/**
 * Runs of calls on one receiver in a span of a function (#10): a listing of instructions handed to
 * one builder, in the order they take effect. MessagePack's `GetGetKeyMethod`, 160 of its 192 lines
 * `il.Emit(OpCodes.…)` and `il.MarkLabel(…)`, and guice's `defineClass`, a `mv.visitCode();
 * mv.visitVarInsn(…); … mv.visitEnd();` listing per generated method, are as long as the program
 * they emit (both judged "not worth saying": "a hand-transcribed IL listing", "linear bytecode
 * emission", sets 21 and 22). Cutting such a listing into helpers cuts the emitted program at
 * arbitrary points; a reader reads it as one step, as a table's rows (see table-rows-in-code.ts).
 */

/** A statement that calls a method on a plain name: `il.Emit(`, `mv.visitInsn(`, `$w->write(`, `Foo::bar(`. */
const CALL_ON = /^\s*(?:await\s+)?(\$?[A-Za-z_][\w$]*)\s*(?:\?\.|\.|->|::)\s*[A-Za-z_$][\w$]*\s*\(/;
/** Statements on one receiver, in a row, at least, to be a listing: fewer are steps that happen to share an object. */
const MIN_RUN = 5;
/** Lines a statement may be wrapped over and still belong to a run: bounds the bracket walk on hostile layouts. */
const MAX_STATEMENT_LINES = 12;
/** A line of brackets and separators only: layout between statements (`}`, `{`, `);`). */
const LAYOUT = /^[\s{}()[\];,]*$/;

interface Statement {
  receiver: string | undefined;
  lines: number;
}

/** Bracket depth a line leaves open, counting only `(` `[` and their closers: a call wrapped over lines. */
function openedBy(text: string): number {
  let depth = 0;
  for (const ch of text) depth += ch === "(" || ch === "[" ? 1 : ch === ")" || ch === "]" ? -1 : 0;
  return depth;
}

/** The statements of `span` in order, each with the receiver it calls a method on, if any, and its code lines. */
function statementsOf(code: (line: number) => string, span: { start: number; end: number }): Statement[] {
  const out: Statement[] = [];
  let open = 0;
  for (let l = span.start; l <= span.end; l++) {
    const text = code(l);
    if (text === "") continue;
    const current = out[out.length - 1];
    if (open > 0 && current && current.lines < MAX_STATEMENT_LINES) {
      current.lines++;
      open = Math.max(0, open + openedBy(text));
      continue;
    }
    // Layout ends a run only where it closes a scope: a `{ … }` block of its own is the next listing.
    if (LAYOUT.test(text)) {
      out.push({ receiver: undefined, lines: 0 });
      open = 0;
      continue;
    }
    out.push({ receiver: CALL_ON.exec(text)?.[1], lines: 1 });
    open = Math.max(0, openedBy(text));
  }
  return out;
}

/**
 * How many code lines of `span` continue a listing: the statements after the first of each run of
 * MIN_RUN or more statements in a row that call methods on one and the same name, with the lines
 * they are wrapped over. Blank and comment lines (`code` gives "") do not break a run. One pass
 * over the span's lines.
 */
export function receiverRunLines(code: (line: number) => string, span: { start: number; end: number }): number {
  let total = 0;
  let run: Statement[] = [];
  const close = () => {
    if (run.length >= MIN_RUN) total += run.slice(1).reduce((sum, s) => sum + s.lines, 0);
    run = [];
  };
  for (const s of statementsOf(code, span)) {
    if (s.receiver === undefined || (run.length > 0 && run[0].receiver !== s.receiver)) close();
    if (s.receiver !== undefined) run.push(s);
  }
  close();
  return total;
}
