import type { Lookups } from "../engine/rule.js";
import type { ChangedFile } from "../model/change.js";
import { baseFacts, baseText as baseTextOf, headText } from "../syntax/change-facts.js";
import type { FileFacts, FunctionFact, LanguageId } from "../syntax/facts.js";
import { lineFacts } from "../syntax/line-view.js";
import { baseView, headView, type CodeView } from "./function-code.js";
import { branchesOf } from "./tests-branches.js";
import { movedFrom, type RemovedFunction } from "./tests-moved-functions.js";
import { bindsNativeCode, definedOnlyIfMissing, delegatesPerVariant, isConstructor, triviality, unreachableByUnitTests } from "./tests-not-worth-asking.js";
import { WORK_IN_PROGRESS_TITLE } from "./unfinished-work.js";
import { escapeRegExp } from "../text/escape-regexp.js";
import { linesOf } from "../text/text-lines.js";

/**
 * What new behaviour a change adds to a source file, the way a reviewer asks for a test: a new
 * public function or method with a body (new API), or new decisions (branches, loops, catches)
 * that the file gained overall and that sit in new code. A change that adds none of these — a
 * type annotation, an interface, a refactor that moves logic into new private helpers, a
 * performance rewrite with the same branches, a data entry, a message text, a constant — is not
 * one a reviewer asks a test for.
 */
export interface BehaviourChange {
  /** New public functions or methods, by name. */
  newFunctions: string[];
  /**
   * Decisions added: the smaller of what sits in new code (functions that were there, per
   * function on fresh lines, plus helpers the change wrote) and what the file gained overall.
   */
  newDecisions: number;
}

/** Decisions added to a file's code that make a change worth a test by themselves. */
export const MIN_NEW_DECISIONS = 2;

/**
 * The new behaviour of a changed source file, judged on its fresh lines (new code, not moved or
 * reformatted). `removed` are the functions the change took out of its other files: one that
 * reappears here was moved, not written. Undefined when the file cannot be parsed: then the
 * caller keeps to line counts.
 */
export function behaviourChange(
  file: ChangedFile,
  found: Lookups,
  fresh: Set<number>,
  addedCode: Set<number>,
  removed: RemovedFunction[] = [],
): BehaviourChange | undefined {
  const head = lineFacts(file, found);
  if (!head) return undefined;
  const base = baseFacts(file, found);
  const text = headText(file, found);
  const lines = text === undefined ? addedLinesOnly(file) : linesOf(text);
  // Bindings to native or platform code: what they call is not on the machine that runs the tests.
  if (text !== undefined && bindsNativeCode(head.language, text)) return { newFunctions: [], newDecisions: 0 };
  const view = text !== undefined ? headView(file, found) : undefined;
  const reachable = (fn: FunctionFact, all: FunctionFact[], fileText: string, fileLines: string[]) =>
    counts(fn, all) && !unreachableByUnitTests(fn, head.language, fileText, fileLines);
  const headFns = head.functions.filter((fn) => reachable(fn, head.functions, text ?? "", lines));
  const baseSource = base ? (baseTextOf(file, found) ?? "") : "";
  // Split once, not once per function: a large base text was split again for each of its functions.
  const baseLines = linesOf(baseSource);
  const baseFns = (base?.functions ?? []).filter((fn, _, all) => reachable(fn, all, baseSource, baseLines));
  const before = new Set(baseFns.map((fn) => fn.name));
  const fresher = headFns.filter((fn) => !before.has(fn.name) && isNewCode(fn, fresh, addedCode));
  const moved = view ? movedIn(file.path, fresher, view, removed) : new Map<FunctionFact, RemovedFunction>();
  const candidates = fresher.filter(
    (fn) => !moved.has(fn) && isPublic(fn, head.language, lines, head.functions) && !declaresOnly(fn, head.language, lines) && !definedOnlyIfMissing(fn, lines),
  );
  const newFunctions = worthATest(candidates, head, view, fresh).map((fn) => fn.name);
  // New logic in new private helpers counts too, but only what the file gained overall: logic
  // extracted from a function, or from a block, into helpers leaves the file's total where it was
  // (see callbacks). Counted with and without the blocks, the smaller taken: a block's logic moved out
  // lowers the total, but new logic written in blocks is judged by the functions' counts as before.
  const sum = (fns: FunctionFact[]) => fns.reduce((n, fn) => n + fn.decisions, 0);
  const headTotal = sum([...headFns, ...namedLambdas(head.functions)]);
  const baseTotal = base ? sum([...baseFns, ...namedLambdas(base.functions)]) : 0;
  const gained = base
    ? Math.min(headTotal - baseTotal, headTotal + sum(callbacks(head.functions)) - baseTotal - sum(callbacks(base.functions)))
    : sum(headFns.filter((fn) => isNewCode(fn, fresh, addedCode)));
  // Boolean operators count only with a new branch: an `&&` added to a condition that was there,
  // or a `...(x && { x })` spread written for a type checker, is no path of its own.
  const baseCode = base ? baseView(file, found) : undefined;
  const sides: Sides = { fresh, addedCode, lines, view, head, baseCode, base };
  let newDecisions = 0;
  for (const fn of headFns) {
    newDecisions += decisionsGained(
      fn,
      baseFns.filter((b) => b.name === fn.name),
      moved.get(fn),
      sides,
    );
  }
  // Both: the file gained them overall (not logic moved between its functions), and they sit in new code.
  return { newFunctions, newDecisions: Math.min(newDecisions, gained) };
}

