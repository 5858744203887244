import { headerBeforeDeclaration, portNotice } from "../../src/analysis/port-notices.js";
import { markImportedCode } from "../../src/analysis/imported-code.js";
import { copiedIn, notAuthored } from "../../src/analysis/not-authored.js";
import { isRestored } from "../../src/model/restored-lines.js";
import { addedFile, change, commit } from "../helpers/make-change.js";

const body = (n: number) => Array.from({ length: n }, (_, i) => `    int v${i} = compute(${i});`);

describe("portNotice: a header that announces a port or copy of a named work (#10)", () => {
  it.each([
    ["/*\n * Ported from Apache Harmony.\n */"],
    ["# Copied from SQLAlchemy's util/langhelpers.py"],
    ['"""Adapted from SQLAlchemy (MIT licence)."""'],
    ["// Based on Werkzeug's parser (https://github.com/pallets/werkzeug/blob/main/src/werkzeug/http.py)"],
    ["/**\n * This is a modified version of Guava's LinkedHashMultimap,\n * trimmed to what we use.\n */"],
    ["// Originally from https://github.com/golang/go/blob/master/src/strconv/atoi.go"],
    ["-- Taken from: https://example.org/lua/serpent.lua"],
    ["/// A port of Go's strconv.ParseFloat."],
    ["# Derived from CPython's Lib/textwrap.py"],
    ["/*\n * Licensed under the Apache License 2.0.\n *\n * This file was originally written for the\n * Jetty project.\n */"],
    ["// Based on java.util.concurrent.ConcurrentHashMap from JDK 8."],
    ["// This function is modified copy from Go standard library encoding/json/encode.go `appendString` function"],
    ["/** Code mostly lifted from `com.twitter.hpack.HuffmanTest`. */"],
    ["/**\n * Originally from Apache Commons VFS with more added to act as a fluent BitSet.\n */"],
    ["/**\n * Provenance: Apache Harmony's java.io.BufferedReader, renamed, and modified.\n */"],
    ['"""Testing extensions.\n\nNOTE:  copied/adapted from SQLAlchemy master for backwards compatibility;\n"""'],
    // boltons 59bc222674 `mboxutils.py`: a credit to a person, opening the module docstring's second sentence.
    ['"""\\\nUseful utilities for working with mailboxes. Credit to Mark\nWilliams for these.\n"""'],
    // commons-codec e2df85024e Base64: a credit to a project, for its code.
    ['/**\n * Thanks to "commons" project in ws.apache.org for the bitwise operations,\n * and general approach.\n */'],
    ["# Credits go to Armin Ronacher for the original implementation."],
    // boltons c5c1513d49 `inspect_formatargspec`: "copy <name> from" a standard library.
    ['"""Copy formatargspec from python 3.7 standard library.\n"""'],
    ["// Copies `walk` from https://go.dev/src/path/filepath/path.go, unchanged."],
    ["# Taken from the Python standard library (Lib/shlex.py)."],
    ["// Duplicated from Werkzeug's http.py to avoid the import."],
    // Set 42: mitsuhiko/similar 7e628d78d8's `compact.rs`, a Rust inner doc comment over two lines.
    ["//! Implements basic compacting.  This is based on the compaction logic from\n//! diffy by Brandon Williams."],
    ["// Based on the implementation by Brandon Williams."],
    // Set 47: Kokuban 3206bc38f1's `SupportsColor.cs`, "based on" a repository its notice links, without a verb.
    [
      "    // This class based on chalk/supports-color\n    // The original source code is licensed under the MIT License.\n    // Copyright (c) Sindre Sorhus\n    // https://github.com/chalk/supports-color",
    ],
  ])("%j is a port or copy", (header) => {
    expect(portNotice(header)).toBeDefined();
  });

  it.each([
    ["// Based on the discussion in #123."],
    ["// Based on the idea by Brandon Williams."],
    ["// Based on the code in this module."],
    ["// Based on the discussion at https://github.com/acme/app/issues/123."],
    ["// Adapted from the example in the docs."],
    ["/* Based on feedback from users, this parser is lenient. */"],
    ["// Based on RFC 7231, section 5.3."],
    ["# Copied values are taken from the request, not the session."],
    ["// Based on Knuth's algorithm D."],
    ["// Ported from #4512, see the issue."],
    ["// Derived from user input: never trust it."],
    ["// Provenance: see the discussion in #88."],
    ["// NOTE: adapted from the example in the docs."],
    ["/**\n * Almost all examples (expected header, titles, messages) taken from\n * https://www.pushover.net/api\n */"],
    ["/// The algorithm implemented here is mostly taken from Wikipedia:\n/// https://en.wikipedia.org/wiki/DFA_minimization"],
    ["// Types adapted from the WASI preview1 spec here: https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md"],
    [
      '// Licensed under the Apache License, Version 2.0 (the "License");\n// You may obtain a copy of the License at\n// http://www.apache.org/licenses/LICENSE-2.0',
    ],
    ["# You should have received a copy of the GNU General Public License\n# along with this program.  If not, see <https://www.gnu.org/licenses/>."],
    ["/* Permission is hereby granted, free of charge, to any person obtaining a copy of this software */"],
    // A credit for anything but code, or with no source named.
    ["# Thanks to Bob Smith for reporting this bug."],
    ["// Credit to @alice for the review."],
    ["// Thanks to the user's input for the defaults."],
    ["/* Thanks to everyone for these. */"],
    // "Based on the user's input", and a copy whose "source" is run-time data, not code.
    ["// Based on the user's input."],
    ['"""Copy headers from Request into the response."""'],
    ["// Copies values from the request."],
    ["// Parses the header. Based on the user's settings."],
    ["// Removes duplicates from the list before sorting."],
    ["// There are duplicates of entries from the cache."],
    // A repository-shaped name the comment does not link, and a link to another repository.
    ["// This class based on read/write-locks."],
    ["// This class based on chalk/supports-color.\n// See https://github.com/chalk/chalk for the API."],
  ])("%j names no work copied whole", (header) => {
    expect(portNotice(header)).toBeUndefined();
  });

  it("over a function (anywhere), a note that it duplicates a package's code (solid b93956f28e's server `escape`, set 31)", () => {
    expect(
      portNotice("// these methods are duplicates from solid-js/web\n// we need a better solution for this in the future", { anywhere: true }),
    ).toBeDefined();
    expect(portNotice("// this is a duplicate of @solidjs/web's escaper", { anywhere: true })).toBeDefined();
    expect(portNotice("// skips duplicates from the queue", { anywhere: true })).toBeUndefined();
  });

  it("in a function's doc comment (anywhere), a phrase in any clause counts, still naming its source", () => {
    expect(portNotice("// decide walks the tree, adapted from https://go.dev/src/path/filepath/path.go", { anywhere: true })).toBeDefined();
    expect(portNotice("// decide walks the tree, adapted from https://go.dev/src/path/filepath/path.go")).toBeUndefined();
    expect(portNotice("// Walks the tree, values taken from the request.", { anywhere: true })).toBeUndefined();
    // A project named in lowercase, with what makes it a work: its possessive, a version, a word for code.
    for (const doc of [
      "# Adapted from python's textwrap module.",
      "// Ported from the original golang implementation.",
      "// Copied from lodash 4.17.21.",
      "# adapted from tornado test suite",
      "#  The shell escaping copied in from strutils.py",
    ])
      expect(portNotice(doc, { anywhere: true })).toBeDefined();
    for (const doc of [
      "// The key is derived from input.",
      "// Headers taken from the request body.",
      "// Derived from user code paths.",
      "// Copied from numpy.",
    ])
      expect(portNotice(doc, { anywhere: true })).toBeUndefined();
    expect(portNotice('x = "Thanks to Apache Harmony for the code"', { anywhere: true })).toBeUndefined();
  });

  it("reads only comments: a string in the header says nothing", () => {
    expect(portNotice('const banner = "ported from Apache Harmony";')).toBeUndefined();
  });

  it("reads only the header before the first declaration: a note on a later function is about that function", () => {
    const text = ["package org.acme;", "", "import java.util.List;", "", "public class Parser {", "  // Ported from Apache Harmony.", "  int x;", "}"];
    expect(portNotice(headerBeforeDeclaration(text))).toBeUndefined();
    const doc = ["package org.acme;", "", "/**", " * Ported from Apache Harmony.", " */", "public class Parser {", "}"];
    expect(portNotice(headerBeforeDeclaration(doc))).toBeDefined();
  });
});

