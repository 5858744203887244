import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { LENGTH_AT_10, testRule } from "../helpers/rule-tester.js";
import { changed } from "../helpers/base-head.js";

// Session 23 (#10): a new function long by a listing of calls to one builder (see receiver-runs.ts) is as long as its steps.
const range = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));
/** Steps that differ from one another: a call, a branch, a loop, in turn. */
const steps = (n: number, indent = "    ") =>
  range(
    n,
    (i) =>
      indent +
      [
        `var v${i} = Load${i}(input, ${i});`,
        `if (v${i} > limit) throw new Error("too big");`,
        `foreach (var k in keys) total += Weigh(k, v${i});`,
        `output.Add(v${i} + total);`,
      ][i % 4],
  );
/** MessagePack's `GetGetKeyMethod`: IL emitted instruction by instruction, shapes varying from line to line. */
const il = (n: number, receiver = (_: number) => "il") =>
  range(
    n,
    (i) =>
      "        " +
      [
        `${receiver(i)}.Emit(OpCodes.Ldarg_${i % 3});`,
        `${receiver(i)}.Emit(OpCodes.Br, label${i});`,
        `${receiver(i)}.MarkLabel(label${i});`,
        `${receiver(i)}.EmitCall(Methods.Read${i}, local${i});`,
      ][i % 4],
  );
const cs = (name: string, body: string[]) =>
  ["class Gen {", `    public static MethodInfo ${name}(Input input) {`, ...body, "        return null;", "    }", "}", ""].join("\n");

/** guice's `defineClass`: one ASM listing per generated method, its calls wrapped over lines. */
const asmMethod = (i: number) => [
  "      {",
  `        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "m${i}", DESC, null, null);`,
  "        mv.visitCode();",
  `        mv.visitVarInsn(ALOAD, ${i});`,
  "        mv.visitMethodInsn(",
  "            INVOKESPECIAL,",
  `            OWNER${i},`,
  '            "<init>",',
  "            false);",
  "        mv.visitInsn(RETURN);",
  "        mv.visitMaxs(",
  `            /* maxStack= */ ${i},`,
  `            /* maxLocals= */ ${i});`,
  "        mv.visitEnd();",
  "      }",
];
const javaSteps = (n: number) =>
  range(
    n,
    (i) =>
      [
        "      int v" + i + " = load" + i + "(input);",
        `      if (v${i} > limit) throw new IllegalStateException("v${i}");`,
        `      total += weigh(v${i}, total);`,
      ][i % 3],
  );
const java = (body: string[]) =>
  ["class Gen {", "  static Provider<?> defineClass(Input input) {", ...body, "    return build(cw);", "  }", "}", ""].join("\n");

const valid: ValidCase[] = [
  { name: "C#: a new function of 90 lines, 70 of them an IL listing", ...changed("src/Gen.cs", undefined, cs("GetKey", [...steps(20), ...il(70)])) },
  {
    name: "Java: a new function of 84 lines, four ASM listings of wrapped calls",
    ...changed("src/Gen.java", undefined, java([...javaSteps(24), ...range(4, asmMethod).flat()])),
  },
];
const invalid: InvalidCase[] = [
  {
    name: "C#: the same length, the calls alternating between two builders",
    ...changed("src/Gen.cs", undefined, cs("GetKey", [...steps(20), ...il(70, (i) => (i % 2 ? "il" : "other"))])),
    findings: [{ messageId: "tooLong" }],
  },
  {
    name: "C#: the same length, the listing broken every four calls by a step",
    ...changed(
      "src/Gen.cs",
      undefined,
      cs("GetKey", [...steps(20), ...range(14, (i) => [...il(4), ...steps(1, "        ").map((s) => s.replace("v0", `w${i}`))]).flat()]),
    ),
    findings: [{ messageId: "tooLong" }],
  },
  {
    name: "Java: an IL listing added to a function over the limit is judged by its block, as ever",
    ...changed("src/Gen.java", java(javaSteps(70)), java([...javaSteps(70), ...range(3, asmMethod).flat()])),
    findings: [{ messageId: "addsBlock" }],
  },
];

testRule("max-function-length", { valid, invalid }, LENGTH_AT_10);