/**
 * Functions assigned to a name outside any other function (`is: function(types) {…}` in an object
 * literal): not API a test is asked for by itself, but logic extracted out of one into a new helper
 * leaves the file's total where it was (koa's `mimeMatch`, judged set 3).
 */
function namedLambdas(fns: FunctionFact[]): FunctionFact[] {
  return fns.filter(
    (fn) =>
      fn.kind === "lambda" &&
      /^[\w$]+$/.test(fn.name) &&
      !fns.some((o) => o !== fn && o.start <= fn.start && o.end >= fn.end && (o.start < fn.start || o.end > fn.end)),
  );
}

/**
 * Callbacks (a Ruby block, a lambda handed to a call), whose decisions their function's count
 * leaves out: logic moved out of one into a new helper is no gain either (rubyzip's `split`, whose
 * `File.open do … end` body became `save_splited_part`, set 12).
 */
function callbacks(fns: FunctionFact[]): FunctionFact[] {
  return fns.filter((fn) => fn.kind === "callback" && !fn.testCallback);
}

/** What a file's functions are judged with: its new lines, and its code on both sides. */
interface Sides {
  fresh: Set<number>;
  addedCode: Set<number>;
  lines: string[];
  view: CodeView | undefined;
  head: FileFacts;
  baseCode: CodeView | undefined;
  base: FileFacts | undefined;
}

/** The decisions one head function brings: all of a new helper's, beyond what a moved one had, or an overload's gain. */
function decisionsGained(fn: FunctionFact, was: FunctionFact[], from: RemovedFunction | undefined, s: Sides): number {
  // A helper written by this change brings all its decisions; one moved or renamed brings only those it gained.
  // A per-variant forwarder's arms are its variants' decisions, tested there.
  if (fn.decisions > 0 && s.view && touched(fn, s.fresh) && delegatesPerVariant(fn, s.view)) return 0;
  if (was.length === 0) {
    const brings = isNewCode(fn, s.fresh, s.addedCode) && !definedOnlyIfMissing(fn, s.lines) && branchesOf(fn, s.view, s.head) > (from?.branches ?? 0);
    return brings ? Math.max(0, fn.decisions - (from?.decisions ?? 0)) : 0;
  }
  if (!touched(fn, s.fresh)) return 0;
  // Overloads share a name: compare with the closest in decisions.
  const closest = Math.min(...was.map((b) => Math.abs(fn.decisions - b.decisions)));
  const match = was.find((b) => b.decisions + closest === fn.decisions);
  return match && closest > 0 && branchesOf(fn, s.view, s.head) > branchesOf(match, s.baseCode, s.base!) ? closest : 0;
}

/** The new functions whose body came from a function the change removed elsewhere, with where from. */
function movedIn(path: string, fns: FunctionFact[], view: CodeView, removed: RemovedFunction[]): Map<FunctionFact, RemovedFunction> {
  const moved = new Map<FunctionFact, RemovedFunction>();
  for (const fn of fns) {
    const from = movedFrom(path, fn, view, removed);
    if (from) moved.set(fn, from);
  }
  return moved;
}

