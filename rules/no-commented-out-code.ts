import { z } from "zod";
import { defineRule, type RawFinding } from "../src/engine/rule.js";
import type { Lookups } from "../src/engine/rule.js";
import type { ChangedFile } from "../src/model/change.js";
import { baseFacts, basePaths, headPaths, headText, movedFromPaths } from "../src/syntax/change-facts.js";
import { explains } from "../src/syntax/commented-code.js";
import type { CommentFact } from "../src/syntax/facts.js";
import { looksGeneratedText } from "../src/syntax/generated.js";
import { lineFacts } from "../src/syntax/line-view.js";

export default defineRule({
  meta: {
    id: "no-commented-out-code",
    description: "The change adds no commented-out code.",
    category: "readability",
    defaultSeverity: "warning",
    messages: {
      commentedOut: "These {count} commented-out lines of code are dead weight: readers cannot tell whether they matter. Delete them; git keeps the history.",
      commentedOutLine: "This commented-out line of code is dead weight: readers cannot tell whether it matters. Delete it; git keeps the history.",
    },
  },
  options: z.object({ min_lines: z.number().int().min(1).default(1).describe("Lines of commented-out code a comment must hold to be reported.") }).strict(),
  // The base texts say which commented lines the files already had: a reformat, or a move from a
  // file the change deleted lines from, re-adds them and is not this change's doing (clean as you code).
  needs(change) {
    const candidates = change.files.filter((f) => mayHoldCode(f.addedLines));
    // The head text too: parsed whole, a file's comments are what they are (a PHP file's added
    // lines alone are not inside `<?php`, and a Go doc comment needs its declaration).
    if (candidates.length === 0) return {};
    return { fileContents: headPaths(candidates), baseContents: [...new Set([...basePaths(candidates), ...movedFromPaths(change.files)])] };
  },
  check(change, opts, found) {
    const out: RawFinding[] = [];
    const atBase = commentedLinesAtBase(change.files, found);
    for (const file of change.files) {
      if (!mayHoldCode(file.addedLines) || documentationPath(file.path)) continue;
      const facts = lineFacts(file, found);
      const text = headText(file, found);
      if (!facts || looksGeneratedText(text ?? "")) continue;
      const added = new Set(file.addedLines.map((l) => l.line));
      const lineAt = headLines(file, text);
      // The parser decided which comments are code (doc comments and their examples never are);
      // one comment block is one finding, however many lines it holds, anchored on its first
      // commented line that is new: not one the file had at base, re-indented or moved.
      for (const [i, c] of facts.comments.entries()) {
        if (!c.code || c.codeStart === undefined) continue;
        if (explainedByNeighbour(facts.comments, i)) continue;
        const count = c.end - c.codeStart + 1;
        if (count < opts.min_lines) continue;
        let line = 0;
        for (let l = c.codeStart; l <= c.end && line === 0; l++) if (added.has(l) && !atBase(c.lines[l - c.start] ?? "")) line = l;
        if (line === 0) continue;
        const first = c.lines[c.codeStart - c.start];
        if (count === 1 && isToggle(first, [lineAt(c.start - 1), lineAt(c.end + 1)])) continue;
        if (showsGeneratedCode(first, [lineAt(c.end + 1), lineAt(c.end + 2), lineAt(c.end + 3)])) continue;
        out.push(
          count === 1 ? { messageId: "commentedOutLine", path: file.path, line } : { messageId: "commentedOut", path: file.path, line, data: { count } },
        );
      }
    }
    return out;
  },
});

/**
 * A comment right above or below, set apart only by its indentation (`  // TODO doesn't work yet`
 * over `//    val result = …`), that explains the code: it gives a reason or introduces it.
 */
function explainedByNeighbour(comments: CommentFact[], i: number): boolean {
  const c = comments[i];
  const above = comments[i - 1];
  const below = comments[i + 1];
  const before = above && !above.code && !above.trailing && above.end === c.start - 1 ? above.lines.filter((l) => l.trim() !== "") : [];
  const after = below && !below.code && below.start === c.end + 1 ? below.lines.filter((l) => l.trim() !== "") : [];
  // Any line of a prose comment above may give the reason ("TODO doesn't work yet." then how to fix it).
  return before.some((l, k) => explains(l, k < before.length - 1)) || (after.length > 0 && explains(after[0], true));
}

/** A comment line as text to compare, whatever its indentation, spacing or case: `#  A = 1` is `#a=1`. */
function normalised(line: string | undefined): string {
  return (line ?? "").replace(/\s+/g, "").toLowerCase();
}

