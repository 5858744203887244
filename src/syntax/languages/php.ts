import type { Node } from "web-tree-sitter";
import {
  functionFieldCallee,
  cStyleCommentKind,
  annotatedTest,
  clip,
  COMMON_ASSERTION,
  COMMON_EXPECTS_FAILURE,
  firstStringIn,
  precedingText,
  set,
  callStyleTest,
  mayBeTestCall,
  type LanguageSpec,
} from "../language-spec.js";

const STRINGS = set("string", "encapsed_string");
const DOC = set("comment", "attribute_list");

function callee(call: Node): string | undefined {
  if (call.childForFieldName("function")) return functionFieldCallee(call);
  const name = call.childForFieldName("name")?.text;
  if (!name) return undefined;
  const scope = call.childForFieldName("scope");
  if (scope) return clip(`${scope.text}::${name}`);
  const object = call.childForFieldName("object");
  return clip(object ? `${object.text.replace(/\s+/g, "")}->${name}` : name);
}

// PHPUnit runs `test*` methods of TestCase classes only: a fixture class's `public static function test()`
// (composer's `MinimumVersionSupport/Foo.php`, which a CI script calls) is no test. A test class is named
// for tests or extends one (`extends TestCase`, `extends DbalFunctionalTestCase`); so is a trait of tests.
const TEST_CLASS = /Test/;

/** Whether a method sits in a class or trait that is a test case by its name or its parent's; true outside one. */
function inTestClass(method: Node): boolean {
  for (let p = method.parent; p; p = p.parent) {
    if (p.type !== "class_declaration" && p.type !== "trait_declaration") continue;
    const base = p.children.find((c) => c?.type === "base_clause")?.text ?? "";
    return TEST_CLASS.test(p.childForFieldName("name")?.text ?? "") || TEST_CLASS.test(base);
  }
  return true;
}

export const php: LanguageSpec = {
  ids: ["php"],
  functions: {
    function_definition: "function",
    method_declaration: "method",
    anonymous_function: "lambda",
    anonymous_function_creation_expression: "lambda",
    arrow_function: "lambda",
  },
  decisions: set(
    "if_statement",
    "else_if_clause",
    "for_statement",
    "foreach_statement",
    "while_statement",
    "do_statement",
    "case_statement",
    "catch_clause",
    "conditional_expression",
    "match_conditional_expression",
  ),
  ifTypes: set("if_statement"),
  elseParents: set("else_clause"),
  decisionTokens: set("&&", "||", "??", "and", "or"),
  decisionTokenParents: set("binary_expression"),
  cognitive: {
    structures: set(
      "if_statement",
      "for_statement",
      "foreach_statement",
      "while_statement",
      "do_statement",
      "switch_statement",
      "match_expression",
      "catch_clause",
      "conditional_expression",
    ),
    flat: set("else_if_clause"),
    booleans: set("&&", "||", "and", "or"),
    jumps: { types: set("goto_statement", "break_statement", "continue_statement"), labelled: /^(goto\b|(break|continue)\s+[1-9])/ },
  },
  nesting: set("if_statement", "for_statement", "foreach_statement", "while_statement", "do_statement", "switch_statement", "catch_clause", "match_expression"),
  conditionals: set("if_statement", "conditional_expression", "switch_statement", "catch_clause", "match_expression"),
  comments: set("comment"),
  commentKind: cStyleCommentKind(),
  strings: { string: "string", encapsed_string: "template", heredoc: "heredoc", nowdoc: "heredoc" },
  calls: set("function_call_expression", "member_call_expression", "scoped_call_expression", "nullsafe_member_call_expression"),
  callee,
  firstStringArgument: (call) => firstStringIn(call.childForFieldName("arguments"), STRINGS),
  testCase(node, known) {
    if (node.type === "method_declaration") {
      const name = node.childForFieldName("name")?.text ?? "";
      const header = precedingText(node, DOC) + node.children.map((c) => (c?.type === "attribute_list" ? c.text : "")).join("");
      if (/^test/.test(name) && inTestClass(node)) return annotatedTest("@test\n" + header, name);
      return annotatedTest(header, name);
    }
    if (node.type !== "function_call_expression") return undefined;
    const name = known ?? callee(node);
    return mayBeTestCall(name) ? callStyleTest(name, firstStringIn(node.childForFieldName("arguments"), STRINGS), []) : undefined;
  },
  assertion: COMMON_ASSERTION,
  skipCall: /(^|->|::)(markTestSkipped|markTestIncomplete)$/,
  expectsFailureCall: COMMON_EXPECTS_FAILURE,
  keywords: set(
    ..."abstract and array as break callable case catch class clone const continue declare default do echo else elseif empty enddeclare endfor endforeach endif endswitch endwhile extends final finally fn for foreach function global goto if implements include instanceof insteadof interface isset list match namespace new or print private protected public readonly require return static switch throw trait try unset use var while xor yield true false null".split(
      " ",
    ),
  ),
  codePrefix: "<?php ",
  statementCode: set("assignment_expression", "augmented_assignment_expression", "return_statement"),
  completeCall: () => true,
};
