import { Query, type Language, type Node, type Tree } from "web-tree-sitter";
import type { CallFact, CommentFact, FunctionFact, StringFact, TestCaseFact } from "./facts.js";
import type { LanguageSpec, TestDeclaration } from "./language-spec.js";
import { clip, withoutArguments } from "./language-spec.js";

/** Calls whose callback is a test case or suite body (or a hook), by the callee's last name. */
const TEST_CALLBACK =
  /^(describe|context|suite|it|test|specify|scenario|feature|example|before|after|beforeEach|afterEach|beforeAll|afterAll|setup|teardown|f?x?describe|fit|xit|fcontext|xcontext|xtest|let!?|subject|shared_examples\w*|shared_context|Describe|Context|It|When|Then|Given|should)$/;
/** Go subtests: `t.Run("name", func(t *testing.T) {…})`, not any `Run` (C#'s `Task.Run`). */
const SUBTEST = /^(t|tt|b|tb|s|suite)\.Run$/;
const PASS_THROUGH = new Set([
  "arguments",
  "argument_list",
  "argument",
  "value_argument",
  "value_arguments",
  "annotated_lambda",
  "call_suffix",
  "parenthesized_expression",
]);

/** Raw comment as the walk sees it; blocks and their verdicts are made from these afterwards. */
export interface RawComment {
  start: number;
  end: number;
  column: number;
  endColumn: number;
  text: string;
  trailing: boolean;
}

export interface WalkResult {
  functions: FunctionFact[];
  comments: RawComment[];
  docstrings: CommentFact[];
  strings: StringFact[];
  calls: CallFact[];
  tests: TestCaseFact[];
  /** Lines on which a declaration starts whose preceding comment is its documentation (Go, Ruby). */
  declarationLines: Set<number>;
}

/**
 * Each open frame carries what a node inside it needs, so no lookup walks the stack: the
 * innermost function and test case, and how many conditional and try blocks enclose it (a file
 * nested 50,000 levels deep must not cost 50,000 steps per node).
 */
interface FrameContext {
  end: number;
  fn?: FunctionFrame;
  test?: TestFrame;
  conditionals: number;
  tries: number;
}
interface FunctionFrame extends FrameContext {
  kind: "function";
  fact: FunctionFact;
  level: number;
  /** Nesting as cognitive complexity counts it: only the structures it charges for nest. */
  cognitiveLevel: number;
  /** Index of the innermost open structure in `fact.increments` (-1: none). */
  within: number;
  recursive: boolean;
  /** Where the function's last guard clause ended (-1: none yet). */
  guardRunEnd: number;
  /** Start offsets of ternaries that are another ternary's last operand: the next case of a chain. */
  chainedTernaries?: Set<number>;
}
interface BlockFrame extends FrameContext {
  kind: "block";
  nests: boolean;
  cognitiveNests: boolean;
  /** The function's `within` before this block opened. */
  outerWithin: number;
}
interface TestFrame extends FrameContext {
  kind: "test";
  /** Where the case's declaration starts in the text. */
  at: number;
  fact: TestCaseFact;
  declaration: TestDeclaration;
}
type Frame = FunctionFrame | BlockFrame | TestFrame;

const NO_FRAME: FrameContext = { end: Infinity, conditionals: 0, tries: 0 };
const top = (frames: Frame[]): FrameContext => frames[frames.length - 1] ?? NO_FRAME;

const MAX_CALLS_PER_TEST = 200;
const ELSE_BEFORE = /\belse\s*$/;

/** Blocks and functions open at once past which a file is not analysed: real code never gets near. */
export const MAX_FRAMES = 1_000;
export class TooSlow extends Error {}
export class TooDeep extends Error {
  constructor() {
    super(`it nests more than ${MAX_FRAMES.toLocaleString("en-US")} blocks deep`);
  }
}

export function endLine(node: { endPosition: { row: number; column: number }; startPosition: { row: number } }): number {
  // A node that ends at column 0 (a Python block with its newline) ends on the line before.
  // endPosition read once: each read of a tree-sitter node's property is a call into WebAssembly.
  const end = node.endPosition;
  const row = end.column === 0 && end.row > node.startPosition.row ? end.row - 1 : end.row;
  return row + 1;
}

const queries = new WeakMap<LanguageSpec, Map<Language, Query>>();

/** Types of a language the query may name: grammars differ (the JS grammar has no `regex` alias…). */
function known(language: Language, types: Iterable<string>): string[] {
  return [...new Set(types)].filter((t) => language.idForNodeType(t, true) !== null);
}

