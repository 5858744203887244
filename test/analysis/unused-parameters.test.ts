import type { FunctionFact } from "../../src/syntax/facts.js";
import type { LanguageId } from "../../src/syntax/facts.js";
import { unusedParameters } from "../../src/analysis/unused-parameters.js";

const fn = (lines: string[]): Pick<FunctionFact, "name" | "start" | "end"> => {
  const m = /\b(?:fn|func|def|function)\s+(\w+)/.exec(lines[0]) ?? /(\w+)\s*[(<]/.exec(lines[0]);
  return { name: m?.[1] ?? "", start: 1, end: lines.length };
};

describe("unusedParameters names what a function declares and never reads (#11)", () => {
  it.each([
    [
      "C#: CommandLineParser's StaticProperty ignores `name`",
      "csharp",
      [
        "public static object StaticProperty(this Type type, string name)",
        "{",
        '    return type.InvokeMember("None", flags, null, null, new object[] { });',
        "}",
      ],
      ["name"],
    ],
    [
      "C#: every parameter read",
      "csharp",
      ["public static object StaticProperty(this Type type, string name)", "{", "    return type.InvokeMember(name);", "}"],
      [],
    ],
    ["Rust: the list after the name, not `pub(crate)`", "rust", ["pub(crate) fn allocate(self, layout: Layout) -> Option<u8> {", "    alloc(layout)", "}"], []],
    ["Python: receivers and _-marked names are not counted", "python", ["def stamp(self, _, __, event_dict):", "    return event_dict"], []],
    ["Python: a default value is not the name", "python", ["def fmt(value, width=8):", "    return str(value)"], ["width"]],
    ["Go: the name comes first", "go", ["func join(parts []string, sep string) string {", '\treturn strings.Join(parts, ",")', "}"], ["sep"]],
    ["Kotlin and TypeScript: `name: Type`", "typescript", ["function pad(text: string, width: number): string {", "  return text.padEnd(width);", "}"], []],
    [
      "Java: generics' commas do not split a parameter",
      "java",
      ["private int count(Map<String, Integer> m, int floor) {", "  return m.size();", "}"],
      ["floor"],
    ],
  ] as const)("%s", (_name, language, lines, expected) => {
    expect(unusedParameters(fn([...lines]), [...lines], language as LanguageId)).toEqual(expected);
  });
});
