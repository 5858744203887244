import type { Node } from "web-tree-sitter";
import {
  cStyleCommentKind,
  annotatedTest,
  callStyleTest,
  mayBeTestCall,
  childrenText,
  clip,
  COMMON_ASSERTION,
  COMMON_EXPECTS_FAILURE,
  firstStringIn,
  set,
  type LanguageSpec,
  type TestDeclaration,
} from "../language-spec.js";

const STRINGS = set("string_literal", "multiline_string_literal");
const MODIFIERS = set("modifiers");

/**
 * The callee is the call's first child: a name or a navigation (`a.b`); there are no field names.
 * The grammar reads a generic call with only a trailing lambda, `assertFailsWith<X> { f() }`, as
 * comparisons (`assertFailsWith < X > {…}`): that shape is a call of its leftmost name, and so is
 * one with a single argument (`assertNamed<Holder>("Custom")`).
 */
function callee(call: Node): string | undefined {
  if (call.type === "binary_expression") return genericLambdaCallee(call);
  // An infix call names its function between its operands. Only matchers are read as calls (kotest's and Kluent's
  // `actual shouldBe expected`): `1 to 2` or `x until y` is an operator, and a case made of them still asserts nothing.
  // The grammar also reads `class GeneratedAdaptersTest { … }` after annotations it cannot place as `class` infix a
  // lambda (moshi 32c5d48a): a type's name in the middle, never a matcher.
  if (call.type === "infix_expression") {
    const fn = call.namedChildren[1];
    return fn?.type === "identifier" && /^should[A-Z]/.test(fn.text) ? clip(fn.text) : undefined;
  }
  const fn = call.firstNamedChild;
  return fn ? clip(fn.text.replace(/\s+/g, "")) : undefined;
}

function genericLambdaCallee(node: Node): string | undefined {
  const left = node.childForFieldName("left");
  const right = node.childForFieldName("right");
  if (left?.type !== "binary_expression") return undefined;
  const name = left.childForFieldName("left");
  if (name?.type !== "identifier" || !/^\s*</.test(node.text.slice(name.endIndex - node.startIndex))) return undefined;
  if (right?.type === "lambda_literal") return clip(name.text);
  // `assertNamed<Holder>("Custom")`, read as `(assertNamed < Holder) > ("Custom")`: a call when the
  // middle is a type's name; comparisons do not chain in Kotlin.
  const middle = left.childForFieldName("right");
  if (right?.type !== "parenthesized_expression" || middle?.type !== "identifier" || !/^[A-Z]/.test(middle.text)) return undefined;
  return node.text.slice(left.endIndex - node.startIndex, right.startIndex - node.startIndex).trim() === ">" ? clip(name.text) : undefined;
}

/**
 * A kotest case named by its string, the string called with the body (`"should support trailing numbers" { … }`,
 * StringSpec's and FreeSpec's leaves): Kotlin calls a string only through kotest's `String.invoke`. A leading `!`
 * disables it, `f:` focuses it (hoplite 61ff729984's new KebabCaseTest case: set 32, judged wrong as untested).
 */
function stringSpecCase(call: Node): TestDeclaration | undefined {
  const name = call.firstNamedChild;
  if (!name || !STRINGS.has(name.type) || !call.namedChildren.some((c) => c?.type === "annotated_lambda")) return undefined;
  const text = name.text.replace(/^"+|"+$/g, "");
  return { name: clip(text), skip: text.startsWith("!") ? "unconditional" : "none", focused: text.startsWith("f:"), expectsFailure: false, handles: [] };
}

function valueArguments(call: Node): Node | null {
  return call.namedChildren.find((c) => c?.type === "value_arguments") ?? null;
}

/**
 * Where a call-style case keeps its body and its arguments: a trailing lambda after the call
 * (`test("adds") { … }`, read as a call of the call `test("adds")`), or a lambda among the arguments.
 */
