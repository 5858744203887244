import { changed } from "../helpers/base-head.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { testRule } from "../helpers/rule-tester.js";

// Session 24, round 1 (#11), from sets 21–23's verdicts: a file the project keeps switched off, or keeps in its tests
// only as the reference to compare with, is not code a reviewer asks to clean (kept-off-files.ts).
// 1. futures-rs 569106699d: `// mod support;` in `futures/tests_disabled/*.rs`, files not compiled (not worth saying).
// 2. ImageSharp 44615dcfea: `//const float invsqrt2h = 0.353554f;` in a test file its header calls "reference
//    implementations to produce verification data for unit tests" (not worth saying).
const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];

const RUST_BASE = [
  "#[macro_use]",
  "mod support;",
  "",
  "use futures::stream;",
  "",
  "#[test]",
  "fn smoke() {",
  "    let s = stream::iter(vec![1]);",
  "}",
  "",
].join("\n");
const RUST_HEAD = RUST_BASE.replace("#[macro_use]\nmod support;", "// #[macro_use]\n// mod support;");

const CS_HEAD = (doc: string) =>
  [
    "namespace ImageSharp.Tests",
    "{",
    "    /// <summary>",
    `    /// ${doc}`,
    "    /// </summary>",
    "    internal static class ReferenceImplementations",
    "    {",
    "        internal static void fDCT1Dllm_32f(float[] x, float[] y)",
    "        {",
    "            const float invsqrt2 = 0.707107f;",
    "            //const float invsqrt2h = 0.353554f;",
    "            y[0] = x[0] * invsqrt2;",
    "        }",
    "    }",
    "}",
    "",
  ].join("\n");
const CS_BASE = (doc: string) => CS_HEAD(doc).replace("//const float invsqrt2h", "const float invsqrt2h");
const REFERENCE_DOC = "This class contains simplified reference implementations to produce verification data for unit tests";

valid.push(
  {
    name: "Rust: `// mod support;` in a file under `tests_disabled/` (futures-rs 569106699d)",
    ...changed("futures/tests_disabled/all.rs", RUST_BASE, RUST_HEAD),
  },
  {
    name: "C#: a constant commented out in a test file its header calls a reference implementation (ImageSharp 44615dcfea)",
    ...changed("tests/ImageSharp.Tests/Formats/Jpg/ReferenceImplementations.cs", CS_BASE(REFERENCE_DOC), CS_HEAD(REFERENCE_DOC)),
  },
);

invalid.push(
  {
    name: "Rust: the same lines in a live test folder",
    ...changed("futures/tests/all.rs", RUST_BASE, RUST_HEAD),
    findings: [{ messageId: "commentedOut", line: 1 }],
  },
  {
    name: "Rust: a file named `disabled.rs` is live code",
    ...changed("src/disabled.rs", RUST_BASE, RUST_HEAD),
    findings: [{ messageId: "commentedOut", line: 1 }],
  },
  {
    name: "C#: the same constant in a test file whose header says nothing of a reference",
    ...changed("tests/ImageSharp.Tests/Formats/Jpg/DctTests.cs", CS_BASE("Tests of the DCT."), CS_HEAD("Tests of the DCT.")),
    findings: [{ messageId: "commentedOutLine", line: 11 }],
  },
  {
    name: "C#: the same reference file in the library is code the project runs",
    ...changed("src/ImageSharp/Formats/Jpg/ReferenceImplementations.cs", CS_BASE(REFERENCE_DOC), CS_HEAD(REFERENCE_DOC)),
    findings: [{ messageId: "commentedOutLine", line: 11 }],
  },
  {
    // The header is trusted as the base has it: a pull request cannot call its test file a reference to quiet it.
    name: "C#: a test file whose header the change itself rewrites to say reference implementation",
    ...changed("tests/ImageSharp.Tests/Formats/Jpg/DctTests.cs", CS_BASE("Tests of the DCT."), CS_HEAD(REFERENCE_DOC)),
    findings: [{ messageId: "commentedOutLine", line: 11 }],
  },
);

testRule("no-commented-out-code", { valid, invalid });
