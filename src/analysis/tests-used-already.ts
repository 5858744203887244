import type { FunctionFact } from "../syntax/facts.js";
import { escapeRegExp } from "../text/escape-regexp.js";
import { indentWidth } from "../text/indent-width.js";

/**
 * Existing tests that already run what a refactor rewrites (#11, session 9): `IOUtils.ScratchBytes`
 * exercised in `IOCaseTest`, a Kotlin `Event` compared in `ChannelTest`, a Go `Route` in
 * `middleware_test.go`. The tests are not named for the file, so pairing by name misses them; they
 * name the code they use. A rewrite whose every changed function or type a test of its package
 * calls or names is pinned by that test: a reviewer asks for nothing more.
 */

/** Stop reading test texts past this many characters: a large suite says no more than its first megabyte. */
export const MAX_TEST_TEXT = 1_000_000;

/**
 * Method names too common to say which code a test uses (`get`, `close`, `equals`): a test that
 * calls `.close()` uses some `close`, not this one. Their type's name says it instead.
 */
const GENERIC_NAMES =
  /^(get|set|put|add|run|call|apply|invoke|execute|handle|process|init|__init__|__\w+__|main|new|create|build|make|update|read|write|open|close|start|stop|next|reset|clear|size|length|count|parse|format|render|load|save|send|value|values|keys|items|array|list|equals|hashCode|toString|compareTo|Equals|GetHashCode|ToString|String|Error|Close|Get|Set|Run|Handle|dispose|Dispose|copy|clone|data|name|type|test|setup|setUp|teardown|tearDown)$/;

/** Shorter names are in too many unrelated texts. */
const MIN_NAME = 4;

/**
 * A type's declaration in the languages the rule knows: `class`, `interface`, `object`, `struct`,
 * `enum`, `record`, `trait`, Ruby's `module`, Go's `type X struct`.
 */
const TYPE_DECLARATION =
  /^\s*(?:(?:public|private|protected|internal|export|default|abstract|final|sealed|data|open|static|partial|readonly|inline|value|enum|annotation|companion|pub(?:\([\w ]+\))?)\s+)*(?:class|interface|object|struct|enum|record|trait|module|type)\s+([A-Za-z_][\w]*)/;