/**
 * One query per language for every node that is a fact or frames one (functions, calls,
 * comments, strings, control structures, decision tokens). Tree-sitter runs it natively and
 * hands back only those nodes, in document order: walking every node from JavaScript instead
 * costs more than the parse.
 */
const TRY_TYPES = ["try_statement", "try_expression", "try_with_resources_statement", "begin"];

function queryFor(spec: LanguageSpec, language: Language): Query {
  let byLanguage = queries.get(spec);
  if (!byLanguage) queries.set(spec, (byLanguage = new Map()));
  let query = byLanguage.get(language);
  if (query) return query;
  const types = known(language, [
    ...Object.keys(spec.functions),
    ...spec.calls,
    ...spec.comments,
    ...Object.keys(spec.strings),
    ...spec.decisions,
    ...spec.nesting,
    // A try does not nest, but the tests inside it are framed by it (a `fail()` before the catch).
    ...TRY_TYPES,
    ...spec.conditionals,
    ...spec.cognitive.structures,
    ...(spec.cognitive.flat ?? []),
    ...(spec.cognitive.jumps?.types ?? []),
    ...(spec.assertionStatements ?? []),
    ...(spec.declarationTypes ?? []),
  ]);
  const patterns = [`[${types.map((t) => `(${t})`).join(" ")}] @n`];
  // Operator expressions are captured whole and their tokens read in visitOperators: a pattern
  // per parent and token (`(binary_expression "&&" @op)`) makes tree-sitter analyse the grammar
  // for each one, which for TypeScript or C# costs more than parsing a thousand files' worth of them.
  const parents = known(language, spec.decisionTokenParents);
  if (parents.length > 0) patterns.push(`[${parents.map((t) => `(${t})`).join(" ")}] @ops`);
  if (spec.bareCalls) patterns.push(`((identifier) @bare (#any-of? @bare ${spec.bareCalls.map((c) => JSON.stringify(c)).join(" ")}))`);
  query = new Query(language, patterns.join("\n"));
  byLanguage.set(language, query);
  return query;
}

/**
 * Facts from the nodes the language's query captures. A stack of open frames (by where each
 * node ends) says which function, control block and test case a node is in.
 */
export function walk(tree: Tree, spec: LanguageSpec, text: string, lines: string[], deadline = Infinity): WalkResult {
  const out: WalkResult = { functions: [], comments: [], docstrings: [], strings: [], calls: [], tests: [], declarationLines: new Set() };
  const frames: Frame[] = [];
  // Pathological trees (tens of thousands of levels) make the query slow: it gives up at the deadline.
  const captures = queryFor(spec, tree.language).captures(tree.rootNode, { progressCallback: () => performance.now() > deadline });
  if (performance.now() > deadline) throw new TooSlow();
  const runs = new PendingRuns(spec, frames);
  for (const { name, node } of captures) {
    const start = node.startIndex;
    runs.flushBefore(start, name);
    closeFramesBefore(frames, start);
    if (name === "ops") visitOperators(node, spec, frames, runs);
    else if (name === "bare") visitCall(node, spec, frames, out);
    else visitNode(node, spec, frames, out, text, lines);
    if (frames.length > MAX_FRAMES) throw new TooDeep();
  }
  runs.flush();
  return out;
}

/** Pops the frames that end before `start`; a closed block gives its function its outer level back. */
function closeFramesBefore(frames: Frame[], start: number): void {
  while (frames.length > 0 && frames[frames.length - 1].end <= start) {
    const f = frames.pop()!;
    if (f.kind === "block") leaveBlock(f);
  }
}

function leaveBlock(block: BlockFrame): void {
  const fn = block.fn;
  if (!fn) return;
  if (block.nests) fn.level--;
  if (block.cognitiveNests) fn.cognitiveLevel--;
  fn.within = block.outerWithin;
}

function addDecision(frames: Frame[]): void {
  const fn = top(frames).fn;
  if (fn) fn.fact.decisions++;
}

/**
 * An operator expression: each decision token among its own children (`&&`, `??`, Java's `case`)
 * is a decision of the function around the token, and a boolean operator may start a run. The
 * token comes after the left operand, so a function that ends inside that operand
 * (`function () {} && x`) is not the one around it, though it may already be on the stack.
 */
