import type { RawFinding } from "../../engine/rule.js";
import type { ChangedFile } from "../../model/change.js";
import { alsoOn } from "../../text/also-on.js";
import type { Block } from "./block-of.js";

// The findings of no-commented-out-code: which message says a block, and the lone lines of new files left unsaid.

// The findings that say one commented line and no other place: what a file the change creates holds when its author
// kept a single line commented out with it.
const LONE_LINE = new Set(["commentedOutLine", "commentedOutPrint", "commentedOutPlaceholderLine"]);

/**
 * A new file's only commented-out line (calibration, session 18). Commented-out code is what an edit leaves behind of
 * the code it replaced; a file the change creates has no earlier version, and one commented line written with it is
 * a toggle, a note or an example (ziggurat's `# N(0, 1)`, a source generator's `// Debugger.Launch();`, a benchmark
 * config's column switch, `// return ctx` over the statement it names). Sets 11–17 judged 13 such findings, one agreed
 * (gunicorn's `#self.socket = socket.socket(_sock=self.socket)`). A block of two lines or more in a new file (a test
 * or a class commented out whole: 15 of 21 agreed) is still said, and so is a lone line in a file that existed.
 * `status` comes from the diff, not from the file's text: nothing the change writes turns this on.
 */
export function loneLineOfNewFile(file: ChangedFile, f: RawFinding): boolean {
  return file.status === "added" && LONE_LINE.has(f.messageId);
}

/**
 * A finding for joined blocks: its count is the first run's lines (the ones the reader is shown);
 * other runs of the same function are named by their lines, not added in.
 */
export function blockFinding(path: string, b: Block): RawFinding {
  const line = b.line;
  if (b.feature !== undefined)
    return b.count === 1
      ? { messageId: "commentedOutFeatureLine", path, line, data: { feature: b.feature } }
      : { messageId: "commentedOutFeature", path, line, data: { count: b.count, feature: b.feature } };
  const first = b.firstRunCount ?? b.count;
  const also = alsoOn(b.elsewhere ?? []);
  if (also !== "")
    return first === 1
      ? { messageId: "commentedOutLineAlso", path, line, data: { also } }
      : { messageId: "commentedOutAlso", path, line, data: { count: first, also } };
  if (b.prints)
    return b.count === 1 ? { messageId: "commentedOutPrint", path, line } : { messageId: "commentedOutPrints", path, line, data: { count: b.count } };
  return b.count === 1 ? { messageId: "commentedOutLine", path, line } : { messageId: "commentedOut", path, line, data: { count: b.count } };
}

/** One ask for a TODO for all of a new file's placeholder calls, when they add up to `minLines`. */
export function placeholderFinding(path: string, placeholders: Array<{ line: number; count: number }>, minLines: number): RawFinding | undefined {
  const count = placeholders.reduce((n, b) => n + b.count, 0);
  if (placeholders.length === 0 || count < minLines) return undefined;
  const line = placeholders[0].line;
  if (placeholders.length === 1 && count === 1) return { messageId: "commentedOutPlaceholderLine", path, line };
  return placeholders.length === 1
    ? { messageId: "commentedOutPlaceholderOne", path, line, data: { count } }
    : { messageId: "commentedOutPlaceholder", path, line, data: { count, more: placeholders.length - 1 } };
}
