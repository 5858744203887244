import { change, addedFile } from "../helpers/make-change.js";
import { modifiedFile } from "../helpers/base-head.js";
import { testRule, type InvalidCase, type ValidCase } from "../helpers/rule-tester.js";
import type { Lookups } from "../../src/engine/rule.js";
import type { ChangedFile } from "../../src/model/change.js";

// Session 21, round 2 (#11): a width the project's own code does not keep. kotest's .editorconfig says 120 but
// its sampled code passes it on 0.45–11% of lines (a 24-file forAll11..22 family after forAll10.kt's 144-character
// signatures): every judged line was not worth saying. joda-time keeps its checkstyle 120 but for a rare line: its
// 141-character line was agreed, its 126 and 130 not. And seven equal long lines are all named, not one.

const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];
const EDITORCONFIG = "root = true\n\n[*.{kt,kts}]\nmax_line_length = 120\n";

/** A Kotlin line of `n` characters: a call chain with arguments, nothing the rule exempts by content. */
function line(n: number, indent = "   val x = "): string {
  let text = indent + "compute(alpha";
  for (let i = 0; text.length + 9 <= n; i++) text += `, beta${i % 10}`;
  return text + ")" + "z".repeat(Math.max(0, n - text.length - 1));
}

/** A sibling file of `lines` code lines, `long` of them 140 characters long. */
function sibling(lines: number, long: number): string {
  return Array.from({ length: lines }, (_, i) => (i < long ? line(140) : `   val v${i} = value(${i})`)).join("\n");
}

/** A new file `path` of `added` lines, beside `siblings` (path → text) untouched at head, under `.editorconfig`'s 120. */
function beside(path: string, added: string[], siblings: Record<string, string>, base?: string): { change: ReturnType<typeof change>; lookups: Lookups } {
  const { file, lookups } =
    base === undefined ? { file: addedFile(path, added) as ChangedFile, lookups: undefined } : modifiedFile(path, base, added.join("\n"));
  const fileContents = new Map<string, string>([[".editorconfig", EDITORCONFIG], ...Object.entries(siblings)]);
  if (base !== undefined) fileContents.set(path, added.join("\n"));
  return {
    change: change([file]),
    lookups: {
      issues: new Map(),
      fileContents,
      baseContents: lookups?.baseContents ?? new Map(),
      fileTree: [".editorconfig", path, ...Object.keys(siblings)],
    },
  };
}

const DIR = "lib/src/main/kotlin/io/x/data/";
/** Four siblings of 100 lines each: `long` lines over 120 spread over the first. */
const siblings = (long: number) => ({
  [`${DIR}forAll9.kt`]: sibling(100, long),
  [`${DIR}forAll10.kt`]: sibling(100, 0),
  [`${DIR}Table.kt`]: sibling(100, 0),
  [`${DIR}errors.kt`]: sibling(100, 0),
});