function visitOperators(node: Node, spec: LanguageSpec, frames: Frame[], runs: PendingRuns): void {
  let boolean: string | undefined;
  // The children in one call: child(i) and childCount in the loop were three calls into WebAssembly a child.
  for (const child of node.children) {
    if (!child) continue;
    const type = child.type;
    const decision = spec.decisionTokens.has(type);
    const isBoolean = spec.cognitive.booleans.has(type);
    if (!(decision || isBoolean) || child.isNamed) continue;
    if (decision) addDecisionAt(frames, child.startIndex);
    if (isBoolean) boolean ??= type;
  }
  if (boolean !== undefined) runs.add(node, boolean);
}

/**
 * Boolean runs wait until every other node that starts where their expression starts has been
 * visited (the left operand's own calls and functions), and then go in the order of their
 * operator's place in the spec, innermost first: the order in which the walk has always counted
 * them, so the increments of a function keep their order.
 */
class PendingRuns {
  private readonly pending: Array<{ node: Node; rank: number; order: number }> = [];
  private at = -1;
  private readonly parents: string[];
  private readonly booleans: string[];

  constructor(
    private readonly spec: LanguageSpec,
    private readonly frames: Frame[],
  ) {
    this.parents = [...spec.decisionTokenParents];
    this.booleans = [...spec.cognitive.booleans];
  }

  add(node: Node, operator: string): void {
    const rank = this.parents.indexOf(node.type) * this.booleans.length + this.booleans.indexOf(operator);
    this.pending.push({ node, rank, order: this.pending.length });
    this.at = node.startIndex;
  }

  /** Before a node that starts later, or a bare call (which has always come after the runs where it starts). */
  flushBefore(start: number, name: string): void {
    if (this.pending.length > 0 && (start > this.at || name === "bare")) this.flush();
  }

  flush(): void {
    if (this.pending.length === 0) return;
    this.pending.sort((a, b) => a.rank - b.rank || b.order - a.order);
    for (const { node } of this.pending) addBooleanRun(node, this.spec, this.frames);
    this.pending.length = 0;
  }
}

/** addDecision as of `at`: frames that end before it are closed there. */
function addDecisionAt(frames: Frame[], at: number): void {
  let i = frames.length - 1;
  while (i >= 0 && frames[i].end <= at) i--;
  const fn = (frames[i] ?? NO_FRAME).fn;
  if (fn) fn.fact.decisions++;
}

function visitNode(node: Node, spec: LanguageSpec, frames: Frame[], out: WalkResult, text: string, lines: string[]): void {
  const type = node.type;
  if (spec.comments.has(type)) return visitComment(node, out, lines);
  const stringKind = spec.strings[type];
  if (stringKind) return visitString(node, stringKind, spec, out);
  const fnKind = spec.functions[type];
  if (fnKind) openFunction(node, fnKind, spec, frames, out);
  const isCall = spec.calls.has(type);
  const callee = isCall ? visitCall(node, spec, frames, out) : undefined;
  if (spec.testCase && (fnKind || isCall)) {
    const declaration = spec.testCase(node, callee);
    if (declaration) openTest(node, declaration, frames, out);
    // A test function (Go `TestX`, `def test_x`, `@Test`) is a test case, not a function to keep short.
    if (declaration && fnKind) out.functions[out.functions.length - 1].testCallback = true;
  }
  if (spec.decisions.has(type)) addDecision(frames);
  if (spec.assertionStatements?.has(type)) {
    const test = top(frames).test;
    if (test) test.fact.assertions++;
  }
  openBlock(node, type, spec, frames, text);
  if (spec.declarationTypes?.has(type) && (spec.declares?.(node) ?? true)) out.declarationLines.add(node.startPosition.row + 1);
}

function openFunction(node: Node, kind: FunctionFact["kind"], spec: LanguageSpec, frames: Frame[], out: WalkResult): void {
  const fact = functionFact(node, kind, spec, top(frames).fn?.fact);
  out.functions.push(fact);
  const { test, conditionals, tries } = top(frames);
  const frame: FunctionFrame = {
    end: node.endIndex,
    kind: "function",
    fact,
    level: 0,
    cognitiveLevel: 0,
    within: -1,
    recursive: false,
    guardRunEnd: -1,
    test,
    conditionals,
    tries,
  };
  frame.fn = frame;
  frames.push(frame);
}

