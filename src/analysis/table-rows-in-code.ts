import { codeTableRowIndexes } from "../text/table-rows.js";
import { isDataLine } from "./function-code.js";

/**
 * Rows of a table written as code in a span of a function (#10): a static constructor filling a
 * lookup table one assignment a line (MessagePack's 32 `formatNameTable[Nil] = "nil";`), a switch
 * of one line or one short row per case (`case 'low': str += '; Priority=Low'; break`), an unrolled
 * byte-writing switch. Such a function is as long as its table, not as its steps; the rows after a
 * table's first are what this counts (see codeTableRowIndexes for what makes two lines one row).
 */

/** A line of brackets and separators only: layout, not a row's content, nor a break in a run (`}`, `});`, `{`). */
const LAYOUT = /^[\s{}()[\];,]*$/;

/**
 * How many lines of `span` repeat a row of a table (see codeTableRowIndexes). Blank and comment
 * lines (`code` gives "") and layout are skipped; so are a data literal's entries (see isDataLine),
 * out of a function's length already, not rows to take out again. Linear in the span's length.
 */
export function tableRowLines(code: (line: number) => string, span: { start: number; end: number }): number {
  const lines: string[] = [];
  for (let l = span.start; l <= span.end; l++) {
    const text = code(l);
    if (text !== "" && !LAYOUT.test(text) && !isDataLine(text)) lines.push(text);
  }
  return codeTableRowIndexes(lines).length;
}
