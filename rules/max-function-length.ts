import * as z from "zod";
import { optionalLimit } from "../src/config/limit-option.js";
import {
  BRACKETS_ONLY,
  charTokenizer,
  extendsDispatch,
  isFlat,
  longestNewRun,
  newRuns,
  oneMoreArm,
  structureReach,
  type Run,
} from "../src/analysis/block-shapes.js";
import { comparisonChain } from "../src/analysis/comparison-chain.js";
import { oneStepDispatch, skeleton, uniformDispatch } from "../src/analysis/uniform-arms.js";
import { shortArmDispatch } from "../src/analysis/short-arm-dispatch.js";
import { isDataLine, type CodeView } from "../src/analysis/function-code.js";
import { templateLines } from "../src/analysis/macro-templates.js";
import { functionVerdicts, type FunctionChange, type Judgement, type Verdict } from "../src/analysis/function-verdicts.js";
import { wholeFunctionAdded } from "../src/analysis/structure/fresh-code.js";
import { justOver } from "../src/analysis/structure/just-over.js";
import { displayName, functionSpot, leeway, limitSaid } from "../src/analysis/structure/messages.js";
import { structureNeeds } from "../src/analysis/structure/needs.js";
import { functionPractice, practicePaths, withinPractice, withPracticeTree } from "../src/analysis/structure/function-practice.js";
import { linesOf, reworkedOldBlock } from "../src/analysis/reworked-block.js";
import { indexedCopies } from "../src/analysis/indexed-copies.js";
import { oneMoreCopy } from "../src/analysis/one-more-copy.js";
import { tableRowLines } from "../src/analysis/table-rows-in-code.js";
import { receiverRunLines } from "../src/analysis/receiver-runs.js";
import { defineRule, type RawFinding } from "../src/engine/rule.js";
import type { FunctionFact } from "../src/syntax/facts.js";

