import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";

// Set 33 (#11), judged *wrong* four times: ILSpy's `ICSharpCode.Decompiler.Tests/TestCases/` are programs its tests
// compile and decompile, never run; a `Console.WriteLine` there keeps a branch or a variable alive for the decompiler.
const CASE = [
  "namespace ICSharpCode.Decompiler.Tests.TestCases.PdbGen",
  "{",
  "  public class ForeachUsing",
  "  {",
  "    public static void SimpleForeachUsing()",
  "    {",
  "      foreach (var item in Items) {",
  "        Console.WriteLine(item);",
  "      }",
  "    }",
  "  }",
  "}",
];
const fresh = (path: string) => ({ change: change([addedFile(path, CASE, 1, { status: "added" })]) });

testRule("no-debug-statements", {
  valid: [
    { name: "C#: a decompiler's input program in its test project's TestCases/", ...fresh("ICSharpCode.Decompiler.Tests/TestCases/PdbGen/ForeachUsing.cs") },
    { name: "C#: an analyzer's input in a UnitTests project's TestCases/", ...fresh("analyzers/tests/SonarAnalyzer.UnitTests/TestCases/Loops.cs") },
  ],
  invalid: [
    {
      // A product folder named TestCases is no test project's.
      name: "C#: the same code in a library's TestCases/ folder",
      ...fresh("src/ICSharpCode.Decompiler/TestCases/ForeachUsing.cs"),
      findings: [{ messageId: "debug", line: 8 }],
    },
  ],
});
