import type { FunctionFact, NestedBlock } from "../../src/syntax/facts.js";
import { leadingGuard } from "../../src/analysis/leading-guard.js";

const lines = (text: string[]) => (l: number) => ((text[l - 1] ?? "").trim() === "" ? "" : text[l - 1]);
/** A function whose only block is `parent` (the guard's own block is looked up by depth). */
const fn = (parent?: NestedBlock) => ({ start: 1, end: 20, blocks: parent ? [parent] : [] }) as unknown as FunctionFact;

describe("leadingGuard", () => {
  const code = ["if (len != 0) {", "    if (len != 1) {", "        throw new Error(name);", "    }", "    member = first(keys);", "    add(member);", "}"];
  it("is a guard that checks before the block goes on", () =>
    expect(leadingGuard(fn({ start: 1, end: 7, depth: 4 }), { start: 2, end: 4, depth: 5 }, lines(code))).toBe(true));
  it("is not a guard at the bottom of the block (the answer found deep)", () => {
    const bottom = ["if (found) {", "    check(path);", "    if (ok(path)) {", "        return path;", "    }", "}"];
    expect(leadingGuard(fn({ start: 1, end: 6, depth: 4 }), { start: 3, end: 5, depth: 5 }, lines(bottom))).toBe(false);
  });
  it("is not a guard after work, nor one with no block around it", () => {
    const after = ["if (a) {", "    run(a);", "    if (b) {", "        return;", "    }", "    more(b);", "}"];
    expect(leadingGuard(fn({ start: 1, end: 7, depth: 4 }), { start: 3, end: 5, depth: 5 }, lines(after))).toBe(false);
    expect(leadingGuard(fn(), { start: 2, end: 4, depth: 5 }, lines(code))).toBe(false);
  });
});