/**
 * The new public functions worth a test of their own: not a trivial member (a delegation, an
 * accessor, a constant), unless the change's other new code uses it or the state it touches (a
 * new option: `setStrict` whose field the parser now passes on; a hook its caller now calls).
 */
function worthATest(candidates: FunctionFact[], facts: FileFacts, view: CodeView | undefined, fresh: Set<number>): FunctionFact[] {
  if (!view) return candidates;
  const verdicts = new Map(candidates.map((fn) => [fn, triviality(fn, facts, view)]));
  const trivial = candidates.filter((fn) => verdicts.get(fn)!.trivial);
  const inTrivial = (line: number) => trivial.some((fn) => line >= fn.start && line <= fn.end);
  const elsewhere = [...fresh].filter((line) => !inTrivial(line));
  // State is used where a function reads it: a field's declaration, a constructor storing it, or a
  // pass-through to the same option of the layer below (`connector.set_timeout(config.timeout)`) adds no behaviour of its own.
  const inBehaviour = (line: number) => facts.functions.some((f) => line >= f.start && line <= f.end && !isConstructor(f));
  // A function is used where code calls or passes it (`typer.run(main)`), not where a field of its
  // name is declared or read (`timeout: None`, `config.timeout` for the setter `timeout`).
  // The patterns are made once per name, not once per line; a line that does not hold the name cannot mention it.
  const calledElsewhere = (name: string) => {
    const p = namePatterns(name);
    const withoutFieldReads = (code: string) => code.replace(p.fieldRead, "").replace(p.fieldKey, "$1");
    return elsewhere.some((line) => view.code(line).includes(name) && p.mention.test(withoutFieldReads(view.code(line))));
  };
  const readElsewhere = (name: string) => {
    const p = namePatterns(name);
    return elsewhere.some((line) => view.code(line).includes(name) && inBehaviour(line) && p.mention.test(view.code(line)) && !p.forward.test(view.code(line)));
  };
  // A one-line entry to logic the change writes (koin's `elementAt` calling a new helper that decides) is that logic's API.
  const newLogic = facts.functions.filter((f) => f.decisions > 0 && fresh.has(f.start) && /^[\w$]+$/.test(f.name));
  const entersNewLogic = (fn: FunctionFact) =>
    newLogic.some((h) => {
      if (h === fn) return false;
      const call = new RegExp(`(^|[^\\w$])${escapeRegExp(h.name)}\\s*[({<]`);
      for (let l = fn.start; l <= fn.end; l++) if (call.test(view.code(l))) return true;
      return false;
    });
  return candidates.filter((fn) => {
    const v = verdicts.get(fn)!;
    const [own, ...state] = v.names ?? [];
    return !v.trivial || (own !== undefined && calledElsewhere(own)) || state.some(readElsewhere) || entersNewLogic(fn);
  });
}

/**
 * How worthATest finds a name in a line: mentioned as a whole word, passed on to the same option
 * of the layer below (`.set_timeout(`), read as a field (`.timeout`) or written as a key (`timeout:`).
 * The global ones only serve `replace`, which starts them from the beginning each time.
 */
function namePatterns(name: string): { mention: RegExp; forward: RegExp; fieldRead: RegExp; fieldKey: RegExp } {
  const n = escapeRegExp(name);
  return {
    mention: new RegExp(`(^|[^\\w$])${n}([^\\w$]|$)`),
    forward: new RegExp(`[.:>]\\s*(set_?)?${n}\\s*\\(`, "i"),
    fieldRead: new RegExp(`\\.${n}(?![\\w$]|\\s*\\()`, "g"),
    fieldKey: new RegExp(`(^|[^\\w$.])${n}\\s*:(?!:)`, "g"),
  };
}

/**
 * A declaration without behaviour of its own: an interface or abstract method (`String format(Request r);`,
 * Kotlin `fun f(): String` in an interface), or a Python protocol/abstract body (`...`, `pass`,
 * a docstring, `raise NotImplementedError`).
 */
