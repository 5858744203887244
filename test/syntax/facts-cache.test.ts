import { emptyLookups } from "../../src/engine/rule.js";
import type { ChangedFile } from "../../src/model/change.js";
import { baseFacts, factsByContent, headFacts } from "../../src/syntax/change-facts.js";
import { FactsCache, type Parsed } from "../../src/syntax/facts-cache.js";
import { loadAllGrammars } from "../../src/syntax/grammars.js";

beforeAll(() => loadAllGrammars());

const facts = (name: string): Parsed => ({
  language: "go",
  functions: [{ name, kind: "function", start: 1, end: 3, bodyLines: 3, codeLines: 3, decisions: 0, nesting: 0, testCallback: false } as never],
  comments: [],
  strings: [],
  calls: [],
  tests: [],
  hasErrors: false,
});

describe("facts by content", () => {
  it("parses a text once, whether or not it ends with git's final newline", () => {
    const cache = new FactsCache(1 << 20);
    let parses = 0;
    const parse = () => (parses++, facts("f"));
    const first = cache.get("go", "package a\nfunc f() {}", parse);
    expect(cache.get("go", "package a\nfunc f() {}\n", parse)).toBe(first);
    expect(parses).toBe(1);
    expect([cache.hits, cache.misses]).toEqual([1, 1]);
    // The same text in another language is another parse.
    cache.get("typescript", "package a\nfunc f() {}", parse);
    expect(parses).toBe(2);
  });

  it("keeps within its memory bound, dropping the least recently used first", () => {
    const probe = new FactsCache(1 << 20);
    probe.get("go", "1", () => facts("a"));
    const entry = probe.size;
    const cache = new FactsCache(entry * 2);
    const parsed: string[] = [];
    const get = (text: string) => cache.get("go", text, () => (parsed.push(text), facts("a")));
    get("1");
    get("2");
    get("1"); // used again: now "2" is the oldest
    get("3");
    expect(cache.size).toBeLessThanOrEqual(entry * 2);
    get("1");
    get("2");
    expect(parsed).toEqual(["1", "2", "3", "2"]);
  });

  it("gives a blob's facts at base of one commit from its parse at head of the commit before", () => {
    const text = ["package a", "", "func F(x int) int {", "\tif x > 0 {", "\t\treturn x", "\t}", "\treturn -x", "}"].join("\n");
    const file = (status: ChangedFile["status"], lines: string[]): ChangedFile => ({
      path: "a.go",
      status,
      binary: false,
      additions: lines.length,
      deletions: 0,
      addedLines: lines.map((t, i) => ({ line: i + 1, text: t })),
      hunks: [{ start: 1, length: lines.length }],
    });
    // Commit N adds the file: its head text is its added lines.
    const added = file("added", text.split("\n"));
    const head = headFacts(added, emptyLookups());
    expect(head?.functions.map((f) => f.name)).toEqual(["F"]);
    // Commit N+1 modifies it: its base is the blob git stores, with a final newline.
    const hits = factsByContent.hits;
    const modified = file("modified", ["// F's doc"]);
    const lookups = { ...emptyLookups(), baseContents: new Map([["a.go", text + "\n"]]) };
    expect(baseFacts(modified, lookups)).toBe(head);
    expect(factsByContent.hits).toBe(hits + 1);
  });
});
