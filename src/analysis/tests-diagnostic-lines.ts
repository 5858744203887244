import type { FileFacts, FunctionFact, LanguageId } from "../syntax/facts.js";
import { BRACKETS_ONLY } from "./block-shapes.js";
import { closingLine } from "./tests-macro-generated.js";

/**
 * Fresh lines a reviewer does not ask a test for because they only speak to developers or only
 * build on another platform: deprecation warnings (`console.warn`, `warnings.warn`,
 * `ActiveSupport::Deprecation.warn`, `trigger_error(…, E_USER_DEPRECATED)`), debug assertions
 * (`debug_assert!`, `assert`, `Debug.Assert`, an `if cfg!(debug_assertions)` block), deprecation
 * attributes, null guards that throw (written for a nullability checker), and code built only
 * for another target (`#if WINRT … #else … #endif`).
 */

/** Calls that warn or assert for developers: what they print or check is no behaviour of the API. */
const DIAGNOSTIC_CALL =
  /^(?:console\.warn|warnings\.warn|(?:\w+\.)?(?:deprecat\w*|warn_deprecat\w*)|ActiveSupport::Deprecation\.warn|Kernel\.warn|warn|trigger_error|@?trigger_error|debug_assert\w*!|assert!|assert_eq!|assert_ne!|Debug\.Assert|Trace\.Assert|System\.Diagnostics\.Debug\.Assert|assert)$/;

/**
 * A log call (`logger.warning(…)`, `log.Warn(…)`, `self.logger.info(…)`, `LOG.debug(…)`): it speaks to
 * operators, and a test of it would only restate the message (uvicorn's reload warning, judged set 3).
 */
const LOG_CALL =
  /^(?:[\w$]+\.)*(?:_?log|_?logger|LOG|LOGGER|Log|Logger|\w+Logger|\w+_logger)\.(?:warn|warning|info|debug|trace|notice|Warn|Warning|Warnf|Info|Infof|Debug|Debugf|Trace|Information|Verbose)$/;

/** A call that only writes text for people: a log line, or a print to the console (`fmt.Println`, `e.colorer.Printf`, `puts`). */
const PRINT_CALL = /^(?:(?:[\w$]+\.)*(?:print|printf|println|Print|Printf|Println|Fprintf|Fprintln|puts|echo)|console\.(?:log|info|warn|error))$/;
/**
 * A choice made inside a string's interpolation (`"… (#{fork ? "\u2714" : "\u2716"}) refork"`, `` `${ok ? "yes" : "no"}` ``):
 * on a line that only logs, it picks the words of the message, no path a test asks for (puma's banner, set 17).
 */
