import { uniformDispatch } from "../../src/analysis/uniform-arms.js";

const span = (lines: string[]) => ({ code: (l: number) => lines[l - 1] ?? "", span: { start: 1, end: lines.length } });
const range = (n: number, f: (i: number) => string[]) => Array.from({ length: n }, (_, i) => f(i)).flat();
const VARIANTS = "Const Enum Fn Impl Macro Mod Static Struct Trait Type Use Union".split(" ");

describe("uniformDispatch: a dispatch written from one template, one arm per variant", () => {
  it.each([
    [
      "Rust: syn's hand-written Hash, four lines an arm",
      [
        "match self {",
        ...range(12, (i) => [`    Item::${VARIANTS[i]}(item) => {`, `        state.write_u8(${i});`, "        item.hash(state);", "    }"]),
        "}",
      ],
    ],
    [
      "Rust: PartialEq's one-line arms",
      [
        "match (self, other) {",
        ...range(12, (i) => [`    (Item::${VARIANTS[i]}(this), Item::${VARIANTS[i]}(other)) => this == other,`]),
        "    _ => false,",
        "}",
      ],
    ],
    [
      "Go: a type switch naming each kind",
      ["switch t.Kind() {", ...range(10, (i) => [`case reflect.${VARIANTS[i]}:`, `\tb = append(b, "${VARIANTS[i]}"...)`]), "}"],
    ],
    ["Kotlin: a when over an enum", ["when (kind) {", ...range(10, (i) => [`    Kind.${VARIANTS[i]} -> visitor.visit${VARIANTS[i]}(node)`]), "}"]],
  ])("%s", (_what, lines) => {
    const { code, span: s } = span(lines);
    expect(uniformDispatch(code, s)).toBe(true);
  });

  it.each([
    [
      "arms that each do something of their own",
      [
        "switch (op) {",
        ...range(10, (i) => [
          `  case ${i}:`,
          i % 2 ? `    if (x > ${i}) { y = compute(x); }` : `    for (const a of items) total += a.size * ${i};`,
          "    break;",
        ]),
        "}",
      ],
    ],
    ["too few arms to be a list", ["match self {", ...range(5, (i) => [`    Item::${VARIANTS[i]}(item) => item.hash(state),`]), "}"]],
    [
      "a dispatch followed by logic of the function's own",
      ["match self {", ...range(10, (i) => [`    Item::${VARIANTS[i]}(item) => item.hash(state),`]), "}", "let total = items.iter().sum();", "total * 2"],
    ],
    [
      "logic before the dispatch",
      [...range(6, (i) => [`let v${i} = load(${i});`]), "match self {", ...range(10, (i) => [`    Item::${VARIANTS[i]}(item) => item.hash(state),`]), "}"],
    ],
  ])("%s is not one", (_what, lines) => {
    const { code, span: s } = span(lines);
    expect(uniformDispatch(code, s)).toBe(false);
  });
});
