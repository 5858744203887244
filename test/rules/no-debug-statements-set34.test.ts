import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";

// Set 34 (#11), three prints judged *wrong*:
// 1. rouge 87891bec4e: `print` is a word of a Ruby `%w(…)` list of a lexer's directive names, not a call.
// 2. spectre.console f6e1368cd4: inside `namespace Spectre.Console`, a bare `Console` is the library's own, not System.Console.
// 3. gradle-profiler fe970c8300: a Gradle `application` project's System.out is what the tool tells its user.
const one = (path: string, lines: string[]) => change([addedFile(path, lines)]);

const WORDS = [
  "class KickAssembler < RegexLexer",
  "  def self.preprocessor_directives",
  "    @preprocessor_directives ||= Set.new %w(",
  "      define undef import",
  "      print printnow error",
  "    )",
  "  end",
  "end",
];
const SYMBOLS = ["module Lexer", "  KEYWORDS = %i(", "    puts print", "  )", "end"];

const csharp = (namespace: string, call: string) => [
  `namespace ${namespace};`,
  "",
  "public static partial class AnsiConsole",
  "{",
  "    public static void Write(string format, params object[] args)",
  "    {",
  `        ${call}(string.Format(format, args), CurrentStyle);`,
  "    }",
  "}",
];
const member = (declaration: string) => [
  "namespace Acme.Shop;",
  "",
  "public static class Pricing",
  "{",
  `    ${declaration}`,
  "",
  "    public static decimal Total(decimal price)",
  "    {",
  "        Console.WriteLine(price);",
  "        return price * 2;",
  "    }",
  "}",
];

const JAVA_PATH = "src/main/java/org/gradle/profiler/GradleScenarioInvoker.java";
const JAVA = [
  "package org.gradle.profiler;",
  "",
  "public class GradleScenarioInvoker {",
  "    void run(Settings settings) {",
  "        if (settings.isMeasureConfigTime()) {",
  '            System.out.println("-> config time = " + configTime);',
  "        }",
  "    }",
  "}",
];
const inBuild = (script: string, body: string, path = JAVA_PATH) => ({
  change: one(path, JAVA),
  lookups: { issues: new Map(), fileContents: new Map(), baseContents: new Map([[script, body]]) },
});

testRule("no-debug-statements", {
  valid: [
    { name: "Ruby: `print` in a %w() word list (rouge 87891bec4e)", change: one("lib/rouge/lexers/kick_assembler.rb", WORDS) },
    { name: "Ruby: `puts` in a %i() symbol list", change: one("lib/lexer.rb", SYMBOLS) },
    {
      name: "C#: bare Console inside namespace Spectre.Console (f6e1368cd4)",
      change: one("src/Spectre.Console/AnsiConsole.cs", csharp("Spectre.Console", "Console.Write")),
    },
    {
      name: "C#: bare Console inside a namespace below X.Console",
      change: one("src/Spectre.Console.Cli/Help.cs", csharp("Spectre.Console.Cli", "Console.WriteLine")),
    },
    { name: "C#: a type's own member named Console", change: one("src/Acme/Pricing.cs", member("public static IAnsiConsole Console { get; set; }")) },
    {
      name: "Java: a Gradle `application` project (gradle-profiler fe970c8300)",
      ...inBuild("build.gradle", "plugins {\n    id 'java'\n    id 'application'\n}\nmainClassName = 'org.gradle.profiler.Main'\n"),
    },
    {
      name: "Java: a Kotlin-DSL `plugins { application }` subproject",
      ...inBuild("tool/build.gradle.kts", "plugins {\n    java\n    application\n}\n", `tool/${JAVA_PATH}`),
    },
    { name: "Java: `apply plugin: 'application'`", ...inBuild("build.gradle", "apply plugin: 'java'\napply plugin: 'application'\n") },
  ],
  invalid: [
    {
      name: "C#: System.Console spelled out inside namespace Spectre.Console is still the console",
      change: one("src/Spectre.Console/AnsiConsole.cs", csharp("Spectre.Console", "System.Console.Write")),
      findings: [{ messageId: "debug", line: 7 }],
    },
    {
      name: "C#: bare Console in any other namespace is System.Console",
      change: one("src/Acme.Output/Terminal.cs", csharp("Acme.Output", "Console.Write")),
      findings: [{ messageId: "debug", line: 7 }],
    },
    {
      name: "C#: the same type without a member named Console",
      change: one("src/Acme/Pricing.cs", member("public static int Count { get; set; }")),
      findings: [{ messageId: "debug", line: 9 }],
    },
    {
      // Android's `com.android.application` is an app, not a command-line program: logcat output is still a leftover.
      name: "Java: an Android application's build script",
      ...inBuild("build.gradle", "plugins {\n    id 'com.android.application'\n}\n"),
      findings: [{ messageId: "debug", line: 6 }],
    },
    {
      name: "Java: a library's build script",
      ...inBuild("build.gradle", "plugins {\n    id 'java-library'\n}\n"),
      findings: [{ messageId: "debug", line: 6 }],
    },
    {
      name: "Ruby: a real `print` after a word list",
      change: one("lib/lexer.rb", ["module Lexer", "  KEYWORDS = %w(print puts)", "  def run", "    print KEYWORDS", "  end", "end"]),
      findings: [{ messageId: "debug", line: 4 }],
    },
  ],
});

// mosaic 20e36199c2: a function whose whole body prints its parameter is an output function (its TUI's frame writer).
const RENDER = ["package com.jakewharton.mosaic", "", "internal actual fun platformRender(chars: CharSequence) {", "\tprint(chars.toString())", "}"];
const WATCHED = [
  "package com.jakewharton.mosaic",
  "",
  "internal fun layout(chars: CharSequence): Int {",
  "\tprint(chars.toString())",
  "\treturn chars.length * 2",
  "}",
];
const OTHER = ["package com.jakewharton.mosaic", "", "internal fun render(chars: CharSequence) {", "\tprint(state)", "}"];
const mosaic = (lines: string[]) => ({ change: one("mosaic-runtime/src/nonJvmMain/kotlin/com/jakewharton/mosaic/platform.kt", lines) });

testRule("no-debug-statements", {
  valid: [{ name: "Kotlin: a function whose whole body prints what it was handed (mosaic 20e36199c2)", ...mosaic(RENDER) }],
  invalid: [
    { name: "Kotlin: the same print among the code it watches", ...mosaic(WATCHED), findings: [{ messageId: "debug", line: 4 }] },
    { name: "Kotlin: a lone print of something it was not handed", ...mosaic(OTHER), findings: [{ messageId: "debug", line: 4 }] },
  ],
});
