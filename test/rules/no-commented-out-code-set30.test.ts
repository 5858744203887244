import { changed } from "../helpers/base-head.js";
import { testRule } from "../helpers/rule-tester.js";

// Set 30 (#10): excalidraw 63e1148280 labels the two branches of a loop `// stroke (SVGPathString)` and
// `// background (Drawable)` (judged *wrong*: the labels parse as calls). A bare word, a space, a type's name in
// parentheses: no formatter writes a call so. `// stroke(path)` with the code's own spacing stays code.
const PATH = "packages/excalidraw/renderer/staticSvgScene.ts";
const BASE = ["export function render(shapes: Shape[]) {", "  for (const shape of shapes) {", "    draw(shape);", "  }", "}", ""];
const head = (label: string) => [
  "export function render(shapes: Shape[]) {",
  "  for (const shape of shapes) {",
  `    ${label}`,
  "",
  "    draw(shape);",
  "  }",
  "}",
  "",
];
const at = (label: string) => changed(PATH, BASE.join("\n"), head(label).join("\n"));

testRule("no-commented-out-code", {
  valid: [
    { name: "TypeScript: a branch label naming its type", ...at("// stroke (SVGPathString)") },
    { name: "TypeScript: a branch label naming a qualified type", ...at("// background (Drawable.Shape)") },
  ],
  invalid: [
    { name: "TypeScript: a commented call", ...at("// stroke(path)"), findings: [{ messageId: "commentedOutLine", line: 3 }] },
    { name: "TypeScript: a commented call of a value with a space", ...at("// stroke (path)"), findings: [{ messageId: "commentedOutLine", line: 3 }] },
  ],
});
