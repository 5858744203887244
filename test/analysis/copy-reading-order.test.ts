import { inReadingOrder } from "../../src/analysis/copy-reading-order.js";
import { likelyOriginals } from "../../src/analysis/copy-originals.js";
import { addedFile } from "../helpers/make-change.js";

const added = (path: string, lines: string[]) => addedFile(path, lines, 1, { status: "added" });
const plain = (tag: string) => Array.from({ length: 6 }, (_, i) => `int ${tag}${i} = ${i};`);

describe("inReadingOrder: the copies whose lines a rule would report are looked up first (#10)", () => {
  it.each([
    ["a TODO", "        assertEquals(14, dt.getCenturyOfEra());  // TODO confirm"],
    ["a commented-out statement", "//        assertEquals(expected, field.getDifference(1, 0));"],
    ["a commented-out block opener", "# if retries > 3 {"],
  ])("puts a file with %s first", (_why, line) => {
    const a = added("a/A.java", plain("a"));
    const b = added("b/B.java", [...plain("b"), line]);
    expect(inReadingOrder([a, b]).map((f) => f.path)).toEqual(["b/B.java", "a/A.java"]);
  });
  it("keeps the order of files alike (prose comments are not code)", () => {
    const a = added("a/A.java", [...plain("a"), "// Licensed under the Apache License"]);
    const b = added("b/B.java", plain("b"));
    expect(inReadingOrder([a, b]).map((f) => f.path)).toEqual(["a/A.java", "b/B.java"]);
  });
});

describe("likelyOriginals past its file budget (joda-time e861ef34e9, set 21)", () => {
  it("still finds the original of a copied test whose TODO came with it, after 250 plain copies", () => {
    const many = Array.from({ length: 250 }, (_, i) => added(`gwt/src/main/p/F${i}.java`, plain(`f${i}`)));
    const test = added("gwt/src/test/p/TestX.java", [...plain("t"), "x(); // TODO confirm"]);
    const tree = [...many.map((f) => f.path.replace("gwt/src/main", "core/src/main")), "core/src/test/p/TestX.java"];
    expect(likelyOriginals([...many, test], tree).get(test.path)).toBe("core/src/test/p/TestX.java");
  });
});
