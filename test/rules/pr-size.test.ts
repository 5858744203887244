import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";

const files = (n: number, lines: number, ext = "ts") =>
  Array.from({ length: n }, (_, i) =>
    addedFile(
      `src/f${i}.${ext}`,
      Array.from({ length: lines }, () => "x"),
    ),
  );

testRule("pr-size", {
  valid: [
    { name: "a small TypeScript change", change: change(files(3, 20)) },
    { name: "exactly at the limits", change: change(files(50, 16, "py")) },
    { name: "custom limits", options: { max_lines: 5000, max_files: 500 }, change: change(files(100, 20, "go")) },
  ],
  invalid: [
    { name: "too many lines", change: change(files(2, 500)), findings: [{ messageId: "tooBig", data: { lines: 1000, files: 2, maxLines: 800 } }] },
    { name: "too many files", change: change(files(51, 1, "rb")), findings: [{ messageId: "tooBig", data: { files: 51, maxFiles: 50 } }] },
    {
      name: "deletions count too",
      options: { max_lines: 10 },
      change: change([addedFile("a.py", ["x"], 1, { deletions: 20 })]),
      findings: [{ messageId: "tooBig", data: { lines: 21 } }],
    },
  ],
});
