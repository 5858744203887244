import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";
import { emptyLookups } from "../../src/engine/rule.js";

// Set 30 (#11): cargo 21322f07b4 prints its status line `println!("Compiling {}", root)` and the commit's new test
// expects it on stdout (`.with_stdout("Compiling bar v0.5.0\nCompiling foo v0.5.0\n")`): judged *wrong* as a
// debugging leftover. A print whose fixed words a test of the change expects of the program's output is that output.
const SOURCE = "src/cargo/ops/cargo_rustc.rs";
const PRINT = ["pub fn compile(root: &Package) -> CargoResult<()> {", '    println!("Compiling {}", root);', "    Ok(())", "}"];
const edited = (test: string[]) => change([addedFile(SOURCE, PRINT, 20), ...(test.length > 0 ? [addedFile("tests/test_cargo_compile.rs", test, 30)] : [])]);

testRule("no-debug-statements", {
  valid: [
    {
      name: "Rust: a status line the change's new test expects on stdout",
      change: edited(['    assert_that(p.cargo_process("cargo-compile"), execs().with_stdout("Compiling bar v0.5.0\\nCompiling foo v0.5.0\\n"));']),
    },
    {
      // The engine hands a per-file rule one file at a time, with the whole change's paths: the test is read at head.
      name: "Rust: the same, seen from the source file's own step",
      change: { ...change([addedFile(SOURCE, PRINT, 20)]), touchedPaths: new Set([SOURCE, "tests/test_cargo_compile.rs"]), filesInRun: 2 },
      lookups: {
        ...emptyLookups(),
        fileContents: new Map([["tests/test_cargo_compile.rs", 'fn compile() {\n    assert_that(p, execs().with_stdout("Compiling foo v0.5.0\\n"));\n}']]),
      },
    },
  ],
  invalid: [
    { name: "Rust: the same print with no test expecting it", change: edited([]), findings: [{ messageId: "debug", line: 21 }] },
    {
      name: "Rust: a test that only mentions the word, expecting nothing of the output",
      change: edited(["    // Compiling twice used to fail", '    let p = project("foo");']),
      findings: [{ messageId: "debug", line: 21 }],
    },
  ],
});

// Set 30: Avalonia a77f08d675 adds a console tool whole (`src/tools/Avalonia.UnicodeTrieGenerator/`, its new .csproj an
// Exe) that reports its downloads with `Console.WriteLine`: judged *wrong*. A new program's console is its interface.
const TOOL = "src/tools/Gen/UcdDownloader.cs";
const PROJECT = "src/tools/Gen/Gen.csproj";
const EXE = '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <OutputType>Exe</OutputType>\n  </PropertyGroup>\n</Project>\n';
const LIBRARY = '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <TargetFramework>net8.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n';
const DOWNLOAD = [
  "static class UcdDownloader",
  "{",
  "    static void Fetch(string url)",
  "    {",
  '        Console.WriteLine($"  Downloading {url}");',
  "    }",
  "}",
];
const tool = (status: "added" | "modified", project: string, projectAtBase?: string) => ({
  change: { ...change([addedFile(TOOL, DOWNLOAD, 1, { status })]), touchedPaths: new Set([TOOL, PROJECT]), filesInRun: 2 },
  lookups: {
    ...emptyLookups(),
    fileContents: new Map([[PROJECT, project]]),
    baseContents: new Map(projectAtBase === undefined ? [] : [[PROJECT, projectAtBase]]),
  },
});

testRule("no-debug-statements", {
  valid: [{ name: "C#: a new file of a console program the change adds whole (its .csproj new, an Exe)", ...tool("added", EXE) }],
  invalid: [
    { name: "C#: the same under a new library project", ...tool("added", LIBRARY), findings: [{ messageId: "debug", line: 5 }] },
    {
      name: "C#: a library's project turned into an Exe by the change: judged by its base text",
      ...tool("added", EXE, LIBRARY),
      findings: [{ messageId: "debug", line: 5 }],
    },
    { name: "C#: an existing file of the project the change adds is no new program", ...tool("modified", EXE), findings: [{ messageId: "debug", line: 5 }] },
  ],
});
