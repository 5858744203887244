import { change } from "../helpers/make-change.js";
import { changed, modifiedFile } from "../helpers/base-head.js";
import { testRule, type InvalidCase, type ValidCase } from "../helpers/rule-tester.js";

// Session 19, round 2 (#11): three shapes of set 19's rejected long lines.
// 1. Clean as you code: a line the change rewrote in place, paired with the line its hunk deleted, when that line
//    was already over the limit and did not grow materially (ktor d4f201d8d6 shortened a 159-character condition
//    to 130 on its file's last line, where no neighbour below could place it).
// 2. A file whose header tells the project's linter to accept long lines (ktor cb19e22b64's
//    `@file:Suppress("ktlint:standard:max-line-length")`): trusted at base, or in the header of a file the change adds.
// 3. A mechanical sweep: a replacement the change makes on several lines of a file, in a change of many files
//    (ktor 6e35d0512b inserted `: Any` bounds and took a signature from 120 to 132).

const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];
const MAX = { max: 120 };

/** A line of `n` characters: `indent`, then a condition of several parts (nothing the rule exempts by content). */
function line(n: number, indent = "    get() = ", join = " && "): string {
  let text = indent + "enabled";
  for (let i = 0; text.length + join.length + 6 <= n; i++) text += `${join}flag${i % 10}`;
  return text + "x".repeat(n - text.length);
}

// ---- 1. A line rewritten in place, paired with the line its hunk deleted ----
/** A Gradle script whose getter, its last line, is `before` at base and `after` at head. */
const getter = (before: string, after: string) =>
  changed("build.gradle.kts", `internal val Project.hasJavaModule: Boolean\n${before}\n`, `internal val Project.hasJavaModule: Boolean\n${after}\n`);
valid.push(
  {
    name: "Kotlin: the file's last line, already 159 long, shortened to 130 (ktor d4f201d8d6)",
    options: MAX,
    ...getter(line(159), line(130)),
  },
  {
    name: "Python: the file's first line, already 140 long, edited to 145",
    options: MAX,
    ...changed("pkg/flags.py", `${line(140, "ENABLED = ", " and ")}\n\nprint(ENABLED)\n`, `${line(145, "ENABLED = ", " and ")}\n\nprint(ENABLED)\n`),
  },
  {
    name: "Go: a long line between blank lines, rewritten shorter but still over",
    options: MAX,
    ...changed(
      "flags.go",
      ["package flags", "", line(170, "var enabled = ", " && "), "", "func f() {}", ""].join("\n"),
      ["package flags", "", line(128, "var enabled = ", " && "), "", "func f() {}", ""].join("\n"),
    ),
  },
);
invalid.push(
  {
    name: "Kotlin: a long line appended after the file's last line is new",
    options: MAX,
    ...getter("    get() = true", `    get() = true\n${line(130)}`),
    findings: [{ messageId: "tooLong", line: 3 }],
  },
  {
    name: "Kotlin: the file's last line, 125 long, rewritten to 170: it grew materially",
    options: MAX,
    ...getter(line(125), line(170)),
    findings: [{ messageId: "tooLong", line: 2 }],
  },
  {
    name: "Go: a short line rewritten into a long one is the change's",
    options: MAX,
    ...changed(
      "flags.go",
      ["package flags", "", "var enabled = true", "", "func f() {}", ""].join("\n"),
      ["package flags", "", line(130, "var enabled = ", " && "), "", "func f() {}", ""].join("\n"),
    ),
    findings: [{ messageId: "tooLong", line: 3 }],
  },
);

// ---- 2. The file's own suppression of the line-length check ----
const KT_HEADER = ["/*", " * Copyright.", " */", "", '@file:Suppress("ktlint:standard:max-line-length")', "", "package io.example", ""];
valid.push(
  {
    name: 'Kotlin: a new file opening with @file:Suppress("ktlint:standard:max-line-length") (ktor cb19e22b64)',
    options: MAX,
    ...changed("src/Overloads.kt", undefined, [...KT_HEADER, line(126, "fun <A, B> provide(): Key = ", " + "), ""].join("\n")),
  },
  {
    name: "Kotlin: detekt's MaxLineLength suppressed file-wide at base",
    options: MAX,
    ...changed(
      "src/Table.kt",
      ['@file:Suppress("MaxLineLength")', "", "package io.example", "", "val a = 1", ""].join("\n"),
      ['@file:Suppress("MaxLineLength")', "", "package io.example", "", "val a = 1", line(140, "val b = ", " + "), ""].join("\n"),
    ),
  },
  {
    name: "Python: Ruff's file-wide `# ruff: noqa: E501` at base",
    options: MAX,
    ...changed("pkg/table.py", "# ruff: noqa: E501\n\nA = 1\n", `# ruff: noqa: E501\n\nA = 1\n${line(140, "B = ", " and ")}\n`),
  },
  {
    name: "JavaScript: `/* eslint-disable max-len */` at the top, at base, with no enable",
    options: MAX,
    ...changed(
      "src/table.js",
      "/* eslint-disable max-len */\n\nconst a = 1;\n",
      `/* eslint-disable max-len */\n\nconst a = 1;\n${line(140, "const b = ", " || ")};\n`,
    ),
  },
  {
    name: "PHP: a new file PHP_CodeSniffer is told to skip (`// phpcs:ignoreFile`)",
    options: MAX,
    ...changed("src/Table.php", undefined, ["<?php", "// phpcs:ignoreFile", "", `${line(150, "$b = ", " || ")};`, ""].join("\n")),
  },
  {
    name: "Go: `//nolint:lll` on the package clause, at base",
    options: MAX,
    ...changed("table.go", "package table //nolint:lll\n\nvar a = 1\n", `package table //nolint:lll\n\nvar a = 1\n${line(140, "var b = ", " || ")}\n`),
  },
);
invalid.push(
  {
    name: "Kotlin: a suppression the change adds to an existing file's header does not excuse the lines it adds",
    options: MAX,
    ...changed(
      "src/Table.kt",
      ["package io.example", "", "val a = 1", ""].join("\n"),
      ['@file:Suppress("ktlint:standard:max-line-length")', "", "package io.example", "", "val a = 1", line(140, "val b = ", " + "), ""].join("\n"),
    ),
    findings: [{ messageId: "tooLong", line: 6 }],
  },
  {
    name: "Kotlin: a new file suppressing another check only",
    options: MAX,
    ...changed("src/Casts.kt", undefined, ['@file:Suppress("UNCHECKED_CAST")', "", "package io.example", "", line(140, "val b = ", " + "), ""].join("\n")),
    findings: [{ messageId: "tooLong", line: 5 }],
  },
  {
    name: "JavaScript: `/* eslint-disable max-len */` switched back on below is a region, not the file",
    options: MAX,
    ...changed(
      "src/table.js",
      undefined,
      ["/* eslint-disable max-len */", "const a = 1;", "/* eslint-enable max-len */", "", `${line(140, "const b = ", " || ")};`, ""].join("\n"),
    ),
    findings: [{ messageId: "tooLong", line: 5 }],
  },
  {
    name: "Python: a change that drops the base's file-wide noqa puts the file back under the check",
    options: MAX,
    ...changed("pkg/table.py", "# ruff: noqa: E501\n\nA = 1\n", `A = 1\n${line(140, "B = ", " and ")}\n`),
    findings: [{ messageId: "tooLong", line: 2 }],
  },
);