valid.push(
  {
    name: "a width the sampled code passes on 1% of its lines is not enforced: kotest forAll12.kt beside forAll10.kt (set 21)",
    ...beside(`${DIR}forAll12.kt`, ["package io.x.data", "", line(162)], siblings(4)),
  },
  {
    name: "a width passed now and then: a line 10 over it (130 at 120) is within the practice (joda-time 4e511f5a6f)",
    ...beside(`${DIR}Gap.kt`, ["package io.x.data", "", line(130)], siblings(1)),
  },
  {
    name: "the changed file's own base text counts: its 6 long lines at base make the width unkept",
    ...beside(`${DIR}Many.kt`, ["package io.x.data", "", line(150), sibling(100, 6)], siblings(0), ["package io.x.data", "", sibling(100, 6)].join("\n")),
  },
);
invalid.push(
  {
    name: "a width passed now and then: a line 21 over it (141 at 120) is said (joda-time 2fcc704a0e, agreed)",
    ...beside(`${DIR}Zoned.kt`, ["package io.x.data", "", line(141)], siblings(1)),
    findings: [{ messageId: "tooLongForFormatter", line: 3, data: { length: 141, max: 120 } }],
  },
  {
    name: "a width the sampled code keeps to the column: a line 6 over it is said",
    ...beside(`${DIR}Kept.kt`, ["package io.x.data", "", line(126)], siblings(0)),
    findings: [{ messageId: "tooLongForFormatter", line: 3, data: { length: 126 } }],
  },
  {
    name: "too small a sample says nothing either way: the line is said as before",
    ...beside(`${DIR}Small.kt`, ["package io.x.data", "", line(125)], { [`${DIR}forAll9.kt`]: sibling(50, 10) }),
    findings: [{ messageId: "tooLongForFormatter", line: 3 }],
  },
  {
    name: "follow_practice off: an unkept width is enforced line by line",
    options: { follow_practice: false },
    ...beside(`${DIR}forAll12.kt`, ["package io.x.data", "", line(162)], siblings(4)),
    findings: [{ messageId: "tooLongForFormatter", line: 3 }],
  },
  {
    name: "files the change touches are not sampled at head: a change cannot make its own width look unkept",
    ...(() => {
      const c = beside(`${DIR}New.kt`, ["package io.x.data", "", line(150)], siblings(0));
      // The change also adds a file full of long lines beside it: its head text is the author's, not the project's.
      c.change.files.push(addedFile(`${DIR}Noise.kt`, ["package io.x.data"]));
      c.lookups.fileContents.set(`${DIR}Noise.kt`, sibling(400, 40));
      c.lookups.fileTree!.push(`${DIR}Noise.kt`);
      return c;
    })(),
    findings: [{ messageId: "tooLongForFormatter", line: 3 }],
  },
  {
    name: "equal long lines are all named: seven equal lines read 'also on lines 6, 9, 12, 15, 18 and 2 more' (joda-time 0109c4334e)",
    options: { max: 120, group_over: 10 },
    change: change([
      addedFile("src/P.kt", [
        "package p",
        "",
        line(126, "   val f = "),
        "",
        "",
        ...Array.from({ length: 7 }, (_, i) => [line(125, "      .sep"), `      .next${i}()`, ""]).flat(),
      ]),
    ]),
    findings: [{ messageId: "tooLong", line: 3, data: { also: " (also on lines 6, 9, 12, 15, 18 and 2 more)" } }],
  },
);

// Session 24 (#11): the project at large is read beside the nearest files (project-spread.ts), and a width passed now
// and then tolerates lines up to 15% over it. npgsql's 149–160-character lines sat in clean folders of a `src` 16‰
// over its 140; sqldelight's 157/140 was not worth saying where its 177 and 186 were agreed.
const CLEAN = "lib/src/main/kotlin/io/x/clean/";
/** Twelve clean 30-line files beside the changed one, sixteen far ones with 5 lines over 120 in each 100. */
const cleanCorner = () => ({
  ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`${CLEAN}Near${i}.kt`, sibling(30, 0)])),
  ...Object.fromEntries(Array.from({ length: 16 }, (_, i) => [`lib/src/main/kotlin/io/y/Far${i}.kt`, sibling(100, 5)])),
});
valid.push(
  {
    name: "a clean folder of a project that does not keep its width: the project's reading holds (npgsql GSSStream.cs, set 23)",
    ...beside(`${CLEAN}Gss.kt`, ["package io.x.clean", "", line(160)], cleanCorner()),
  },
  {
    name: "a width passed now and then: a line 14% over it (137 at 120) is within the practice (sqldelight 157/140, set 23)",
    ...beside(`${DIR}Mixin.kt`, ["package io.x.data", "", line(137)], siblings(1)),
  },
  {
    name: "a line of a Rust macro's `quote!` template: rustfmt leaves it alone (futures-rs stream_select.rs:36, set 23)",
    options: { max: 100 },
    ...(() => {
      const text = ["fn expand() -> TokenStream {", "    quote! {", `        fn poll_next(${"x: u8, ".repeat(16)}) {}`, "    }", "}"];
      return {
        change: change([addedFile("macro/src/lib.rs", text)]),
        lookups: { issues: new Map(), fileContents: new Map([["macro/src/lib.rs", text.join("\n")]]), baseContents: new Map() },
      };
    })(),
  },
);
invalid.push(
  {
    name: "the same line in a project whose code keeps the width everywhere is said",
    ...beside(`${CLEAN}Gss.kt`, ["package io.x.clean", "", line(160)], {
      ...cleanCorner(),
      ...Object.fromEntries(Array.from({ length: 16 }, (_, i) => [`lib/src/main/kotlin/io/y/Far${i}.kt`, sibling(100, 0)])),
    }),
    findings: [{ messageId: "tooLongForFormatter", line: 3, data: { length: 160 } }],
  },
  {
    name: "a Rust line outside any template is said",
    options: { max: 100 },
    change: change([addedFile("macro/src/lib.rs", ["fn expand() -> TokenStream {", `    fn poll_next(${"x: u8, ".repeat(16)}) {}`, "}"])]),
    findings: [{ messageId: "tooLong", line: 2 }],
  },
);

testRule("max-line-length", { valid, invalid });