export default defineRule({
  meta: {
    id: "max-function-length",
    description: "Functions the change adds stay within a maximum length, and a long function gets no long block added inline.",
    category: "readability",
    defaultSeverity: "warning",
    messages: {
      tooLong:
        "Function `{name}` has {length} lines of code (max {max}{leeway}). Long functions do several things and are hard to test; extract the parts into well-named helpers.",
      addsBlock:
        "This change adds a {block}-line block of new code to `{name}` (now {length} lines of code, max {max}){where}. Extract the block into a well-named helper.",
      mirrors:
        "Function `{name}` has {length} lines of code (max {max}): modelled on `{was}` ({before} lines), it adds a {block}-line block of its own. Extract the block, or what the two share, into a well-named helper.",
      replaces:
        "`{name}`, which replaces `{was}` ({before} lines), has {length} lines of code (max {max}), with a {block}-line block of new code. Extract the block into a well-named helper.",
      rewritten:
        "This change writes `{name}` anew: {length} lines of code (max {max}). Long functions do several things and are hard to test; extract the parts, such as its {block}-line block, into well-named helpers.",
      grewSpread:
        "`{name}` grew from {before} to {length} lines of code (max {max}): this change adds {spread} lines of new code to a function already over the limit. Extract a part of it into a well-named helper rather than growing it further.",
      // Said when the finding is folded into another rule's about the same function (see merge-spots.ts).
      partNew: "has {length} lines of code (max {max})",
      partGrew: "grew from {before} to {length} lines of code (max {max})",
    },
  },
  options: z
    .object({
      max: optionalLimit(
        "Maximum lines of code in a function (blank lines, comments and docstrings not counted). Unset: 60, or the limit the project's own linter enforces where higher (detekt's LongMethod, RuboCop's Metrics/MethodLength, checkstyle's MethodLength, golangci's funlen, clippy's too-many-lines-threshold, pylint's max-statements).",
      ),
      // 12 (session 13): blocks of 10 and 11 lines of new content were judged noise four times and
      // agreed once (PHP-Parser's `getNextToken`, which max-nesting-depth reports too) on sets 11
      // and 12; of 12 to 14, agreed four times in six; from 15 up, six in nine. Session 15 kept it:
      // of the blocks of 12 to 14 lines that still fire on sets 11 to 14, four were agreed and four not.
      // 13 (session 18): of the judged findings of sets 11 to 17 the build of session 17 still
      // reported, blocks of exactly 12 lines were agreed 3 times and "not worth saying" 5 (loguru's
      // re-indented frame code, PHP-Parser's `pArray`, a dev command, a `case` added to Redis's
      // `OnHeartbeat`, composer's flat `fromConfig`), all in functions over the limit already; blocks
      // of 13 and more, 36 times in 47. Precision rose on five sets of seven (fell on set 16).
      min_growth: z
        .number()
        .int()
        .min(1)
        .default(13)
        .describe(
          "An existing function over max is reported only when the change adds one contiguous block of at least this many lines of new code to it (code only moved, re-wrapped or re-indented is not new, nor is a line of only brackets) and the function grows by at least this many lines; in a function over max before the change, the block must also be an eighth of its length then. (One such function that grows by at least 30 lines of new code, and a quarter of its length, in smaller blocks is reported once as grown.)",
        ),
      // 20 (session 15; 10, for flat code only, before): no new function of 61 to 72 lines was
      // judged worth splitting on sets 11 to 14 (seven "not worth saying"), four of 77 to 133 were.
      margin: z
        .number()
        .min(0)
        .default(20)
        .describe(
          "A function the change adds that is over max by at most this percentage is not reported, whatever its shape, nor one the change takes over max by at most half of it (10% at 20) with a block shorter than max: a little over the limit, it reads at once; a reviewer asks to split a function that is clearly over. 0 reports every function over max.",
        ),
      // 24 (session 20, sets 11 to 19 one by one): the new functions of 73 and 74 lines still reported were judged
      // "not worth saying" every time and never agreed (poetry-core's 73-line `_validate_legacy_vs_project`, ktor's
      // 74-line `buildSchemaInternal`, quartznet's 74-line `ObtainLock`: "barely over the 72-line allowance"); the
      // agreed new functions nearest the limit have 75 (urllib3's worker `message` callback, three handlers in one),
      // 76 and 78 lines. Only new functions: one the change takes over the limit keeps `margin` (mordant's `wrap`,
      // 67 lines with a 21-line block, was agreed).
      new_margin: z
        .number()
        .min(0)
        .default(24)
        .describe(
          "A function the change adds (or writes anew) that is over max by at most this percentage is not reported, whatever its shape (74 lines at 60 and 24%). A `margin` of 0 reports every function over max, whatever this says; the strict preset sets 10.",
        ),
      check_tests: z
        .boolean()
        .default(false)
        .describe("Also judge functions in test files (test cases and suites never are functions; helpers in test files are, when this is on)."),
      check_tools: z
        .boolean()
        .default(false)
        .describe(
          "Also judge functions in the repository's development tooling: the top-level `tools/`, `scripts/`, `dev/` (in any case: .NET's `Scripts/`, `Tools/`), `bench/`, `benches/`, `benchmark/`, `benchmarks/` and `perf/` (`perf-measures/`) folders, the docs site in `docs/`, `website/` or `docs-site/`, and a benchmark project anywhere (`src/Foo.Benchmark/`) (left alone by default).",
        ),
      // Set 21: judges rejected ten of eleven new functions over the limit, most long the way the project writes that code there.
      follow_practice: z
        .boolean()
        .default(true)
        .describe(
          "Read the project's own functions near the file at base (untouched files of its folder, then its parent's, and its own base text): a function over max, new or grown, is not reported where at least 3, and a twentieth, of the sampled functions of 5 lines or more are over max too, unless it is longer than the longest of them. Off: every function over max is judged.",
        ),
    })
    .strict(),
  needs: (change, opts) => withPracticeTree(structureNeeds(change, opts.max === undefined), change, opts.follow_practice ? opts.min_growth : Infinity),
  laterNeeds: (change, opts, found) => (opts.follow_practice ? practicePaths(change, found.fileTree, opts.min_growth) : []),
  check(change, options, found) {
    const opts = { ...options, max: options.max ?? DEFAULT_MAX };
    const out: RawFinding[] = [];
    const measure = {
      linterLimits: options.max === undefined,
      // Lines of code: a docstring, a comment block, blank lines or the entries of an option
      // literal do not make a function do more.
      // Named functions declared inside (an object literal's methods, a nested helper) are measured
      // on their own, not as lines of the function around them.
      of: (fn: FunctionFact, code?: CodeView) => (code ? ownLines(fn, code) : fn.codeLines),
      max: opts.max,
      minGrowth: opts.min_growth,
      tests: opts.check_tests,
      // Example programs, as for max-complexity and max-nesting-depth: of the ten length findings
      // judged under `examples/`, `samples/` and the like on sets 12–15, eight were "not worth
      // saying" (a tutorial's grammar or REPL written out in one function for the reader).
      examples: false,
      tools: opts.check_tools,
      rule: "max-function-length" as const,
      judge: (c: FunctionChange) => {
        const said = judgeLength(c, opts.max, opts.min_growth);
        // A new function over the limit by its guard clauses alone (undici's 70-line DNS interceptor
        // factory, six option checks) is within the margin too.
        const margin = c.beforeValue === undefined ? newMargin(opts) : opts.margin;
        if (!said || justOver(c, opts.max, margin, said.block) || smallBlockJustOver(c, opts, said.block)) return undefined;
        // As long as the project's own functions there run (function-practice.ts): its practice, not this change's choice.
        // Not where the change grew an existing function by more than a whole function may hold: that growth is the
        // change's choice (cue 5adf7f5001's `tidy`, 44 → 135 lines beside a 203-line neighbour: a clear miss on set 31).
        const grownPastAWhole = c.beforeValue !== undefined && c.value - c.beforeValue > opts.max;
        if (
          opts.follow_practice &&
          !grownPastAWhole &&
          withinPractice(
            functionPractice(change, c.file, found, (fn) => fn.codeLines, opts.max, c.before),
            c.value,
          )
        )
          return undefined;
        // A function the change writes anew in its place, every line of it added, reads as a new one: a new function's margin
        // applies (quartznet's `Create`, rewritten at 67 lines, "only just over 60": set 18). One modelled on a sibling, or
        // replacing another under a new name, is judged by the block it adds, as ever.
        const rewritten = (c.how === "same" || c.how === "moved") && wholeFunctionAdded(c.file, c.fn);
        const asNew = c.before === undefined || rewritten ? { ...c, before: undefined, beforeValue: undefined } : undefined;
        // A new function long by lines unrolled over an index (see indexedCopies) is as long as its arity: within the margin once
        // they count as one. A margin of 0 asks for every function over max, as ever.
        // So is one long by rows of a table written as code (see table-rows-in-code.ts): its length is its number of entries;
        // and one long by a listing of calls to one builder (see receiver-runs.ts): its length is the program it emits.
        const rows = Math.max(unrolledLines(c, c.fn), tableRowLines(c.code.code, c.fn), receiverRunLines(c.code.code, c.fn));
        return asNew && opts.margin > 0 && justOver({ ...asNew, value: c.value - rows }, opts.max, newMargin(opts)) ? undefined : said;
      },
    };
    for (const v of functionVerdicts(change, found, measure)) out.push(lengthFinding(v, opts));
    return out;
  },
});

