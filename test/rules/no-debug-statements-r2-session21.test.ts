import { addedFile, change } from "../helpers/make-change.js";
import { testRule, type InvalidCase, type ValidCase } from "../helpers/rule-tester.js";
import type { Lookups } from "../../src/engine/rule.js";

// Session 21, round 2 (#11): three prints set 21's judges found deliberate (judged wrong).
// 1. connection_pool 27362471c6 test/helper.rb `puts RUBY_DESCRIPTION`: the suite's usual runtime banner.
// 2. kotest b0c4cebe2c: a regression test for its stderr wire listener prints to System.err, the behaviour under test.
// 3. MessagePack-CSharp 252e6db5d9: the `mpc` console program (its .csproj an Exe) reports to its user on the console.
const one = (path: string, lines: string[]) => change([addedFile(path, lines)]);
const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];

const HELPER = ["require 'minitest/autorun'", "require 'connection_pool'", "", "puts RUBY_DESCRIPTION", "", "class Minitest::Test", "end"];
valid.push(
  { name: "Ruby: `puts RUBY_DESCRIPTION` at a test helper's top level (connection_pool 27362471c6)", change: one("test/helper.rb", HELPER) },
  { name: "Python: `print(sys.version)` at a conftest's top level", change: one("tests/conftest.py", ["import sys", "", "print(sys.version)", ""]) },
);
invalid.push(
  {
    name: "Ruby: a runtime banner in library code is still said",
    change: one("lib/pool.rb", ["module Pool", "end", "puts RUBY_DESCRIPTION"]),
    findings: [{ messageId: "debug", line: 3 }],
  },
  {
    name: "Ruby: a test helper's top-level print of anything else is still said",
    change: one("test/helper.rb", ["require 'connection_pool'", "", "puts pool.inspect", ""]),
    findings: [{ messageId: "debug", line: 3 }],
  },
);

const WIRE = (listener: string) => [
  "package x",
  "",
  `import io.kotest.extensions.system.${listener}`,
  "",
  "class NestedTest : FunSpec() {",
  "   init {",
  '      test("restores System.err") {',
  "         val err = System.err",
  "         run(NestedSpec::class)",
  "         System.err.shouldBeSameInstanceAs(err)",
  "      }",
  "   }",
  "}",
  "",
  "private class NestedSpec : FunSpec() {",
  `   override val extensions = listOf(${listener}())`,
  "   init {",
  '      test("a nested test") {',
  '         System.err.println("hello")',
  "      }",
  "   }",
  "}",
];
valid.push({
  name: "Kotlin: a test of a stderr wire listener prints to System.err (kotest b0c4cebe2c)",
  change: one("kotest-extensions/src/jvmTest/kotlin/x/SystemWireListenerNestedTest.kt", WIRE("SystemErrWireListener")),
});
invalid.push({
  name: "Kotlin: a test that neither captures nor keeps the stream: the print is still said",
  change: one("src/jvmTest/kotlin/x/NestedTest.kt", [
    "package x",
    "",
    "class NestedTest : FunSpec() {",
    "   init {",
    '      test("a test") {',
    '         System.err.println("hello")',
    "         1 shouldBe 1",
    "      }",
    "   }",
    "}",
  ]),
  findings: [{ messageId: "debug", line: 6 }],
});

/** A C# file beside a project file at base. */
function inProject(project: string | undefined): { change: ReturnType<typeof change>; lookups: Lookups } {
  const path = "src/MessagePack.CodeGenerator/Utils/RoslynExtensions.cs";
  const lines = [
    "namespace MessagePack.CodeGenerator",
    "{",
    "    internal static class RoslynExtensions",
    "    {",
    "        private static void Workspace_WorkspaceFailed(object sender, WorkspaceDiagnosticEventArgs e)",
    "        {",
    "            Console.WriteLine(e);",
    "        }",
    "    }",
    "}",
  ];
  const baseContents = new Map<string, string>();
  if (project !== undefined) baseContents.set("src/MessagePack.CodeGenerator/MessagePack.CodeGenerator.csproj", project);
  return { change: one(path, lines), lookups: { issues: new Map(), fileContents: new Map(), baseContents } };
}
const csproj = (body: string) => `<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n${body}\n  </PropertyGroup>\n</Project>\n`;
valid.push({
  name: "C#: Console.WriteLine in a console program's project, its .csproj an Exe at base (MessagePack-CSharp 252e6db5d9)",
  ...inProject(csproj("    <OutputType>Exe</OutputType>")),
});
invalid.push(
  {
    name: "C#: the same in a library project is still said",
    ...inProject(csproj("    <TargetFramework>net8.0</TargetFramework>")),
    findings: [{ messageId: "debug", line: 7 }],
  },
  {
    name: "C#: the same in a test project built as an Exe (xunit v3) is still said",
    ...inProject(csproj('    <OutputType>Exe</OutputType>\n    <PackageReference Include="Microsoft.NET.Test.Sdk" />')),
    findings: [{ messageId: "debug", line: 7 }],
  },
  {
    name: "C#: with no project file at base, the print is still said",
    ...inProject(undefined),
    findings: [{ messageId: "debug", line: 7 }],
  },
);

testRule("no-debug-statements", { valid, invalid });
