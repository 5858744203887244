import { changed } from "../helpers/base-head.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { testRule } from "../helpers/rule-tester.js";
import { range } from "../syntax/samples.js";

/**
 * A function whose parse tree holds a syntax error (an ERROR or MISSING node inside it, or it
 * inside one) has a span tree-sitter's recovery guessed: its length, blocks and complexity are
 * not measured (#10). A well-formed function beside it still is.
 */
const length = { valid: [] as ValidCase[], invalid: [] as InvalidCase[] };
const complexity = { valid: [] as ValidCase[], invalid: [] as InvalidCase[] };

/** Small Kotlin methods, four lines each. */
const kotlinMethods = (n: number, from = 0) =>
  range(n, (i) => [`    fun get${from + i}(): Int {`, `        val v = ${from + i}`, "        return v", "    }", ""].join("\n"));

/**
 * A Kotlin query builder whose `where` (50 lines) assigns a property named `where`, a soft keyword
 * the grammar does not take as an assignment's target, then small methods. Exposed's own shape.
 */
const kotlinQuery = (extra: string[] = []) =>
  [
    "class Query(val set: String) {",
    "    fun where(predicate: Op<Boolean>): Query {",
    ...range(50, (i) => `        val part${i} = predicate.part(${i})`),
    "        where?.let {",
    `            error("WHERE clause is specified twice. Old value = '$it', new value = '$predicate'")`,
    "        }",
    "        where = predicate",
    "        return this",
    "    }",
    "",
    ...extra,
    ...kotlinMethods(20),
    "}",
  ].join("\n");

/** A new method whose KDoc quotes SQL comments, as Exposed's `comment()` did. */
const commentMethod = [
  "    /**",
  "     * Appends an SQL comment, with [content] wrapped by `/* */`, at the specified [CommentPosition] in this `SELECT` query.",
  "     *",
  "     * Adding some comments may be useful for tracking, embedding metadata, or for special instructions, like using",
  "     * `/*FORCE_MASTER*/` for some cloud databases to force the statement to run in the master database.",
  "     *",
  "     * @throws IllegalStateException If a comment has already been appended at the specified [position]. An existing",
  "     * comment can be removed or altered by [adjustComments].",
  "     * @sample org.jetbrains.exposed.sql.tests.shared.dml.SelectTests.testSelectWithComment",
  "     */",
  "    fun comment(content: String, position: CommentPosition = CommentPosition.FRONT): Query {",
  "        comments[position]?.let {",
  `            error("Comment at $position position is specified twice. Old value = '$it', new value = '$content'")`,
  "        }",
  "        (comments as MutableMap)[position] = content",
  "        return this",
  "    }",
  "",
];

length.valid.push({
  // Exposed 34477a25be `Query.kt`: a 6-line `comment()` was reported as a block added to a 113-line `where`.
  name: "Kotlin: a short method added after one the parser could not read is not a block of a long function",
  ...changed("src/main/kotlin/sql/Query.kt", kotlinQuery(), kotlinQuery(commentMethod)),
});

/** A Rust function of `n` statements; `sigils` opens it with pre-1.0 Rust (`~""`, an owned string) today's grammar cannot read. */
const rustFn = (name: string, sigils: boolean, grown: string[] = []) => [
  `    fn ${name}(&mut self, input: &[u8]) -> usize {`,
  sigils ? '        let sep = ~"";' : "        let sep = String::new();",
  "        let mut total = sep.len();",
  ...range(60, (i) => `        total += input.len() * ${i + 1};`),
  ...grown,
  "        total",
  "    }",
];

/** An encoder of old Rust: closure types written `|&mut Encoder<'a>|`, as rust-csv's were before 1.0. */
const OLD_CLOSURES = [
  "    fn emit_enum(&mut self, s: &str, f: |&mut Encoder<'a>|) {",
  '        debug!("EMITTING ENUM: {}", s);',
  "        f(self)",
  "    }",
  "    fn emit_enum_variant_arg(&mut self, _: uint, f: |&mut Encoder<'a>|) {",
  "        f(self)",
  "    }",
];

// Steps that differ, four forms in turn: one line repeated 14 times would be the rows of a table (see table-rows-in-code.ts).
const rustForms = (i: number) => [`total -= input.len() + ${i};`, `total = scale(total, ${i});`, `input = input.skip(${i});`, `total += weigh(&input) * ${i};`];
const rustBlock = ["        if total > 100 {", ...range(14, (i) => `            ${rustForms(i + 1)[i % 4]}`), "        }"];
const rustEncoder = (fns: string[][]) => ["impl<'a> Encoder<'a> {", ...fns.flat(), "}"].join("\n");

length.invalid.push({
  // chrono 02b4c72f22 `to_naive_date` (agreed, session 11): its closures' old kinds `|&: d|` are one token the grammar does not know.
  name: "Rust: a function with a one-token syntax error (pre-1.0 sigils) keeps its span and is measured",
  ...changed("src/lib.rs", rustEncoder([rustFn("read_all", true)]), rustEncoder([rustFn("read_all", true, rustBlock)])),
  findings: [{ messageId: "addsBlock", data: { name: "read_all" } }],
});
length.invalid.push({
  name: "Rust: a well-formed long function beside old-syntax ones that grows by a block is still reported",
  ...changed("src/lib.rs", rustEncoder([rustFn("write_all", false), OLD_CLOSURES]), rustEncoder([rustFn("write_all", false, rustBlock), OLD_CLOSURES])),
  findings: [{ messageId: "addsBlock", data: { name: "write_all" } }],
});
length.invalid.push({
  name: "Rust: the first function, well formed, that grows by the same block is reported",
  ...changed("src/lib.rs", rustEncoder([rustFn("read_all", false)]), rustEncoder([rustFn("read_all", false, rustBlock)])),
  findings: [{ messageId: "addsBlock", data: { name: "read_all" } }],
});

/** A TypeScript function with `n` branches; `broken` leaves a parenthesis open in its first one. */
const branchy = (n: number, broken: boolean) =>
  [
    "export function route(path: string, q: number): number {",
    "  let r = 0;",
    ...range(
      n,
      (i) => `  if (q % ${i + 2} === 1 && path.length > ${i}${broken && i === 0 ? "" : ")"} {\n    for (const c of path) if (c === "${i}") r += q;\n  }`,
    ),
    "  return r;",
    "}",
  ].join("\n");

complexity.valid.push({
  name: "TypeScript: a new function holding a syntax error has no measured complexity",
  ...changed("src/route.ts", "export const x = 1;\n", `export const x = 1;\n${branchy(12, true)}\n`),
});
complexity.invalid.push({
  name: "TypeScript: the same function, well formed, is reported",
  ...changed("src/route.ts", "export const x = 1;\n", `export const x = 1;\n${branchy(12, false)}\n`),
  findings: [{ messageId: "tooComplex" }],
});

testRule("max-function-length", length);
testRule("max-complexity", complexity);
