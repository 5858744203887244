import type { Node } from "web-tree-sitter";
import {
  cStyleCommentKind,
  functionFieldCallee,
  COMMON_ASSERTION,
  COMMON_EXPECTS_FAILURE,
  firstStringIn,
  parameterNames,
  set,
  type LanguageSpec,
} from "../language-spec.js";

const STRINGS = set("interpreted_string_literal", "raw_string_literal");

export const go: LanguageSpec = {
  ids: ["go"],
  functions: { function_declaration: "function", method_declaration: "method", func_literal: "lambda" },
  decisions: set("if_statement", "for_statement", "expression_case", "type_case", "communication_case"),
  ifTypes: set("if_statement"),
  elseParents: set("if_statement"),
  decisionTokens: set("&&", "||"),
  decisionTokenParents: set("binary_expression"),
  cognitive: {
    structures: set("if_statement", "for_statement", "expression_switch_statement", "type_switch_statement", "select_statement"),
    booleans: set("&&", "||"),
    jumps: { types: set("break_statement", "continue_statement", "goto_statement"), labelled: /^(goto\b|(break|continue)\s+[A-Za-z_$])/ },
  },
  nesting: set("if_statement", "for_statement", "expression_switch_statement", "type_switch_statement", "select_statement"),
  conditionals: set("if_statement", "expression_switch_statement", "type_switch_statement", "select_statement"),
  comments: set("comment"),
  // Go's doc comments are plain comments right above a declaration (see declarationTypes).
  declarationTypes: set("function_declaration", "method_declaration", "type_declaration", "package_clause"),
  // Go has no doc syntax: a comment right above a declaration is its doc (declarationTypes).
  commentKind: cStyleCommentKind(/$^/),
  strings: { interpreted_string_literal: "string", raw_string_literal: "raw" },
  calls: set("call_expression"),
  callee: functionFieldCallee,
  firstStringArgument: (call) => firstStringIn(call.childForFieldName("arguments"), STRINGS),
  testCase(node: Node) {
    if (node.type !== "function_declaration") return undefined;
    const name = node.childForFieldName("name")?.text ?? "";
    if (!/^(Test|Benchmark|Fuzz)([A-Z_0-9]|$)/.test(name)) return undefined;
    return { name, skip: "none", focused: false, expectsFailure: false, handles: parameterNames(node, set("identifier")) };
  },
  assertion: new RegExp(
    `${COMMON_ASSERTION.source}|^(t|b|tb|f)\\.(Error|Errorf|Fatal|Fatalf|Fail|FailNow)$|^(assert|require|is|qt|c)\\.\\w+$|(^|\\.)(Expect|Eventually|Consistently|Ω)$`,
    "i",
  ),
  skipCall: /^(t|b|tb|f)\.(Skip|Skipf|SkipNow)$/,
  expectsFailureCall: COMMON_EXPECTS_FAILURE,
  keywords: set(
    ..."break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var nil true false".split(
      " ",
    ),
  ),
  statementCode: set("assignment_statement", "short_var_declaration", "var_declaration", "return_statement"),
  completeCall: (call) => call.childForFieldName("arguments")?.type === "argument_list",
};
