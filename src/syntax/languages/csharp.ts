import {
  cStyleCommentKind,
  functionFieldCallee,
  annotatedTest,
  childrenText,
  COMMON_ASSERTION,
  COMMON_EXPECTS_FAILURE,
  firstStringIn,
  set,
  type LanguageSpec,
} from "../language-spec.js";

const STRINGS = set("string_literal", "verbatim_string_literal", "raw_string_literal", "interpolated_string_expression");
const ATTRIBUTES = set("attribute_list");

export const csharp: LanguageSpec = {
  ids: ["csharp"],
  functions: {
    method_declaration: "method",
    constructor_declaration: "constructor",
    local_function_statement: "function",
    operator_declaration: "method",
    lambda_expression: "lambda",
    anonymous_method_expression: "lambda",
  },
  decisions: set(
    "if_statement",
    "for_statement",
    "foreach_statement",
    "while_statement",
    "do_statement",
    "catch_clause",
    "conditional_expression",
    "switch_expression_arm",
  ),
  ifTypes: set("if_statement"),
  elseParents: set("if_statement"),
  decisionTokens: set("&&", "||", "??", "case"),
  decisionTokenParents: set("binary_expression", "switch_section", "case_switch_label"),
  cognitive: {
    structures: set(
      "if_statement",
      "for_statement",
      "foreach_statement",
      "while_statement",
      "do_statement",
      "switch_statement",
      "switch_expression",
      "catch_clause",
      "conditional_expression",
    ),
    booleans: set("&&", "||"),
    jumps: { types: set("goto_statement"), labelled: /^goto\b/ },
  },
  nesting: set("if_statement", "for_statement", "foreach_statement", "while_statement", "do_statement", "switch_statement", "catch_clause"),
  conditionals: set("if_statement", "conditional_expression", "switch_statement", "catch_clause"),
  comments: set("comment"),
  // XML doc comments are `///`; `/**` is doc too.
  commentKind: cStyleCommentKind(/^(\/\/\/(?!\/)|\/\*\*(?!\/))/),
  strings: { string_literal: "string", verbatim_string_literal: "raw", raw_string_literal: "raw", interpolated_string_expression: "template" },
  calls: set("invocation_expression"),
  callee: functionFieldCallee,
  firstStringArgument: (call) => firstStringIn(call.childForFieldName("arguments"), STRINGS),
  testCase(node) {
    if (node.type !== "method_declaration") return undefined;
    return annotatedTest(childrenText(node, ATTRIBUTES), node.childForFieldName("name")?.text ?? "(test)");
  },
  assertion: COMMON_ASSERTION,
  skipCall: /^(Skip\.(If|IfNot|Unless)|Assert\.Inconclusive|Assume\.\w+)$/,
  expectsFailureCall: COMMON_EXPECTS_FAILURE,
  keywords: set(
    ..."abstract as base bool break byte case catch char checked class const continue decimal default delegate do double else enum event explicit extern false finally fixed float for foreach goto if implicit in int interface internal is lock long namespace new null object operator out override params private protected public readonly ref return sbyte sealed short sizeof stackalloc static string struct switch this throw true try typeof uint ulong unchecked unsafe ushort using virtual void volatile while var async await".split(
      " ",
    ),
  ),
  statementCode: set("assignment_expression", "local_declaration_statement", "return_statement"),
  completeCall: () => true,
};