function testBody(call: Node): { args: Node | null } | undefined {
  if (call.namedChildren.some((c) => c?.type === "annotated_lambda")) {
    const inner = call.firstNamedChild;
    return { args: inner?.type === "call_expression" ? valueArguments(inner) : null };
  }
  const args = valueArguments(call);
  return args?.namedChildren.some((a) => a?.firstNamedChild?.type === "lambda_literal") ? { args } : undefined;
}

export const kotlin: LanguageSpec = {
  ids: ["kotlin"],
  functions: { function_declaration: "function", secondary_constructor: "constructor", anonymous_function: "lambda", lambda_literal: "lambda" },
  decisions: set("if_expression", "for_statement", "while_statement", "do_while_statement", "catch_block", "when_entry"),
  ifTypes: set("if_expression"),
  elseParents: set("if_expression", "control_structure_body"),
  decisionTokens: set("&&", "||", "?:"),
  decisionTokenParents: set("binary_expression", "conjunction_expression", "disjunction_expression", "elvis_expression"),
  cognitive: {
    structures: set("if_expression", "for_statement", "while_statement", "do_while_statement", "when_expression", "catch_block"),
    booleans: set("&&", "||"),
    // The grammar reads `break@outer` as a labelled expression.
    jumps: { types: set("jump_expression", "labeled_expression"), labelled: /^(break|continue)@/ },
  },
  nesting: set("if_expression", "for_statement", "while_statement", "do_while_statement", "when_expression", "catch_block"),
  conditionals: set("if_expression", "when_expression", "catch_block"),
  comments: set("line_comment", "block_comment"),
  commentKind: cStyleCommentKind(),
  strings: { string_literal: "string", multiline_string_literal: "raw" },
  // Infix calls too: kotest asserts with them (`load() shouldBe Foo("a")`), and a case that only does was read as asserting nothing.
  calls: set("call_expression", "binary_expression", "infix_expression"),
  callee,
  firstStringArgument: (call) => firstStringIn(valueArguments(call), STRINGS),
  testCase(node, known) {
    if (node.type === "function_declaration") {
      const name = node.childForFieldName("name")?.text ?? "(test)";
      return annotatedTest(childrenText(node, MODIFIERS), name);
    }
    if (node.type !== "call_expression") return undefined;
    const spec = stringSpecCase(node);
    if (spec) return spec;
    const name = known ?? callee(node);
    const body = testBody(node);
    // kotest's cases take their body as a lambda (`test("adds") { … }`); a call without one is a
    // helper's (kotlinx.serialization's local `fun test(expected, actual)` called as `test("1", ONE)`),
    // and the `test("adds")` inside `test("adds") { … }` is the same case's name, not a second case.
    return body && mayBeTestCall(name) ? callStyleTest(name, firstStringIn(body.args, STRINGS), []) : undefined;
  },
  assertion: new RegExp(`${COMMON_ASSERTION.source}|(^|\\.)(shouldBe|shouldNotBe|shouldContain)\\b`, "i"),
  skipCall: /(^|\.)assume\w*$/i,
  expectsFailureCall: COMMON_EXPECTS_FAILURE,
  keywords: set(
    ..."as break class continue do else false for fun if in interface is null object package return super this throw true try typealias typeof val var when while by catch constructor delegate dynamic field file finally get import init param property receiver set setparam where private public protected internal override open abstract final data sealed companion lateinit suspend".split(
      " ",
    ),
  ),
  statementCode: set("assignment", "property_declaration", "return_expression", "jump_expression"),
  // Kotlin has array literals in annotation arguments only (circuit b2ace315cb's test note
  // `// entryList = [ScreenC, ScreenB, ScreenA, RootAlpha]`, judged wrong as commented-out code on set 32).
  notCodeOutsideAnnotations: set("collection_literal"),
  completeCall: (call) => call.type === "call_expression" && valueArguments(call) !== null,
};
