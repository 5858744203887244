import { changed } from "../helpers/base-head.js";
import { testRule } from "../helpers/rule-tester.js";

// Set 31 (#10): fastjson2's ObjectReaderCreatorASM writes the Java each stanza of ASM calls emits in a block comment
// over it (`if (jsonReader.nextIfNull()) { return null; }` in a block comment over `mw.aload(…)`, `mw.invokevirtual(…)`): three
// findings judged *wrong*. Code over bytecode or IL emitter calls is the source they stand for. Over ordinary code it is still said.
const PATH = "core/src/main/java/com/alibaba/fastjson2/reader/ObjectReaderCreatorASM.java";
const BASE = ["class ObjectReaderCreatorASM {", "    void gen(MethodWriter mw) {", "        mw.visitLabel(end_);", "    }", "}", ""];
const head = (below: string[]) => [
  "class ObjectReaderCreatorASM {",
  "    void gen(MethodWriter mw) {",
  "        {",
  "            /*",
  "             * if (jsonReader.nextIfNull()) {",
  "             *      return null;",
  "             * }",
  "             */",
  ...below.map((l) => `            ${l}`),
  "        }",
  "        mw.visitLabel(end_);",
  "    }",
  "}",
  "",
];
const at = (below: string[]) => changed(PATH, BASE.join("\n"), head(below).join("\n"));

testRule("no-commented-out-code", {
  valid: [
    {
      name: "Java: the source over ASM calls that emit it",
      ...at(["Label notNull_ = new Label();", "mw.aload(JSON_READER);", 'mw.invokevirtual(TYPE_JSON_READER, "nextIfNull", "()Z");', "mw.ifeq(notNull_);"]),
    },
    {
      name: "Java: the same over ASM's visitor calls",
      ...at(["mv.visitVarInsn(ALOAD, 1);", 'mv.visitMethodInsn(INVOKEVIRTUAL, owner, "nextIfNull", "()Z", false);', "mv.visitJumpInsn(IFEQ, notNull_);"]),
    },
    {
      name: "Java: the same with a local and a blank line before the instructions",
      ...at([
        'int RAW_LONG = mwc.var2("RAW_LONG");',
        "MethodWriter mw = mwc.mw;",
        "",
        "mw.aload(JSON_READER);",
        'mw.invokevirtual(TYPE_JSON_READER, "getRawLong", "()J");',
      ]),
    },
  ],
  invalid: [
    {
      name: "Java: the same comment over ordinary code",
      ...at(["Object value = reader.read();", "consume(value);", "next(value);"]),
      findings: [{ messageId: "commentedOut", line: 5 }],
    },
  ],
});

// Set 31: solid 194f93c75d tags each faster alternative its `mergeProps` keeps aside `// [breaking && performance]`
// (judged not worth saying). One word in brackets, or a bracketed value, tags nothing.
const MERGE = "packages/solid/src/render/component.ts";
const MERGE_BASE = ["export function mergeProps(...sources) {", "  let proxy = false;", "  return proxy;", "}", ""];
const tagged = (tag: string) =>
  changed(
    MERGE,
    MERGE_BASE.join("\n"),
    [
      "export function mergeProps(...sources) {",
      `  // ${tag}`,
      "  //if (sources.length === 1) return sources[0];",
      "  let proxy = false;",
      "  return proxy;",
      "}",
      "",
    ].join("\n"),
  );

testRule("no-commented-out-code", {
  valid: [
    { name: "TypeScript: an alternative tagged `[breaking && performance]`", ...tagged("[breaking && performance]") },
    { name: "TypeScript: tagged `[perf, compat]`", ...tagged("[perf, compat]") },
  ],
  invalid: [
    { name: "TypeScript: a bracketed value over it is no tag", ...tagged("[1, 2]"), findings: [{ messageId: "commentedOut", line: 2 }] },
    { name: "TypeScript: a single bracketed word is no reason", ...tagged("[old]"), findings: [{ messageId: "commentedOut", line: 2 }] },
  ],
});