/**
 * A function expression assigned to a member of an object: `self.usage = function (msg) {`,
 * `api.run = async () => {`, `$api->handler = function () {`. In a function that builds that object
 * from empty (see objectsBuilt), a method of it, not a local helper (`const run = async () => {`,
 * `json := func() {`) nor an override on an object made elsewhere (execa's `spawned.kill = …`,
 * got's `promise.json = …`), which are the function's steps.
 */
const MEMBER_CLOSURE =
  /^\s*(\$?[\w$]+)(?:(?:\.|->)[\w$]+)+\s*=\s*(?:async\s+)?(?:function\b|func\b|fun\b|lambda\b|proc\b|(?:\([^)]*\)|[\w$]+)\s*(?::[^=]{1,80})?=>)/;

/** An object created empty, to be given members: `var self = {};`, `const api: Api = {}`, `$api = new stdClass();`. */
const EMPTY_OBJECT =
  /^\s*(?:(?:var|let|const|val)\s+)?(\$?[\w$]+)\s*(?::[^;]{1,80}?)?=\s*(?:\{\s*\}|new\s+(?:stdClass|Object)\(\)|Object\.create\(null\))\s*;?\s*$/;

/** The objects `fn` creates empty (see EMPTY_OBJECT): a closure-as-class's `self`. */
function objectsBuilt(fn: FunctionFact, code: CodeView): Set<string> {
  const out = new Set<string>();
  for (let l = fn.start + 1; l <= fn.end; l++) {
    const line = code.code(l);
    // What EMPTY_OBJECT cannot match without, looked for first: the regex was tried on every line of every touched function.
    if (!line.includes("=") || !(line.includes("}") || line.includes("new") || line.includes("Object.create"))) continue;
    const m = EMPTY_OBJECT.exec(line);
    if (m) out.add(m[1]);
  }
  return out;
}

/**
 * Lines of code of `fn` itself: those of the functions it declares inside (a nested helper, an
 * object literal's method, a closure assigned to a member, see MEMBER_CLOSURE) are theirs,
 * measured on their own. A closure-as-class factory (optimist's `Argv`: `var self = {}`, then one
 * `self.x = function` after another) is as long as its own steps, not as all its methods together
 * (judged "not worth saying", session 11). Callbacks passed inline, local helpers (p-queue's
 * `const removeQueuedTask = () => {` inside `add`) and overrides on an object made elsewhere
 * (execa's 15-line `spawned.kill`), all judged worth extracting, stay part of the function.
 */
function ownLines(fn: FunctionFact, code: CodeView): number {
  const nested = code.nestedDeclarations(fn);
  const built = objectsBuilt(fn, code);
  if (built.size > 0)
    for (const f of code.nestedFunctions(fn)) {
      const member = f.kind === "lambda" ? MEMBER_CLOSURE.exec(code.code(f.start)) : null;
      if (member && built.has(member[1])) for (let l = f.start; l <= f.end; l++) nested.add(l);
    }
  let inner = 0;
  for (const l of nested) if (code.logicLines({ start: l, end: l }) > 0) inner++;
  return code.logicLines(fn) - inner - textLines(fn, code);
}

/**
 * A line holding only a piece of a string literal (`"Click will abort further execution"`, `+
 * " and try again."`), optionally ending in a comma, `+`, `.` or `)`: a message wrapped over
 * lines, text the function prints rather than steps it takes. click's `_verify_python3_env`, 61
 * lines of which 20 are its error message, does not do more for its wording.
 */
/**
 * Lines of the span unrolled over an index (see indexedCopies), by the function's own signature or,
 * for a callback inside a high-arity declaration (arrow's `this@zip.forEach { … }` in the 21-arity
 * `Map.zip`, its 21 `containsKey` checks and lookups), by the signature of the function around it.
 */
function unrolledLines(c: FunctionChange, span: { start: number; end: number }): number {
  const own = indexedCopies(c.code.code, span, c.fn);
  return c.around ? Math.max(own, indexedCopies(c.code.code, span, c.around)) : own;
}

/** How far over max a new function may run unreported: `new_margin`, except that a `margin` of 0 reports every function. */
function newMargin(opts: { margin: number; new_margin: number }): number {
  return opts.margin === 0 ? 0 : opts.new_margin;
}

/** Lines of code a function may have when rules.yml and the project's linter set no limit. */
const DEFAULT_MAX = 60;

/** What max-function-length says of one verdict: new, rewritten, a block added, mirrored or replacing. */
function lengthFinding(v: Verdict, opts: { max: number; margin: number; new_margin: number }): RawFinding {
  const data = {
    // The length is the outer function's: the callback the block went into only says where it is.
    name: displayName(v.fn),
    where: v.within ? `, inside its \`${displayName(v.within)}\`` : "",
    length: v.value,
    max: limitSaid(v, opts.max),
    margin: opts.margin,
    leeway: v.limit ? "" : leeway(newMargin(opts)),
    ...(v.block ? { block: v.block } : {}),
    ...(v.spread ? { spread: v.spread } : {}),
    ...(v.before !== undefined ? { before: v.before } : {}),
    ...(v.was ? { was: displayName(v.was.fn) } : {}),
  };
  // A function rewritten whole has no old code around the block: it is new, and this long.
  // "Adds a block to" only where the function grew: a mirror or a replacement is new.
  const messageId = v.spread
    ? "grewSpread"
    : v.rewritten
      ? "rewritten"
      : !v.block
        ? "tooLong"
        : v.was
          ? v.was.how === "mirrored"
            ? "mirrors"
            : "replaces"
          : "addsBlock";
  const part = messageId === "addsBlock" || messageId === "grewSpread" ? "partGrew" : "partNew";
  return { messageId, path: v.file.path, line: v.rewritten ? v.fn.start : v.line, data, spot: functionSpot(v.fn), part };
}