/** A Rust `impl` block's type: `impl<T> Stream for Body<T> {` is `Body`'s. */
const RUST_IMPL = /^\s*impl(?:<[^{]*?>)?\s+(?:[\w:]+(?:<[^{]*?>)?\s+for\s+)?(?:[\w]+::)*([A-Za-z_]\w*)/;
/** A Go method's receiver type: `func (r *Route) GetHandler()`. */
const GO_RECEIVER = /^\s*func\s*\(\s*\w*\s*\*?\s*([A-Za-z_]\w*)/;
/** Lines that only bring names into scope: a test of the code does not name them. */
export const SCOPE_LINE = /^\s*(import|from\s+\S+\s+import|package|using|use|require|namespace|#include)\b/;

/**
 * The names a fresh line can be known by in a test: the functions that hold it and the types that
 * enclose it (a Go method's receiver among them), innermost first. Empty for a line outside any.
 */
export function namesOfLine(line: number, lines: string[], functions: FunctionFact[]): { functions: string[]; types: string[] } {
  const fns: string[] = [];
  const types: string[] = [];
  const holders = namedFunctions(functions)
    .filter((fn) => line >= fn.start && line <= fn.end)
    .sort((a, b) => b.start - a.start);
  for (const fn of holders) {
    fns.push(fn.name);
    const receiver = GO_RECEIVER.exec(lines[fn.start - 1] ?? "");
    if (receiver) types.push(receiver[1]);
  }
  // The line's own declaration, then each less indented line above that declares a type (its block's opener).
  const declared = (text: string) => TYPE_DECLARATION.exec(text) ?? RUST_IMPL.exec(text);
  const own = declared(lines[line - 1] ?? "");
  if (own) types.push(own[1]);
  for (const l of openersAbove(line, lines)) {
    const decl = declared(lines[l - 1]);
    if (decl) types.push(decl[1]);
  }
  return { functions: fns, types };
}

/**
 * The functions a test can name (not lambdas or callbacks, a plain identifier), in their order, once
 * per list: every fresh line of a file asks, and testing each name's pattern per line and function
 * was most of this lookup's cost on a large change (#10).
 */
const named = new WeakMap<FunctionFact[], FunctionFact[]>();
function namedFunctions(functions: FunctionFact[]): FunctionFact[] {
  let out = named.get(functions);
  if (!out) named.set(functions, (out = functions.filter((fn) => fn.kind !== "lambda" && fn.kind !== "callback" && /^[\w$]+$/.test(fn.name))));
  return out;
}

/**
 * The lines above `line` that open a block it is in, innermost first: each the nearest line above
 * the last that is not blank and is indented less (the first, less than `line` itself), up to one
 * at the margin. Read off an outline of the file made once and as far down as asked: walking up
 * line by line from each fresh line of a class thousands of lines long cost its length each (#10).
 */
function openersAbove(line: number, lines: string[]): number[] {
  let limit = indentWidth(lines[line - 1] ?? "");
  if (limit === 0) return [];
  const o = outlineTo(lines, line - 1);
  const out: number[] = [];
  // Every line between a line and its opener is indented at least as far as it: none of them can be the next.
  for (let l = o.lastText[line - 1]; l >= 1 && limit > 0; l = o.opener[l]) {
    if (o.width[l] >= limit) continue;
    out.push(l);
    limit = o.width[l];
  }
  return out;
}

/** Per line (1-based): its indent width, the nearest line above that is less indented (0: none), the nearest line at or above it that is not blank. */
interface Outline {
  width: number[];
  opener: number[];
  lastText: number[];
  /** The lines not yet outlined, outermost first, by whose indent a later line finds its opener. */
  open: number[];
}

const outlines = new WeakMap<string[], Outline>();

/** The outline of `lines` down to line `to` at least: one pass over the file at most, however many lines ask. */
function outlineTo(lines: string[], to: number): Outline {
  let o = outlines.get(lines);
  if (!o) outlines.set(lines, (o = { width: [0], opener: [0], lastText: [0], open: [] }));
  for (let l = o.lastText.length; l <= to; l++) {
    const text = lines[l - 1] ?? "";
    if (text.trim() === "") {
      o.width.push(0);
      o.opener.push(0);
      o.lastText.push(o.lastText[l - 1]);
      continue;
    }
    const width = indentWidth(text);
    while (o.open.length > 0 && o.width[o.open[o.open.length - 1]] >= width) o.open.pop();
    o.width.push(width);
    o.opener.push(o.open.length > 0 ? o.open[o.open.length - 1] : 0);
    o.lastText.push(l);
    o.open.push(l);
  }
  return o;
}

/** A name as a whole word of code (`$` is part of a word, as in JavaScript and PHP). */
export function wordPattern(name: string): RegExp {
  return new RegExp(`(^|[^\\w$])${escapeRegExp(name)}(?![\\w$])`);
}

/** Whether a name says which code a test uses: long enough and not a name every type has. */
export const tellingName = (name: string) => name.length >= MIN_NAME && !GENERIC_NAMES.test(name);

/**
 * For each fresh line, an existing test that uses the code it belongs to, or undefined when a line
 * has none. That code is named by the innermost telling names the base already had: its function,
 * or else (a generic `close`, a function the change renamed, one only the type's callers reach) its
 * nearest type. A test uses it when it
 * calls or names it as a word, not only in a test's own name such as `testScratchBytes`. Lines that
 * only import or declare a package need none. Returns which test uses which name, for the summary.
 */
export function testsUsingLines(
  fresh: Set<number>,
  lines: string[],
  functions: FunctionFact[],
  had: (name: string) => boolean,
  tests: Array<{ path: string; text: string }>,
): Array<{ name: string; test: string }> | undefined {
  const used = new Map<string, string | null>();
  const userOf = (name: string): string | null => {
    if (!used.has(name)) {
      const word = wordPattern(name);
      used.set(name, tests.find((t) => word.test(t.text))?.path ?? null);
    }
    return used.get(name)!;
  };
  const out = new Map<string, string>();
  for (const l of fresh) {
    const text = lines[l - 1] ?? "";
    if (SCOPE_LINE.test(text)) continue;
    // Its function, else its nearest type: not an outer one, which names every line of the file.
    const names = namesOfLine(l, lines, functions);
    const known = (n: string) => tellingName(n) && had(n);
    const candidates = [names.functions.find(known), names.types.find(known)].filter((n): n is string => n !== undefined);
    const name = candidates.find((n) => userOf(n) !== null);
    if (name === undefined) return undefined;
    out.set(name, userOf(name)!);
  }
  return out.size === 0 ? undefined : [...out].map(([name, test]) => ({ name, test }));
}
