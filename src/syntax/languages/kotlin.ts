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
} from "../language-spec.js";

const STRINGS = set("string_literal", "multiline_string_literal");
const MODIFIERS = set("modifiers");

/**
 * The callee is the call's first child: a name or a navigation (`a.b`); there are no field names.
 * The grammar reads a generic call with only a trailing lambda, `assertFailsWith<X> { f() }`, as
 * comparisons (`assertFailsWith < X > {…}`): that shape is a call of its leftmost name.
 */
function callee(call: Node): string | undefined {
  if (call.type === "binary_expression") return genericLambdaCallee(call);
  const fn = call.firstNamedChild;
  return fn ? clip(fn.text.replace(/\s+/g, "")) : undefined;
}

function genericLambdaCallee(node: Node): string | undefined {
  const left = node.childForFieldName("left");
  const right = node.childForFieldName("right");
  if (right?.type !== "lambda_literal" || left?.type !== "binary_expression") return undefined;
  const name = left.childForFieldName("left");
  if (name?.type !== "identifier" || !/^\s*</.test(node.text.slice(name.endIndex - node.startIndex))) return undefined;
  return clip(name.text);
}

function valueArguments(call: Node): Node | null {
  return call.namedChildren.find((c) => c?.type === "value_arguments") ?? null;
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
  calls: set("call_expression", "binary_expression"),
  callee,
  firstStringArgument: (call) => firstStringIn(valueArguments(call), STRINGS),
  testCase(node, known) {
    if (node.type === "function_declaration") {
      const name = node.childForFieldName("name")?.text ?? "(test)";
      return annotatedTest(childrenText(node, MODIFIERS), name);
    }
    if (node.type !== "call_expression") return undefined;
    const name = known ?? callee(node);
    return mayBeTestCall(name) ? callStyleTest(name, firstStringIn(valueArguments(node), STRINGS), []) : undefined;
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
  completeCall: (call) => call.type === "call_expression" && valueArguments(call) !== null,
};
