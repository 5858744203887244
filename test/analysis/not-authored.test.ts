import { copiedIn, notAuthored } from "../../src/analysis/not-authored.js";
import { addedFile, change } from "../helpers/make-change.js";

describe("notAuthored", () => {
  it.each([
    ["vendor/github.com/x/y.go"],
    ["third_party/zlib/inflate.c"],
    ["web/node_modules/left-pad/index.js"],
    ["src/__snapshots__/a.test.ts.snap"],
    ["test/fixtures/app.py"],
    ["pkg/testdata/in.go"],
    ["esm/stripe.core.js"],
    ["cjs/stripe.core.js"],
    ["packages/a/dist/index.mjs"],
    ["build/types/index.d.ts"],
  ])("%s is not authored", (path) => expect(notAuthored(path)).toBeDefined());

  it.each([["lib/rack/parser.rb"], ["src/build/plan.ts"], ["lib/client.js"], ["types/index.d.ts"], ["cmd/build/main.go"]])("%s is authored", (path) =>
    expect(notAuthored(path)).toBeUndefined(),
  );

  it("lib/*.js is build output when its TypeScript source changes with it", () => {
    const c = change([addedFile("lib/client.js", ["x"]), addedFile("src/client.ts", ["x"])]);
    expect(notAuthored("lib/client.js", c)).toMatch(/build output/);
    expect(notAuthored("lib/other.js", c)).toBeUndefined();
  });

  describe("copiedIn: a file the change adds that says it is someone else's work", () => {
    it.each([
      ["// Licensed under the GNU Lesser General Public License, version 2.1"],
      ["// Decompiled with JetBrains decompiler"],
      ["// Copyright (c) Microsoft Corporation. All rights reserved."],
      ['"""A copy-paste of optparse from the stdlib, kept for compatibility."""'],
      ["# Vendored from https://github.com/x/y at v1.2"],
    ])("%s", (header) => expect(copiedIn(addedFile("src/x.py", [header, "x = 1"], 1, { status: "added" }), `${header}\nx = 1`)).toBe(true));

    it("is not said of the project's own files, new or edited", () => {
      expect(copiedIn(addedFile("src/x.py", ["x = 1"], 1, { status: "added" }), "# Copyright (c) 2024 The Click Team\nx = 1")).toBe(false);
      // An edited file may carry the project's own GPL header: only whole new files are copies.
      const gpl = "# Licensed under the GNU General Public License v3\nx = 1";
      expect(copiedIn(addedFile("src/x.py", ["x = 1"], 2, { status: "modified" }), gpl)).toBe(false);
      // The project's own code may use System namespaces; only declaring one is a framework backport.
      expect(copiedIn(addedFile("src/A.cs", ["using System.Threading;"], 1, { status: "added" }), "using System.Threading;\nnamespace AutoMapper {}")).toBe(
        false,
      );
    });

    it("a C# file the change adds in the framework's own namespace is a backport of its source", () => {
      const text = "\nnamespace System.Threading\n{\n    public class ReaderWriterLockSlim {}\n}";
      expect(copiedIn(addedFile("src/Silverlight/System/ReaderWriterSlimLock.cs", text.split("\n"), 1, { status: "added" }), text)).toBe(true);
    });

    it("an existing file whose copy notice this change writes (the stub replaced by the copy) is copied in; later edits to it are not", () => {
      const text = '"""\n    This module is largely a copy paste from the stdlib\'s optparse module.\n"""\nx = 1';
      expect(copiedIn(addedFile("click/_optparse.py", text.split("\n"), 1, { status: "modified" }), text)).toBe(true);
      expect(copiedIn(addedFile("click/_optparse.py", ["x = 1"], 4, { status: "modified" }), text)).toBe(false);
    });
  });
});
