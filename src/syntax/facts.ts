/**
 * Syntax facts: what the parser layer (src/syntax) tells rules about one file's text, whatever
 * its language. Plain data, so rules never see a syntax tree or know which parser made it, and
 * tests can build facts by hand. Lines are 1-based and inclusive.
 */

export type LanguageId = "typescript" | "tsx" | "javascript" | "python" | "go" | "java" | "kotlin" | "rust" | "ruby" | "csharp" | "php";

export interface Span {
  start: number;
  end: number;
}

export interface FunctionFact extends Span {
  /** Declared name; an anonymous callback is named by its call, e.g. `describe("Probot") callback`. */
  name: string;
  kind: "function" | "method" | "constructor" | "lambda" | "callback";
  /** First line of the body (after the signature) to the last; a one-line function has 1. */
  bodyLines: number;
  /** Lines of the function that hold code: not blank, not only a comment (docstrings count as code). */
  codeLines: number;
  /** Decision points (branches, loops, cases, catches, boolean operators, ternaries): complexity is this + 1. */
  decisions: number;
  /**
   * Cognitive complexity (SonarSource, G. Ann Campbell 2017): how hard the flow is to follow. Each
   * if, loop, switch/match/when, catch and ternary costs 1 plus its nesting depth; `else if`,
   * `elif`, `else` and a ternary chained in another's last operand cost 1; each run of like boolean operators costs 1; recursion and jumps
   * to labels cost 1. Cases, `??` and optional chaining are free, and guard clauses in a row
   * (`if (!x) return;`) cost what the first one does.
   */
  cognitive: number;
  /** Deepest nesting of control structures inside the function (0 for straight-line code). */
  maxNesting: number;
  /** Where that deepest nesting is first reached. */
  deepestLine: number;
  /**
   * Each nested control structure deeper than the function's first level: where it starts and
   * ends and its depth, so a rule can tell which block the change added and whether it is only a
   * guard. Absent in facts built by hand.
   */
  blocks?: NestedBlock[];
  /**
   * Each cognitive complexity increment, in order, so a rule can measure the code a change added
   * as if it were a function of its own. Absent in facts built by hand.
   */
  increments?: CognitiveIncrement[];
  /**
   * Not a function for the structural rules: a test-case or suite callback (`describe`/`it`/
   * `test`/`context` bodies, RSpec blocks, `t.Run` subtests) or a test function (Go `TestX`,
   * Python `test_x`, JUnit/xUnit/PHPUnit tests, Rust `#[test]`), or an immediately invoked
   * function wrapping a script's body. Object, option and table literals are never functions at all.
   */
  testCallback: boolean;
  /**
   * The parse tree holds an ERROR or MISSING node inside the function, or the function inside
   * one: tree-sitter's recovery guessed its span, so its length, blocks and complexity are not
   * facts. Absent when the function parsed cleanly.
   */
  parseErrors?: true;
}

export interface NestedBlock extends Span {
  depth: number;
}

export interface CognitiveIncrement {
  line: number;
  /** What it costs besides nesting (1; 0 for a guard that continues a run of guards). */
  base: number;
  /** What its nesting added. */
  nesting: number;
  /** Index (in `increments`) of the innermost structure it is nested in, -1 for none. */
  within: number;
  /** For a structure others nest in: its last line. */
  end?: number;
  /** An `if` whose branch only exits (`return`, `throw`, `continue`…): a guard clause. */
  guard?: true;
}

export interface CommentFact extends Span {
  kind: "line" | "block" | "doc";
  /** The comment's text without its delimiters (`//`, `#`, `/*`, leading `*`), one entry per line. */
  lines: string[];
  /**
   * Once uncommented, the text parses in the file's language as statements or expressions with no
   * errors and is not prose. Always false for doc comments and the examples inside them.
   */
  code: boolean;
  /** Where the code starts, when `code`: prose lines before it ("Disabled until #12:") are not part of it. */
  codeStart?: number;
  /** It holds code that its own prose explains (a TODO, a reason, a lead-in): parked on purpose, not `code`. */
  explained?: boolean;
  /** True when code shares the comment's first line (a trailing comment). */
  trailing: boolean;
  /** Columns (0-based, UTF-16) where the comment starts on its first line and ends on its last. */
  startColumn: number;
  endColumn: number;
}

export interface StringFact extends Span {
  kind: "string" | "template" | "raw" | "heredoc" | "docstring" | "regex";
  /** Columns (0-based, UTF-16) on the start and end lines. */
  startColumn: number;
  endColumn: number;
}

export interface CallFact {
  /** The callee as written, e.g. `console.log`, `fmt.Println`, `dbg!`, `System.out.println`. */
  callee: string;
  line: number;
}

export interface TestCaseFact extends Span {
  name: string;
  /** Assertions directly in the case (assert/expect/t.Error/assertEquals…). */
  assertions: number;
  /** Calls the case makes, so a rule can follow helpers that assert (callee names as written). */
  calls: string[];
  /** Passes the test handle (`t`, `b`, `tb`, `self`, an `expect`/`assert` fixture) to a helper. */
  passesHandle: boolean;
  /** Uses an expected-exception idiom (try/fail/catch, assertThrows, pytest.raises, should_panic…) or a snapshot. */
  expectsFailureOrSnapshot: boolean;
  /** Compile-only (Go `var _ I = x`, Rust macro-expansion tests): neither asserting nor empty. */
  compileOnly: boolean;
  skip: "none" | "unconditional" | "conditional";
  focused: boolean;
}

export interface FileFacts {
  language: LanguageId;
  functions: FunctionFact[];
  comments: CommentFact[];
  strings: StringFact[];
  calls: CallFact[];
  tests: TestCaseFact[];
  /** The parser recovered from syntax errors somewhere in the file. */
  hasErrors: boolean;
}

/** A file the layer would not or could not parse (too large, nested too deep, out of time). */
export interface NotAnalysed {
  notAnalysed: string;
}