describe("markImportedCode: ported or copied code announced in its header", () => {
  const review = (...files: ReturnType<typeof addedFile>[]) => {
    const c = change(files, { commits: [commit("Add a base64 codec")] });
    markImportedCode(c);
    return c;
  };

  it("a new file whose header says it was ported from a named project is not the change's code", () => {
    const lines = [
      "/*",
      " * Licensed to the Apache Software Foundation (ASF).",
      " */",
      "package org.acme.codec;",
      "",
      "/**",
      " * Ported from Apache Harmony's Base64.",
      " */",
      "public final class Base64 {",
      ...body(80),
      "}",
    ];
    const c = review(addedFile("src/main/java/org/acme/codec/Base64.java", lines, 1, { status: "added" }));
    expect(notAuthored("src/main/java/org/acme/codec/Base64.java", c)).toMatch(/a port or copy of another work, as its header says/);
  });

  it("a new file whose header names no source stays the change's code", () => {
    const lines = ["// Based on the discussion in #123.", "public final class Base64 {", ...body(80), "}"];
    const c = review(addedFile("src/Base64.java", lines, 1, { status: "added" }));
    expect(c.files.some(isRestored)).toBe(false);
  });

  it("a new class in an edited file, under an added doc comment naming its source: that class only", () => {
    const lines = [
      "",
      "/**",
      " * Adapted from Guava's LinkedHashMultimap (https://github.com/google/guava).",
      " */",
      "final class Multimap {",
      ...body(40),
      "}",
      "",
      "void own() {",
      "  call();",
      "}",
    ];
    const file = addedFile("src/Collections.java", lines, 100, { status: "modified" });
    review(file);
    expect(file.restoredLines).toEqual(Array.from({ length: 45 }, (_, i) => 101 + i));
  });

  it("a notice on one function (a new file's or an edited file's) leaves it the author's adaptation, judged as written", () => {
    const fn = [
      "// This function is a modified copy of Go's encoding/json/encode.go appendString.",
      "func writeSafe(buf *bytes.Buffer, s string) int {",
      "\treturn 1",
      "}",
    ];
    const edited = addedFile("middleware/logger.go", ["", ...fn], 50, { status: "modified" });
    const whole = addedFile("middleware/strings.go", ["// Copyright 2024 Acme", "", "package middleware", "", 'import "bytes"', "", ...fn], 1, {
      status: "added",
    });
    review(edited, whole);
    expect(edited.restoredLines).toBeUndefined();
    expect(whole.restoredLines).toBeUndefined();
    const headed = addedFile("middleware/atoi.go", ["// Ported from Go's strconv/atoi.go.", "", "package middleware", "", ...fn.slice(1)], 1, {
      status: "added",
    });
    review(headed);
    expect(isRestored(headed)).toBe(true);
  });

  it("a notice written over an existing class (no declaration added with it) marks nothing", () => {
    const file = addedFile("src/Collections.java", ["// Ported from Apache Harmony.", "  int tweak = 1;"], 10, { status: "modified" });
    review(file);
    expect(file.restoredLines).toBeUndefined();
  });

  it("a Python class ends where its indentation does", () => {
    const lines = [
      "# Copied from Django's utils/datastructures.py",
      "class MultiValueDict(dict):",
      "    def get(self, key):",
      "        return self[key]",
      "",
      "def own():",
      "    return 1",
    ];
    const file = addedFile("app/structures.py", lines, 20, { status: "modified" });
    review(file);
    expect(file.restoredLines).toEqual([20, 21, 22, 23, 24]);
  });
});