// ---- 3. One small replacement repeated over a file's lines, in a change of many files ----
const SIGNATURES_BASE = [
  "package ktorbuild.dsl",
  "",
  "inline fun <T, R> Provider<out Iterable<T>>.mapValue(crossinline transform: (T) -> R): Provider<List<R>> =",
  "    map { it.map(transform) }",
  "",
  "inline fun <T, R> Provider<out Iterable<T>>.flatMapValue(crossinline transform: (T) -> Iterable<R>): Provider<List<R>> =",
  "    map { it.flatMap(transform) }",
  "",
].join("\n");
const SIGNATURES_HEAD = SIGNATURES_BASE.replace(/<T, R>/g, "<T : Any, R : Any>");
const others = (n: number) => Array.from({ length: n }, (_, i) => modifiedFile(`src/F${i}.kt`, "val a = 1\n", "val a = 2\n").file);
const sweep = (files: number, head = SIGNATURES_HEAD) => {
  const { file, lookups } = modifiedFile("build-logic/Collections.kt", SIGNATURES_BASE, head);
  return { change: change([file, ...others(files - 1)]), lookups };
};
valid.push({ name: "Kotlin: `: Any` bounds inserted into two signatures, in a change of 12 files (ktor 6e35d0512b)", options: MAX, ...sweep(12) });
invalid.push(
  {
    name: "Kotlin: the same edit in a change of two files is the author's own",
    options: MAX,
    ...sweep(2),
    findings: [{ messageId: "tooLong", line: 6 }],
  },
  {
    name: "Kotlin: an edit made once in the file, even in a change of 12 files, is said",
    options: MAX,
    ...sweep(
      12,
      SIGNATURES_BASE.replace(
        "inline fun <T, R> Provider<out Iterable<T>>.flatMapValue",
        "inline fun <T : Any, R : Any> Provider<out Iterable<T>>.flatMapValue",
      ),
    ),
    findings: [{ messageId: "tooLong", line: 6 }],
  },
);

// ---- 4. A block added whole under a note that it was copied ----
// ktor af017b2db3 LocalProperties.kt: `// Copied from org.jetbrains.kotlin.gradle.plugin.internal.CustomPropertiesFileValueSource`
// over a class whose 135-character header is the source's layout (judged not worth saying in set 19).
valid.push(
  {
    name: "Kotlin: a class header under `// Copied from …` (ktor af017b2db3)",
    options: MAX,
    ...changed(
      "build-logic/LocalProperties.kt",
      undefined,
      [
        "package ktorbuild",
        "",
        "// Copied from org.jetbrains.kotlin.gradle.plugin.internal.CustomPropertiesFileValueSource",
        line(135, "internal abstract class CustomPropertiesFileValueSource : ValueSource<Map<String, String>, Parameters>, ", ", "),
        "    Describable {",
        "    val a = 1",
        "}",
        "",
      ].join("\n"),
    ),
  },
  {
    name: "Python: a function under `# Taken from CPython's shutil`",
    options: MAX,
    ...changed(
      "pkg/compat.py",
      undefined,
      ["import os", "", "# Taken from CPython's shutil", "def which(cmd):", line(140, "    return ", " or "), "", "", "A = 1", ""].join("\n"),
    ),
  },
);
invalid.push({
  name: "Python: a long line after the copied block, at the comment's indentation again, is the author's",
  options: MAX,
  ...changed(
    "pkg/compat.py",
    undefined,
    ["import os", "", "# Taken from CPython's shutil", "def which(cmd):", "    return None", "", "", line(140, "A = ", " or "), ""].join("\n"),
  ),
  findings: [{ messageId: "tooLong", line: 8 }],
});

testRule("max-line-length", { valid, invalid });
