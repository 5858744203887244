import type { CommentFact, FunctionFact } from "../syntax/facts.js";
import { holdsTranslations } from "../text/translation-files.js";
import { explains, isToolDirective } from "../syntax/commented-code.js";
import { enclosingOpeners } from "./enclosing-openers.js";
import { STRING_LITERALS } from "../text/string-literals.js";

/**
 * Signs that commented-out code was parked on purpose, beyond the prose right next to it: a
 * reason over the class or function it sits in, a note after the code on its own line, and
 * committed merge-conflict markers around it (their markers are the defect, not the code).
 */

// Words over a class or function that say something in it is parked: a task, or a disabling.
// Narrower than a reason next to the code: a doc comment over a function often says "when" or "so".
const PARKED =
  /\b(todo|fixme|xxx|hack|uncomment\w*|comment(ed)? out|re-?enabl\w*|disabl\w*|not (yet )?(supported|working|implemented)|(does|do|is|are|can|wo)n'?t work|broken|flaky|ignored)\b/i;
// Lines allowed between a declaration and the comment over it: annotations, attributes, decorators.
export const ANNOTATION = /^\s*(@[\w.]+|\[[\w.]+(\(.*\))?(,\s*[\w.]+(\(.*\))?)*\]|#\[[^\]]*\])\s*(\(.*\))?\s*$/;
const MAX_ANNOTATIONS = 5;

/**
 * Whether a comment right over a block that encloses line `line` (a function by the parser, or any
 * opener by indentation: the test class, the `describe`) says something in it is parked:
 * `// TODO: re-enable once the API is back` over `class RetryTest`, with `// assertRetried()` inside.
 */
export function parkedByEnclosingScope(head: string[], line: number, comments: CommentFact[], functions: FunctionFact[]): boolean {
  const openers = new Set(enclosingOpeners(head, scopeLine(head, line)).map((o) => o.line));
  for (const f of functions) if (f.start < line && line <= f.end) openers.add(f.start);
  const prose = comments.filter((c) => !c.trailing && !c.code);
  const endingAt = new Map(prose.map((c) => [c.end, c]));
  const startingAt = new Map(prose.map((c) => [c.start, c]));
  const parks = (c: CommentFact | undefined) => c !== undefined && c.lines.some((l) => PARKED.test(l) && !isToolDirective(l));
  for (const opener of openers) {
    let above = opener - 1;
    for (let k = 0; k < MAX_ANNOTATIONS && above > 0 && ANNOTATION.test(head[above - 1] ?? ""); k++) above--;
    // Over the block, or its first lines (`configure {` then `// Disable to unblock Kotlin bump`).
    if (parks(endingAt.get(above)) || parks(startingAt.get(opener + 1))) return true;
  }
  return false;
}

/**
 * A line whose indentation says its scope: a comment leader in column 0 (`//    foo()`, as IDEs
 * comment out) hides it, so the next live line's stands in (its scope, or the one around it).
 */
export function scopeLine(head: string[], line: number): number {
  if (!/^(\/\/|#)/.test(head[line - 1] ?? "")) return line;
  for (let i = line; i < head.length && i < line + 50; i++) if (head[i].trim() !== "" && !/^\s*(\/\/|#)/.test(head[i])) return i + 1;
  return line;
}

// A comment after code on a commented line: `foo();  // breaks on IE`, `print(x)  # py2 only`.
const NOTE_AFTER_CODE = /\S\s+(?:\/\/|#)\s*([^\s/#].*)$/;
const WORDS = /\b[A-Za-z]{2,}\b.*\b[A-Za-z]{2,}\b/;
// Or the version the line needs (`// >=1.45.0`, `// 1.45+`, `// MSRV 1.45`, `// Java 9+`): cc-rs keeps
// `// let linker_prefix = rustc_linker.strip_suffix("-gcc"); // >=1.45.0` over the manual split it writes
// instead (set 19, "not worth saying"), the form to switch to once the minimum version allows it.
const VERSION_NOTE =
  /^(?:(?:[<>]=?|~|\^)\s*|since\s+|msrv:?\s*|requires?\s+)(?:[A-Za-z]{1,12}\s*)?v?\d{1,3}(?:\.\d{1,4}){0,2}\+?$|^(?:[A-Za-z]{1,12}\s*)?v?\d{1,3}(?:\.\d{1,4}){0,2}\+$|^v?\d{1,3}\.\d{1,4}\.\d{1,4}$/i;

/**
 * The note after the code on a commented line (`foo();  // breaks on IE` gives "breaks on IE"), when
 * it is words, not more code: the author said why the line is kept.
 */
export function noteAfterCode(line: string): string | undefined {
  const m = NOTE_AFTER_CODE.exec(line.replace(STRING_LITERALS, (q) => "_".repeat(q.length)));
  if (!m) return undefined;
  const note = line.slice(line.length - m[1].length).trim();
  // Or one word of a reason (`extract(…); // slower` in phpseclib's Blowfish, set 23: the alternative's cost).
  return (WORDS.test(note) || VERSION_NOTE.test(note) || explains(note, true)) && !/[;{}]\s*$|^\w+(\.\w+)*\(.*\)\s*$/.test(note) ? note : undefined;
}

const CONFLICT_START = /^<{7}(\s|$)/;
const CONFLICT_END = /^>{7}(\s|$)/;

/** Lines (1-based) inside committed merge-conflict markers, the markers included. */
export function conflictLines(head: string[]): Set<number> {
  const out = new Set<number>();
  let start = -1;
  for (let i = 0; i < head.length; i++) {
    if (CONFLICT_START.test(head[i])) start = i;
    else if (CONFLICT_END.test(head[i]) && start >= 0) {
      for (let l = start; l <= i; l++) out.add(l + 1);
      start = -1;
    }
  }
  return out;
}

// Harnesses whose commented lines are the choices kept at hand: benchmark and performance projects
// (`bench/`, `benches/`, `CsvHelper.Performance/`), and a root-level tool or code generator
// (`util/src/main.rs` writes a table of the library's sources).
// The word ends the folder's name as a word of its own: `benches/`, `go-bench/`, `Foo.Performance/`,
// `JmhBenchmarks/`; not `workbench/`.
const HARNESS_DIR =
  /(^|\/)(?:[\w-]{0,80}[._-])?([Bb]ench|[Bb]enches|[Bb]enchmarks?|[Pp]erf|[Pp]erformance|BENCH\w{0,8})\/|(^|\/)\w{0,80}[a-z0-9](Bench|Benches|Benchmarks?|Perf|Performance)\//;
const ROOT_TOOL_DIR = /^(util|utils|gen|codegen|generators?|tools?)\//i;
// A test runner's or bundler's config (`karma.conf.js`, `wdio.conf.ts`, `webpack.config.js`): its
// commented lines are options to switch on (a browser of the matrix, a reporter).
const RUNNER_CONFIG = /(^|\/)[\w.-]{1,80}\.(conf|config)\.[cm]?[jt]s$/;

/** Whether the file is a harness, a config or a translation whose commented-out lines are toggles or placeholders, not dead code. */
export function togglesByPlace(path: string): boolean {
  return HARNESS_DIR.test(path) || ROOT_TOOL_DIR.test(path) || RUNNER_CONFIG.test(path) || holdsTranslations(path);
}

// An environment variable's value shown as an example (`# LANG=en_US.utf-8`) over the line that reads it.
const ENV_EXAMPLE = /^\s*([A-Z][A-Z0-9_]{1,40})=\S{1,120}\s*$/;

/** Whether a lone commented `NAME=value` documents the environment variable the next line reads (`ENV["LANG"]`). */
export function showsEnvironmentValue(commented: string | undefined, next: string | undefined): boolean {
  const name = ENV_EXAMPLE.exec(commented ?? "")?.[1];
  return name !== undefined && next !== undefined && new RegExp(`["'\\.]${name}\\b|\\b${name}["'\\]]`).test(next);
}

/** Words of a prose comment that may name what a commented line holds (`instanceof` in `assertInstanceOf(…)`). */
const NAMING_WORD = /[a-z][a-z0-9]{4,}/g;

/**
 * Whether a lone commented line is the preferred form of the live line below it, with the reason it
 * cannot be used in a comment just under that line (`//assertInstanceOf(…)`, then `assertEquals(…)`,
 * then `// can't get Maven to … hence not instanceof`): an explained alternative, not dead code.
 */
export function explainedAlternative(commented: string | undefined, below: Array<string | undefined>, explanation: (line: string) => boolean): boolean {
  const code = (commented ?? "").toLowerCase();
  return below.some((l) => {
    const prose = /^\s*(\/\/|#)\s*(.*)$/.exec(l ?? "")?.[2];
    return prose !== undefined && explanation(prose) && (prose.toLowerCase().match(NAMING_WORD) ?? []).some((w) => code.includes(w));
  });
}

// Words of a sentence that says why code is off: "doesn't throw because …", "does not throw on
// null", "disabled until …", "kept for reference", "no longer needed since …".
// …and a feature said to be gone ("IMemoryOwner support is removed" over the fields that used it: MemoryPack a32362f054,
// judged not worth saying on set 41): why the code under it no longer runs.
const WHY =
  /\b(because|since|as of|due to|until|unless|so that|in order to|instead of|no longer|never|kept (for|as|to|in)|left (for|as|in)|for reference|(does|do|is|are|was|were|can|could|will|would|should|did|has|have|may|might)(n'?t| not)|(is|are|was|were|been|got) (removed|dropped|deprecated|unsupported|obsolete))\b/i;
const MIN_SENTENCE_WORDS = 3;

/**
 * Whether a line of prose is a sentence that explains the commented code under it ("Arrays.hashCode
 * does not throw on null, so no assertThrows"), not a label of what it does ("Collapse internal
 * whitespace", "Primitives to Objects").
 */
export function explainsWhy(prose: string): boolean {
  return (prose.match(/[A-Za-z][\w'-]*/g) ?? []).length >= MIN_SENTENCE_WORDS && WHY.test(prose);
}

/** The commented lines' texts, trimmed, without the blank ones. */
function nonBlank(lines: string[]): string[] {
  return lines.map((l) => l.trim()).filter((l) => l !== "");
}

// A statement that only calls one of the program's own functions: `Parse();`, `WriteField(50, 1000000);`,
// `run_all()`. Not a method of an object (`app.Seed()`): steps of a program, not a choice of one.
const BARE_CALL = /^\s*[A-Za-z_$][\w$]{0,80}\s*\([^;]{0,200}\)\s*;?\s*$/;

/**
 * A program's `main` kept as a menu: commented calls next to the one that runs
 * (`//Parse();` over `ReadGetRecords();`): the author switches which one is active.
 */
export function menuOfCalls(code: string[], neighbours: Array<string | undefined>, inMain: boolean): boolean {
  const content = nonBlank(code);
  return inMain && content.length > 0 && content.every((l) => BARE_CALL.test(l)) && neighbours.some((l) => l !== undefined && BARE_CALL.test(l));
}

// What a swallowed error's branch yields, said as a note (`// return undefined` alone in `catch (err) {}`).
const RETURNS_NOTHING = /^\s*return\s*\(?\s*(undefined|null|nil|None|false|void 0)?\s*\)?\s*;?\s*$/;
const OPENS_BLOCK = /(\{|:|\bthen|\bdo|\brescue\b.{0,80}|\belse)\s*$/;
const CLOSES_BLOCK = /^\s*(\}|end\b|except\b|else\b|finally\b)/;

/** A lone `// return undefined` that is all an empty block holds: a note of what the block yields, not disabled code. */
export function notesWhatEmptyBlockYields(code: string[], before: string | undefined, after: string | undefined): boolean {
  const content = nonBlank(code);
  return content.length === 1 && RETURNS_NOTHING.test(content[0]) && OPENS_BLOCK.test(before ?? "") && CLOSES_BLOCK.test(after ?? "");
}

// A feature gate inside the commented code (`//#[cfg(feature = "trust-dns")]`, `#if NETSTANDARD`):
// an optional feature switched off, which may come back.
const FEATURE_GATE = /#\[cfg\(\s*(?:not\(\s*)?feature\s*=\s*"([\w-]{1,60})"|^\s*#\s*if(?:def)?\s+([A-Z_][\w]{0,60})/;

/** The feature a commented-out block gates, if it does: the finding then asks for a TODO or deletion. */
export function gatedFeature(code: string[]): string | undefined {
  for (const l of code) {
    const m = FEATURE_GATE.exec(l);
    if (m) return m[1] ?? m[2];
  }
  return undefined;
}

// A method called on a receiver (`STRING.encodeWithTag(`), and the receiver the line starts with.
const METHOD = /\.([A-Za-z_$][\w$]{3,})\s*\(/g;
const RECEIVER = /^\s*([A-Za-z_$][\w$]*)/;
const COMMENT_LINE = /^\s*(\/\/|#|\*|\/\*|--)/;

function methods(line: string): string[] {
  return [...line.matchAll(METHOD)].map((m) => m[1]);
}

/**
 * Commented-out calls that mirror the live calls next to them on another receiver
 * (`// OneofOptions.ADAPTER.encodeWithTag(writer, 2, …)` under `STRING.encodeWithTag(writer, 1, value.name)`):
 * in a new file, the items of a list not written yet. Every code line calls a method its live
 * neighbours (three lines either side) call too, one at least on something none of them starts with.
 */
export function mirrorsNeighbours(code: string[], neighbours: Array<string | undefined>): boolean {
  const live = neighbours.filter((l): l is string => l !== undefined && l.trim() !== "" && !COMMENT_LINE.test(l));
  const lines = code.map((l) => l.trim()).filter((l) => l !== "");
  const peersOf = (l: string) => live.filter((n) => methods(l).some((m) => methods(n).includes(m)));
  // Every line calls what a live neighbour calls; one at least on a receiver none of them starts with (a new item).
  return (
    lines.length > 0 &&
    lines.every((l) => peersOf(l).length > 0) &&
    lines.some((l) => {
      const receiver = RECEIVER.exec(l)?.[1];
      return receiver !== undefined && peersOf(l).every((n) => RECEIVER.exec(n)?.[1] !== receiver);
    })
  );
}

// The change says part of it is still to come: "Options are not yet implemented", "first step towards…", "WIP".
const NOT_YET = /\bnot\s+(yet\s+)?(implemented|supported|handled|wired up|done)(\s+yet)?\b|\bunimplemented\b|\bfirst step\b|\bWIP\b/i;

/** Whether the change's title, description or commit messages say some of it is not implemented yet. */
export function saysNotYetImplemented(texts: string[]): boolean {
  return texts.some((t) => NOT_YET.test(t));
}

// A task note (`FIXME: The \`look_set_prefix_all\` computation was not correct …`) and the names it quotes in backticks.
const TASK_NOTE = /\b(TODO|FIXME|XXX|HACK)\b/;
const QUOTED_NAME = /`([A-Za-z_$][\w$]{5,80})(?:\(\))?`/g;
// A name of the code distinct enough to be the one a note speaks of: six characters or more, snake_case or camelCase.
const DISTINCT_NAME = /^(?=[\w$]{6,})(?:[a-z$][\w$]*_[\w$]+|[a-z$]+[A-Z][\w$]*)$/;

/**
 * Whether a task note elsewhere in the file speaks of what the commented code computes (regex 7636ba84e1: "FIXME:
 * The `look_set_prefix_all` computation was not correct …, I just decided to remove it", and in another function
 * `// let mut prefix_all = LookSet::full();`): a name it quotes holds one of the code's distinct names, or the other
 * way round. The code is parked with the feature the note explains.
 */
export function namedByTaskNote(code: string[], comments: CommentFact[]): boolean {
  const names = new Set(code.flatMap((l) => l.match(/[A-Za-z_$][\w$]*/g) ?? []).filter((n) => DISTINCT_NAME.test(n)));
  if (names.size === 0) return false;
  for (const c of comments) {
    if (c.code) continue;
    const text = c.lines.join(" ");
    if (!TASK_NOTE.test(text)) continue;
    for (const [, quoted] of text.matchAll(QUOTED_NAME)) {
      if (DISTINCT_NAME.test(quoted) && [...names].some((n) => quoted.includes(n) || n.includes(quoted))) return true;
    }
  }
  return false;
}

// A type test's mark that a line must not compile: a trailing `// error`, `// compile error`, `// should not compile`,
// `// @ts-expect-error`, dtslint's `// $ExpectError`.
const ERROR_MARK =
  /(?:\/\/|#|\/\*)\s*(?:@ts-expect-error|\$ExpectError|expect(?:s|ed)?[- ]error|(?:(?:type|compile|compiler|ts|tsc)[- ])?error\b|should(?:\s+not|n't)\s+(?:compile|type-?check|be\s+allowed)|does(?:\s+not|n't)\s+compile|fails?\s+to\s+compile|not\s+allowed)/i;
// The mark after the line's code: `const v = this5.someOption; // error`.
const TRAILING_ERROR_MARK = new RegExp(String.raw`\S\s*` + ERROR_MARK.source, "i");
// The mark on the line above, alone: `// @ts-expect-error`, `// $ExpectError`.
const ERROR_MARK_ABOVE = /^\s*(?:\/\/|#)\s*(?:@ts-expect-error|@ts-ignore|\$ExpectError)\b/;
// Where type tests live: `typings/`, `types/`, `dtslint/`, `type-tests/`, `*.test-d.ts`.
const TYPE_TEST_PATH = /(^|\/)(typings|types?|dtslint|type-?tests?|types?-tests?)\/|\.test-d\.[cm]?tsx?$/;

/**
 * A negative test (commander's `typings/commander-tests.ts`: `// const v = this5.someOption; // error`): a line kept
 * commented because it must not compile, and marked so, every line of the block, or the whole under a
 * `// @ts-expect-error`. It documents what the types reject; it is not dead code.
 */
export function negativeTypeCase(path: string, testFile: boolean, codeLines: string[], above: string | undefined): boolean {
  if (!testFile && !TYPE_TEST_PATH.test(path)) return false;
  if (ERROR_MARK_ABOVE.test(above ?? "")) return true;
  return codeLines.length > 0 && codeLines.every((l) => TRAILING_ERROR_MARK.test(l.replace(/^\s*(?:\/\/|#)/, "")));
}

// A field of the object itself: `self.te`, `this.te`, `$this->te`, Ruby's `@te`. Not a method it calls
// (`this.VisitExpression(…)`): a call names the code around it, not the state a parked feature keeps.
const OWN_MEMBER = /(?:\bself\.|\bthis\.|\$this->|(?<![\w@])@)([A-Za-z_]\w{0,60})\b(?!\s*\()/g;

/**
 * Whether the commented code names a member of the object that a comment elsewhere in the file,
 * parked with its reason, uses too (gunicorn 39f5d313f7: `#self.te = None` in `__init__`, and in
 * `is_chunked` "maybe we should do this test if users expect this header" over `#if self.te ==
 * "chunked" …`): the two are one feature parked on purpose, and the reason covers both.
 */
export function partOfExplainedParking(code: string[], comments: CommentFact[]): boolean {
  const members = new Set([...code.join("\n").matchAll(OWN_MEMBER)].map((m) => m[1]));
  const assigned = new Set(code.flatMap((l) => ASSIGNED_NAME.exec(l)?.[1] ?? []).filter((n) => DISTINCT_NAME.test(n)));
  if (members.size === 0 && assigned.size === 0) return false;
  return comments.some((c, i) => {
    if (!givesItsReason(c, comments[i - 1])) return false;
    const text = c.lines.join("\n");
    return (
      [...text.matchAll(OWN_MEMBER)].some((m) => members.has(m[1])) || [...assigned].some((n) => new RegExp(`\\b${n.replace(/\$/g, "\\$")}\\b`).test(text))
    );
  });
}

// The name a commented line assigns, bare (`getComponentNameMethod = recordComponentClass.getMethod("getName");`): a field the
// parked feature fills. Joined to the parked declaration of that name under its reason (jackson-jr 26379a6100: "// We may need
// this in future:" over `//private static Method getComponentNameMethod;`; set 38, judged not worth saying).
const ASSIGNED_NAME = /^\s*([A-Za-z_$][\w$]{0,80})\s*=(?!=)/;

/**
 * A comment parked with its reason: its own prose says why ("Disabled until …:", a TODO), or the prose comment
 * right above it does (a TODO is a comment of its own).
 */
function givesItsReason(c: CommentFact, above: CommentFact | undefined): boolean {
  if (c.explained === true) return true;
  // Its own lines: a reason beside the parked line (a TODO over `return true if @te == 'chunked'`); not a line of code.
  const codeFrom = c.code && c.codeStart !== undefined ? c.codeStart - c.start : c.lines.length;
  if (c.lines.slice(0, codeFrom).some((l) => explains(l))) return true;
  return c.code && above !== undefined && !above.code && above.end === c.start - 1 && above.lines.some((l) => explains(l));
}

// A live line's note that it passes over data: `reader.Seek(4); // skip byte 0 - it's locked in a transaction`.
const SKIP_NOTE = /\b(skip|skips|skipped|skipping|ignore|ignores|ignored|unused|reserved)\b/i;

/**
 * Whether a lone commented line sits right under or over a live line whose trailing note says it skips
 * or ignores something (LiteDB's `reader.Seek(4); // skip byte 0` over `//this.PageID = reader.ReadUInt32();`):
 * the commented line names the field the skip passes over, as the base method reads it. It documents.
 */
export function namesWhatIsSkipped(neighbours: Array<string | undefined>): boolean {
  return neighbours.some((l) => {
    if (l === undefined || /^\s*(\/\/|#|\/\*|\*)/.test(l)) return false;
    const note = noteAfterCode(l);
    return note !== undefined && SKIP_NOTE.test(note);
  });
}
