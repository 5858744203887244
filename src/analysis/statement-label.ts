import { escapeRegExp } from "../text/escape-regexp.js";
/**
 * A comment shaped like a statement of one keyword and one bare name (`// return username`, `# raise
 * error`), as a file's step labels often are (morgan's `// parse basic credentials` then `// return
 * username` over `return credentials ? credentials.name : undefined`, judged wrong in set 14).
 */
const KEYWORD_AND_NAME = /^\s*(?:(?:\/\/+|#+|\/\*+|\*+)\s*)?(?:return|throw|raise|yield)\s+([A-Za-z_$][\w$]{0,60})\s*;?\s*(?:\*\/)?\s*$/;
/** Names that are values in every language: a statement of one of them is code whatever the file holds. */
const LITERALS = new Set("null nil None undefined true false True False this self it err error e ex".split(" "));
/** A line of the file's code, not of its comments. */
const COMMENT_LINE = /^\s*(?:\/\/|#|\/\*|\*)/;
/** Lines of the file read for the name: a label sits near the code it describes, and the file is hostile input. */
const MAX_LINES = 20_000;

/**
 * Whether a lone commented `return x` is a label, not code: `x` names nothing in the file's code. A
 * returned value the file never mentions cannot be a leftover of it; "return username" says in two
 * words what the next statement returns.
 */
export function labelsWithUnknownName(line: string, fileLines: string[]): boolean {
  const name = KEYWORD_AND_NAME.exec(line)?.[1];
  if (name === undefined || LITERALS.has(name)) return false;
  const word = new RegExp(`(^|[^\\w$])${escapeRegExp(name)}(?![\\w$])`);
  return !fileLines.slice(0, MAX_LINES).some((l) => !COMMENT_LINE.test(l) && word.test(l));
}

// The keyword a live statement starts with, and what follows it.
const LIVE_STATEMENT = /^\s*(return|throw|raise|yield)\b(.*)$/;

/**
 * Whether a lone commented `return x` labels the statement right under it (fiber a458bd344c: `// return ctx` over
 * `return &DefaultCtx{`, among the function's other step labels): the live line starts with the same keyword and
 * builds the value the label names, `x` read inside one of its names (`ctx` in `DefaultCtx`) but not returned as is.
 * An older statement kept over its replacement (`// return Sequence(body(), sync(), EOI);` over
 * `return Sequence(body(), EOI);`, agreed) has more than one bare name: it is code.
 */
export function labelsStatementBelow(line: string, below: string | undefined): boolean {
  const label = /^\s*(?:(?:\/\/+|#+|\/\*+|\*+)\s*)?(return|throw|raise|yield)\s+([A-Za-z_$][\w$]{0,60})\s*;?\s*(?:\*\/)?\s*$/.exec(line);
  const live = LIVE_STATEMENT.exec(below ?? "");
  if (!label || !live || label[1] !== live[1] || LITERALS.has(label[2])) return false;
  const names = live[2].match(/[A-Za-z_$][\w$]*/g) ?? [];
  const name = label[2].toLowerCase();
  return !names.some((n) => n === label[2]) && names.some((n) => n.toLowerCase().includes(name));
}

// `// stroke (SVGPathString)`: a bare word, a space, then one capitalised name in parentheses. Formatters never put a
// space between a callee and its parenthesis, and a call's argument is rarely a type's name: a label of a branch.
const TYPED_LABEL = /^\s*(?:(?:\/\/+|#+)\s*)?[a-z][A-Za-z]{1,30}\s+\([A-Z][\w.]{1,60}\)\s*$/;

/**
 * Whether a lone commented line is a branch's label that only parses as a call: excalidraw 63e1148280's
 * `// stroke (SVGPathString)` and `// background (Drawable)` over the two branches of `typeof shape === "string"`
 * (judged *wrong* as commented-out code, set 30). `// stroke(path)` or `// render (shape)` stay code.
 */
export function isTypedLabel(line: string): boolean {
  return TYPED_LABEL.test(line) || TITLED_LABEL.test(line);
}

// `# IPv6 (normal)`, `# IPv6 (IPv4 compat)`: a capitalised name, a space, then a few words in parentheses. ipaddr's
// `valid_v6?` heads each group of its patterns so (8544b1fcb8, judged *wrong* as code on set 47). A call written with a
// space before its parenthesis, to a capitalised name, of plain words, is a heading.
const TITLED_LABEL = /^\s*(?:(?:\/\/+|#+)\s*)?[A-Z][\w.+-]{0,30}\s+\([A-Za-z][\w+./-]{0,30}(?:\s+[\w+./-]{1,30}){0,4}\)\s*$/;

// `// kotlin("jvm")`: one call, nothing after it.
const BARE_CALL = /^\s*(?:(?:\/\/+|#+)\s*)?([A-Za-z_$][\w$.]{0,40})\(([^()\n]{0,80})\)\s*;?\s*$/;
// The same as a whole comment line of the file.
const BARE_CALL_COMMENT = /^\s*(?:\/\/+|#+)\s*([A-Za-z_$][\w$.]{0,40})\([^()\n]{0,80}\)\s*;?\s*$/;
// A comment that opens with a call and goes on in words: `// kotlin("multiplatform") targeting Java platforms.`
const CALL_THEN_WORDS = /^\s*(?:\/\/+|#+)\s*([A-Za-z_$][\w$.]{0,40})\([^()\n]{0,80}\)\s+[A-Za-z]{2,}(?:\s+[A-Za-z]{1,30}){1,12}\s*[.:]?\s*$/;
// A line that opens a branch or a block: what a heading stands over.
const OPENS_BLOCK = /(?:\{|:)\s*$|^\s*(?:if|elif|elsif|else\s+if|case|when|switch|match|unless)\b/;

/**
 * Whether a lone commented call is a heading like others of its file, not code switched off:
 * - another comment opens with a call to the same name and goes on in words: burst's Gradle plugin heads one block
 *   `// kotlin("multiplatform") targeting Java platforms.` and the next `// kotlin("jvm")` (83e6c75ec2, judged
 *   *wrong* on set 44);
 * - or comments calling that name head two branches or more, and the file's code never calls it: http-errors'
 *   `// create(msg, status)` and `// create(msg);` over the `if`s that read each form of the module's own call
 *   (8cc4f65, judged *wrong* on set 45). Old calls of a removed function stand over statements, not branches.
 * One pass over the file's lines.
 */
export function labelsLikeSibling(line: string, lines: readonly string[]): boolean {
  const callee = BARE_CALL.exec(line)?.[1];
  if (callee === undefined) return false;
  const index = headingsOf(lines);
  if (index.worded.has(callee)) return true;
  const heads = index.bare.get(callee) ?? [];
  return heads.length >= 2 && heads.every((i) => OPENS_BLOCK.test(nextCode(lines, i))) && !index.called.has(callee);
}

interface Headings {
  /** Callees of comments that open with a call and go on in words. */
  worded: Set<string>;
  /** The lines (0-based) of comments that are one call, by callee. */
  bare: Map<string, number[]>;
  /** Names the file's code calls. */
  called: Set<string>;
}

// A call in code: a name (maybe dotted) and its parenthesis, not a member of something else's.
const CODE_CALL = /(?:^|[^\w$.])([A-Za-z_$][\w$.]{0,40})\s*\(/g;
const headingsByFile = new WeakMap<readonly string[], Headings>();

/** One pass over a file's lines for labelsLikeSibling, kept per file: every commented call of it asks. */
function headingsOf(lines: readonly string[]): Headings {
  let found = headingsByFile.get(lines);
  if (found) return found;
  found = { worded: new Set(), bare: new Map(), called: new Set() };
  for (const [i, l] of lines.entries()) {
    if (!COMMENT_LINE.test(l)) {
      for (const m of l.slice(0, 2000).matchAll(CODE_CALL)) found.called.add(m[1]);
      continue;
    }
    const worded = CALL_THEN_WORDS.exec(l)?.[1];
    if (worded !== undefined) found.worded.add(worded);
    const bare = BARE_CALL_COMMENT.exec(l)?.[1];
    if (bare === undefined) continue;
    const at = found.bare.get(bare);
    if (at) at.push(i);
    else found.bare.set(bare, [i]);
  }
  headingsByFile.set(lines, found);
  return found;
}

/** The first line after `i` that is not a comment (a heading may run on over a note). */
function nextCode(lines: readonly string[], i: number): string {
  for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) if (!COMMENT_LINE.test(lines[j])) return lines[j];
  return "";
}