/** A control structure: one more nesting level in its function, and a condition or try for the tests inside. */
function openBlock(node: Node, type: string, spec: LanguageSpec, frames: Frame[], text: string): void {
  // Read from the text, not the parent node: finding a node's parent costs a walk from the root.
  const elseIf =
    (spec.ifTypes.has(type) && spec.elseParents.size > 0 && ELSE_BEFORE.test(text.slice(Math.max(0, node.startIndex - 16), node.startIndex))) ||
    chainedTernary(node, type, top(frames).fn);
  const nests = spec.nesting.has(type) && !elseIf;
  const cognitiveNests = spec.cognitive.structures.has(type) && !elseIf;
  const conditional = spec.conditionals.has(type);
  const isTry = type.startsWith("try") || type === "begin";
  const outer = top(frames);
  const fn = outer.fn;
  if (fn) addCognitive(node, type, elseIf, spec, fn, text);
  if (!nests && !conditional && !isTry && !cognitiveNests) return;
  const line = node.startPosition.row + 1;
  const conditionals = outer.conditionals + (conditional ? 1 : 0);
  const outerWithin = fn?.within ?? -1;
  frames.push({
    end: node.endIndex,
    kind: "block",
    nests,
    cognitiveNests,
    outerWithin,
    fn,
    test: outer.test,
    conditionals,
    tries: outer.tries + (isTry ? 1 : 0),
  });
  if (cognitiveNests && fn) {
    fn.cognitiveLevel++;
    fn.within = fn.fact.increments!.length - 1;
  }
  if (nests && fn && ++fn.level > fn.fact.maxNesting) {
    fn.fact.maxNesting = fn.level;
    fn.fact.deepestLine = line;
  }
  if (nests && fn) (fn.fact.blocks ??= []).push({ start: line, end: endLine(node), depth: fn.level });
}

const TERNARIES = new Set(["ternary_expression", "conditional_expression", "conditional"]);

/**
 * `a ? x : b ? y : z` (Python's `x if a else y if b else z`) reads as a table of cases, as an
 * `else if` chain does, so a ternary that is another's last operand continues it: 1, nothing for
 * nesting. Sonar's definition nests each; judges found zxing's 30-line C40 value table, two flat
 * chains scored 153, "reads line for line like the spec table". A parenthesised or middle operand
 * still nests. Records this ternary's own last operand, so the chain's next case is known.
 */
function chainedTernary(node: Node, type: string, fn: FunctionFrame | undefined): boolean {
  if (!fn || !TERNARIES.has(type)) return false;
  const chained = fn.chainedTernaries?.delete(node.startIndex) ?? false;
  const last = node.lastNamedChild;
  if (last && last.type === type) (fn.chainedTernaries ??= new Set()).add(last.startIndex);
  return chained;
}

/**
 * Cognitive complexity: a structure costs 1 plus how deeply it is nested; an `else if`, `elif`
 * or `else` continues its `if` (1, nothing for nesting); a jump to a label costs 1.
 */
function addCognitive(node: Node, type: string, elseIf: boolean, spec: LanguageSpec, fn: FunctionFrame, text: string): void {
  const { structures, flat, jumps } = spec.cognitive;
  const line = node.startPosition.row + 1;
  if (structures.has(type) && !elseIf) {
    const branch = spec.ifTypes.has(type) || GUARD_MODIFIER.test(type) ? guardBranch(node, text) : undefined;
    const guard = branch !== undefined && EXIT_WRAPPED.test(branch);
    const continued = guard && EXIT_ONLY.test(branch) && continuesGuards(node, fn, text) > 0;
    // A structure is recorded even when free (a guard continuing a run): blocks inside it nest in it.
    increment(fn, line, continued ? 0 : 1, continued ? 0 : fn.cognitiveLevel);
    const inc = fn.fact.increments![fn.fact.increments!.length - 1];
    inc.end = endLine(node);
    if (guard) inc.guard = true;
  } else if (structures.has(type) || flat?.has(type)) increment(fn, line, 1);
  else if (jumps?.types.has(type) && jumps.labelled.test(text.slice(node.startIndex, node.startIndex + 40))) increment(fn, line, 1);
  if (spec.ifTypes.has(type) || flat?.has(type)) for (const at of plainElses(node, text)) increment(fn, at, 1);
}

function increment(fn: FunctionFrame, line: number, base: number, nesting = 0): void {
  fn.fact.cognitive += base + nesting;
  (fn.fact.increments ??= []).push({ line, base, nesting, within: fn.within });
}

