import type { Node } from "web-tree-sitter";
import type { CommentFact, FunctionFact, LanguageId, StringFact } from "./facts.js";

/** What a test-case declaration says about itself (its annotations, decorators or call form). */
export interface TestDeclaration {
  name: string;
  skip: "none" | "unconditional" | "conditional";
  focused: boolean;
  expectsFailure: boolean;
  /** Parameter names of the case: the handle (`t`, `self`, fixtures) a helper may receive. */
  handles: string[];
}

/**
 * Cognitive complexity (G. Ann Campbell, SonarSource 2017) as node types: what makes code hard
 * to follow is a break in its linear flow, and more so when nested. A whole `switch` is one
 * break however many cases it has; `??`, `?.` and a `case` are free.
 */
export interface CognitiveSpec {
  /** +1, plus 1 per level they are nested in, and they nest what they hold: if, loops, switch/match/when/case, catch, ternary. */
  structures: Set<string>;
  /** +1 without nesting: `elif`/`elsif`/`elseif` clauses (an `else if` is an `if` found by its text). */
  flat?: Set<string>;
  /** Boolean operators under decisionTokenParents: each run of the same operator counts once. */
  booleans: Set<string>;
  /** Jumps to a label (goto, `break outer`): node types, and the text that makes one labelled. */
  jumps?: { types: Set<string>; labelled: RegExp };
}

/**
 * One language's grammar, described as node types: the shared walker (walk.ts) turns a syntax
 * tree into facts with it. Each module under languages/ exports one of these; nothing else in
 * the layer knows a language's node types.
 */
export interface LanguageSpec {
  ids: LanguageId[];
  /** Node types that are functions, and their kind (a callback is decided by where it sits). */
  functions: Record<string, FunctionFact["kind"]>;
  /** Named node types that add one decision point each. */
  decisions: Set<string>;
  /** `if` node types: an `else if` continues its chain rather than nesting or counting twice. */
  ifTypes: Set<string>;
  /** Parent types that make an `if` an `else if` (an else clause, or the `if` itself in Go/Java/C#). */
  elseParents: Set<string>;
  /** Tokens that are decisions under these parents: boolean operators (`&&`, `||`, `??`, `and`), Java's `case`. */
  decisionTokens: Set<string>;
  decisionTokenParents: Set<string>;
  /**
   * Control structures that add a nesting level: branches, loops, dispatches and catch bodies, as
   * ESLint's max-depth counts logic. Blocks that only scope a resource or a mode (`try`, `with`,
   * `using`, `lock`, `synchronized`, `begin`) are structure, not a decision, and do not nest.
   */
  nesting: Set<string>;
  /** What cognitive complexity counts in this language (see CognitiveSpec). */
  cognitive: CognitiveSpec;
  /** Control structures that make what they hold conditional (for skips inside tests). */
  conditionals: Set<string>;
  comments: Set<string>;
  /** Declarations whose directly preceding comment is their documentation (Go, Ruby: by convention, not syntax). */
  declarationTypes?: Set<string>;
  /** Of those node types, the ones that declare (Ruby's `assignment` only to a constant); all when absent. */
  declares?(node: Node): boolean;
  /** Line, block or doc, from the comment's own text (`/**`, `///`, `#`). */
  commentKind(text: string): CommentFact["kind"];
  strings: Record<string, StringFact["kind"]>;
  /** Call node types, and the callee as written. */
  calls: Set<string>;
  /** Bare words that are calls (Ruby's `skip`, `byebug`): captured as identifiers with these names. */
  bareCalls?: string[];
  callee(call: Node): string | undefined;
  /** The first string argument of a call, for naming its callback (`describe("Probot") callback`). */
  firstStringArgument(call: Node): string | undefined;
  /** Python: a string statement first in a module, class or function body is a docstring. */
  isDocstring?(string: Node): boolean;
  /** A test case declared by this function or call node, if it is one. */
  testCase?(node: Node, callee?: string): TestDeclaration | undefined;
  /** Statements that assert (Python's `assert`). */
  assertionStatements?: Set<string>;
  /** Calls that assert, skip, or expect a failure, by callee (an `assume…` skip is conditional by nature). */
  assertion: RegExp;
  skipCall: RegExp;
  expectsFailureCall: RegExp;
  /** Keywords, so commented-out code is not mistaken for prose (`for x in xs`). */
  keywords: Set<string>;
  /** What must precede a fragment for it to parse as code (PHP's `<?php`). */
  codePrefix?: string;
  /**
   * Node types a forgiving grammar accepts that the language's compiler does not, outside an annotation: Kotlin's
   * `[a, b]` collection literal. A comment that needs one is notation (`// entryList = [ScreenC, ScreenB]`), not code.
   */
  notCodeOutsideAnnotations?: Set<string>;
  /** Node types that make a single commented line code: a complete call, assignment or return. */
  statementCode: Set<string>;
  /** Call node types whose argument list is parenthesised, as a complete call is. */
  completeCall(call: Node): boolean;
}