describe("copiedIn: a port notice in a new file's header", () => {
  it("is copied in, so the structural rules and no-commented-out-code leave it alone", () => {
    const text = [
      "// Port of Go's strconv.ParseFloat (https://go.dev/src/strconv/atof.go).",
      "export function parseFloat(s: string): number {",
      "  return 0;",
      "}",
    ].join("\n");
    expect(copiedIn(addedFile("src/atof.ts", text.split("\n"), 1, { status: "added" }), text)).toBe(true);
    const own = ["// Based on the discussion in #123.", "export function parseFloat(s: string): number {", "  return 0;", "}"].join("\n");
    expect(copiedIn(addedFile("src/atof.ts", own.split("\n"), 1, { status: "added" }), own)).toBe(false);
  });
});

describe("a port notice that is the project's convention (league/commonmark, itself a port of commonmark.js)", () => {
  const NOTE = [
    "<?php",
    "/*",
    " * This file is part of the league/commonmark package.",
    " *",
    " * Original code based on the CommonMark JS reference parser (https://bitly.com/commonmark-js)",
    " */",
    "namespace League\\CommonMark;",
    "",
    "final class Parser",
    "{",
    ...body(40),
    "}",
  ];
  const newParser = () => addedFile("src/Parser/BlockParser.php", NOTE, 1, { status: "added" });

  it("is the project's own work when its own files at base carry a notice too", () => {
    const file = newParser();
    const c = change([file], { commits: [commit("Refactor the parser")] });
    const base = new Map(Array.from({ length: 8 }, (_, i) => [`src/Old${i}.php`, NOTE.join("\n")] as [string, string]));
    markImportedCode(c, undefined, {
      basePaths: () => [...base.keys()],
      texts: (_side, paths) => new Map(paths.flatMap((p) => (base.has(p) ? [[p, base.get(p)!] as [string, string]] : []))),
    });
    expect(isRestored(file)).toBe(false);
    expect(copiedIn(file, NOTE.join("\n"), { change: c, baseTexts: base })).toBe(false);
  });

  it("is a port when the project's own files carry none", () => {
    const file = newParser();
    const c = change([file], { commits: [commit("Port the block parser")] });
    const own = ["<?php", "/*", " * This file is part of the acme/markdown package.", " */", "namespace Acme;", "", "final class Old {}"].join("\n");
    const base = new Map(Array.from({ length: 8 }, (_, i) => [`src/Old${i}.php`, own] as [string, string]));
    markImportedCode(c, undefined, { basePaths: () => [...base.keys()], texts: (_side, paths) => new Map(paths.map((p) => [p, own] as [string, string])) });
    expect(isRestored(file)).toBe(true);
    expect(copiedIn(file, NOTE.join("\n"), { change: c, baseTexts: base })).toBe(true);
  });
});

describe("a credit in a new file's header (boltons 59bc222674 `mboxutils.py`)", () => {
  const lines = ['"""', "Useful utilities for working with mailboxes. Credit to Mark", "Williams for these.", '"""', "", "class Mbox:", "    pass"];

  it("is copied in for the rules that judge how code is written, but not marked out of every rule", () => {
    const file = addedFile("boltons/mboxutils.py", lines, 1, { status: "added" });
    const c = change([file], { commits: [commit("adding mboxutils")] });
    markImportedCode(c);
    expect(isRestored(file)).toBe(false);
    expect(copiedIn(file, lines.join("\n"), { change: c })).toBe(true);
  });
});
