import type { Node } from "web-tree-sitter";
import {
  functionFieldCallee,
  clip,
  COMMON_ASSERTION,
  COMMON_EXPECTS_FAILURE,
  firstStringIn,
  parameterNames,
  set,
  type LanguageSpec,
  type TestDeclaration,
} from "../language-spec.js";

const STRINGS = set("string", "concatenated_string");
const PARAMETER_NAMES = set("identifier");
const HANDLE = /^(self|assert\w*|expect\w*|check\w*|verify\w*|subtests|snapshot|benchmark)$/;

/** A string that is the first statement of a module, class or function body. */
function isDocstring(node: Node): boolean {
  const statement = node.parent;
  if (statement?.type !== "expression_statement" || statement.namedChildCount !== 1) return false;
  const body = statement.parent;
  if (!body) return false;
  if (body.type !== "module" && !(body.type === "block" && /^(function_definition|class_definition)$/.test(body.parent?.type ?? ""))) return false;
  for (const c of body.namedChildren) {
    if (!c || c.type === "comment") continue;
    return c.id === statement.id;
  }
  return false;
}

function testCase(node: Node): TestDeclaration | undefined {
  if (node.type !== "function_definition") return undefined;
  const name = node.childForFieldName("name")?.text ?? "";
  if (!/^test/.test(name)) return undefined;
  const decorated = node.parent?.type === "decorated_definition" ? node.parent.text.slice(0, node.startIndex - node.parent.startIndex) : "";
  const skip = /@(pytest\.mark\.skip|unittest\.skip|skip)\b(?!if|If|Unless)/.test(decorated)
    ? "unconditional"
    : /\b(skipif|skipIf|skipUnless)\b/.test(decorated)
      ? "conditional"
      : "none";
  return {
    name: clip(name),
    skip,
    focused: false,
    expectsFailure: /\b(xfail|expectedFailure)\b/.test(decorated),
    // Fixtures are data (tmp_path, client): only self and checking fixtures are a handle that asserts.
    handles: parameterNames(node, PARAMETER_NAMES).filter((h) => HANDLE.test(h)),
  };
}

export const python: LanguageSpec = {
  ids: ["python"],
  functions: { function_definition: "function", lambda: "lambda" },
  decisions: set(
    "if_statement",
    "elif_clause",
    "for_statement",
    "while_statement",
    "except_clause",
    "conditional_expression",
    "case_clause",
    "for_in_clause",
    "if_clause",
  ),
  ifTypes: set("if_statement"),
  elseParents: set(),
  decisionTokens: set("and", "or"),
  decisionTokenParents: set("boolean_operator"),
  cognitive: {
    structures: set("if_statement", "for_statement", "while_statement", "match_statement", "except_clause", "except_group_clause", "conditional_expression"),
    flat: set("elif_clause"),
    booleans: set("and", "or"),
  },
  nesting: set("if_statement", "for_statement", "while_statement", "except_clause", "except_group_clause", "match_statement"),
  conditionals: set("if_statement", "elif_clause", "else_clause", "conditional_expression", "except_clause", "case_clause"),
  comments: set("comment"),
  commentKind: () => "line",
  strings: { string: "string" },
  calls: set("call"),
  callee: functionFieldCallee,
  firstStringArgument: (call) => firstStringIn(call.childForFieldName("arguments"), STRINGS),
  isDocstring,
  testCase,
  assertionStatements: set("assert_statement"),
  assertion: COMMON_ASSERTION,
  skipCall: /^(pytest\.skip|self\.skipTest|unittest\.skip|skip)$/,
  expectsFailureCall: COMMON_EXPECTS_FAILURE,
  keywords: set(
    ..."False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield match case self print".split(
      " ",
    ),
  ),
  statementCode: set("assignment", "augmented_assignment", "return_statement"),
  completeCall: (call) => call.childForFieldName("arguments")?.type === "argument_list",
};
