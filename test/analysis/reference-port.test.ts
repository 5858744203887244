import { followsReference } from "../../src/analysis/reference-port.js";
import type { FunctionFact } from "../../src/syntax/facts.js";

/** A function fact spanning `start`..`end` (1-based lines of the file). */
const fn = (name: string, start: number, end: number): FunctionFact =>
  ({ name, kind: "function", start, end, bodyLines: end - start, codeLines: end - start, decisions: 10, cognitive: 24 }) as unknown as FunctionFact;

/** A body of `n` lines keeping a comment every `every` lines, in the language's comment mark. */
const body = (n: number, mark: string, every = 5) =>
  Array.from({ length: n }, (_, i) => (i % every === 0 ? `    ${mark} Handle step ${i} as the reference does:` : `    x${i} = y${i}`));

/** A file: header lines, then the function `name` with a body; returns the lines and the function's fact. */
function file(header: string[], declaration: string, lines: string[], doc: string[] = []) {
  const all = [...header, "", ...doc, declaration, ...lines, "end"];
  const start = header.length + 1 + doc.length + 1;
  return { lines: all, fact: (name: string) => fn(name, start, all.length) };
}

describe("followsReference: a faithful port of a reference implementation (#10)", () => {
  const IDNA = [
    'require "rubygems"',
    "module Addressable",
    "  module IDNA",
    "    # This module is loosely based on idn_actionmailer by Mick Staugaard,",
    "    # and the punycode implementation by Kazuhiro Nishiyama.  Most of the code was copied verbatim, but",
    "    # some reformatting was done, and some translation from C was done.",
  ];

  it("Ruby: addressable's punycode_decode under a header crediting the punycode code copied verbatim, its comments kept", () => {
    const f = file(IDNA, "      def punycode_decode(punycode)", body(80, "#"));
    expect(followsReference(f.lines, f.fact("punycode_decode"))).toBe(true);
  });

  it.each([
    [
      "C#",
      ["// Punycode, translated from the C reference implementation in RFC 3492, Appendix C."],
      "    public static string PunycodeDecode(string input) {",
      "//",
      "PunycodeDecode",
    ],
    [
      "Go",
      ["// Package bidi resolves weak types as ICU4C does: its ubidi.c, ported line for line."],
      "func resolveWeakTypes(s *isolatingRunSequence) {",
      "//",
      "resolveWeakTypes",
    ],
    ["Python", ['"""Utilities."""'], "def inflate_block(state):", "#", "inflate_block"],
  ])("%s: a doc comment or header that cites the reference", (_, header, declaration, mark, name) => {
    const doc = name === "inflate_block" ? ["# Transliterated from zlib's inflate.c (the reference decoder)."] : [];
    const f = file(header, declaration, body(70, mark), doc);
    expect(followsReference(f.lines, f.fact(name))).toBe(true);
  });

  it("Java: a reference cited in the Javadoc right above the method", () => {
    const doc = ["    /**", "     * Base64 decoding, ported from the reference implementation of RFC 4648.", "     */"];
    const f = file(["package a;"], "    static byte[] decodeQuantum(String s) {", body(70, "//"), doc);
    expect(followsReference(f.lines, f.fact("decodeQuantum"))).toBe(true);
  });

  it.each([
    ["the header names another part of the file (not a word of the function's name)", IDNA, "      def to_ascii(input)", body(80, "#")],
    ["the reference's comments are not kept (a rewrite)", IDNA, "      def punycode_decode(punycode)", body(80, "#", 40)],
    [
      "the header only says the design is loosely based on something",
      ["# This module is loosely based on the punycode gem."],
      "def punycode_decode(p)",
      body(80, "#"),
    ],
    [
      "the header cites an RFC only (the author wrote it after the spec)",
      ["// Punycode as described in RFC 3492."],
      "function punycodeDecode(p) {",
      body(80, "//"),
    ],
  ])("not when %s", (_, header, declaration, lines) => {
    const name = /(?:def|function)\s+(\w+)/.exec(declaration)![1];
    const f = file(header, declaration, lines);
    expect(followsReference(f.lines, f.fact(name))).toBe(false);
  });
});