const STRING_PIECE = /^\s*(?:\+|\.{1,2})?\s*(?:[rRbBuUfF]{1,2}|@|\$)?(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')\s*(?:[,+.)]|\.\.)?\s*$/;

/**
 * A line holding only a file path (`lib/faraday/adapter.rb`, `"src/a.ts",`): an entry of a
 * literal list of files, data the function carries rather than steps it takes.
 */
const PATH_ENTRY = /^\s*["']?[\w.-]*\/[\w./-]*\.\w+["']?,?\s*$/;
/**
 * A Ruby word list opened on a line of its own (`s.files = %w[`): one entry a line, data (rakegem
 * rewrites the file list between a gemspec's `# = MANIFEST =` markers), not logic.
 */
const WORD_LIST_OPEN = /%[wWiI][[({]\s*$/;
const WORD_LIST_CLOSE = /^\s*[\])}]/;

function textLines(fn: FunctionFact, code: CodeView): number {
  let n = 0;
  let list = false;
  // A Rust macro's `quote! { … }` template is code it writes out, not steps it takes (see templateLines).
  const template = templateLines(code.code, fn);
  for (let l = fn.start + 1; l <= fn.end; l++) {
    const text = code.code(l);
    if (text === "") continue;
    if (list && WORD_LIST_CLOSE.test(text)) list = false;
    if (list || STRING_PIECE.test(text) || PATH_ENTRY.test(text) || (template.has(l) && !isDataLine(text))) n++;
    if (WORD_LIST_OPEN.test(text)) list = true;
  }
  return n;
}

/**
 * A new function over the limit, unless its shape is flat (a dispatch table, wiring). An existing
 * one (renamed, moved or mirrored included; a port to another language never) only when the change grew it and added one
 * block of new code big enough to be a function of its own: growth spread thinly over a long
 * function, or more arms for a dispatch, is not something to extract.
 */
function judgeLength(c: FunctionChange, max: number, minBlock: number): Judgement | undefined {
  if (!c.before)
    return isFlat(c) ||
      deprecationShim(c.code, c.fn, true) ||
      charTokenizer(c.fn, c.code.code) !== undefined ||
      comparisonChain(c.code.code, c.fn) ||
      uniformDispatch(c.code.code, { start: c.fn.start + 1, end: c.fn.end }) ||
      shortArmDispatch(c.code.code, c.fn)
      ? undefined
      : { line: c.anchor };
  // A port to another language has no block to point at: every token differs, none is new work.
  // Growing by less than a block, the change moved out about as much as it added (ky's `create`
  // gained a retry loop while its hook loops left for helpers): restructuring, not growth.
  if (c.how === "ported" || c.value - c.beforeValue! < minBlock) return undefined;
  // The largest block a reader would extract, else the longest run of new lines as it stands.
  const longest = longestNewRun(c);
  const largest = largestNewBlock(c);
  const larger = largest && (!longest || largest.size > longest.size) ? blockToExtract(c, largest, max, minBlock) : undefined;
  return larger ?? (longest && blockToExtract(c, longest, max, minBlock)) ?? grewMaterially(c, max);
}

/** New code, in lines, that makes a long function's growth material however it is spread: … */
const SPREAD_LINES = 30;
/** … and at least this share of the function's length before the change. */
const SPREAD_SHARE = 0.25;

/**
 * A function already over the limit that the change grows by a good part of its length, in
 * several smaller blocks none of which is one to extract: go-cmp f1780cfdde took `FormatValue`
 * from 136 to 182 lines with four verbosity-limit branches and loops, and a reviewer said so
 * (a miss, session 13). Only growth that is new code (not moved, re-wrapped or data) counts, by
 * at least SPREAD_LINES and a quarter of the function's old length; a dispatch that gains arms
 * (flat) or a function found under another name or in another file is left alone.
 */
function grewMaterially(c: FunctionChange, max: number): Judgement | undefined {
  if (c.how !== "same" || c.beforeValue === undefined || c.beforeValue <= max || isFlat(c)) return undefined;
  const needed = Math.max(SPREAD_LINES, Math.ceil(c.beforeValue * SPREAD_SHARE));
  if (c.value - c.beforeValue < needed) return undefined;
  const whole = { start: c.fn.start, end: c.fn.end };
  // The cases of a one-step dispatch are table rows, not growth of logic (see oneStepDispatch).
  let tables = 0;
  for (const run of newRuns(c, structureReach(c.fn))) if (oneStepDispatch(c.code.code, run)) tables += newContentLines(c, run);
  const spread = newContentLines(c, whole) - dataLines(c.code, whole) - assertions(c.code, whole) - tables;
  return spread >= needed && !oneEditRepeated(c) ? { line: c.anchor, spread } : undefined;
}

/** Distinct shapes among the new lines, at least, for the growth to be new logic rather than one edit made in many places. */
const DISTINCT_SHARE = 0.5;

/**
 * Growth that is one edit repeated: zerolog baa31cfa85 put the same nil check into each of a type
 * switch's sixteen pointer cases (`if val != nil { dst = enc.AppendInt(dst, *val) } else { dst =
 * enc.AppendNil(dst) }`), 48 new lines of four shapes. The function grew, but there is no new
 * step to extract; the remark, if any, is about the pattern. Shapes compare by skeleton (names
 * with a capital, numbers and strings left out, see uniform-arms.ts).
 */
function oneEditRepeated(c: FunctionChange): boolean {
  const shapes = new Set<string>();
  let n = 0;
  for (const l of c.fresh) {
    if (l < c.fn.start || l > c.fn.end) continue;
    const text = c.code.code(l);
    if (text === "" || BRACKETS_ONLY.test(text)) continue;
    n++;
    shapes.add(skeleton(text));
  }
  return shapes.size < DISTINCT_SHARE * n;
}

/** The block of new code as a finding, when it is one to extract: long enough, not data, a dispatch's arms, a shim, a closure or a handler. */
function blockToExtract(c: FunctionChange, run: Run, max: number, minBlock: number): Judgement | undefined {
  const span = { start: run.start, end: run.end };
  // A record or table literal is data the function carries, not a step to extract: its entries do not count.
  // Only lines with new content: brackets and lines the function had before, re-indented or moved, are not (see newContentLines).
  // Lines unrolled over an index (see indexedCopies) are one step, however many copies.
  const unrolled = unrolledLines(c, span);
  const size = newContentLines(c, span) - assertions(c.code, span) - dataLines(c.code, span) - smallHelpers(c, span) - namedConditions(c.code, span) - unrolled;
  // Rows of a table written as code (see table-rows-in-code.ts) are no steps either: the block must be long enough without them
  // (MessagePack's 32 `formatNameTable[…] = "…";` lines, set 21). The message still says the block's size.
  const steps = size - Math.max(0, tableRowLines(c.code.code, span) - unrolled);
  // Against min_growth, the new content alone; against the function's length (which counts brackets too), with its brackets.
  // Brackets count as the block's share of them: in an old block reworked, the old structure's
  // brackets are not new code (scriban's `ParseExpression`, 18 new lines in a reworked 30-line
  // loop, was a "34-line block" with every Allman bracket of it; "not worth saying", session 17).
  const { old } = linesOf(c, span);
  const brackets = Math.round((bracketLines(c.code, span) * size) / Math.max(1, size + old));
  if (steps < minBlock || steps + brackets < minBlockFor(c.beforeValue!, max, minBlock)) return undefined;
  // Old code reworked, new lines scattered through it (scriban's 265-line `ParseExpression` with its
  // named-parameter loop re-indented and renamed, 18 new lines spread through it; mobx's codemod
  // wrapping its decorate rewrite in `if (usesDecorate)`: "not worth saying", session 17):
  // re-indented lines are not new lines, and the longest unbroken run of new code is weighed instead.
  if (reworkedOldBlock(c, span, size)) return undefined;
  // Fields compared one by one (an `equals` given the fields it missed) are a list, not a step.
  // A dispatch written from one template, one arm per variant (see uniform-arms.ts): nothing to extract.
  // A dispatch of one step an arm (see oneStepDispatch) is a table written as code: its length is its number of cases.
  if (
    extendsDispatch(c, run) ||
    declarative(c.code, span) ||
    comparisonChain(c.code.code, span) ||
    uniformDispatch(c.code.code, span) ||
    oneStepDispatch(c.code.code, span)
  )
    return undefined;
  if (deprecationShim(c.code, span) || closureOfAFactory(c, span) || handlerOfOldTry(c.code, span) || linksOfAChain(c.code, span, c.fn)) return undefined;
  // One more of a dispatch's arms, shaped like its old ones, whether the function was over the limit or crossed it: see oneMoreArm.
  // One more copy of a block the function repeats already (see oneMoreCopy): the pattern is the remark, not this copy.
  if (oneMoreArm(c, span) || oneMoreCopy(c.code.code, c.fn, span, c.fresh)) return undefined;
  const within = innermostHolding(c, span);
  return { line: statementStart(c.code, run.start, c.fn.start), block: size, ...(within ? { within } : {}) };
}

/** Lines of new code under which a block that takes a function just over the limit is a detail (see smallBlockJustOver). */
const SMALL_BLOCK_LINES = 13;

/**
 * An existing function the change took over the limit by at most the margin (72 lines at 60 and
 * 20%) with a block of under 13 lines (the minimum block, 12): both just over what is allowed,
 * neither a reason to split. On sets 11 to 17, blocks of 10 to 12 lines taking a function to 67–78
 * lines were "not worth saying" six times and never agreed (puma's `fast_write_response` at 69 by
 * 12, Dapper's at 67 by 12, roda's at 76 and 77 by 12); at 13 lines one was agreed (mordant's
 * `wrap` at 67) and one not (doctrine's `diffTable` at 67), and both are still said.
 */
function smallBlockJustOver(c: FunctionChange, opts: { max: number; margin: number }, block: number | undefined): boolean {
  if (c.beforeValue === undefined || block === undefined || block >= SMALL_BLOCK_LINES) return false;
  return (c.value - opts.max) * 100 <= opts.max * opts.margin;
}

/** Lines a wrapped message is read up over, at most, to the statement it belongs to. */
const MESSAGE_LINES = 20;

/**
 * Where to point for a block that starts inside a message wrapped over lines (a new sentence in a
 * `console.warn(` of string pieces): the statement holding it, not the middle of a string literal
 * (zustand's `devtools` finding pointed at `'it will be removed in the next major.\n' +`, session 8).
 */
function statementStart(code: CodeView, line: number, floor: number): number {
  if (!STRING_PIECE.test(code.code(line))) return line;
  for (let l = line - 1; l > floor && l >= line - MESSAGE_LINES; l--) {
    const text = code.code(l);
    if (text !== "" && !STRING_PIECE.test(text)) return l;
  }
  return line;
}

/**
 * The largest block of new code in the function: the longest run of it (see longestNewRun), or,
 * where a new structure holds old lines that break that run (a `break` or a write that matched an
 * old line, token for token), the new structure's run, counted by its new lines and brackets only.
 * resty's new 45-line path substitution loop, cut into pieces by such lines, was reported at a
 * 15-line merge loop beside it (judged so on held-out histories, session 7): the finding points
 * at the block a reader would extract.
 */
function largestNewBlock(c: FunctionChange): Run | undefined {
  let best: Run | undefined;
  for (const run of newRuns(c, structureReach(c.fn))) {
    let size = 0;
    for (let l = run.start; l <= run.end; l++) {
      const text = c.code.code(l);
      if (text !== "" && (c.fresh.has(l) || BRACKETS_ONLY.test(text))) size++;
    }
    if (!best || size > best.size) best = { ...run, size };
  }
  return best;
}

/** A line that opens the handler of a `try`: `catch`, `finally`, `except`, `ensure`, `rescue`, after a closing bracket or not. */
const HANDLER = /^\s*(?:\}\s*)?(?:catch|finally|except|ensure|rescue)\b/;

/**
 * A block that starts with the `catch` or `finally` of a `try` whose body is old code: the
 * cleanup of Dapper's `MultiMapImpl`, its `using` turned into `try`/`finally` (judged "not worth
 * saying" on held-out histories, session 7). It cannot move into a helper without the `try` it
 * closes, so asking to extract it is advice no one can follow.
 */
function handlerOfOldTry(code: CodeView, span: { start: number; end: number }): boolean {
  for (let line = span.start; line <= span.end; line++) {
    const text = code.code(line);
    if (text === "" || BRACKETS_ONLY.test(text)) continue;
    return HANDLER.test(text);
  }
  return false;
}

/**
 * The innermost function inside `c.fn` that holds the span's start: the callback the block was
 * added to (got's response handler inside `module.exports`), named in the message so the reader
 * knows where to look. The length measured stays the outer function's, callbacks included.
 */
function innermostHolding(c: FunctionChange, span: { start: number; end: number }): FunctionFact | undefined {
  let best: FunctionFact | undefined;
  // Where the block starts: its closing brackets may close the callback too.
  for (const f of c.code.nestedFunctions(c.fn)) if (f.start < span.start && f.end >= span.start && (!best || f.end - f.start < best.end - best.start)) best = f;
  // "(anonymous function)" tells the reader nothing the line does not.
  return best?.name === ANONYMOUS ? undefined : best;
}

/**
 * How long a block of new code must be to be worth extracting: `min_growth`, and in a function
 * over the limit already, an eighth of its length before. Twelve lines added to reqwest's
 * 380-line `build` follow its inline style and do not make the case for a helper; 24 lines added
 * to guzzle's 133-line `applyHandlerOptions`, or 15 to retrofit's 93-line `setArguments`, do.
 */
function minBlockFor(before: number, max: number, minBlock: number): number {
  return before > max ? Math.max(minBlock, Math.ceil(before / 8)) : minBlock;
}

/** A call or attribute that marks code as deprecated: `warnings.warn("… deprecated …")`, `@Deprecated`, `#[deprecated]`, `[Obsolete]`. */
const DEPRECATION = /deprecat|\[Obsolete\b/i;

/**
 * Code that warns that it is deprecated (shims for old names that delegate to the new ones) is
 * temporary by design: it is deleted, not refactored, and its length is not worth a word. A
 * function says so at its top; a block of shims says it about every few lines (one warning in a
 * long block of logic is not a shim).
 */
function deprecationShim(code: CodeView, span: { start: number; end: number }, top = false): boolean {
  let lines = 0;
  let warns = 0;
  for (let line = span.start; line <= span.end; line++) {
    const text = code.code(line);
    if (text === "") continue;
    lines++;
    if (DEPRECATION.test(text)) warns++;
    if (top && lines >= 4) break;
  }
  return top ? warns > 0 : warns * 6 >= lines;
}

/** A name assigned a parenthesised expression opened at the end of the line: `is_empty_first_line_ok = (`, `const ready = !(`. */
const NAMED_EXPRESSION = /^\s*(?:(?:val|var|let|const|final)\s+)?[\w$.]+\s*(?::\s*[\w$.<>[\], ]+)?\s*:?=\s*(?:not\s+|!)?\(\s*$/;
/** A line that defines a function or opens a block inside the expression: then it is no longer one condition. */
const HOLDS_A_BODY = /\b(?:lambda|function|def|fun)\b|=>|->|\{\s*$/;

/**
 * Lines of conditions written out once and named: a parenthesised boolean expression wrapped over
 * lines and assigned to a local (`is_empty_first_line_ok = (` … `)`). It is one statement, named
 * already; moving it into a predicate function renames it, it extracts no step. black's
 * `_maybe_empty_lines` gained such a 15-line condition (judged "not worth saying" on held-out
 * histories, session 10).
 */
function namedConditions(code: CodeView, span: { start: number; end: number }): number {
  let n = 0;
  for (let l = span.start; l <= span.end; l++) {
    if (!NAMED_EXPRESSION.test(code.code(l))) continue;
    const end = conditionEnd(code, l, span.end);
    if (end === undefined) continue;
    n += code.codeLines({ start: l, end });
    l = end;
  }
  return n;
}

/** The line that closes the expression opened on line `from`; undefined when a body opens in it first or it runs past `last`. */
function conditionEnd(code: CodeView, from: number, last: number): number | undefined {
  let depth = 0;
  for (let k = from; k <= last; k++) {
    const text = code.code(k);
    if (k > from && HOLDS_A_BODY.test(text)) return undefined;
    for (const ch of text) depth += "([".includes(ch) ? 1 : ")]".includes(ch) ? -1 : 0;
    if (depth <= 0) return k;
  }
  return undefined;
}

/**
 * A line that only asserts an invariant (`debug_assert!(…)`, `assert x`, `Debug.Assert(…)`,
 * `assert(…)`): a check for the developer, not a step of the work. A bug fix threading asserts
 * through hyperium's `remove_extra_value` did not add a block to extract.
 */
const ASSERTION = /^\s*(?:debug_assert\w*!|assert\w*!|assert\b|Debug\.Assert\b|Trace\.Assert\b|console\.assert\b|invariant\s*\()/;

function assertions(code: CodeView, span: { start: number; end: number }): number {
  let n = 0;
  for (let line = span.start; line <= span.end; line++) if (ASSERTION.test(code.code(line))) n++;
  return n;
}

const ANONYMOUS = "(anonymous function)";

/** A line that assigns what follows to a name: `json := func() {`, `val json = fun() {`. */
const ASSIGNED = /^\s*(?:(?:val|var|let|const)\s+)?[\w$.]+\s*:?=\s*(?:func|fun|function|lambda|proc)\b/;

/** Lines of code of a helper small enough to read as one step (a getter, a shortcut). */
const SMALL_HELPER = 5;

/**
 * Lines of the small named lambdas the run defines (`promise.json = () => { … }`, `const done =
 * () => …`): helpers written already, each a few lines, not a block to extract. got's `asPromise`
 * gained three 4-line shortcuts, `json`, `buffer` and `text`; its length was its old executor's
 * (judged "not worth saying" on held-out histories, session 6). A long one, such as execa's
 * 15-line `spawned.kill` override, is a block like any other.
 */
function smallHelpers(c: FunctionChange, span: { start: number; end: number }): number {
  let n = 0;
  for (const f of c.code.nestedFunctions(c.fn)) {
    const named = f.kind === "lambda" && (f.name !== ANONYMOUS || ASSIGNED.test(c.code.code(f.start)));
    if (named && f.start >= span.start && f.end <= span.end && c.code.codeLines(f) <= SMALL_HELPER) n += c.code.codeLines(f);
  }
  return n;
}

/** A nested function with a name of its own: `root.reach = function (…) {`, `val json = fun() {`, a named declaration; not a callback. */
const namedNested = (c: FunctionChange, f: FunctionFact) =>
  ASSIGNED.test(c.code.code(f.start)) ||
  ((f.kind === "function" || f.kind === "method") && f.name !== ANONYMOUS) ||
  (f.kind === "lambda" && f.name !== ANONYMOUS && ARROW_ASSIGNED.test(c.code.code(f.start)));

/**
 * An arrow function assigned to a name or a class field: `runValidationSchema = (values, onSuccess) => {`,
 * `const done = async () => {`. A method in all but syntax (formik's class fields, inside the
 * class its `withFormik` factory returns).
 */
const ARROW_ASSIGNED =
  /^\s*(?:(?:public|private|protected|readonly|static|export|const|let|var)\s+)*[\w$.]+\s*(?::[^=]{1,80})?=\s*(?:async\s+)?(?:\([^)]*\)|[\w$]+)\s*(?::[^=]{1,80})?=>/;

/**
 * A block that is a named function of its own, added to a factory: a function made mostly of the
 * closures it defines (joi's `internals.root`, one `root.x = function` after another). The block
 * is a helper already, one more of the factory's members, and its lines are that closure's, not
 * the factory's steps (judged "not worth saying" on held-out histories, session 7). A closure in
 * a function of steps (execa's 15-line `spawned.kill` override) is a block like any other.
 */
function closureOfAFactory(c: FunctionChange, span: { start: number; end: number }): boolean {
  const named = c.code.nestedFunctions(c.fn).filter((f) => namedNested(c, f));
  const holding = named.find((f) => f.start <= span.start && f.end >= span.end) ?? named.find((f) => f.start === span.start);
  if (!holding) return false;
  let inClosures = 0;
  for (const f of named) if (!named.some((o) => o !== f && o.start <= f.start && o.end >= f.end)) inClosures += c.code.codeLines(f);
  return inClosures * 2 >= c.code.codeLines(c.fn);
}

/**
 * A line holding one argument of a call wrapped one argument a line (`field.tag,`, `oneOf.name,`):
 * the formatter's layout of one statement, not a line of work. wire's `addStatement(` with its
 * four arguments below is one step, however a bug fix splits it into two branches.
 */
const WRAPPED_ARGUMENT = /^\s*[\w$]+(?:[.!?]+[\w$]+)*(?:\(\))?\s*,\s*$/;

/** Lines of a data literal (see isDataLine) or wrapped arguments in the span. */
function dataLines(code: CodeView, span: { start: number; end: number }): number {
  let n = 0;
  for (let line = span.start; line <= span.end; line++) if (isDataLine(code.code(line)) || WRAPPED_ARGUMENT.test(code.code(line))) n++;
  return n;
}

/** A keyword argument or property whose value is one string literal, its sentence maybe wrapped on: `help="Specify a hardcoded revision id instead of "`. */
const STRING_PROPERTY = /^\s*[\w$"'-]+\s*(?::|=>|=)\s*[rRbBuUfF]{0,2}(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')\s*[,+]?\s*$/;
/**
 * A line that opens a constructor's arguments wrapped one a line: `dict(`, `Map.of(`, `new Option(` (a call of a verb,
 * `log.info(`, is a step), maybe assigned: `__averageOverloads = MethodInfoSet.Create(` (mongo-csharp-driver's static
 * constructor given 37 lines of such sets, judged "not worth saying", set 29).
 */
const CALL_OPENER = /^\s*(?:[\w$.]+\s*=\s*)?(?:new\s+[\w$.]+|dict|tuple|list|set|frozenset|OrderedDict|[A-Z][\w$]*(?:\.[\w$]+)*)\s*\(\s*$/;
/** The last of the names a list wraps one a line, its comma left off before the closing bracket: `__averageSingleWithSelector`. */
const LAST_WRAPPED_NAME = /^\s*[\w$]+(?:[.!?]+[\w$]+)*(?:\(\))?\s*$/;
/** Share of a block's lines that are data for the block to be data, not steps. */
const DECLARATIVE_SHARE = 0.8;

/**
 * A block of entries of a literal: new options in an argparse table (alembic's `'rev_id': (
 * "--rev-id", dict(type=str, help="…")),`), properties of a config object, rows of a list. Every
 * line is a key, a string, a keyword argument, a wrapped call's opener or a bracket: there is no
 * step to extract, and "a helper" for table data makes no sense (judged "not worth saying" on
 * held-out histories, session 8). The entries of an option literal count as lines of the function
 * as ever; only the advice to extract them is left unsaid.
 */
function declarative(code: CodeView, span: { start: number; end: number }): boolean {
  let lines = 0;
  let data = 0;
  for (let line = span.start; line <= span.end; line++) {
    const text = code.code(line);
    if (text === "") continue;
    lines++;
    if (
      isDataLine(text) ||
      BRACKETS_ONLY.test(text) ||
      STRING_PIECE.test(text) ||
      STRING_PROPERTY.test(text) ||
      CALL_OPENER.test(text) ||
      WRAPPED_ARGUMENT.test(text) ||
      (LAST_WRAPPED_NAME.test(text) && BRACKETS_ONLY.test(code.code(line + 1)) && code.code(line + 1) !== "" && WRAPPED_ARGUMENT.test(code.code(line - 1)))
    )
      data++;
  }
  return lines > 0 && data >= DECLARATIVE_SHARE * lines;
}

/** A line's expression: what it computes, its assignment target and trailing comma or semicolon left out. */
const expressionOf = (text: string) =>
  text
    .trim()
    .replace(/^(?:(?:const|let|var|val|final)\s+)?[\w$.,\s[\]]+?\s*(?::?=|\+=)\s*(?!=)/, "")
    .replace(/[,;]\s*$/, "")
    .replace(/\s+/g, "");

/** An expression long enough to say where it came from: a call with arguments, not `x` or `None`. */
const TELLING = 12;

/**
 * Lines of the span with new content: new code (see `fresh`), not a line of only brackets (`}`,
 * `});`, `{` on a line of its own, Ruby's `end`: layout, which K&R, Allman and Ruby styles spend
 * differently on the same block), not a line whose text (trimmed) the function had before at
 * least as often (old code re-indented into a new wrapper, or moved within the function), nor one
 * whose expression it computed before at least as often (rich's `_render` built its box segments
 * in the row loop, `left = _Segment(_box.head_left, border_style)`, and now builds them once before
 * it, as a list: a loop-invariant hoist, judged "not worth saying" on held-out histories, session
 * 8). mordant's `setSize` gained two 4-line `by lazy` locals and their two closing braces, a
 * "10-line block"; Moq's `CreateMatcher` fix was 12 lines with its four opening braces, 8 without
 * (judged "not worth saying", session 10). The token diff sees new lines; their text is old or layout.
 */
function newContentLines(c: FunctionChange, span: { start: number; end: number }): number {
  const old = c.before && c.beforeCode ? { code: c.beforeCode, fn: c.before } : undefined;
  const texts = old ? [textCounts(old.code, old.fn, (t) => t.trim()), textCounts(c.code, c.fn, (t) => t.trim())] : undefined;
  const expressions = old ? [textCounts(old.code, old.fn, expressionOf), textCounts(c.code, c.fn, expressionOf)] : undefined;
  const seen = (counts: Array<Map<string, number>> | undefined, key: string) => counts !== undefined && (counts[1].get(key) ?? 0) <= (counts[0].get(key) ?? 0);
  let n = 0;
  for (let l = span.start; l <= span.end; l++) {
    const text = c.code.code(l);
    if (!c.fresh.has(l) || text === "" || BRACKETS_ONLY.test(text)) continue;
    const e = expressionOf(text);
    if (seen(texts, text.trim()) || (e.length >= TELLING && seen(expressions, e))) continue;
    n++;
  }
  return n;
}

/** Lines of only brackets in the span (see BRACKETS_ONLY): the block's layout, counted where it is weighed against the function's length. */
function bracketLines(code: CodeView, span: { start: number; end: number }): number {
  let n = 0;
  for (let l = span.start; l <= span.end; l++) if (code.code(l) !== "" && BRACKETS_ONLY.test(code.code(l))) n++;
  return n;
}

/** How often each key (a line's trimmed text, its expression) occurs among the function's lines of code. */
function textCounts(code: CodeView, fn: FunctionFact, key: (text: string) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (let l = fn.start + 1; l <= fn.end; l++) {
    const text = code.code(l);
    if (text === "") continue;
    const k = key(text);
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

/** A line that opens one link of a method chain: `.Task(BuildInfo).Desc("…")`, `->task('build')`, `.apply {`. */
const LINK = /^(\s*)(?:\?\.|\.|->)[A-Za-z_$][\w$]*\s*[(<{]/;
/** Links at one level that make a chain a declaration (a build script's tasks, a router's routes) rather than a pipeline. */
const MIN_LINKS = 8;

/** How wide a line's indentation reads, a tab as four spaces (a file may mix both). */
const indentWidth = (indent: string) => indent.replace(/\t/g, "    ").length;

/**
 * A block that adds links to a long fluent chain: Bogus's build `Main`, one `new Bau(…)` chain of
 * `.Task(…).Desc(…).DependsOn(…).Do(…)` declarations, given two more tasks (judged "not worth
 * saying", session 11: extracting them would fight the DSL). Such a function is as long as the
 * number of things it declares; a block that starts with a link, in a chain of at least MIN_LINKS
 * links at its level, is one more declaration. A short pipeline (`.filter(…).map(…)`) is not one.
 */
function linksOfAChain(code: CodeView, span: { start: number; end: number }, fn: FunctionFact): boolean {
  let first = span.start;
  while (first < span.end && code.code(first) === "") first++;
  const head = LINK.exec(code.code(first));
  if (!head) return false;
  const width = indentWidth(head[1]);
  let links = 0;
  for (let l = fn.start + 1; l <= fn.end && links < MIN_LINKS; l++) {
    const m = LINK.exec(code.code(l));
    if (m && indentWidth(m[1]) === width) links++;
  }
  return links >= MIN_LINKS;
}
