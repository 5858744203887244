import type { Node } from "web-tree-sitter";
import {
  cStyleCommentKind,
  functionFieldCallee,
  annotatedTest,
  clip,
  COMMON_EXPECTS_FAILURE,
  firstStringIn,
  precedingText,
  set,
  type LanguageSpec,
} from "../language-spec.js";

const STRINGS = set("string_literal", "raw_string_literal");
const ATTRIBUTES = set("attribute_item", "line_comment", "block_comment");

function callee(call: Node): string | undefined {
  if (call.type === "macro_invocation") {
    const macro = call.childForFieldName("macro");
    return macro ? clip(macro.text) + "!" : undefined;
  }
  return functionFieldCallee(call);
}

export const rust: LanguageSpec = {
  ids: ["rust"],
  functions: { function_item: "function", closure_expression: "lambda" },
  decisions: set("if_expression", "while_expression", "for_expression", "match_arm"),
  ifTypes: set("if_expression"),
  elseParents: set("else_clause"),
  decisionTokens: set("&&", "||"),
  decisionTokenParents: set("binary_expression"),
  cognitive: {
    structures: set("if_expression", "while_expression", "for_expression", "loop_expression", "match_expression"),
    booleans: set("&&", "||"),
    jumps: { types: set("break_expression", "continue_expression"), labelled: /^(break|continue)\s+'/ },
  },
  nesting: set("if_expression", "while_expression", "for_expression", "loop_expression", "match_expression"),
  conditionals: set("if_expression", "match_expression"),
  comments: set("line_comment", "block_comment"),
  // Outer `///` and `/** */`, inner `//!` and `/*! */` are all doc comments.
  commentKind: cStyleCommentKind(/^(\/\/\/(?!\/)|\/\/!|\/\*\*(?![*/])|\/\*!)/),
  strings: { string_literal: "string", raw_string_literal: "raw" },
  calls: set("call_expression", "macro_invocation"),
  callee,
  firstStringArgument: (call) => firstStringIn(call.childForFieldName("arguments"), STRINGS),
  testCase(node) {
    if (node.type !== "function_item") return undefined;
    return annotatedTest(precedingText(node, ATTRIBUTES), node.childForFieldName("name")?.text ?? "(test)");
  },
  assertion: /^(assert\w*|debug_assert\w*|prop_assert\w*)!$|(^|::|\.)assert\w*$|(^|\.)(expect_err|unwrap_err)$/,
  skipCall: /$^/,
  expectsFailureCall: COMMON_EXPECTS_FAILURE,
  keywords: set(
    ..."as async await break const continue crate dyn else enum extern false fn for if impl in let loop match mod move mut pub ref return self Self static struct super trait true type unsafe use where while".split(
      " ",
    ),
  ),
  statementCode: set("let_declaration", "assignment_expression", "compound_assignment_expr", "return_expression"),
  completeCall: () => true,
};