/** The callee of a call whose grammar names it the `function` field, as written (whitespace dropped). */
export function functionFieldCallee(call: Node): string | undefined {
  const fn = call.childForFieldName("function");
  return fn ? clipMiddle(fn.text.replace(/\s+/g, "")) : undefined;
}

/**
 * A long callee cut in the middle: a chain's last name says what the call does
 * (`request(app).post(…).send(…).expect`), so it is kept.
 */
export function clipMiddle(text: string, max = 120): string {
  return text.length > max ? `${text.slice(0, max / 2)}…${text.slice(-(max / 2 - 1))}` : text;
}

/** Comment kinds of the C family: `/**` opens a doc comment (JSDoc, Javadoc, KDoc, PHPDoc), and `doc` adds the language's own. */
export function cStyleCommentKind(doc = /^\/\*\*(?!\/)/): (text: string) => CommentFact["kind"] {
  return (text) => (doc.test(text) ? "doc" : text.startsWith("/*") ? "block" : "line");
}

/** Text of a node, cut short: callee names and test names can be hostile or huge. */
export function clip(text: string, max = 120): string {
  return text.length > max ? text.slice(0, max) + "…" : text;
}

/** The text of a string literal node without its quotes (best effort: prefixes and escapes kept). */
export function unquote(text: string): string {
  return clip(text.replace(/^[a-zA-Z@$]*(["'`]{1,3})([\s\S]*?)\1$/, "$2"));
}

/** The first argument of a call's argument list, when it is a string literal. */
export function firstStringIn(args: Node | null, stringTypes: Set<string>): string | undefined {
  if (!args) return undefined;
  let first = args.firstNamedChild;
  // C# and PHP wrap each argument; Kotlin too.
  if (first && (first.type === "argument" || first.type === "value_argument")) first = first.firstNamedChild;
  return first && stringTypes.has(first.type) ? unquote(first.text) : undefined;
}

/** Shared assertion and skip vocabularies: most frameworks spell them alike across languages. */
export const COMMON_ASSERTION = /(^|[.:>])(assert\w*|expect\w*|should\w*|refute\w*|verify\w*|must_\w+|wont_\w+|is_expected|fail)\b/i;
export const COMMON_EXPECTS_FAILURE =
  /(toThrow\w*|rejects|assertThrows|assertRaises\w*|raises|raise_error|expectException\w*|Throws\w*|ThrowsAsync|toMatch\w*Snapshot|matchSnapshot|snapshot\w*|assert_snapshot!|assert_\w*snapshot!?|shouldThrow\w*|assertFailsWith)\b/i;

export function set(...types: string[]): Set<string> {
  return new Set(types);
}

const TEST_ANNOTATION =
  /(@(Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate|Property|Theory)\b|\[\s*(Fact|Theory|Test|TestMethod|DataTestMethod|TestCase|SkippableFact)\b|#\[(\w+::)*test\b|#\[rstest\b|@test\b|#\[Test\b)/;
const SKIP_ALWAYS = /(@(Disabled|Ignore)\b(?!\w)|\[\s*Ignore\b|\bSkip\s*=|#\[ignore\b|@skip\b)/;
const SKIP_SOMETIMES = /(@(Disabled|Enabled)(If|On)\w*|#\[cfg_attr\([^\]]*ignore|@requires\b)/;
const EXPECTED = /(@Test\s*\(\s*expected\s*=|\[\s*ExpectedException\b|#\[should_panic\b|@expectedException\b)/;

/**
 * A test declared by annotations or attributes (JUnit, xUnit/NUnit/MSTest, Rust, PHPUnit): the
 * `header` is the text of the declaration's annotations, attributes or doc comment.
 */
export function annotatedTest(header: string, name: string, handles: string[] = []): TestDeclaration | undefined {
  if (!TEST_ANNOTATION.test(header)) return undefined;
  const skip = SKIP_ALWAYS.test(header) ? "unconditional" : SKIP_SOMETIMES.test(header) ? "conditional" : "none";
  return { name, skip, focused: false, expectsFailure: EXPECTED.test(header), handles };
}

/** The text of a node's children of the given types (annotations, attributes, modifiers). */
export function childrenText(node: Node, types: Set<string>): string {
  let text = "";
  for (const c of node.children) if (c && types.has(c.type)) text += c.text + "\n";
  return text;
}

/** The text of the attribute or comment siblings right before a node (Rust `#[test]`, PHPDoc `@test`). */
export function precedingText(node: Node, types: Set<string>): string {
  let text = "";
  for (let s = node.previousNamedSibling; s && types.has(s.type); s = s.previousNamedSibling) text = s.text + "\n" + text;
  return text;
}

/** Names of a function's parameters, for the test handle (`t`, `self`, fixtures). */
export function parameterNames(fn: Node | null | undefined, nameTypes: Set<string>): string[] {
  const params = fn?.childForFieldName("parameters");
  if (!params) return [];
  const names: string[] = [];
  const visit = (n: Node, depth: number) => {
    if (nameTypes.has(n.type)) names.push(n.text);
    else if (depth < 2) for (const c of n.namedChildren) if (c) visit(c, depth + 1);
  };
  visit(params, 0);
  return names.slice(0, 8);
}

/** `it.each([1, [2]])` → `it.each`: arguments removed however deep, and a clipped tail dropped. */
export function withoutArguments(callee: string): string {
  let out = callee;
  for (let previous = ""; previous !== out;) {
    previous = out;
    out = out.replace(/\([^()]*\)/g, "");
  }
  return out.replace(/\(.*$/s, "");
}

const TEST_CALLEE = /^(it|test|specify|example|scenario|its|xit|fit|xtest|fspecify|xspecify|xexample|fexample)\b/;

/** Cheap check before a call is looked at as a test case: most calls are not. */
export function mayBeTestCall(callee: string | undefined): callee is string {
  return callee !== undefined && TEST_CALLEE.test(callee);
}

/** Call-style test frameworks (jest, mocha, vitest, node:test, RSpec, Pest, kotest): `it("…", fn)`. */
export function callStyleTest(callee: string, name: string | undefined, handles: string[]): TestDeclaration | undefined {
  const parts = withoutArguments(callee).split(/[.:]+/);
  const head = parts[0];
  if (!/^(it|test|specify|example|scenario|its|xit|fit|xtest|fspecify|xspecify|xexample|fexample)$/.test(head)) return undefined;
  const mods = parts.slice(1);
  if (mods.some((m) => !/^(only|skip|todo|concurrent|each|failing|skipIf|runIf|serial|parallel|sequential|fails)$/.test(m))) return undefined;
  const skip = /^x/.test(head) || mods.includes("skip") || mods.includes("todo") ? "unconditional" : mods.some((m) => /If$/.test(m)) ? "conditional" : "none";
  const focused = /^f/.test(head) || mods.includes("only");
  return {
    name: name ?? head,
    skip,
    focused,
    expectsFailure: mods.includes("failing") || mods.includes("fails"),
    handles: handles.filter((h) => h !== "done"),
  };
}
