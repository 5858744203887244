import { markImportedCode } from "../../src/analysis/imported-code.js";
import { notAuthored } from "../../src/analysis/not-authored.js";
import type { ProjectReader } from "../../src/analysis/upstream-code.js";
import { prefetchProject } from "../../src/analysis/upstream-code.js";
import type { ChangedFile } from "../../src/model/change.js";
import { isRestored } from "../../src/model/restored-lines.js";
import { addedFile, change, commit } from "../helpers/make-change.js";

// dtolnay/ryu's "Sync to ulfjack/ryu@…" commits (set 45): upstream's TODOs, functions and C comments, line for line.
const NOTICE = [
  "// Translated from C to Rust. The original C code can be found at",
  "// https://github.com/ulfjack/ryu and carries the following license:",
  "//",
  "// Copyright 2018 Ulf Adams",
];
const body = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `    let v${i + from} = step(${i + from});`);
const d2s = [...NOTICE, "", "use crate::common::*;", "", "pub fn d2s(x: f64) -> u64 {", ...body(30), "}"];
const s2f = ["use crate::common::*;", "", "pub fn s2f(buffer: &[u8]) -> u64 {", "    // TODO: handle the rounding mode", ...body(40), "}"];

const edited = () => addedFile("src/d2s.rs", body(3, 90), 20, { status: "modified" });
const fresh = () => addedFile("src/s2f.rs", s2f, 1, { status: "added" });
const texts = { "src/d2s.rs": d2s.join("\n"), "src/s2f.rs": s2f.join("\n") };
const reader = (head: Record<string, string>): ProjectReader => ({
  basePaths: () => ["src/d2s.rs", "src/common.rs"],
  texts: (side, paths) => new Map(side === "head" ? paths.filter((p) => p in head).map((p) => [p, head[p]]) : []),
});

function review(title: string, files: ChangedFile[], head: Record<string, string> = texts) {
  const c = change(files, { title, commits: [commit(title)], repository: { owner: "dtolnay", name: "ryu" } });
  markImportedCode(c, undefined, reader(head));
  return c;
}

describe("markImportedCode: a sync from the upstream a port's notices name (#10, set 45)", () => {
  it("marks the folder's changed code, a new file without a header too", () => {
    const c = review("Sync to ulfjack/ryu@1c413e1", [edited(), fresh()]);
    expect(c.files.every(isRestored)).toBe(true);
    expect(notAuthored("src/s2f.rs", c)).toMatch(/not written in this change/);
  });

  it("needs the message to name the repository synced from", () => {
    expect(review("Add s2f", [edited(), fresh()]).files.some(isRestored)).toBe(false);
    expect(review("Sync to madler/zlib@1c413e1", [edited(), fresh()]).files.some(isRestored)).toBe(false);
    // This repository itself is no upstream.
    expect(review("Sync to dtolnay/ryu@1c413e1", [edited(), fresh()]).files.some(isRestored)).toBe(false);
  });

  it("needs a notice the change did not write: one it adds with its code vouches for nothing", () => {
    const c = review("Sync to ulfjack/ryu@1c413e1", [addedFile("src/d2s.rs", d2s, 1, { status: "added" }), fresh()]);
    // The noticed file is a port of its own (ported-code.ts); the file beside it is the change's.
    expect(isRestored(c.files[1])).toBe(false);
  });

  it("marks only the folders whose files carry the notice", () => {
    const other = addedFile("benches/bench.rs", body(12), 1, { status: "added" });
    const c = review("Sync to ulfjack/ryu@1c413e1", [edited(), fresh(), other], { ...texts, "benches/bench.rs": body(12).join("\n") });
    expect(c.files.map(isRestored)).toEqual([true, true, false]);
  });

  it("the App reads the changed files at head for a sync, and nothing for an ordinary change", async () => {
    const asked: string[][] = [];
    const sync = change([edited(), fresh()], { title: "Sync to ulfjack/ryu@1c413e1", commits: [commit("Sync to ulfjack/ryu@1c413e1")] });
    const readTexts = async (_base: string[], head: string[]) => {
      asked.push(head);
      return [new Map<string, string>(), new Map<string, string>()] as [Map<string, string>, Map<string, string>];
    };
    expect(await prefetchProject(sync, async () => ["src/d2s.rs", "src/common.rs"], readTexts)).toBeDefined();
    expect(asked[0]).toEqual(expect.arrayContaining(["src/d2s.rs", "src/s2f.rs"]));
    const plain = change([edited()], { title: "Speed up d2s", commits: [commit("Speed up d2s")] });
    expect(await prefetchProject(plain, async () => ["src/d2s.rs"], readTexts)).toBeUndefined();
  });
});
