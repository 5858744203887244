import { changed, withTree } from "../helpers/base-head.js";
import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";

/**
 * Session 17 (#11):
 * - a TypeScript test that calls nothing but declares a type alias or an annotated declaration
 *   asserts through the type checker (zod's `readonly in ZodEnumDef`, judged set 16: "wrong");
 * - a program only its launch tests needs no unit test: a Go `package main` under `internal/`
 *   (zap's `internal/readme/readme.go`), a Java agent's `premain` (mockito's `PremainAttach.java`).
 */

const added = (path: string, lines: string[]) => addedFile(path, lines, 1, { status: "added" });
const lines = (...l: string[]) => l.join("\n");

const goTool = (pkg: string) =>
  lines(
    "// Copyright (c) 2016 Uber Technologies, Inc.",
    "",
    `package ${pkg}`,
    "",
    'import "text/template"',
    "",
    "func render(names []string) (string, error) {",
    "\tout := make([]string, 0, len(names))",
    "\tfor _, n := range names {",
    '\t\tif n == "" {',
    '\t\t\treturn "", errEmpty',
    "\t\t}",
    "\t\tout = append(out, n)",
    "\t}",
    '\treturn strings.Join(out, ","), nil',
    "}",
  );
const goTree = ["go.mod", "logger.go", "logger_test.go", "internal/readme/readme.go", "cmd/zap/main.go", "internal/color/color.go"];

const agent = (entry: string) =>
  lines(
    "package org.mockito.internal;",
    "",
    "import java.lang.instrument.Instrumentation;",
    "",
    "public class PremainAttach {",
    "    private static volatile Instrumentation instrumentation;",
    "",
    `    public static void ${entry}(String arg, Instrumentation instrumentation) {`,
    "        if (PremainAttach.instrumentation != null) {",
    "            return;",
    "        }",
    "        PremainAttach.instrumentation = instrumentation;",
    "    }",
    "",
    "    public static Instrumentation getInstrumentation() {",
    "        if (PremainAttach.class.getClassLoader() == ClassLoader.getSystemClassLoader()) {",
    "            return instrumentation;",
    "        }",
    "        return null;",
    "    }",
    "}",
  );
const javaTree = ["build.gradle", "src/main/java/org/mockito/internal/PremainAttach.java", "src/test/java/org/mockito/internal/InOrderImplTest.java"];

const asked = (name: string, path: string, head: string, fileTree: string[]) => ({
  name,
  ...withTree(changed(path, undefined, head), fileTree),
  findings: [{ messageId: "missingTests", path }],
});

testRule("tests-required", {
  valid: [
    {
      name: "TypeScript: a test of type aliases only (the generic's constraint is checked by tsc)",
      change: change([
        added("packages/zod/tests/enum.test.ts", [
          'test("readonly in ZodEnumDef", () => {',
          '  type _a = z.ZodEnum<{ readonly a: "a"; readonly b: "b" }>;',
          '  type _b = z.ZodEnum<{ a: "a"; b: "b" }>;',
          "});",
        ]),
      ]),
    },
    {
      name: "TypeScript: annotated declarations check assignability; a generic alias too",
      change: change([
        added("test/assignability.test.ts", [
          'test("checks", () => {',
          "  const _a: z.core.$ZodCheck = {} as any as z.core.$ZodChecks;",
          "  let _b: Schema<string> = undefined as unknown as StringSchema;",
          "});",
          'it("infers", () => {',
          "  type Out<T> = z.infer<typeof schema>;",
          "});",
        ]),
        added("src/types.spec.tsx", ['it("props", () => {', "  const props: ButtonProps = { size: 'small' };", "});"]),
      ]),
    },
    {
      name: "Go: a package main under internal/ is the developers' tool",
      ...withTree(changed("internal/readme/readme.go", undefined, goTool("main")), goTree),
    },
    {
      name: "Java: a Java agent's premain",
      ...withTree(changed("src/main/java/org/mockito/internal/PremainAttach.java", undefined, agent("premain")), javaTree),
    },
    {
      name: "Java: agentmain",
      ...withTree(changed("src/main/java/org/mockito/internal/PremainAttach.java", undefined, agent("agentmain")), javaTree),
    },
  ],
  invalid: [
    {
      name: "TypeScript: a test of plain declarations (no annotation) and an empty one still assert nothing",
      change: change([added("test/a.test.ts", ['it("declares", () => {', "  const a = 1;", "  let type = 2;", "});", "test(() => {});"])]),
      findings: [
        { messageId: "noAssertion", path: "test/a.test.ts", line: 1 },
        { messageId: "noAssertion", path: "test/a.test.ts", line: 5 },
      ],
    },
    {
      name: "JavaScript: an annotation in a comment is no type check",
      change: change([added("test/a.test.js", ['it("declares", () => {', "  // const a: number = 1;", "});"])]),
      findings: [{ messageId: "noAssertion", path: "test/a.test.js", line: 1 }],
    },
    asked("Go: an internal library package is asked about", "internal/color/color.go", goTool("color"), goTree),
    asked("Go: a command under cmd/ is the product's", "cmd/zap/main.go", goTool("main"), goTree),
    asked(
      "Java: a class whose method is only named premain, without Instrumentation, is asked about",
      "src/main/java/org/mockito/internal/PremainAttach.java",
      agent("premain").replace("(String arg, Instrumentation instrumentation)", "(String arg)"),
      javaTree,
    ),
  ],
});
