import { namesOfLine } from "../../src/analysis/tests-used-already.js";
import { indentWidth } from "../../src/text/indent-width.js";

/** The types a line is declared in, found as a reader does: up the file, each less indented line in turn. */
function typesReadUpward(line: number, lines: string[]): string[] {
  const types: string[] = [];
  const declared = (text: string) =>
    /^\s*(?:(?:public|private|export|abstract|data)\s+)*(?:class|interface|object|struct|enum|record|trait|module|type)\s+([A-Za-z_]\w*)/.exec(text);
  const own = declared(lines[line - 1] ?? "");
  if (own) types.push(own[1]);
  let limit = indentWidth(lines[line - 1] ?? "");
  for (let l = line - 1; l >= 1 && limit > 0; l--) {
    const text = lines[l - 1] ?? "";
    if (text.trim() === "" || indentWidth(text) >= limit) continue;
    limit = indentWidth(text);
    const decl = declared(text);
    if (decl) types.push(decl[1]);
  }
  return types;
}

const java = [
  "package a;",
  "",
  "public class Outer {",
  "    private int x;",
  "",
  "    class Inner {",
  "        void run() {",
  "            if (x > 1) {",
  "                go();",
  "",
  "            }",
  "        }",
  "    }",
  "    ",
  "    interface Shape {",
  "\t\tint area();",
  "    }",
  "}",
  "class Second {",
  "  int y;",
  "}",
];
const python = [
  "import os",
  "class Gui(Base):",
  "    def draw(self):",
  "        for x in self.items:",
  "            if x:",
  "                yield x",
  "        ",
  "    class Nested:",
  "        pass",
  "",
  "def free():",
  "    return 1",
  "  # a comment less indented than the body",
  "    return 2",
];

describe("namesOfLine: the types a line is declared in, from an outline made once (#10)", () => {
  it.each([
    ["Java, with tabs and a whitespace-only line", java],
    ["Python", python],
  ])("%s: every line, asked top down and bottom up, as reading up the file finds them", (_name, lines) => {
    const all = Array.from({ length: lines.length + 2 }, (_, i) => i + 1);
    for (const order of [all, [...all].reverse()]) {
      const copy = [...lines];
      for (const line of order) expect([line, namesOfLine(line, copy, []).types]).toEqual([line, typesReadUpward(line, copy)]);
    }
  });

  it("names the enclosing types innermost first", () => {
    expect(namesOfLine(9, java, []).types).toEqual(["Inner", "Outer"]);
    expect(namesOfLine(16, java, []).types).toEqual(["Shape", "Outer"]);
    expect(namesOfLine(9, python, []).types).toEqual(["Nested", "Gui"]);
    expect(namesOfLine(20, java, []).types).toEqual(["Second"]);
  });
});