export const INTERPOLATED_CHOICE = /(?:#|\$)\{[^{}]*\?[^{}]*:[^{}]*\}/;

/** A program's or an object's own log method called bare (puma's `log "- Starting phased worker restart…"`, `@events.log`). */
const BARE_LOG_CALL = /^(?:@?[\w$]+\.)?log$/;

/** Whether a callee only writes text for people or developers: a log, a print, a warning or a debug assertion. */
export function speaksToPeople(callee: string): boolean {
  return LOG_CALL.test(callee) || PRINT_CALL.test(callee) || DIAGNOSTIC_CALL.test(callee);
}

/** A callee whose statement only writes text for people: speaksToPeople, or a bare `log`. */
function writesText(callee: string): boolean {
  return speaksToPeople(callee) || BARE_LOG_CALL.test(callee);
}

/** The head of a branch that opens a block: `if cond {`, `if (cond) {`, Python's `if cond:`. */
const BRANCH_HEAD = /^if\b.*(\{|:)$/;

/** Statements that are a developer-only check or a deprecation marker by themselves. */
const DIAGNOSTIC_LINE = [
  /^assert\b(?!\w*\s*[=(]\s*\w)/, // Python and Java `assert x, "…"` / `assert x : "…";`
  /^@(Deprecated|deprecated)\b/,
  /^\[(Obsolete|System\.Obsolete)\b.*\]$/,
  /^#\[deprecated\b.*\]$/,
  /^(@deprecated|\*\s*@deprecated)\b/,
];

/**
 * A guard that throws when a value is null (`if (factory is null) throw new InvalidOperationException(…)`,
 * `if x is None: raise …`): written for a nullability checker, an assertion in all but name.
 */
const NULL_CHECK = /^if\s*\(?\s*[\w$.]+\s*(?:===?|is)\s*(?:null|nil|None|undefined)\s*\)?\s*(?:\{|:)?\s*(.*)$/;
const THROWS = /^(throw|raise)\b/;

/** The lines of a null guard that starts at index `i` and throws (on its line or the next), if it is one. */
function nullGuardLines(lines: string[], i: number): number[] {
  const m = NULL_CHECK.exec(lines[i].trim());
  if (!m) return [];
  if (THROWS.test(m[1])) return [i + 1];
  if (m[1] !== "") return [];
  let j = i + 1;
  while (j < lines.length && BRACKETS_ONLY.test(lines[j].trim())) j++;
  return j < lines.length && THROWS.test(lines[j].trim()) ? [...statementLines(lines, j), i + 1] : [];
}

/**
 * Blocks that run only in debug builds: their body is a developer check. JavaScript's development
 * build is `process.env.NODE_ENV !== 'production'` (superstruct's long error messages, set 13).
 */
const DEBUG_BLOCK =
  /^(if\s+cfg!\(\s*debug_assertions\s*\)|#\[cfg\(\s*debug_assertions\s*\)\]|if\s+__debug__\s*:|if\s*\(\s*process\.env\.NODE_ENV\s*(?:!==?\s*["']production["']|===?\s*["']development["'])\s*\)\s*\{?$)/;

/** A call at the start of a statement: `console.warn(`, `self.deprecate(`, `debug_assert!(`. */
const LEADING_CALL = /^(?:return\s+|@)?([A-Za-z_$][\w$]*(?:(?:\.|::|->)[A-Za-z_$][\w$]*)*!?)\s*\(/;

/** Words that look like a call but open a statement. */
const KEYWORDS = new Set([
  "if",
  "for",
  "while",
  "switch",
  "catch",
  "function",
  "return",
  "elif",
  "and",
  "or",
  "not",
  "typeof",
  "match",
  "unless",
  "until",
  "fn",
  "def",
  "func",
  "sizeof",
  "super",
  "this",
  "try",
]);

/** Calls anywhere on a line, keywords left out. */
const ANY_CALL = /([A-Za-z_$][\w$]*(?:(?:\.|::|->)[A-Za-z_$][\w$]*)*!?)\s*\(/g;

/**
 * The fresh lines that are diagnostics or platform-only builds, out of `fresh`. `lines` is the
 * file's text at head by line; functions whose every call warns (a `deprecatedMethod` helper
 * that wraps `console.warn`) count as warnings themselves, and so do the lines that call them.
 */
export function diagnosticLines(fresh: Set<number>, lines: string[], facts: FileFacts | undefined, language: LanguageId | undefined): Set<number> {
  const out = new Set<number>();
  const warners = new Set<string>();
  for (const fn of facts?.functions ?? []) if (onlyWarns(fn, lines)) warners.add(fn.name);
  const isWarning = (callee: string) => DIAGNOSTIC_CALL.test(callee) || warners.has(callee) || warners.has(callee.split(/\.|::|->/).pop() ?? "");
  for (const fn of facts?.functions ?? []) if (warners.has(fn.name)) for (let l = fn.start; l <= fn.end; l++) out.add(l);
  for (let i = 0; i < lines.length; i++) {
    if (out.has(i + 1)) continue;
    for (const l of diagnosticAt(lines, i, isWarning, language)) out.add(l);
  }
  // Only C# has a preprocessor among the languages read here; `# if …` elsewhere is a comment.
  if (language === "csharp") for (const l of platformOnlyLines(lines)) out.add(l);
  return new Set([...fresh].filter((l) => out.has(l)));
}

/**
 * The fresh lines that are log statements (`logger.debug(…)`). Not left out of the code a change is
 * judged on (a log line inside new logic is part of it), but a change that is nothing else beside
 * its diagnostics adds nothing to test.
 */
export function logLines(fresh: Set<number>, lines: string[]): Set<number> {
  const out = new Set<number>();
  for (const l of [...fresh].sort((a, b) => a - b)) {
    if (out.has(l)) continue;
    const call = LEADING_CALL.exec((lines[l - 1] ?? "").trim())?.[1];
    if (call && LOG_CALL.test(call)) for (const s of statementLines(lines, l - 1)) if (fresh.has(s)) out.add(s);
  }
  return out;
}

/** The lines of the diagnostic that starts at index `i`: a warning's statement, a null guard that throws, a debug-only block. */
function diagnosticAt(lines: string[], i: number, isWarning: (callee: string) => boolean, language: LanguageId | undefined): number[] {
  const code = lines[i].trim();
  const call = LEADING_CALL.exec(code)?.[1];
  if ((call && !KEYWORDS.has(call) && isWarning(call)) || DIAGNOSTIC_LINE.some((re) => re.test(code))) return statementLines(lines, i);
  if (INTERPOLATED_CHOICE.test(code) && writesText((call ?? RUBY_COMMAND_CALL.exec(code)?.[1]) || "")) return statementLines(lines, i);
  const printing = printingBranch(lines, i, language);
  if (printing.length > 0) return printing;
  const guard = nullGuardLines(lines, i);
  if (guard.length > 0) return guard;
  return DEBUG_BLOCK.test(code) ? blockLines(lines, i, language) : [];
}

/**
 * A branch whose body only prints or logs (`if !e.HideBanner { e.colorer.Printf(banner, …) }`, `if
 * config.reload_excludes: logger.warning(…)`): a switch on what people read, not on what the code
 * does (echo's startup banner, judged set 3). Its head and body, or nothing.
 */
function printingBranch(lines: string[], i: number, language: LanguageId | undefined): number[] {
  const code = lines[i].trim();
  if (language === "ruby") return rubyPrintingBranch(lines, i);
  if (!BRANCH_HEAD.test(code) || (language === "python") !== code.endsWith(":")) return [];
  const block = blockLines(lines, i, language);
  const body = block.slice(1).map((l) => lines[l - 1].trim());
  let statements = 0;
  for (let j = 0; j < body.length; j++) {
    const line = body[j];
    if (line === "" || BRACKETS_ONLY.test(line)) continue;
    const call = LEADING_CALL.exec(line)?.[1];
    if (!call || !(PRINT_CALL.test(call) || LOG_CALL.test(call) || DIAGNOSTIC_CALL.test(call))) return [];
    statements++;
    // A call's arguments may span lines: skip to where its statement ends.
    j += statementLines(body, j).length - 1;
  }
  return statements > 0 ? block : [];
}

/** Ruby's `if cond` / `unless cond` opening a block that `end` closes: not a one-line `if x then y end`, nor a modifier. */
const RUBY_BRANCH_HEAD = /^(?:if|unless)\b(?!.*\bthen\b\s*\S)(?!.*\bend$)/;
/** A Ruby arm of the same chain: `else`, `elsif cond`. */
const RUBY_ARM = /^(?:else|elsif\b)/;
/** A Ruby call without parentheses whose first argument is text: `log "- Stopping #{w.pid}…"`, `puts 'done'`. */
const RUBY_COMMAND_CALL = /^((?:@|\$)?[A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)*)\s+["'%]/;
/** Lines read below a Ruby branch for its arms: a longer chain is not one that only logs. */
const MAX_RUBY_CHAIN = 40;

/**
 * A Ruby `if … else … end` chain whose every arm only logs or prints (puma's `if refork` choosing between
 * "Starting worker refork" and "Starting phased worker restart", judged set 17: "not worth saying"): it
 * picks the words of a log line. Read by indentation: its arms sit under it, its `else`/`elsif`/`end` at its depth.
 */
function rubyPrintingBranch(lines: string[], i: number): number[] {
  if (!RUBY_BRANCH_HEAD.test(lines[i].trim())) return [];
  const indent = /^\s*/.exec(lines[i])![0].length;
  const out = [i + 1];
  let statements = 0;
  for (let j = i + 1; j < lines.length && j <= i + MAX_RUBY_CHAIN; j++) {
    const code = lines[j].trim();
    out.push(j + 1);
    if (code === "") continue;
    const depth = /^\s*/.exec(lines[j])![0].length;
    if (depth <= indent) {
      if (depth === indent && RUBY_ARM.test(code)) continue;
      return depth === indent && code === "end" && statements > 0 ? out : [];
    }
    const call = (LEADING_CALL.exec(code) ?? RUBY_COMMAND_CALL.exec(code))?.[1];
    if (!call || !writesText(call)) return [];
    statements++;
    const rest = statementLines(lines, j).slice(1);
    out.push(...rest);
    j += rest.length;
  }
  return [];
}

/** A function whose body calls nothing but warnings (and has at least one). */
function onlyWarns(fn: FunctionFact, lines: string[]): boolean {
  if (fn.start === fn.end) return false;
  const body = lines.slice(fn.start, fn.end).join("\n");
  // Stops at the first call that does not warn: most functions' first call is one.
  let warns = false;
  for (const m of body.matchAll(ANY_CALL)) {
    if (KEYWORDS.has(m[1])) continue;
    if (!DIAGNOSTIC_CALL.test(m[1])) return false;
    warns = true;
  }
  return warns;
}

/** The lines of the statement that starts at index `i`: until its parentheses close (at most 20 lines). */
function statementLines(lines: string[], i: number): number[] {
  const out: number[] = [];
  let depth = 0;
  for (let j = i; j < lines.length && j < i + 20; j++) {
    out.push(j + 1);
    for (const ch of lines[j]) {
      if (ch === "(" || ch === "[") depth++;
      else if (ch === ")" || ch === "]") depth--;
    }
    if (depth <= 0) break;
  }
  return out;
}

/** The lines of the block opened at index `i`: by braces, or by indentation in Python. */
function blockLines(lines: string[], i: number, language: LanguageId | undefined): number[] {
  const out = [i + 1];
  if (language === "python") {
    const indent = /^\s*/.exec(lines[i])![0].length;
    for (let j = i + 1; j < lines.length; j++) {
      if (lines[j].trim() !== "" && /^\s*/.exec(lines[j])![0].length <= indent) break;
      out.push(j + 1);
    }
    return out;
  }
  for (let j = i + 1; j <= closingLine(lines, i, "{"); j++) out.push(j + 1);
  return out;
}

const DIRECTIVE = /^#\s*(if|elif|else|endif)\b(.*)$/;

/** The targets a .NET library builds first (`NET`, `NET6_0_OR_GREATER`, `NETSTANDARD2_0`, `NETCOREAPP3_1`): code under them is the usual build. */
const MAINLINE = /^NET(COREAPP|STANDARD)?(\d\w*)?$/;

/**
 * Whether code under `#if <condition>` builds only for another target: a positive condition
 * (`WINRT_4_5`, `DEBUG`, `NETFX_CORE`) that names no mainline target. The first branch of
 * `#if !X` is what the usual build compiles.
 */
function otherTarget(condition: string): boolean {
  const symbols = [...condition.matchAll(/(!?)\s*([A-Za-z_]\w*)/g)];
  if (symbols.length === 0) return false;
  if (symbols.some(([, not, name]) => not === "" && MAINLINE.test(name))) return false;
  return symbols.every(([, not]) => not === "");
}

/**
 * Lines built only for another target: the directives themselves, the code under an `#if` for
 * another target, and the `#else` of one for the usual build (`#if !WINRT … #else …`, `#if NET …
 * #else …`). `#elif` branches are taken as other targets.
 */
function platformOnlyLines(lines: string[]): number[] {
  const out: number[] = [];
  const stack: Array<{ first: boolean; now: boolean }> = [];
  for (let i = 0; i < lines.length; i++) {
    const m = DIRECTIVE.exec(lines[i].trim());
    if (m) {
      out.push(i + 1);
      const top = stack[stack.length - 1];
      if (m[1] === "if") {
        const other = otherTarget(m[2]);
        stack.push({ first: other, now: other });
      } else if (m[1] === "endif") stack.pop();
      else if (top) top.now = m[1] === "elif" ? true : !top.first;
      continue;
    }
    if (stack.some((b) => b.now) && lines[i].trim() !== "" && !BRACKETS_ONLY.test(lines[i].trim())) out.push(i + 1);
  }
  return out;
}