const GUARD_MODIFIER = /^(if|unless)_modifier$/;
const LONGEST_GUARD = 400;
/** What a guard's branch holds: one return, throw, raise, continue, break or next, on one line. */
const EXIT_ONLY = /^(\{|then\b|:)?\s*(return|throw|raise|continue|break|next)\b[^;{}\n]*;?\s*(\}|end)?$/;
/** The same, where the exit wraps over lines (`throw new Error(` and its message below) or holds a literal (`return []string{}, err`). */
const EXIT_WRAPPED = /^(\{|then\b|:)?\s*(return|throw|raise|continue|break|next)\b([^;{}]|\{[^{}]*\})*;?\s*(\}|end)?$/;
/** Between two guards of a run: only blank space, semicolons and comments. */
const ONLY_SPACE = /^(\s|;|\/\/[^\n]*|#[^\n]*|\/\*[\s\S]*?\*\/)*$/;

/**
 * Consecutive guard clauses (`if (!x) return;`, `return nil unless x`, `if err != nil { return
 * err }`, `if (skip) continue;`) read as one table of early exits, as a switch's cases do: the run
 * costs what its first guard does, so this returns the cost of each guard after the first (`node`
 * is a guard). Their
 * conditions still count.
 * A departure from Sonar's definition, which charges each: judges found a list of flat guards
 * (ripgrep's `indexing_unsupported_flag`, an ESLint visitor's skips) readable as it is.
 */
function continuesGuards(node: Node, fn: FunctionFrame, text: string): number {
  const previous = fn.guardRunEnd;
  fn.guardRunEnd = node.endIndex;
  const continues = previous >= 0 && node.startIndex - previous < LONGEST_GUARD && ONLY_SPACE.test(text.slice(previous, node.startIndex));
  return continues ? 1 + fn.cognitiveLevel : 0;
}

/** The text of a guard's branch (trimmed), when the structure may be a guard: short, with no else. Tested against EXIT_WRAPPED and EXIT_ONLY. */
function guardBranch(node: Node, text: string): string | undefined {
  if (node.endIndex - node.startIndex > LONGEST_GUARD) return undefined;
  const children = node.children;
  for (let i = 0; i < children.length; i++) if (node.fieldNameForChild(i) === "alternative" || children[i]?.type === "else") return undefined;
  const branch = node.childForFieldName("consequence") ?? node.childForFieldName("body") ?? node.lastNamedChild;
  return branch === null ? undefined : text.slice(branch.startIndex, branch.endIndex).trim();
}

const CONTINUES_CHAIN = /^(else[ \t]*)?(if|elif|elsif|elseif|unless)\b/;

/**
 * The `else` branches of an `if` that are not an `else if` (that one is counted as an `if`, an
 * `elif` as its own clause). Grammars hang the else differently: an `alternative` field holding
 * the branch, an else clause, or (Kotlin) a bare `else` token followed by the branch.
 */
function plainElses(node: Node, text: string): number[] {
  const lines: number[] = [];
  const children = node.children;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (!child) continue;
    const isAlternative = node.fieldNameForChild(i) === "alternative";
    const bareElse = !isAlternative && child.type === "else" && !child.isNamed && node.fieldNameForChild(i + 1) !== "alternative";
    const branch = bareElse ? (children[i + 1] ?? null) : isAlternative ? child : null;
    if (!branch) continue;
    if (!CONTINUES_CHAIN.test(text.slice(branch.startIndex, branch.startIndex + 12))) lines.push(child.startPosition.row + 1);
  }
  return lines;
}

/** `a && b && c` is one run (1); `a && b || c` is two. The grammars nest left-associatively. */
function addBooleanRun(node: Node, spec: LanguageSpec, frames: Frame[]): void {
  const fn = top(frames).fn;
  if (!fn) return;
  const operator = booleanOperator(node, spec);
  const left = node.childForFieldName("left") ?? node.firstNamedChild;
  const continues = left !== null && spec.decisionTokenParents.has(left.type) && booleanOperator(left, spec) === operator;
  if (!continues) increment(fn, node.startPosition.row + 1, 1);
}

function booleanOperator(node: Node, spec: LanguageSpec): string | undefined {
  for (const child of node.children) {
    const type = child?.type;
    if (type && spec.cognitive.booleans.has(type)) return type === "and" ? "&&" : type === "or" ? "||" : type;
  }
  return undefined;
}

