import {
  cStyleCommentKind,
  functionFieldCallee,
  callStyleTest,
  mayBeTestCall,
  COMMON_ASSERTION,
  COMMON_EXPECTS_FAILURE,
  firstStringIn,
  parameterNames,
  set,
  type LanguageSpec,
} from "../language-spec.js";

const STRINGS = set("string", "template_string");
const PARAMETER_NAMES = set("identifier");
const HANDLE = /^(t|tt|st|ctx|context|assert)$/;

const callee = functionFieldCallee;

/** TypeScript, TSX and JavaScript (with JSX): one grammar family, the same node types. */
export const typescript: LanguageSpec = {
  ids: ["typescript", "tsx", "javascript"],
  functions: {
    function_declaration: "function",
    generator_function_declaration: "function",
    function_expression: "lambda",
    function: "lambda",
    generator_function: "lambda",
    arrow_function: "lambda",
    method_definition: "method",
  },
  decisions: set("if_statement", "for_statement", "for_in_statement", "while_statement", "do_statement", "switch_case", "catch_clause", "ternary_expression"),
  ifTypes: set("if_statement"),
  elseParents: set("else_clause"),
  decisionTokens: set("&&", "||", "??"),
  decisionTokenParents: set("binary_expression"),
  cognitive: {
    structures: set(
      "if_statement",
      "for_statement",
      "for_in_statement",
      "while_statement",
      "do_statement",
      "switch_statement",
      "catch_clause",
      "ternary_expression",
    ),
    booleans: set("&&", "||"),
    jumps: { types: set("break_statement", "continue_statement"), labelled: /^(goto\b|(break|continue)\s+[A-Za-z_$])/ },
  },
  nesting: set("if_statement", "for_statement", "for_in_statement", "while_statement", "do_statement", "switch_statement", "catch_clause"),
  conditionals: set("if_statement", "ternary_expression", "switch_statement", "catch_clause"),
  comments: set("comment"),
  commentKind: cStyleCommentKind(),
  strings: { string: "string", template_string: "template", regex: "regex" },
  calls: set("call_expression"),
  callee,
  firstStringArgument: (call) => firstStringIn(call.childForFieldName("arguments"), STRINGS),
  testCase(node, known) {
    if (node.type !== "call_expression") return undefined;
    const name = known ?? callee(node);
    if (!mayBeTestCall(name)) return undefined;
    const args = node.childForFieldName("arguments");
    const fn = args?.namedChildren.find((c) => c && /function|arrow_function/.test(c.type));
    // The test context (node:test and tap `t`, vitest `ctx`); other parameters are `.each` rows.
    const handles = parameterNames(fn, PARAMETER_NAMES).filter((p) => HANDLE.test(p));
    const declared = callStyleTest(name, firstStringIn(args ?? null, STRINGS), handles);
    // `it.each(table)` alone is not the case: the call it returns, given the name and body, is.
    return declared && (fn || declared.skip === "unconditional") ? declared : undefined;
  },
  assertion: new RegExp(`${COMMON_ASSERTION.source}|^t\\.(is|not|ok|notOk|true|false|equal|notEqual|deepEqual|strictEqual|same|regex|like|match|pass)$`, "i"),
  skipCall: /(^|\.)skip$/,
  expectsFailureCall: COMMON_EXPECTS_FAILURE,
  keywords: set(
    ..."break case catch class const continue debugger default delete do else export extends finally for function if import in instanceof let new return super switch this throw try typeof var void while with yield async await of static get set type interface enum implements public private protected readonly as from true false null undefined".split(
      " ",
    ),
  ),
  statementCode: set("assignment_expression", "augmented_assignment_expression", "lexical_declaration", "variable_declaration", "return_statement"),
  completeCall: (call) => call.childForFieldName("arguments")?.type === "arguments",
};