export function declaresOnly(fn: FunctionFact, language: LanguageId, lines: string[]): boolean {
  const text = lines.slice(fn.start - 1, fn.end).join("\n");
  if (language === "python") {
    const body = text
      .replace(/("""|\'\'\')[\s\S]*?\1/g, "")
      .replace(/#.*$/gm, "")
      .split("\n")
      .slice(1)
      .map((l) => l.trim())
      .filter((l) => l !== "");
    // The signature may span lines: drop them up to the one that ends with `:`.
    const sigEnd = body.findIndex((l) => /:$/.test(l) && /\)/.test(l));
    const rest = /\)\s*(->.*)?:\s*$/.test(text.split("\n")[0]) ? body : body.slice(sigEnd + 1);
    return rest.every((l) => /^(pass|\.\.\.|raise NotImplementedError\b.*)$/.test(l));
  }
  if (language === "ruby" || language === "go") return false;
  const afterParams = text.slice(text.lastIndexOf(")") + 1);
  return !text.includes("{") && !/=/.test(afterParams);
}

/** The file's added lines at their line numbers (the rest blank): all there is without its text. */
export function addedLinesOnly(file: ChangedFile): string[] {
  const lines: string[] = [];
  for (const l of file.addedLines) lines[l.line - 1] = l.text;
  return Array.from(lines, (l) => l ?? "");
}

/** Named functions and methods; lambdas, callbacks and test bodies are parts of other code. */
// Pre-class JavaScript writes its methods as assignments (`Aggregate.prototype.cursor = function (options) {…}`,
// `exports.parse = function …`), and the syntax layer names such a function by its target.
const MEMBER_TARGET = /^[\w$]+(?:\.[\w$]+)+$/;

/**
 * A function whose decisions and newness count: a declared one, or one assigned to a member at the file's top, which
 * is the module's API as a method is (mongoose's `lib/`: a new branch in a prototype method went unasked, set 29).
 */
function counts(fn: FunctionFact, all: FunctionFact[]): boolean {
  if (fn.testCallback) return false;
  if (fn.kind === "function" || fn.kind === "method" || fn.kind === "constructor") return /^[\w$#?!]+$/.test(fn.name);
  return fn.kind === "lambda" && MEMBER_TARGET.test(fn.name) && !all.some((o) => o !== fn && o.start <= fn.start && o.end >= fn.end);
}

function touched(fn: FunctionFact, fresh: Set<number>): boolean {
  for (let l = fn.start; l <= fn.end; l++) if (fresh.has(l)) return true;
  return false;
}

/**
 * The function was written by this change: its declaration is added, its body has new code, and
 * most of its added code is new (a function moved from another file of the change, renamed, or
 * only re-indented, is not).
 */
function isNewCode(fn: FunctionFact, fresh: Set<number>, addedCode: Set<number>): boolean {
  if (!addedCode.has(fn.start) && !fresh.has(fn.start)) return false;
  let added = 0;
  let n = 0;
  for (let l = fn.start; l <= fn.end; l++) {
    if (fresh.has(l)) n++;
    if (addedCode.has(l)) added++;
  }
  // A renamed function (`supress_messages?` → `suppress_messages?`) has only its declaration new.
  const bodyIsNew = fn.start === fn.end || [...fresh].some((l) => l > fn.start && l <= fn.end);
  return n > 0 && n * 2 >= added && bodyIsNew;
}

/**
 * Whether callers outside the file's own internals can reach it: the API a test would pin. A
 * function declared inside another one (a closure, a getter of an object literal built inside an
 * immediately invoked function) is part of that function, not API of its own.
 */
export function isPublic(fn: FunctionFact, language: LanguageId, lines: string[], all: FunctionFact[] = []): boolean {
  if (nestedInFunction(fn, all, language)) return false;
  const decl = lines[fn.start - 1] ?? "";
  const name = fn.name;
  switch (language) {
    case "go":
      return /^[A-Z]/.test(name);
    case "python":
      return !/^_[^_]/.test(name) && !/^_$/.test(name) && (fn.kind === "method" || /^(async\s+)?def\b/.test(decl.trim()) || /^\S/.test(decl));
    case "rust":
      return /\bpub\b/.test(decl);
    case "csharp":
      return /\b(public|protected|internal)\b/.test(decl);
    case "java":
    case "kotlin":
    case "php":
      return !/\bprivate\b/.test(decl);
    case "ruby":
      return !/^_/.test(name) && !rubyPrivate(fn, lines);
    default:
      // TS/JS: an exported function, or a method that is not private (`#x`, `private x`, `_x`).
      // A member's own name: `Aggregate.prototype._optionsForExec` is private by the same convention as `_optionsForExec`.
      if (/^[#_]/.test(name.slice(name.lastIndexOf(".") + 1)) || /\bprivate\b/.test(decl)) return false;
      return fn.kind !== "function" || /^\s*export\b/.test(decl) || !/^\S/.test(decl);
  }
}

/**
 * Declared inside another function. In TS/JS a method of an object a named function returns (a
 * factory's API) is still reachable; inside a lambda or callback it is not.
 */
function nestedInFunction(fn: FunctionFact, all: FunctionFact[], language: LanguageId): boolean {
  const jsLike = language === "typescript" || language === "tsx" || language === "javascript";
  return all.some(
    (outer) =>
      outer !== fn &&
      outer.start <= fn.start &&
      outer.end >= fn.end &&
      (outer.start < fn.start || outer.end > fn.end) &&
      (!jsLike || fn.kind === "function" || outer.kind === "lambda" || outer.kind === "callback"),
  );
}

/**
 * A Ruby method under a bare `private`/`protected` line of its class (and no `public` after it),
 * declared `private def x`, or named in `private :x`.
 */
function rubyPrivate(fn: FunctionFact, lines: string[]): boolean {
  const decl = lines[fn.start - 1] ?? "";
  if (/^\s*(private|protected)\s+def\b/.test(decl)) return true;
  const indent = /^\s*/.exec(decl)![0].length;
  for (let i = fn.start - 2; i >= 0; i--) {
    const line = lines[i];
    const at = /^\s*/.exec(line)![0].length;
    if (/^\s*(class|module)\b/.test(line) && at < indent) break;
    // `private` may sit at the class body's indent with the methods under it indented further (devise).
    if (at > indent) continue;
    if (/^\s*(private|protected)\s*$/.test(line)) return true;
    if (/^\s*public\s*$/.test(line)) return false;
  }
  const named = new RegExp(`^\\s*(private|protected|private_class_method)\\s+(:\\w+[?!]?\\s*,\\s*)*:${escapeRegExp(fn.name)}(\\s|,|$)`, "m");
  return named.test(lines.join("\n"));
}

const CONVENTIONAL = /^\s*([a-z]+)(\([^)]*\))?!?:/i;

/** The conventional-commit type of a subject (`refactor(api)!: …` → `refactor`), if it has one. */
export function commitType(subject: string): string | undefined {
  return CONVENTIONAL.exec(subject)?.[1].toLowerCase();
}

/**
 * A title without a type that says the change is a speed-up and nothing else ("Fast path returns
 * for normalize_path cases", "Optimize `replace_headers` to avoid copies of keys"): a `perf:`.
 */
const SAYS_PERFORMANCE =
  /^\s*(\[[^\]]*\]\s*)?(optimi[sz]e|speed up|fast[- ]path|reduce (\w+ )?allocations?|remove (one|an?|\w+) allocations?|avoid (an? |unnecessary )?(allocations?|cop(y|ies)|clones?))\b/i;

/**
 * A linter's or type checker's fix named in the title ("Fixes Rubocop Style/GuardClause", "Satisfy clippy", "Reduced the
 * number of mypy errors"), or a fix of deprecation warnings ("Fixed deprecation warnings on Python 3.12": the same calls
 * through the API that replaces the deprecated one; typeguard's two, judged not worth a test request on set 42): a `style:`.
 */
const CHECKERS = String.raw`rubocop|eslint|clippy|mypy|pyright|pylint|flake8|ruff|golangci-lint|staticcheck|phpstan|psalm|phpcs|checkstyle|spotbugs|detekt|ktlint|linters?|lint|type[- ]?checkers?|static analy[sz](?:is|ers?)`;
const SAYS_LINT_FIX = new RegExp(
  String.raw`^\s*(\[[^\]]*\]\s*)?(fix(es|ed)?|satisfy|appease|silence|address|resolve|reduc(e|es|ed))\b[^.]{0,40}?\b(${CHECKERS}|deprecation\s+warnings?)\b`,
  "i",
);
/**
 * A title that says the change adds logging ("Add debug logs when files or directories are not usable": composer/ca-bundle
 * bf0e365dfa wraps its checks in helpers that log why a path is unusable; judged not worth a test request on set 43).
 * What a log line says is for whoever reads the log; the checks around it keep their results.
 */
const SAYS_LOGGING =
  /^\s*(\[[^\]]*\]\s*)?(add(s|ed)?|improve[sd]?|more|better)\s+(?:(?:debug|trace|verbose|warning|error|more|some|extra|better)\s+){0,2}(logs?|logging|log\s+(?:messages|lines|output))\b/i;
/**
 * A title whose every part serves a checker: "Annotate and modify src for phpstan level 6" (xdebug-handler 917b1faa18,
 * its docblocks and a guard the stricter level asks for; judged not worth a test request on set 41). The "and" joins
 * two ways of pleasing one tool, so it is the checker's pass, not a feature beside it.
 */
const FOR_CHECKER = new RegExp(String.raw`\bfor\s+(${CHECKERS})(\s+(level\s+)?\d+|\s+strict(\s+mode)?)?\s*\.?\s*$`, "i");

/**
 * A title that names speed as the point anywhere in it ("Improve `stringifySetCookie` perf for node < 22",
 * "Rewrote Commaf to be a lot faster", "cache and reuse XPathEvaluator object, for performance"), unless
 * it opens by adding something: those titles were refactors the project's tests already ran (sets 21-25).
 */
const NAMES_PERFORMANCE = /\b(perf|performance|faster|speed[- ]?ups?)\b/i;
const ADDS_SOMETHING = /^\s*(\[[^\]]*\]\s*)?(add(s|ed)?|implement(s|ed)?|introduce[sd]?|support(s|ed)?|new|allow(s|ed)?|enable[sd]?|expose[sd]?)\b/i;

/**
 * A title that moves the project's CI to another service: "Migrate to github actions" (composer/spdx-licenses 2453f67b85,
 * whose docblocks, explicit returns and checked `file_get_contents` were what the new CI's static analysis asked for;
 * judged not worth a test request on set 44). The code it touches is the new pipeline's fixes, not a feature.
 */
const SAYS_CI_MOVE =
  /^\s*(\[[^\]]*\]\s*)?(migrat(e|es|ed|ing)|mov(e|es|ed|ing)|switch(es|ed|ing)?|port(s|ed)?)\s+(the\s+)?(ci\s+|builds?\s+)?(from\s+[\w .-]{1,40}?\s+)?to\s+(github\s+actions|gh\s+actions|travis(\s*ci)?|circle\s*ci|azure\s+pipelines|appveyor|gitlab\s+ci|buildkite)\b/i;

/** A title without a type that says it restructures code ("Refactor pair_list implementation", "Clean up derived code"). */
const SAYS_REFACTOR = /^\s*(\[[^\]]*\]\s*)?(refactor(s|ed|ing)?|clean(s|ed)?[- ]?up|tidy( up)?|simplif(y|ies|ied))\b/i;

/** The type a plain title says it has: work in progress, a speed-up, a refactor or a linter's fix, and nothing else (no "and"). */
function plainType(title: string): string | undefined {
  // A title that says the work is not finished is a snapshot, not the change to review yet (koin's "wip", set 3): a chore.
  if (WORK_IN_PROGRESS_TITLE.test(title)) return "chore";
  if (FOR_CHECKER.test(title.slice(0, 300)) && !ADDS_SOMETHING.test(title)) return "style";
  if (/\band\b/i.test(title)) return undefined;
  if (SAYS_LINT_FIX.test(title)) return "style";
  if (SAYS_LOGGING.test(title)) return "chore";
  if (SAYS_CI_MOVE.test(title)) return "ci";
  // A fix changes behaviour, whatever else the title says ("Fix slow path in …").
  if (/\bfix(es|ed)?\b/i.test(title)) return undefined;
  if (SAYS_REFACTOR.test(title)) return "refactor";
  const speed = SAYS_PERFORMANCE.test(title) || (NAMES_PERFORMANCE.test(title) && !ADDS_SOMETHING.test(title));
  return speed ? "perf" : undefined;
}

/**
 * A change its author calls a refactor, a performance or style change, docs or chores: the title's
 * conventional-commit type is one of `quiet`, and no commit of it is a `feat` or a `fix` (a squash
 * titled `chore: …` that carries a feature still gets asked). Nested types such as `chore(perf)` count.
 */
export function quietCommitType(change: { title: string; commits: Array<{ message: string }> }, quiet: string[]): boolean {
  const type = commitType(change.title) ?? plainType(change.title);
  if (!type || !quiet.includes(type)) return false;
  return !change.commits.some((c) => ["feat", "fix"].includes(commitType(c.message.split("\n")[0]) ?? ""));
}
