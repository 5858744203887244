import { compileQuery } from "../../src/syntax/compile-query.js";
import { loadGrammars, parserFor } from "../../src/syntax/grammars.js";

beforeAll(() => loadGrammars(["java"]));

function java() {
  const parser = parserFor("java")!;
  return { parser, language: parser.language! };
}

describe("compileQuery", () => {
  it("drops only the optional patterns the grammar cannot match, and keeps their order", () => {
    const { parser, language } = java();
    // `case` is never a child of a binary expression, nor `&&` of a switch label.
    const query = compileQuery(
      language,
      ["(method_declaration) @n"],
      ['(binary_expression "case" @op)', '(binary_expression "&&" @op)', '(switch_label "&&" @op)', '(switch_label "case" @op)'],
      ["(identifier) @id"],
    );
    const tree = parser.parse("class A { int f(int x) { switch (x) { case 1: return a && b ? 1 : 0; } return 0; } }")!;
    const captured = query.captures(tree.rootNode).map((c) => `${c.name}:${c.node.text}`);
    tree.delete();
    query.delete();
    expect(captured.filter((c) => c.startsWith("op:"))).toEqual(["op:case", "op:&&"]);
    expect(captured).toContain("id:f");
    expect(captured.filter((c) => c.startsWith("n:"))).toHaveLength(1);
  });

  it("throws when a pattern that must be there is wrong, rather than dropping it", () => {
    const { language } = java();
    expect(() => compileQuery(language, ['(binary_expression "case" @op)'], [], [])).toThrow(/structure/i);
    expect(() => compileQuery(language, ["(method_declaration) @n"], [], ['(switch_label "&&" @x)'])).toThrow(/structure/i);
    expect(() => compileQuery(language, ["(no_such_node) @n"], ['(binary_expression "&&" @op)'], [])).toThrow(/no_such_node/);
  });
});
