import { disabledInCopy, mayPatchCopies, patchedCopyOriginals } from "../../src/analysis/patched-copies.js";
import { emptyLookups, type Lookups } from "../../src/engine/rule.js";
import { addedFile } from "../helpers/make-change.js";

// joda-time 028e01cbba (set 21): the GWT emulation of DateTimeZone, a copy of the library's, comments out what GWT cannot run.
const ORIGINAL = "JodaTime/src/java/org/joda/time/DateTimeZone.java";
const COPY = "gwt/src/main/gwt-emul/org/joda/time/emul/org/joda/time/DateTimeZone.java";
const body = [
  "package org.joda.time;",
  "import java.io.Serializable;",
  "import java.lang.ref.Reference;",
  "import java.lang.ref.SoftReference;",
  "import java.util.HashMap;",
  "public abstract class DateTimeZone implements Serializable {",
  "    private static Map iFixedOffsetCache;",
  "    public static DateTimeZone forID(String id) {",
  "        return cached(id);",
  "    }",
  "}",
];
const commentedOut = (deleted: string[], added: string[], path = COPY) =>
  addedFile(path, added, 3, { status: "modified", deletedLines: deleted, deletions: deleted.length });
const IMPORTS = ["import java.lang.ref.Reference;", "import java.lang.ref.SoftReference;"];
const disabling = commentedOut(IMPORTS, ["//import java.lang.ref.Reference;", "//import java.lang.ref.SoftReference;"]);

function lookups(files: { base?: string[]; original?: string[]; tree?: string[] } = {}): Lookups {
  const found = emptyLookups();
  found.fileTree = files.tree ?? [ORIGINAL, COPY, "JodaTime/src/java/org/joda/time/Period.java"];
  found.baseContents = new Map([[COPY, (files.base ?? body).join("\n")]]);
  if (files.original !== undefined || files.tree === undefined) found.fileContents.set(ORIGINAL, (files.original ?? body).join("\n"));
  return found;
}

describe("patched copies: code commented out in a copy of another file of the tree (#10)", () => {
  it("asks for the tree only when a file comments its own code out in place", () => {
    expect(mayPatchCopies([disabling])).toBe(true);
    expect(mayPatchCopies([commentedOut([], ["//import java.lang.ref.Reference;"])])).toBe(false);
    expect(mayPatchCopies([commentedOut(["}"], ["//}"])])).toBe(false);
    expect(mayPatchCopies([addedFile(COPY, ["//import java.lang.ref.Reference;"], 1, { status: "added" })])).toBe(false);
  });

  it("finds the namesake sharing the most folders", () => {
    expect(patchedCopyOriginals([disabling], [ORIGINAL, COPY, "other/Thing.java"]).get(COPY)).toBe(ORIGINAL);
  });

  it("takes the deeper path for the copy: the library's own file commenting code out patches nothing", () => {
    const own = commentedOut(IMPORTS, ["//import java.lang.ref.Reference;", "//import java.lang.ref.SoftReference;"], ORIGINAL);
    expect(patchedCopyOriginals([own], [ORIGINAL, COPY]).has(ORIGINAL)).toBe(false);
  });

  it("counts the lines a GWT emulation disables, as the original has them (joda-time 028e01cbba)", () => {
    expect([...disabledInCopy(disabling, lookups())]).toEqual([3, 4]);
  });

  it.each([
    ["the file is no copy at base", { base: ["package x;", "class Mine {", "  int a = 1;", "  int b = 2;", "  int c = 3;", ...IMPORTS] }],
    ["no namesake in the tree", { tree: [COPY, "JodaTime/src/java/org/joda/time/Period.java"] }],
    ["the original's text did not come", { tree: [ORIGINAL, COPY] }],
  ])("counts nothing when %s", (_why, files) => {
    expect(disabledInCopy(commentedOut(IMPORTS, [...disabling.addedLines.map((l) => l.text)]), lookups(files)).size).toBe(0);
  });

  it("counts nothing the change writes commented out new, even in a copy", () => {
    const f = commentedOut(IMPORTS, ["//import java.lang.ref.Reference;", "//cache.clear(); // new in this change"]);
    expect([...disabledInCopy(f, lookups())]).toEqual([3]);
  });
});
