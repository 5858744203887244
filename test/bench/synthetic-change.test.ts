import { formatParseThroughput, measureParseThroughput } from "../../bench/parse-throughput.js";
import { baseContents, buildChange, headContents, syntheticFiles } from "../../bench/synthetic-change.js";

describe("the bench's synthetic change", () => {
  const files = syntheticFiles(30, 2_000);

  it("adds exactly the asked lines over the asked files, every other file modified with a base text", () => {
    const change = buildChange(files);
    expect(change.files).toHaveLength(30);
    expect(change.files.reduce((n, f) => n + f.addedLines.length, 0)).toBe(2_000);
    expect(change.files.filter((f) => f.status === "modified")).toHaveLength(15);
    expect([...baseContents(files).keys()]).toEqual(change.files.filter((f) => f.status === "modified").map((f) => f.path));
  });

  it("keeps patch, head and base consistent: head is the base with the added lines where the patch says", () => {
    const change = buildChange(files);
    const heads = headContents(files);
    const bases = baseContents(files);
    for (const file of change.files) {
      const head = heads.get(file.path)!.split("\n");
      for (const { line, text } of file.addedLines) expect(head[line - 1]).toBe(text);
      const base = bases.get(file.path);
      const kept = head.filter((_, i) => !file.addedLines.some((a) => a.line === i + 1));
      expect(kept.join("\n")).toBe(base ?? "");
    }
  });

  it("measures parse throughput per language through the syntax layer's hook", () => {
    const parsed: string[] = [];
    const layer = { load: async () => undefined, languageOf: (p: string) => p.split(".").pop(), parse: (p: string) => void parsed.push(p) };
    const rows = measureParseThroughput(layer, files);
    expect(rows.map((r) => r.language).sort()).toEqual(["go", "py", "ts"]);
    // Every head text and every base text, plus one warm-up parse per language.
    expect(parsed).toHaveLength(30 + 15 + 3);
    expect(rows.reduce((n, r) => n + r.lines, 0)).toBe(
      [...headContents(files).values(), ...baseContents(files).values()].reduce((n, t) => n + t.split("\n").length, 0),
    );
    expect(formatParseThroughput(rows)).toMatch(/^Parse throughput per language.*\nlanguage +texts +lines +parse ms +lines\/s +CPU ms +lines\/CPU s\n/);
    // CPU time beside wall time: on a shared machine the wall time measures the neighbours too.
    for (const r of rows) expect(r.cpuMs).toBeGreaterThanOrEqual(0);
    expect(formatParseThroughput(undefined)).toContain("no syntax layer in this build");
  });
});
