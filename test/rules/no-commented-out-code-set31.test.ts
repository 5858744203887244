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