function visitComment(node: Node, out: WalkResult, lines: string[]): void {
  const start = node.startPosition;
  const before = lines[start.row]?.slice(0, start.column) ?? "";
  const end = endLine(node);
  const endPosition = node.endPosition;
  const endColumn = end === endPosition.row + 1 ? endPosition.column : (lines[end - 1]?.length ?? 0);
  out.comments.push({ start: start.row + 1, end, column: start.column, endColumn, text: node.text.replace(/\r?\n$/, ""), trailing: before.trim() !== "" });
}

function visitString(node: Node, kind: StringFact["kind"], spec: LanguageSpec, out: WalkResult): void {
  const start = node.startPosition;
  const end = node.endPosition;
  const docstring = spec.isDocstring?.(node) ?? false;
  out.strings.push({ kind: docstring ? "docstring" : kind, start: start.row + 1, end: end.row + 1, startColumn: start.column, endColumn: end.column });
  if (docstring) {
    const body = node.text.replace(/^[a-zA-Z]*("""|'''|"|')/, "").replace(/("""|'''|"|')$/, "");
    out.docstrings.push({
      kind: "doc",
      start: start.row + 1,
      end: end.row + 1,
      lines: body.split("\n"),
      code: false,
      trailing: false,
      startColumn: start.column,
      endColumn: end.column,
    });
  }
}

function functionFact(node: Node, declared: FunctionFact["kind"], spec: LanguageSpec, enclosing?: FunctionFact): FunctionFact {
  const start = node.startPosition.row + 1;
  const end = endLine(node);
  const body = node.childForFieldName("body") ?? node.lastNamedChild;
  const bodyStart = body ? body.startPosition.row + 1 : start;
  const fact: FunctionFact = {
    name: "",
    kind: declared,
    start,
    end,
    bodyLines: Math.max(1, end - bodyStart + 1),
    codeLines: 0,
    decisions: 0,
    cognitive: 0,
    maxNesting: 0,
    deepestLine: start,
    testCallback: false,
  };
  if (misparsed(node)) fact.parseErrors = true;
  const declaredName = node.childForFieldName("name");
  if (declaredName && declared !== "lambda") {
    fact.name = clip(declaredName.text);
    return fact;
  }
  nameAnonymous(node, fact, spec, enclosing);
  return fact;
}

/**
 * The parser recovered from a syntax error inside the function in a way that may move its end: an
 * ERROR node over several lines or holding a brace, or a MISSING closing bracket or `end`. Its span
 * is then tree-sitter's guess, not the function's (rust-csv's pre-1.0 closure types `|&mut
 * Decoder<'a>| -> T` ran a 3-line `emit_enum` to 512 lines; Kotlin's soft keyword `where` assigned
 * as a property ran Exposed's `where` over the methods after it), so its length, blocks and
 * complexity are not measured. A one-token error on one line (chrono's old closure kinds `|&: d|`,
 * a missing `;`) leaves the brackets, and so the span, as written. A function that parsed whole
 * inside an error of its parent's keeps its span too: its brackets matched.
 */
function misparsed(node: Node): boolean {
  if (!node.hasError) return false;
  // Only the branches that hold an error are entered, at most MAX_ERROR_VISITS nodes: past that
  // the recovery is too tangled to trust.
  const stack: Node[] = [node];
  for (let visits = 0; visits < MAX_ERROR_VISITS; visits++) {
    const n = stack.pop();
    if (!n) return false;
    if (n.isMissing) {
      if (SPAN_CLOSERS.test(n.type)) return true;
      continue;
    }
    if (n.type === "ERROR" && (n.endPosition.row > n.startPosition.row || /[{}]/.test(n.text))) return true;
    for (const child of n.children) if (child?.hasError) stack.push(child);
  }
  return true;
}

const MAX_ERROR_VISITS = 2_000;
/** A MISSING token that ends a function, a block or a call: without it the recovery chose where the function ends. */
const SPAN_CLOSERS = /^(?:[)\]}]|end)$/;

const MISPARSED_DECLARATION = /^(class|object|interface|enum|struct|trait|impl|module|namespace)\s/;

/**
 * An anonymous function is named by where it sits: the call it is passed to, the function that
 * returns it, or what it is assigned to.
 */
function nameAnonymous(node: Node, fact: FunctionFact, spec: LanguageSpec, enclosing?: FunctionFact): void {
  let parent = node.parent;
  for (let i = 0; parent && i < 3 && PASS_THROUGH.has(parent.type); i++) parent = parent.parent;
  // An infix "call" with no function to name is the grammar's recovery (Kotlin's `class X { … }` read as `class` infix a lambda).
  if (parent && spec.calls.has(parent.type) && parent.id !== node.id && (parent.type !== "infix_expression" || spec.callee(parent) !== undefined)) {
    if (isCallee(parent, node)) return nameImmediatelyInvoked(fact);
    return nameCallback(parent, fact, spec, enclosing);
  }
  if (enclosing && isReturned(node, parent)) return nameReturned(node, fact, enclosing);
  const target =
    parent && (parent.childForFieldName("name") ?? parent.childForFieldName("left") ?? parent.childForFieldName("key") ?? parent.childForFieldName("pattern"));
  if (fact.kind !== "function" && fact.kind !== "method") fact.kind = "lambda";
  fact.name = target && target.id !== node.id ? clip(target.text) : "(anonymous function)";
  // A nameless "function" around a syntax error, or whose expression starts with a declaration
  // keyword, is the parser's recovery (moshi's Kotlin `List<@TypeAnnotation String>` turned
  // `class GeneratedAdaptersTest { … }` into `class` infix a 1,160-line lambda): its size is not
  // a function's, so it is not measured; the functions inside it still are.
  if (!target && (node.hasError || MISPARSED_DECLARATION.test(parent?.text.slice(0, 40) ?? ""))) fact.testCallback = true;
}

/** Statements whose value is what the function returns (Go wraps it in an `expression_list`). */
const RETURN_TYPES = new Set(["return_statement", "return_expression"]);

/** `return () => …`, or a Rust function whose body ends with the closure (its value, as if returned). */
function isReturned(node: Node, parent: Node | null): boolean {
  if (!parent) return false;
  if (RETURN_TYPES.has(parent.type)) return true;
  if (parent.type === "expression_list") return RETURN_TYPES.has(parent.parent?.type ?? "");
  return node.type === "closure_expression" && parent.type === "block" && parent.lastNamedChild?.id === node.id && parent.parent?.type === "function_item";
}

/**
 * A returned function (a factory's handler, a middleware) is named after the function that
 * returns it: a reader finds it there, and "(anonymous function)" would not say which one it is.
 */
function nameReturned(node: Node, fact: FunctionFact, enclosing: FunctionFact): void {
  if (fact.kind !== "function" && fact.kind !== "method") fact.kind = "lambda";
  // A named function expression (`return function LOG () {}`) has a name of its own; a function
  // with no name to give (returned by an immediately invoked wrapper) stays anonymous.
  const own = node.childForFieldName("name");
  if (own) fact.name = clip(own.text);
  else fact.name = enclosing.name.startsWith("(") ? "(anonymous function)" : `(function returned by ${enclosing.name})`;
}

/** The function is what the call calls, not one of its arguments: `(function () { … })()`. */
function isCallee(call: Node, fn: Node): boolean {
  const callee = call.childForFieldName("function");
  return callee !== null && callee.startIndex <= fn.startIndex && callee.endIndex >= fn.endIndex;
}

/**
 * An immediately invoked function (`(async () => { … })()`, a UMD or module wrapper) is a scope
 * for a script's body, not a function anyone calls: like a suite callback, the structural rules
 * do not measure it, only the functions inside it.
 */
function nameImmediatelyInvoked(fact: FunctionFact): void {
  fact.kind = "lambda";
  fact.name = "(immediately invoked function)";
  fact.testCallback = true;
}

/** `describe("Probot") callback`; a test or suite callback is flagged as such. */
function nameCallback(call: Node, fact: FunctionFact, spec: LanguageSpec, enclosing?: FunctionFact): void {
  const callee = spec.callee(call) ?? "(call)";
  const label = spec.firstStringArgument(call);
  fact.kind = "callback";
  fact.name = label === undefined ? callbackName(call, callee, enclosing) : `${callee}(${JSON.stringify(label)}) callback`;
  fact.testCallback =
    SUBTEST.test(callee) ||
    withoutArguments(callee)
      .split(/[.:]+/)
      .some((part) => TEST_CALLBACK.test(part));
}

/** A receiver that is itself a call with a block or a closure, or was cut short, is not a name. */
const UNREADABLE_RECEIVER = /do\||\{\||\}|=>|function\(|end\)|…$/;

/**
 * A callback's name is what a reader looks for: `items.each callback`. When the callee's receiver
 * is an expression with a block of its own (`(query.split("&").map do |p| … end).inject`: its text,
 * whitespace dropped and cut at 120 characters, reads as garbage), the callback is named by the
 * method it is passed to and the function around it: `inject callback in query_values`.
 */
function callbackName(call: Node, callee: string, enclosing?: FunctionFact): string {
  if (!UNREADABLE_RECEIVER.test(callee)) return `${callee} callback`;
  const method = calledMethod(call) ?? /[.:]([\w$!?]+)$/.exec(callee)?.[1];
  const around = enclosing?.name && !enclosing.name.startsWith("(") ? ` in ${enclosing.name}` : "";
  return `${method ?? "(call)"} callback${around}`;
}

/** The name of the method a call calls, read from the tree: the callee's text may be cut. */
function calledMethod(call: Node): string | undefined {
  const target = call.childForFieldName("method") ?? call.childForFieldName("function") ?? call.childForFieldName("name");
  const member = target?.childForFieldName("property") ?? target?.childForFieldName("field") ?? target?.childForFieldName("name") ?? target;
  const text = member?.text ?? "";
  return /^[\w$!?]{1,60}$/.test(text) ? text : undefined;
}

/** Records a call (and what it means inside a test case); returns its callee. */
function visitCall(node: Node, spec: LanguageSpec, frames: Frame[], out: WalkResult): string | undefined {
  const callee = spec.callee(node);
  if (!callee) return undefined;
  out.calls.push({ callee, line: node.startPosition.row + 1 });
  const context = top(frames);
  if (context.fn) noteRecursion(context.fn, callee);
  const test = context.test;
  // The case's own name, read as a call of its own (kotest's `test("adds")` in `test("adds") { … }`), is not a call it makes.
  if (!test || node.startIndex === test.at) return;
  const fact = test.fact;
  if (fact.calls.length < MAX_CALLS_PER_TEST) fact.calls.push(callee);
  if (spec.expectsFailureCall.test(callee)) fact.expectsFailureOrSnapshot = true;
  else if (spec.skipCall.test(callee)) noteSkip(fact, /assume|\.If/i.test(callee) || context.conditionals > test.conditionals);
  else if (spec.assertion.test(callee)) {
    fact.assertions++;
    // `fail()` at the end of a `try` whose `catch` expects the exception (JUnit 4 idiom).
    if (/(^|\.)fail$/i.test(callee) && context.tries > test.tries) fact.expectsFailureOrSnapshot = true;
  }
  if (!fact.passesHandle && test.declaration.handles.length > 0 && passesHandle(node, callee, test.declaration.handles)) fact.passesHandle = true;
}

const SELF_RECEIVER = /^(this|self|Self|static|\$this)(\.|::|->)/;

/** A function that calls itself costs 1 once (each one of a recursion cycle does, in Sonar's definition). */
function noteRecursion(fn: FunctionFrame, callee: string): void {
  if (fn.recursive || fn.fact.kind === "callback" || fn.fact.name === "") return;
  if (callee.replace(SELF_RECEIVER, "") !== fn.fact.name) return;
  fn.recursive = true;
  increment(fn, fn.fact.start, 1);
}

function noteSkip(fact: TestCaseFact, conditional: boolean): void {
  if (fact.skip === "unconditional") return;
  fact.skip = conditional ? "conditional" : "unconditional";
}

/** The handle given to a helper as an argument (`check(t, got)`), not used as a receiver (`t.Fatal`). */
function passesHandle(call: Node, callee: string, handles: string[]): boolean {
  if (handles.some((h) => callee === h || callee.startsWith(`${h}.`))) return false;
  const args = call.childForFieldName("arguments") ?? call.namedChildren.find((c) => c && /argument/.test(c.type));
  if (!args) return false;
  for (const arg of args.namedChildren) {
    const inner = arg && (arg.type === "argument" || arg.type === "value_argument") ? arg.firstNamedChild : arg;
    if (inner && handles.includes(inner.text)) return true;
  }
  return false;
}

function openTest(node: Node, declaration: TestDeclaration, frames: Frame[], out: WalkResult): void {
  const fact: TestCaseFact = {
    name: declaration.name,
    start: node.startPosition.row + 1,
    end: endLine(node),
    assertions: 0,
    calls: [],
    passesHandle: false,
    expectsFailureOrSnapshot: declaration.expectsFailure,
    compileOnly: false,
    skip: declaration.skip,
    focused: declaration.focused,
  };
  out.tests.push(fact);
  const { fn, conditionals, tries } = top(frames);
  const frame: TestFrame = { end: node.endIndex, at: node.startIndex, kind: "test", fact, declaration, fn, conditionals, tries };
  frame.test = frame;
  frames.push(frame);
}
