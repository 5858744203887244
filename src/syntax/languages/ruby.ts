import type { Node } from "web-tree-sitter";
import { callStyleTest, mayBeTestCall, clip, COMMON_ASSERTION, COMMON_EXPECTS_FAILURE, firstStringIn, set, type LanguageSpec } from "../language-spec.js";

const STRINGS = set("string");

// A bare word is a method call in Ruby (`skip`, `byebug`); only these few are worth recording.
// `should` and `should_not` are RSpec's one-liner expectations on the subject (`its(:name) { should == :name }`).
const BARE_CALLS = ["skip", "pending", "byebug", "debugger", "pry", "should", "should_not", "is_expected"];
const NOT_STATEMENT = new Set(["call", "argument_list", "assignment", "method_parameters", "block_parameters", "pair"]);

function callee(call: Node): string | undefined {
  if (call.type === "identifier") return !NOT_STATEMENT.has(call.parent?.type ?? "") ? call.text : undefined;
  const method = call.childForFieldName("method")?.text;
  if (!method) return undefined;
  const receiver = call.childForFieldName("receiver");
  return clip(receiver ? `${receiver.text.replace(/\s+/g, "")}.${method}` : method);
}

export const ruby: LanguageSpec = {
  ids: ["ruby"],
  functions: { method: "method", singleton_method: "method", lambda: "lambda", block: "lambda", do_block: "lambda" },
  decisions: set(
    "if",
    "unless",
    "elsif",
    "while",
    "until",
    "for",
    "when",
    "rescue",
    "conditional",
    "if_modifier",
    "unless_modifier",
    "while_modifier",
    "until_modifier",
    "rescue_modifier",
  ),
  ifTypes: set("if", "unless"),
  elseParents: set(),
  decisionTokens: set("&&", "||", "and", "or"),
  decisionTokenParents: set("binary"),
  cognitive: {
    structures: set(
      "if",
      "unless",
      "if_modifier",
      "unless_modifier",
      "while",
      "until",
      "for",
      "while_modifier",
      "until_modifier",
      "case",
      "case_match",
      "rescue",
      "rescue_modifier",
      "conditional",
    ),
    flat: set("elsif"),
    booleans: set("&&", "||", "and", "or"),
  },
  nesting: set("if", "unless", "while", "until", "for", "case", "rescue"),
  conditionals: set("if", "unless", "if_modifier", "unless_modifier", "rescue", "rescue_modifier", "case", "conditional"),
  comments: set("comment"),
  // RDoc and YARD are plain comments right above a method, class, module or constant (reline's `# EOF key: { char: nil,
  // method_symbol: nil }` over `Key = Struct.new(…)`, the shape of its fields, judged *wrong* as commented-out code, set 29).
  declarationTypes: set("method", "singleton_method", "class", "module", "assignment"),
  declares: (node) => node.type !== "assignment" || /^(constant|scope_resolution)$/.test(node.childForFieldName("left")?.type ?? ""),
  commentKind: (text) => (text.startsWith("=begin") ? "block" : "line"),
  // `%w(print error)` and `%i(...)` are lists of words, not code (rouge 87891bec4e's directive names, judged *wrong* as a print, set 34).
  strings: { string: "string", heredoc_body: "heredoc", string_array: "string", symbol_array: "string" },
  calls: set("call"),
  bareCalls: BARE_CALLS,
  callee,
  firstStringArgument: (call) => firstStringIn(call.childForFieldName("arguments"), STRINGS),
  testCase(node, known) {
    if (node.type === "method") {
      const name = node.childForFieldName("name")?.text ?? "";
      return /^test_/.test(name) ? { name, skip: "none", focused: false, expectsFailure: false, handles: [] } : undefined;
    }
    const name = node.type === "call" ? (known ?? callee(node)) : undefined;
    if (!mayBeTestCall(name) || !node.childForFieldName("block")) return undefined;
    const args = node.childForFieldName("arguments");
    const declared = callStyleTest(name, firstStringIn(args, STRINGS), []);
    if (declared && args && /\b(skip|pending):\s*(true|["'])/.test(args.text)) declared.skip = "unconditional";
    if (declared && args && /\b(focus):\s*true/.test(args.text)) declared.focused = true;
    return declared;
  },
  assertion: COMMON_ASSERTION,
  skipCall: /^(skip|pending)$/,
  expectsFailureCall: new RegExp(`${COMMON_EXPECTS_FAILURE.source}|(^|\\.)(assert_raises|must_raise)$`),
  keywords: set(
    ..."BEGIN END alias and begin break case class def defined? do else elsif end ensure false for if in module next nil not or redo rescue retry return self super then true undef unless until when while yield puts require".split(
      " ",
    ),
  ),
  statementCode: set("assignment", "operator_assignment", "return"),
  completeCall: (call) => call.childForFieldName("arguments")?.text.startsWith("(") ?? false,
};
