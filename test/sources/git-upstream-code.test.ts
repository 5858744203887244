import { notAuthored } from "../../src/analysis/not-authored.js";
import { readGitChange, resolveRange } from "../../src/sources/git/git-source.js";
import { makeRepo } from "../helpers/git-repo.js";

const kotlin = (i: number) => ["package app", ...Array.from({ length: 15 }, (_, j) => `val v${i}x${j} = parse(${j})`)].join("\n") + "\n";
const ported = ["/*", " * Copyright (C) 2019 Square, Inc.", " *", ' * Licensed under the Apache License, Version 2.0 (the "License");', " */", kotlin(99)].join(
  "\n",
);

/** A project whose own Kotlin files carry no copyright, and a change that adds `files`. */
function review(files: Record<string, string>, message = "Add a cache-control module") {
  const r = makeRepo();
  for (let i = 0; i < 12; i++) r.write(`module${i % 3}/src/File${i}.kt`, kotlin(i));
  r.commit("Initial");
  const base = r.git("rev-parse", "HEAD").trim();
  for (const [path, text] of Object.entries(files)) r.write(path, text);
  r.commit(message);
  return readGitChange(r.dir, resolveRange(r.dir, { base, head: "HEAD" }));
}

describe("the git source reads the repository for code taken from another project (#10)", () => {
  it("a new file under another holder's copyright, in a project whose files carry none, is not the change's", () => {
    const change = review({ "cache/src/CacheControl.kt": ported, "cache/src/Strategy.kt": kotlin(50) });
    expect(notAuthored("cache/src/CacheControl.kt", change)).toMatch(/another holder's copyright/);
    expect(notAuthored("cache/src/Strategy.kt", change)).toBeUndefined();
  });

  it("the same file is the change's own when the project's files carry that holder's copyright", () => {
    const r = makeRepo();
    for (let i = 0; i < 12; i++) r.write(`module${i % 3}/src/File${i}.kt`, ported.replace("val v99", `val v${i}`));
    r.commit("Initial");
    const base = r.git("rev-parse", "HEAD").trim();
    r.write("cache/src/CacheControl.kt", ported);
    r.commit("Add cache control");
    const change = readGitChange(r.dir, resolveRange(r.dir, { base, head: "HEAD" }));
    expect(notAuthored("cache/src/CacheControl.kt", change)).toBeUndefined();
  });
});