// Examples, docs and sample configs are written to be read and copied: their commented-out lines
// are options for the reader (Sphinx's conf.py, `examples/snippets/*.ts`). Compiled output
// (`esm/`, `cjs/`, `dist/`) is nobody's writing.
const DOCUMENTATION_PATH =
  /(^|\/)(_?examples?|samples?|snippets?|demos?|docs?|documentation|tutorials?|esm|cjs|dist)\/|\.(example|sample|template|dist)(\.\w+)?$/i;

function documentationPath(path: string): boolean {
  return DOCUMENTATION_PATH.test(path);
}

/** The head text's line n (1-based), from the whole text when at hand, else from the added lines. */
function headLines(file: ChangedFile, text: string | undefined): (n: number) => string | undefined {
  if (text !== undefined) {
    const lines = text.split("\n");
    return (n) => lines[n - 1];
  }
  const added = new Map(file.addedLines.map((l) => [l.line, l.text]));
  return (n) => added.get(n);
}

/**
 * A comment that shows the code the next lines emit: a code generator's
 * `// return if (mask == all) A(value) else A()` over `addCode("return·if·(%L == …")`. The
 * string starts with the comment's first two words (KotlinPoet writes `·` for a space).
 */
function showsGeneratedCode(commented: string | undefined, next: Array<string | undefined>): boolean {
  const words = /^\s*([A-Za-z_]\w*)[\s(]+([A-Za-z_]\w*)/.exec(commented ?? "");
  if (!words) return false;
  const opening = new RegExp(`^["'\`]\\s*${words[1]}[\\s·(]+${words[2]}\\b`);
  return next.some((l) => l !== undefined && (l.replace(/·/g, " ").match(/"[^"]*"|'[^']*'|`[^`]*`/g) ?? []).some((str) => opening.test(str)));
}

/** A statement's shape: its literals as placeholders, without spacing or a final `;`. */
function shape(code: string): string {
  return code
    .replace(/"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|`[^`]*`/g, "S")
    .replace(/\b(\d[\w.]*|true|false|null|nil|none|undefined)\b/gi, "0")
    .replace(/[\s;]+/g, "");
}

/**
 * A commented-out line next to a live line of the same shape is the other setting of a toggle
 * (`public int Iterations = 100;` over `//public int Iterations = 10000;`): a choice kept at hand,
 * not dead code.
 */
function isToggle(commented: string | undefined, neighbours: Array<string | undefined>): boolean {
  const want = shape(commented ?? "");
  return want !== "" && neighbours.some((l) => l !== undefined && shape(l) === want);
}

/**
 * Whether a normalised comment line was a comment line at base in any file of the change whose
 * base text is at hand (code moved between files brings its comments along). Parsed on first use
 * only, so a change without commented-out code parses nothing at base.
 */
function commentedLinesAtBase(files: ChangedFile[], found: Lookups): (line: string) => boolean {
  let lines: Set<string> | undefined;
  let names: Array<Set<string>> = [];
  return (line) => {
    if (!lines) {
      lines = new Set();
      for (const f of files) {
        const facts = baseFacts(f, found);
        for (const c of facts?.comments ?? [])
          for (const l of c.lines) {
            if (l.trim() === "") continue;
            lines.add(normalised(l));
            const n = identifiers(l);
            if (n.size >= MIN_NAMES) names.push(n);
          }
      }
    }
    if (lines.has(normalised(line))) return true;
    // An old commented-out line edited in place (`// assertTrue(a.b(c))` became
    // `// assertThat(a.b(c)).isTrue()` in an assertion-library port) is still old.
    const mine = identifiers(line);
    return mine.size >= MIN_NAMES && names.some((n) => similarity(mine, n) >= 0.5);
  };
}

const MIN_NAMES = 3;

function identifiers(line: string): Set<string> {
  return new Set(line.toLowerCase().match(/[a-z_$][\w$]*/g) ?? []);
}

/** Jaccard similarity of two sets of names. */
function similarity(a: Set<string>, b: Set<string>): number {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.size + b.size - both);
}

// Cheap pre-check on the raw lines, so most files are never parsed for this rule: a line that is
// only a comment and has code punctuation, or a block comment opening.
const COMMENT_WITH_PUNCTUATION = /^\s*(\/\/|#)(?!\[).*([(){}[\];=]|\b(return|break|continue|pass)\b)/;
const BLOCK_OPENING = /\/\*|^=begin/;

function mayHoldCode(lines: Array<{ text: string }>): boolean {
  return lines.some((l) => COMMENT_WITH_PUNCTUATION.test(l.text) || BLOCK_OPENING.test(l.text));
}
