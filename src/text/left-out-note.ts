import type { ChangedFile } from "../model/change.js";

/** A file pr-size did not count, and why: a generator wrote it, or it is another project's code. */
export interface LeftOut {
  file: ChangedFile;
  kind: "generated" | "vendored";
}

/**
 * A short note on what a size finding left out, when that is more than what it counted: the diff
 * says 14,000 lines, the finding 1,100, and the reader should see where the rest went ("; 12109
 * lines not counted in generated `lib/mail/parsers/rfc2822.rb` and 13 other generated or vendored
 * files"). Otherwise nothing: the figure speaks for itself.
 */
export function leftOutNote(leftOut: LeftOut[], counted: number): string {
  const size = (f: ChangedFile) => f.additions + f.deletions;
  const total = leftOut.reduce((n, l) => n + size(l.file), 0);
  if (leftOut.length === 0 || total < counted) return "";
  const largest = leftOut.reduce((a, b) => (size(b.file) > size(a.file) ? b : a));
  const others = leftOut.length - 1;
  const rest = others > 0 ? ` and ${others} other generated or vendored file${others > 1 ? "s" : ""}` : "";
  return `; ${total} lines not counted in ${largest.kind} \`${largest.file.path.replace(/`/g, "")}\`${rest}`;
}
