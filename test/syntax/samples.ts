/**
 * The same shapes of code in each of the nine languages, for table tests: a function around some
 * statements, a statement, a branch (one decision) and blocks nested n deep.
 */
export interface Sample {
  lang: string;
  path: string;
  /** A file holding one function with these body lines. */
  file(name: string, body: string[]): string;
  stmt(i: number): string;
  branch(i: number): string;
  nest(depth: number): string[];
  /** A commented-out call, and a doc comment holding example code. */
  commentedCall: string;
  docExample: string[];
}

/**
 * Statements that differ from one line to the next, four forms in turn: a function of these is long
 * because of its steps. Lines of one form over and over (`x = x + 1;`, `x = x + 2;`…) would be the
 * rows of a table written as code (see table-rows-in-code.ts), which max-function-length does not count as steps.
 */
const steps = (indent: string, forms: (i: number) => string[]) => (i: number) => indent + forms(i)[i % 4];

const braces = (open: (i: number) => string, inner: string) => (depth: number) => [
  ...Array.from({ length: depth }, (_, i) => open(i)),
  inner,
  ...Array.from({ length: depth }, () => "}"),
];

export const SAMPLES: Sample[] = [
  {
    lang: "TypeScript",
    path: "src/a.ts",
    file: (name, body) => [`export function ${name}(x: number): number {`, ...body, "  return x;", "}"].join("\n"),
    stmt: steps("  ", (i) => [`x = x + ${i};`, `x = scale(x, ${i});`, `x -= step(${i});`, `x = limit(x) * ${i};`]),
    branch: (i) => `  if (x === ${i}) { x = ${i}; }`,
    nest: braces((i) => `if (x > ${i}) {`, "x++;"),
    commentedCall: "// foo.bar(x);",
    docExample: ["/**", " * Adds one.", " * ```js", " * foo.bar(x);", " * ```", " */"],
  },
  {
    lang: "JavaScript",
    path: "lib/a.js",
    file: (name, body) => [`function ${name}(x) {`, ...body, "  return x;", "}", "module.exports = { " + name + " };"].join("\n"),
    stmt: steps("  ", (i) => [`x = x + ${i};`, `x = scale(x, ${i});`, `x -= step(${i});`, `x = limit(x) * ${i};`]),
    branch: (i) => `  if (x === ${i} && x) { x = ${i}; }`.replace(" && x", ""),
    nest: braces((i) => `while (x > ${i}) {`, "x--;"),
    commentedCall: "// validationSettings.forEach()",
    docExample: ["/**", " * @example", " * foo.bar(x);", " */"],
  },
  {
    lang: "Python",
    path: "app/a.py",
    file: (name, body) => [`def ${name}(x):`, ...body, "    return x"].join("\n"),
    stmt: steps("    ", (i) => [`x = x + ${i}`, `x = scale(x, ${i})`, `x -= step(${i})`, `x = limit(x) * ${i}`]),
    branch: (i) => `    if x == ${i}: x = ${i}`,
    nest: (depth) => [...Array.from({ length: depth }, (_, i) => `${"    ".repeat(i + 1)}if x > ${i}:`), `${"    ".repeat(depth + 1)}x += 1`],
    commentedCall: "# print(x)",
    docExample: ['"""Adds one.', "", ">>> print(x)", '"""'],
  },
  {
    lang: "Go",
    path: "pkg/a.go",
    file: (name, body) => ["package pkg", "", `func ${name}(x int) int {`, ...body, "\treturn x", "}"].join("\n"),
    stmt: steps("\t", (i) => [`x = x + ${i}`, `x = scale(x, ${i})`, `x -= step(${i})`, `x = limit(x) * ${i}`]),
    branch: (i) => `\tif x == ${i} { x = ${i} }`,
    nest: braces((i) => `for x > ${i} {`, "x--"),
    commentedCall: "\t//fmt.Println(x)",
    docExample: ["// Add adds one.", "//", "//\tfmt.Println(x)"],
  },
  {
    lang: "Java",
    path: "src/main/java/A.java",
    file: (name, body) => ["class A {", `  int ${name}(int x) {`, ...body, "    return x;", "  }", "}"].join("\n"),
    stmt: steps("    ", (i) => [`x = x + ${i};`, `x = scale(x, ${i});`, `x -= step(${i});`, `x = limit(x) * ${i};`]),
    branch: (i) => `    if (x == ${i}) { x = ${i}; }`,
    nest: braces((i) => `if (x > ${i}) {`, "x++;"),
    commentedCall: "  // System.out.println(x);",
    docExample: ["  /**", "   * <pre>{@code", "   * foo.bar(x);", "   * }</pre>", "   */"],
  },
  {
    lang: "Kotlin",
    path: "src/main/kotlin/A.kt",
    file: (name, body) => [`fun ${name}(x: Int): Int {`, ...body, "    return x", "}"].join("\n"),
    stmt: steps("    ", (i) => [`println(x + ${i})`, `record(x, ${i})`, `total -= step(${i})`, `check(limit(x) * ${i})`]),
    branch: (i) => `    if (x == ${i}) { println(${i}) }`,
    nest: braces((i) => `if (x > ${i}) {`, "println(x)"),
    commentedCall: "// println(x)",
    docExample: ["/**", " * ```kotlin", " * foo.bar(x)", " * ```", " */"],
  },
  {
    lang: "Rust",
    path: "src/a.rs",
    file: (name, body) => [`fn ${name}(x: i32) -> i32 {`, ...body, "    x", "}"].join("\n"),
    stmt: steps("    ", (i) => [`let _y = x + ${i};`, `let _z = scale(x, ${i});`, `total -= step(${i});`, `let _w = limit(x) * ${i};`]),
    branch: (i) => `    if x == ${i} { return ${i}; }`,
    nest: braces((i) => `if x > ${i} {`, 'println!("{}", x);'),
    commentedCall: "    // let y = foo(x);",
    docExample: ["/// Adds one.", "///", "/// ```", "/// let y = foo(x);", "/// ```"],
  },
  {
    lang: "Ruby",
    path: "lib/a.rb",
    file: (name, body) => [`def ${name}(x)`, ...body, "  x", "end"].join("\n"),
    stmt: steps("  ", (i) => [`x += ${i}`, `x = scale(x, ${i})`, `x -= step(${i})`, `x = limit(x) * ${i}`]),
    branch: (i) => `  x = ${i} if x == ${i}`,
    nest: (depth) => [...Array.from({ length: depth }, (_, i) => `if x > ${i}`), "x += 1", ...Array.from({ length: depth }, () => "end")],
    commentedCall: "  # puts(x)",
    docExample: ["# Adds one.", "# @example", "#   add(x) # => 2"],
  },
  {
    lang: "C#",
    path: "src/A.cs",
    file: (name, body) => ["class A {", `  int ${name}(int x) {`, ...body, "    return x;", "  }", "}"].join("\n"),
    stmt: steps("    ", (i) => [`x = x + ${i};`, `x = scale(x, ${i});`, `x -= step(${i});`, `x = limit(x) * ${i};`]),
    branch: (i) => `    if (x == ${i}) { x = ${i}; }`,
    // Loops and conditions in turn: loops nested with nothing between them are one walk over a product (iteration-idioms.ts).
    nest: braces((i) => (i % 2 === 0 ? `foreach (var y in ys${i}) {` : `if (y > ${i}) {`), "x++;"),
    commentedCall: "    // Console.WriteLine(x);",
    docExample: ["  /// <example>", "  /// <code>", "  /// Console.WriteLine(x);", "  /// </code>", "  /// </example>"],
  },
  {
    lang: "PHP",
    path: "src/a.php",
    file: (name, body) => ["<?php", `function ${name}($x) {`, ...body, "  return $x;", "}"].join("\n"),
    stmt: steps("  ", (i) => [`$x = $x + ${i};`, `$x = scale($x, ${i});`, `$x -= step(${i});`, `$x = limit($x) * ${i};`]),
    branch: (i) => `  if ($x == ${i}) { $x = ${i}; }`,
    nest: braces((i) => `if ($x > ${i}) {`, "$x++;"),
    commentedCall: "  // var_dump($x);",
    docExample: ["/**", " * <code>", " * var_dump($x);", " * </code>", " */"],
  },
];

