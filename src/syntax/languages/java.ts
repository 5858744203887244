import type { Node } from "web-tree-sitter";
import {
  cStyleCommentKind,
  annotatedTest,
  childrenText,
  clip,
  COMMON_ASSERTION,
  COMMON_EXPECTS_FAILURE,
  firstStringIn,
  set,
  type LanguageSpec,
} from "../language-spec.js";

const STRINGS = set("string_literal");
const MODIFIERS = set("modifiers");

/** `object.name` of a method invocation, without its arguments. */
function callee(call: Node): string | undefined {
  const name = call.childForFieldName("name")?.text;
  if (!name) return undefined;
  const object = call.childForFieldName("object");
  return clip(object ? `${object.text.replace(/\s+/g, "")}.${name}` : name);
}

export const JAVA_KEYWORDS =
  "abstract assert boolean break byte case catch char class const continue default do double else enum extends final finally float for goto if implements import instanceof int interface long native new package private protected public return short static strictfp super switch synchronized this throw throws transient try void volatile while var true false null";

export const java: LanguageSpec = {
  ids: ["java"],
  functions: {
    method_declaration: "method",
    constructor_declaration: "constructor",
    compact_constructor_declaration: "constructor",
    lambda_expression: "lambda",
  },
  decisions: set("if_statement", "for_statement", "enhanced_for_statement", "while_statement", "do_statement", "catch_clause", "ternary_expression"),
  ifTypes: set("if_statement"),
  elseParents: set("if_statement"),
  decisionTokens: set("&&", "||", "case"),
  decisionTokenParents: set("binary_expression", "switch_label"),
  cognitive: {
    structures: set(
      "if_statement",
      "for_statement",
      "enhanced_for_statement",
      "while_statement",
      "do_statement",
      "switch_expression",
      "catch_clause",
      "ternary_expression",
    ),
    booleans: set("&&", "||"),
    jumps: { types: set("break_statement", "continue_statement"), labelled: /^(goto\b|(break|continue)\s+[A-Za-z_$])/ },
  },
  nesting: set("if_statement", "for_statement", "enhanced_for_statement", "while_statement", "do_statement", "switch_expression", "catch_clause"),
  conditionals: set("if_statement", "ternary_expression", "switch_expression", "catch_clause"),
  comments: set("line_comment", "block_comment"),
  commentKind: cStyleCommentKind(),
  strings: { string_literal: "string" },
  calls: set("method_invocation"),
  callee,
  firstStringArgument: (call) => firstStringIn(call.childForFieldName("arguments"), STRINGS),
  testCase(node) {
    if (node.type !== "method_declaration") return undefined;
    return annotatedTest(childrenText(node, MODIFIERS), node.childForFieldName("name")?.text ?? "(test)");
  },
  assertion: COMMON_ASSERTION,
  skipCall: /(^|\.)assume\w*$/i,
  expectsFailureCall: COMMON_EXPECTS_FAILURE,
  keywords: set(...JAVA_KEYWORDS.split(" ")),
  statementCode: set("assignment_expression", "local_variable_declaration", "return_statement"),
  completeCall: () => true,
};
