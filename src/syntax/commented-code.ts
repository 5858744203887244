import type { Node, Parser } from "web-tree-sitter";
import type { CommentFact } from "./facts.js";
import type { LanguageSpec } from "./language-spec.js";
import { blankStrings } from "../text/string-literals.js";
import { codeBeforeNote } from "../text/trailing-comment.js";

// Comments that are directives or notes to people, whatever follows them: notes, licences, URLs,
// and the pragmas of linters, formatters, coverage tools and IDEs (`language=JSON` and
// `noinspection` for IntelliJ, `@formatter:off`, `region`, `NOSONAR`, `swiftlint:`, `#pragma`…).
const DIRECTIVE = new RegExp(
  "^\\s*(" +
    [
      "todo|fixme|xxx|hack|note|nb|bug|see\\s|https?:",
      "spdx|copyright|license|@license|frozen_string_literal|encoding|-\\*-|vim?:",
      "eslint|prettier|@ts-|tslint|jshint|jscs|istanbul|c8|v8|biome-ignore|deno-lint|stylelint|jscpd|@jsx|webpack[A-Z]",
      "noqa|type:|pyright|mypy|pylint|flake8|isort|fmt:|black|ruff|#?pragma\\b|coverage:",
      "rubocop|:nocov:|nolint|go:|\\+build|nosec|bottomline-",
      "#?region\\b|#?endregion\\b|language\\s*=|noinspection\\b|@formatter:|formatter:|nosonar|swiftlint:|checkstyle|resharper|cspell:",
      "phpcs|@phpstan-|@psalm-|@codeCoverageIgnore|clippy::|rustfmt::",
    ].join("|") +
    ")",
  "i",
);
const INNER_COMMENT = /^\s*(\/\/|#(?![[!]))/;

/** A directive for a tool rather than a note for a person (TODO, NOTE, a URL). */
export function isToolDirective(line: string): boolean {
  return isDirective(line) && !/^\s*(todo|fixme|xxx|hack|note|nb|bug|see\s|https?:)/i.test(line);
}
/** A line that is a directive: never code, and it separates the code around it. */
export function isDirective(line: string): boolean {
  return DIRECTIVE.test(line);
}
// Code must have punctuation; prose is mostly words.
const CODE_PUNCTUATION = /[(){}[\];=]|:=|->|=>/;
const WORD_RUN = /\b([A-Za-z][a-z]*)\s+([A-Za-z][a-z]*)\s+([A-Za-z][a-z]*)\b/g;
const EXAMPLE_ARROW = /\s(?:-->|==>|~~>|→|⇒)\s/;
// An entry of an object or argument list inside commented-out code: `...env,`, `LOG_LEVEL: "info",`.
const LIST_ITEM = /^\s*(\.\.\.[\w$.]+|[\w$]+\s*:\s*\S.*|"[^"]*"\s*:\s*\S.*|'[^']*'\s*:\s*\S.*),\s*$/;

/**
 * Examples inside a comment are documentation, never dead code: fenced blocks, `<pre>` blocks,
 * doctest `>>>` lines and whatever follows an `@example` tag become null (separators).
 */
function withoutExamples(lines: string[]): Array<string | null> {
  const kept: Array<string | null> = [];
  let inFence = false;
  let rest = false;
  for (const line of lines) {
    const t = line.trim();
    if (/^(@example|<pre\b|\{@code|>>>|\.\.\.\s)/.test(t)) rest = true;
    const fence = /^(```|~~~)/.test(t);
    if (fence) inFence = !inFence;
    kept.push(rest || fence || inFence ? null : line);
  }
  return kept;
}

/** A line is prose when three plain words that are not keywords follow one another outside strings. */
function isProse(line: string, keywords: Set<string>): boolean {
  // A statement's own trailing note (`foo(); // TODO: h3 should add this`) is not the line's words.
  const text = codeBeforeNote(line);
  // An arrow from one side of an example to the other (`"2.x","2.x.x" --> ">=2.0.0 <2.1"` over
  // node-semver's replaceXRanges) documents what goes in and what comes out; code has no such arrow.
  if (EXAMPLE_ARROW.test(text)) return true;
  WORD_RUN.lastIndex = 0;
  for (let m = WORD_RUN.exec(text); m; m = WORD_RUN.exec(text)) {
    if (!keywords.has(m[1]) && !keywords.has(m[2]) && !keywords.has(m[3])) return true;
    WORD_RUN.lastIndex = m.index + m[1].length + 1;
  }
  if (CODE_PUNCTUATION.test(text) || LIST_ITEM.test(text)) return false;
  const first = /^\s*([A-Za-z_]\w*)/.exec(text);
  // A number alone on its line (`0`, an argument of a wrapped call) is part of the code around it;
  // a rule of dashes (`// ------`) still separates.
  if (!first) return !/^\s*[-+]?\d[\w.]*\s*,?\s*$/.test(text);
  return !keywords.has(first[1]);
}

/**
 * A short line indented under one that opens a block or list (`Value string` under
 * `type T struct {`, a Go struct field): a member of the code around it, not a sentence.
 */
function memberOfOpenBlock(lines: Array<string | null>, i: number): boolean {
  const line = lines[i]!;
  if (/\b[A-Za-z]+\s+[A-Za-z]+\s+[A-Za-z]+\b/.test(blankStrings(line))) return false;
  for (let k = i - 1; k >= 0; k--) {
    const above = lines[k];
    if (above === null) return false;
    if (above.trim() === "") continue;
    return /[{([,]\s*$/.test(above) && indent(line) > indent(above);
  }
  return false;
}

/** Lines without the indentation they share, so indented Python parses. */
function dedent(lines: string[]): string[] {
  const indents = lines.filter((l) => l.trim() !== "").map((l) => l.length - l.trimStart().length);
  const min = Math.min(...indents);
  return min > 0 && Number.isFinite(min) ? lines.map((l) => l.slice(min)) : lines;
}

/**
 * Where a comment's commented-out code starts, if it holds any: a run of its lines, between
 * prose lines ("Disabled until …:"), that parses in the file's own language with no errors and
 * holds real code. One line is enough when it is a complete call, assignment or return.
 */
export function commentedOutCodeStart(comment: CommentFact, spec: LanguageSpec, parser: Parser): number | "explained" | undefined {
  if (comment.kind === "doc" || comment.trailing) return undefined;
  const lines = withoutExamples(comment.lines);
  const directive = lines.map((l) => l !== null && isDirective(l));
  // A comment inside commented-out code (`//\t// Write the file.`) belongs to the code around it.
  const prose = lines.map(
    (l, i) => l !== null && l.trim() !== "" && (directive[i] || (!INNER_COMMENT.test(l) && isProse(l, spec.keywords) && !memberOfOpenBlock(lines, i))),
  );
  // Code indented under prose is an example the prose introduces (Go and RDoc convention).
  const proseIndent = Math.min(...lines.filter((l, i) => l !== null && prose[i] && !directive[i]).map((l) => indent(l!)));
  let run: string[] = [];
  let runStart = 0;
  for (let i = 0; i <= lines.length; i++) {
    const line = i < lines.length ? lines[i] : null;
    if (line !== null && !prose[i]) {
      if (run.length === 0) runStart = i;
      run.push(line);
      continue;
    }
    const example = Math.min(...run.filter((l) => l.trim() !== "").map(indent)) > proseIndent;
    if (run.length > 0 && !example && isCode(run, spec, parser)) {
      // Code the comment itself explains or introduces is deliberate: documentation, not a leftover.
      if (explained(lines, prose, runStart, i) || opensWithNote(run)) return "explained";
      const from = grownStart(lines, runStart, i, spec, parser);
      return comment.start + from + leadingBlanks(lines.slice(from, i) as string[]);
    }
    run = [];
  }
  return undefined;
}

/** Lines of fragments over a block of code tried as part of it, at most. */
const MAX_FRAGMENT_LINES = 12;

/**
 * Where the code of lines [from, to) really starts: the fragments right over it (`if ENV['CI']`,
 * `  else`, `::Selenium::WebDriver::IE`, `[Test]`, `{`) are the rest of the same block when the
 * whole parses, as it does once the block is commented out in one go (capybara 3650c5bd77: 7 lines,
 * said as 2). A sentence, a note or a reason stops the search: it is what the prose over code is.
 */
function grownStart(lines: Array<string | null>, from: number, to: number, spec: LanguageSpec, parser: Parser): number {
  let top = from;
  for (let k = from - 1; k >= 0 && from - k <= MAX_FRAGMENT_LINES; k--) {
    const line = lines[k];
    if (line === null || (line.trim() !== "" && !isFragment(line, spec.keywords))) break;
    if (line.trim() !== "") top = k;
  }
  // The widest span that parses: a fragment the code does not close (a stray `}` or `end`) is left out.
  for (let start = top; start < from; start++) {
    if (lines[start]!.trim() === "") continue;
    if (isCode(lines.slice(start, to) as string[], spec, parser)) return start;
  }
  return from;
}

// A line of punctuation only, a rule under a heading (`// ------`, `# ====`): it separates.
const RULE_LINE = /^[\s\-=*#_~+/]+$/;

/**
 * A line of code too short to read as code on its own: a keyword (`else`, `end`), brackets, an
 * attribute, a qualified name, a condition. Never a sentence, a word alone, a note or a reason.
 */
function isFragment(line: string, keywords: Set<string>): boolean {
  const t = line.trim();
  if (t === "" || RULE_LINE.test(t) || isDirective(t) || explains(t) || wordPair(t, keywords)) return false;
  const first = /^([A-Za-z_]\w*)/.exec(t)?.[1];
  return first === undefined ? /^[[\]{}()@:.$<]/.test(t) : keywords.has(first) || CODE_MARK.test(t) || /[()[\]{}]/.test(t);
}

// Words of a reason to keep code commented out, or of a lead-in to an example: "TODO(#12): re-enable
// when …", "Uncomment this to …", "so disabling", "e.g.", "or:", "would give a type error", "the
// following", a constraint or a cost ("requires …", "slower"), or a remark of someone who weighed the
// code ("length() returns 0, but I checked…").
const REASON = new RegExp(
  "\\b(" +
    [
      // "Add back if needed" (SKIE cd5d7ee326's note over a removed line; set 40): a way back and when to take it.
      "uncomment\\w*|comment(ed)? (out|in)|re-?enabl\\w*|enabl\\w*|disabl\\w*|restor\\w*|revert\\w*|reinstat\\w*|(add|put|bring)(ed)? (it )?back|if (needed|necessary)",
      "until|unless|once|when|yet|currently|performance|temporar\\w*|for now|later|because|since|due to|so|otherwise|instead|alternative\\w*",
      "(in|with) a (separate|later|follow-?up|future|next) (change|commit|pr|pull request|release|version|step)|follow-?up|unblock\\w*",
      "not (yet )?(supported|possible|working|needed|used|ready)|(does|do|is|are|can|wo|did|could|would)n'?t|can't|cannot|broken|breaks|fail\\w*|flaky|unstable|slow",
      "fixme|issue|bug|workaround|example|e\\.g|i\\.e|for instance|such as|like (this|so)|as follows|following|would|could|might",
      "debug\\w*|optional\\w*|if you|to (test|try|use|run|generate)|usage|equivalent|same as|shorthand|means",
      "but|however|although|though|i'm|i've|we|checked|should|must|needs?|works?|wrong|problem|crash\\w*|hangs?|deprecated|obsolete|ignor\\w*|skip\\w*|keep|kept",
      "too (brittle|fragile|flaky|slow|noisy|racy|expensive|risky|strict|loose)|brittle|fragile|racy|unreliable|noisy|intermittent\\w*|non-?deterministic",
      // A constraint or a cost: "WriteAllVectored requires `W: Unpin`", "Overflows.", "extract(…); // slower".
      "requires|overflows|overflowed|slower|faster",
    ].join("|") +
    ")\\b|https?://|#\\d+|\\b[A-Z][A-Z0-9]+-\\d+\\b",
  "i",
);

/**
 * Whether the prose next to lines [from, to) of a comment explains them: the nearest prose line
 * above gives a reason or introduces them (it ends with a colon), the nearest one below gives a
 * reason ("^ uncomment to debug"), or prose on both sides makes them part of an explanation
 * (`# env[key][cache_key] = value` between two sentences). Blank comment lines are skipped.
 */
/** Whether a line of prose gives a reason for the code next to it, or introduces it with a colon. */
export function explains(line: string, below = false): boolean {
  // A TODO or FIXME attached to the code, however terse ("TODO: Fix."), says the author parked it on purpose.
  return !isToolDirective(line) && (TASK.test(line) || REASON.test(line) || (!below && LEAD_IN.test(line)));
}

// A sentence left open for what follows: "…:", "assumes the default configuration of", "set it as".
const LEAD_IN = /:\s*$|\b(of|as|like|with|to|by|from|for|is|are|be)\s*$/i;

/** A line that opens with a task marker: `TODO: …`, `@fixme`, `XXX`, `HACK`. */
export const TASK = /^\s*@?(todo|fixme|xxx|hack)\b/i;

function explained(lines: Array<string | null>, prose: boolean[], from: number, to: number): boolean {
  const above = nearestText(lines, from - 1, -1);
  const below = nearestText(lines, to, 1);
  if ((above !== undefined && explains(above)) || (below !== undefined && explains(below, true))) return true;
  // The reason may sit higher in the paragraph over the code ("… we just won't suggest it.").
  for (let i = from - 1; i >= 0 && prose[i] && lines[i] !== null && !isToolDirective(lines[i]!); i--) if (explains(lines[i]!, true)) return true;
  return above !== undefined && below !== undefined;
}

// The reason a block was parked, as the block's own first line: a note, a task, or why it is off.
const PARKING_NOTE =
  /^\s*(\/\/|#)\s*(@?(todo|fixme|xxx|hack)\b|(note|nb|why)\b|.*\b(disabl\w*|uncomment\w*|re-?enabl\w*|performance|too slow|because|until)\b)/i;

/**
 * A block whose first line is a comment of its own that says why it is parked (FastDoubleParser's
 * `/*` then `// Note: Performance of MemorySegment is awful unless it gets compiled by C2.` over
 * the code it switched off), or whose lines carry a task of their own (`… // TODO !!`). Old code's own comments (`// Write the file.`) say what, not why.
 */
function opensWithNote(run: string[]): boolean {
  const first = run.find((l) => l.trim() !== "");
  return (first !== undefined && PARKING_NOTE.test(first)) || run.some((l) => INNER_TASK.test(l));
}

// A task written on the parked code's own line (`//    channel.attachJob(job) // TODO !!` in
// kotlinx-io's JS port): the author marked it as work to come back to, which todo-issue-reference
// judges; telling them to delete it would lose the marker (judged *wrong*, set 15).
const INNER_TASK = /(?:\/\/|#|\/\*)\s*@?(?:todo|fixme|xxx)\b/i;

/** The nearest non-blank line from `i` on in direction `step`, within the comment (examples end the search). */
function nearestText(lines: Array<string | null>, i: number, step: 1 | -1): string | undefined {
  for (; i >= 0 && i < lines.length; i += step) {
    const line = lines[i];
    // A tool's directive (`eslint-disable-next-line`) is not a person's explanation.
    if (line === null || isToolDirective(line)) return undefined;
    if (line.trim() !== "") return line;
  }
  return undefined;
}

function indent(line: string): number {
  return line.length - line.trimStart().length;
}

function leadingBlanks(lines: string[]): number {
  let n = 0;
  while (n < lines.length && lines[n].trim() === "") n++;
  return n;
}

// Marks of code that prose seldom has: `;`, `a.b`, `snake_case`, `camelCase`, operators, `::`, `$x`, braces.
const CODE_MARK = /;\s*$|[{}]|[A-Za-z_$]\w*\.[A-Za-z_$]|[a-z0-9]_\w|[a-z][A-Z]|[=<>!+\-*/%&|^]=|[^=!<>]=[^=>]|->|=>|::|\$\w/;
const WORD_PAIR = /\b([A-Za-z][a-z]*) ([A-Za-z][a-z]*)\b/g;

/** Whether two plain words (not keywords) stand side by side outside strings: `it never throws`, whatever code marks the line has. */
function wordPair(line: string, keywords: Set<string>): boolean {
  const text = blankStrings(line);
  WORD_PAIR.lastIndex = 0;
  for (let m = WORD_PAIR.exec(text); m; m = WORD_PAIR.exec(text)) {
    if (!keywords.has(m[1]) && !keywords.has(m[2])) return true;
    WORD_PAIR.lastIndex = m.index + m[1].length + 1;
  }
  return false;
}

/**
 * A line that reads as words rather than code: two plain words side by side (not keywords) and no
 * mark of code, like `call foo(bar) first` or `puts the result`, which some grammars still parse.
 */
function wordy(line: string, keywords: Set<string>): boolean {
  const text = codeBeforeNote(line);
  return !CODE_MARK.test(text) && wordPair(text, keywords);
}

/** The most lines parsed as one block: a longer one is not read as code at all. */
export const MAX_BLOCK_LINES = 400;

// An expression shown with what it gives, REPL-style: `0 === -0 // true`, `Object.is(0, -0) // false`, `len(a)  # => 3`.
const SHOWS_RESULT =
  /^[^;]*\S\s+(?:\/\/|#)\s*(?:=>|->|→)?\s*(?:true|false|null|nil|none|undefined|nan|-?\d[\d_.e+-]*|"[^"]*"|'[^']*'|\[[^\]]*\]|\{[^}]*\})\s*$/i;

/** An expression (not an assignment) followed by the value it gives. */
function showsResult(line: string): boolean {
  const m = SHOWS_RESULT.exec(line);
  return m !== null && !/(^|[^=!<>])=($|[^=>])/.test(line.slice(0, line.search(/\s(\/\/|#)/)));
}

// A heading with a note in parentheses, `Interface (nested in interface)`, that a grammar reads as a call.
const HEADING = /^\s*[A-Z][A-Za-z]*(?:\s+[A-Za-z]+)*\s+\([^()]*\)\s*$/;

function isCode(run: string[], spec: LanguageSpec, parser: Parser): boolean {
  const code = dedent(run.filter((l, i) => l.trim() !== "" || (i > 0 && i < run.length - 1)));
  if (code.length === 0 || code.length > MAX_BLOCK_LINES) return false;
  // Text that is mostly words is prose, whatever a forgiving grammar makes of it.
  const filled = code.filter((l) => l.trim() !== "");
  if (filled.filter((l) => wordy(l, spec.keywords)).length * 2 >= filled.length) return false;
  // Expressions shown with their results explain a behaviour; nobody ran them as the program.
  if (filled.every(showsResult)) return false;
  if (filled.length === 1 && HEADING.test(filled[0])) return false;
  const tree = parser.parse((spec.codePrefix ?? "") + code.join("\n") + "\n");
  if (!tree) return false;
  try {
    const root = tree.rootNode;
    if (root.hasError || needsWhatCompilersReject(root, spec)) return false;
    const statements = root.namedChildren.filter((n): n is Node => n !== null && !spec.comments.has(n.type) && n.type !== "php_tag" && n.type !== "text");
    if (statements.length === 0) return false;
    const single = code.filter((l) => l.trim() !== "").length === 1;
    return single ? statements.every((s) => isCompleteStatement(s, spec)) : statements.some((s) => holdsCode(s, spec));
  } finally {
    tree.delete();
  }
}

/** Whether the parse holds a node the language accepts only inside an annotation, outside one (see LanguageSpec). */
function needsWhatCompilersReject(root: Node, spec: LanguageSpec): boolean {
  if (!spec.notCodeOutsideAnnotations) return false;
  for (const n of root.descendantsOfType([...spec.notCodeOutsideAnnotations])) {
    let p = n?.parent ?? null;
    while (p && !/annotation/.test(p.type)) p = p.parent;
    if (!p) return true;
  }
  return false;
}

/** A complete call, assignment or return (a lone word or a label is not). */
function isCompleteStatement(node: Node, spec: LanguageSpec): boolean {
  const n = unwrapped(node);
  if (!n) return false;
  if (spec.calls.has(n.type)) return spec.completeCall(n);
  // An assignment to a name, not `0x2207 = 0b0010 …` in a bit diagram.
  return spec.statementCode.has(n.type) && /=|\breturn\b/.test(n.text) && /^[A-Za-z_$@*(]/.test(n.text);
}

/**
 * Several lines hold code when one of their statements is more than a bare name, literal or label.
 * A collection literal standing alone (`{0: {1: 1/8}, 1: {2: 1/8}}`) is data shown, not a step
 * disabled: a statement that is only a value does nothing (networkx's test_maxflow.py writes each
 * expected flow so under "# flow solution", judged *wrong* as commented-out code, set 26).
 */
function holdsCode(node: Node, spec: LanguageSpec): boolean {
  if (isCompleteStatement(node, spec)) return true;
  if (COLLECTION.test(unwrapped(node)?.type ?? "")) return false;
  return !/label/.test(node.type) && node.namedChildCount > 0 && /[({=;]/.test(node.text);
}

const COLLECTION = /^(dictionary|list|set|tuple|array|hash)$/;

/** The expression a statement holds, past its one-child wrappers. */
function unwrapped(node: Node): Node | null {
  let n: Node | null = node;
  while (n && /^(expression_statement|global_statement|expression_list|parenthesized_expression)$/.test(n.type) && n.namedChildCount === 1)
    n = n.firstNamedChild;
  return n;
}

/**
 * Line comments set apart by blank lines only may be one disabled block cut at its blank lines
 * (`// test("a", () => {`, ``, `//   const data = load();`, ``, `// });`), whose parts do not all
 * parse on their own: parsed together, each part from where the code starts is code (or all are
 * explained, when the reason is over the first part).
 */
export function markSplitBlocks(comments: CommentFact[], textLines: string[], spec: LanguageSpec, parser: Parser): void {
  let from = 0;
  for (let i = 1; i <= comments.length; i++) {
    const prev = comments[i - 1];
    const c = comments[i];
    if (c && joinable(prev) && joinable(c) && textLines.slice(prev.end, c.start - 1).every((l) => l.trim() === "")) continue;
    if (i - from >= 2) markJoined(comments.slice(from, i), spec, parser);
    from = i;
  }
}

/**
 * A part that is words, at least two lines in three (networkx's six-line note over `__new__`, one
 * line of which names `__new__` and reads as no sentence, joined under a disabled assignment above
 * it: judged *wrong*, set 26). All of a one- or two-line part.
 */
function prose(lines: string[], spec: LanguageSpec): boolean {
  const filled = lines.filter((l) => l.trim() !== "");
  const words = filled.filter((l) => wordy(l, spec.keywords)).length;
  return filled.length > 0 && (filled.length < 3 ? words === filled.length : words * 3 >= filled.length * 2);
}

function joinable(c: CommentFact): boolean {
  return c.kind === "line" && !c.trailing;
}

function markJoined(parts: CommentFact[], spec: LanguageSpec, parser: Parser): void {
  const first = parts[0];
  const last = parts[parts.length - 1];
  const lines: string[] = [];
  for (const p of parts) {
    while (first.start + lines.length < p.start) lines.push("");
    lines.push(...p.lines);
  }
  const start = commentedOutCodeStart({ ...first, end: last.end, lines, endColumn: last.endColumn }, spec, parser);
  if (start === undefined) return joinFragments(parts, spec);
  for (const p of parts) {
    if (start === "explained") {
      p.explained = true;
      p.code = false;
    } else if (p.end >= start && !prose(p.lines, spec)) {
      // A part that is only words (`// Real and synthetic nested types.` under a disabled call) is a note, not part of the code.
      p.code = true;
      p.codeStart = Math.max(start, p.start);
    }
  }
}

/**
 * Parts of a block cut at its blank lines that do not parse together (a garbled line inside):
 * a part of fragments only (`//[Test]`, `//public void ProvidedOverridesContainer()`, `//{`, or
 * `//}` at the end) next to a part that is code belongs to that code (Autofac eb52ce08dc, said 5
 * lines late). A part with a sentence, a note or a reason stops the spread.
 */
function joinFragments(parts: CommentFact[], spec: LanguageSpec): void {
  const fragments = parts.map(
    (p) => !p.code && !p.explained && p.lines.some((l) => l.trim() !== "") && p.lines.every((l) => l.trim() === "" || isFragment(l, spec.keywords)),
  );
  const spread = (i: number) => {
    parts[i].code = true;
    parts[i].codeStart = parts[i].start + leadingBlanks(parts[i].lines);
  };
  for (let i = 1; i < parts.length; i++) if (fragments[i] && parts[i - 1].code) spread(i);
  for (let i = parts.length - 2; i >= 0; i--) if (fragments[i] && parts[i + 1].code) spread(i);
}
