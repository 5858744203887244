import { inDisabledFolder, referenceForTests } from "../../src/analysis/kept-off-files.js";

describe("inDisabledFolder: a folder whose name says its files are switched off", () => {
  it.each([
    ["futures/tests_disabled/all.rs", "futures-rs' folder of tests not compiled"],
    ["disabled/parser_test.go", "a top folder named disabled"],
    ["src/test/disabled-tests/FooTest.java", "the word joined by a hyphen"],
    ["spec/specs.disabled/foo_spec.rb", "the word joined by a dot"],
    ["tests/Disabled/Foo.cs", "in any case"],
  ])("%s (%s)", (path) => expect(inDisabledFolder(path)).toBe(true));

  it.each([
    ["src/disabled.rs", "the file's own name: a module about disabling"],
    ["src/features/disabled_feature.ts", "the file's own name again"],
    ["src/nodisabledfoo/bar.ts", "the word inside another word"],
    ["src/disabler/bar.ts", "another word"],
    ["src/lib.rs", "a plain path"],
  ])("%s (%s)", (path) => expect(inDisabledFolder(path)).toBe(false));
});

describe("referenceForTests: a test file its header calls a reference implementation", () => {
  const IMAGESHARP = [
    "// ReSharper disable InconsistentNaming",
    "",
    "namespace ImageSharp.Tests",
    "{",
    "    using System;",
    "",
    "    /// <summary>",
    "    /// This class contains simplified (unefficient) reference implementations to produce verification data for unit tests",
    "    /// Floating point DCT code Ported from https://github.com/norishigefukushima/dct_simd",
    "    /// </summary>",
    "    internal static class ReferenceImplementations",
    "    {",
    "        /// <summary>Some other reference implementation named later does not count.</summary>",
  ];

  it("ImageSharp's ReferenceImplementations.cs, in tests", () => expect(referenceForTests(true, IMAGESHARP)).toBe(true));
  it("the same file outside tests: a port the library runs is its own code", () => expect(referenceForTests(false, IMAGESHARP)).toBe(false));
  it("a Python test module opened by 'Reference code for the checksum'", () =>
    expect(referenceForTests(true, ['"""Tests."""', "# Reference code for the checksum, kept slow and plain.", "def crc(data):"])).toBe(true));
  it("a test file whose header says nothing of a reference", () =>
    expect(referenceForTests(true, ["// Tests of the encoder.", "", "class EncoderTest {", "  // reference implementation"])).toBe(false));
  it("a header that only names a reference count or a reference type", () =>
    expect(referenceForTests(true, ["// Checks the reference counts of the pool.", "class PoolTest {"])).toBe(false));
});