export const range = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i));

/** `s.file(name, body)` with a one-line comment `doc` right above the function's declaration, in the language's comment mark. */
export function withDocComment(s: Sample, name: string, body: string[], doc: string): string {
  const lines = s.file(name, body).split("\n");
  const decl = lines.findIndex((l) => l.includes(`${name}(`));
  const indent = /^\s*/.exec(lines[decl])![0];
  const mark = /^\s*(\/\/|#)/.exec(s.commentedCall)![1];
  lines.splice(decl, 0, `${indent}${mark} ${doc}`);
  return lines.join("\n");
}

/** A body with a branch every fourth line: long, and not a flat list of statements. */
export const branchyBody = (s: Sample, n: number, from = 0) => range(n, (i) => ((i + from) % 4 === 0 ? s.branch(i + from) : s.stmt(i + from)));
/** A line of the sample one level deeper: a level of Python or Ruby, two spaces elsewhere. */
export const deeper = (s: Sample, line: string) => (s.lang === "Python" ? "    " : "  ") + line;

/** A new `if` opening a block and the line closing it, in the sample's language (Python's closes with nothing: ""). */
const OPENERS: Record<string, [string, string]> = {
  Python: ["    if y > 0:", ""],
  Ruby: ["  if y > 0", "  end"],
  Go: ["\tif y > 0 {", "\t}"],
  Rust: ["    if y > 0 {", "    }"],
  PHP: ["  if ($y > 0) {", "  }"],
  JavaScript: ["  y.on('end', () => {", "  });"],
};
export const blockOpener = (s: Sample): [string, string] => OPENERS[s.lang] ?? [`${/^\s*/.exec(s.stmt(0))![0]}if (y > 0) {`, `${/^\s*/.exec(s.stmt(0))![0]}}`];
