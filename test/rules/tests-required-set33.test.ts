import { emptyLookups } from "../../src/engine/rule.js";
import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";

// Set 33 (#11): mvdan/sh fcd06d4673 adds `syntax/gen_token_parse.go`, a generator behind `//go:build ignore` that writes
// `tokens_parse.go` (judged *wrong* as untested: no build compiles it, its output is what the tests exercise).
const GEN = "syntax/gen_token_parse.go";
const generator = (constraint: string[]) => [
  "// Copyright (c) 2026, Daniel Martí <mvdan@mvdan.cc>",
  "",
  ...constraint,
  "// gen_token_parse emits tokens_parse.go.",
  "package main",
  "",
  "func main() {",
  "\tfset := token.NewFileSet()",
  '\tf, err := parser.ParseFile(fset, "tokens.go", nil, 0)',
  "\tif err != nil {",
  "\t\tpanic(err)",
  "\t}",
  "\tfor _, decl := range f.Decls {",
  "\t\tif gen, ok := decl.(*ast.GenDecl); ok && gen.Tok == token.TYPE {",
  "\t\t\temit(gen)",
  "\t\t}",
  "\t}",
  "}",
];
const add = (constraint: string[]) => ({
  change: change([addedFile(GEN, generator(constraint), 1, { status: "added" })]),
  lookups: { ...emptyLookups(), fileTree: [GEN, "syntax/tokens.go", "syntax/parser.go", "syntax/parser_test.go", "go.mod"] },
});

// Set 33: Nerdbank.GitVersioning f3a939a646 changes `src/nbgv/Program.cs`, and the finding sent its author to
// `test/Nerdbank.GitVersioning.Benchmarks/Program.cs`, a benchmark project's entry point (judged *wrong*).
const NBGV = "src/nbgv/Program.cs";
const NBGV_TEXT = [
  "namespace Nerdbank.GitVersioning.Tool;",
  "",
  "internal class Program",
  "{",
  "    private static int OnCloudCommand(string project, string version, bool allVars)",
  "    {",
  "        if (string.IsNullOrEmpty(version))",
  "        {",
  "            version = GetVersion(project);",
  "        }",
  "        var vars = allVars ? CloudBuild.AllVariables(version) : CloudBuild.Variables(version);",
  "        foreach (var pair in vars)",
  "        {",
  "            Emit(pair.Key, pair.Value);",
  "        }",
  "        return 0;",
  "    }",
  "}",
];
const nbgv = (tree: string[]) => ({
  change: change([addedFile(NBGV, NBGV_TEXT.slice(6, 15), 7)]),
  lookups: {
    ...emptyLookups(),
    fileContents: new Map([[NBGV, NBGV_TEXT.join("\n")]]),
    baseContents: new Map([[NBGV, [...NBGV_TEXT.slice(0, 6), "        return 0;", ...NBGV_TEXT.slice(16)].join("\n")]]),
    fileTree: [NBGV, "src/nbgv/nbgv.csproj", "src/NerdBank.GitVersioning/VersionOracle.cs", ...tree],
  },
});

testRule("tests-required", {
  valid: [
    { name: "Go: a generator behind `//go:build ignore`", ...add(["//go:build ignore", ""]) },
    { name: "Go: the same behind the old `// +build ignore`", ...add(["// +build ignore", ""]) },
  ],
  invalid: [
    { name: "Go: the same program with no constraint", ...add([]), findings: [{ messageId: "missingTests" }] },
    // A constraint with an alternative builds the file somewhere.
    { name: "Go: `//go:build ignore || linux` still builds on Linux", ...add(["//go:build ignore || linux", ""]), findings: [{ messageId: "missingTests" }] },

    {
      name: "C#: a benchmark project's Program.cs is not named as the tool's test",
      ...nbgv(["test/Nerdbank.GitVersioning.Benchmarks/Program.cs", "test/Nerdbank.GitVersioning.Tests/VersionOracleTests.cs"]),
      findings: [{ messageId: "missingTests", data: { expected: "a test" } }],
    },
  ],
});
