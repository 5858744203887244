import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";
import { emptyLookups } from "../../src/engine/rule.js";

// Set 32 (#11), judged *wrong*: hoplite de97dc3487 and 502e9800ca make `{ println(it) }` the default of a
// replaceable report function (a property, a constructor parameter, a fallback with `?:`): a print sink, not a print;
// MySqlConnector 44c425463d's `tests/SkipCrl/SkipCrl.cs`, a .NET 10 file-based program (`#:project …`) that reports
// what it checked; postcss 7d51976a7e's `test/types.ts`, which check-dts compiles and never runs.
const one = (path: string, lines: string[]) => ({
  change: change([addedFile(path, lines)]),
  lookups: { ...emptyLookups(), fileContents: new Map([[path, lines.join("\n")]]) },
});
/** A file the change adds: its text is its added lines, no head text fetched (as a source gives it). */
const fresh = (path: string, lines: string[]) => ({ change: change([addedFile(path, lines, 1, { status: "added" })]), lookups: emptyLookups() });
const SKIP_CRL = (directive: string) => [
  ...(directive ? [directive, "#:property PublishAot=false"] : []),
  "using MySqlConnector;",
  "",
  'var path = Environment.GetEnvironmentVariable("CRL_CA_CERT");',
  'Console.WriteLine($"CA certificate: {path}");',
];
const TYPES = (body: string[]) => ["import postcss from '../lib/postcss.js'", "", ...body, "export default postcss"];
const KOTLIN = "hoplite-core/src/main/kotlin/com/sksamuel/hoplite/ConfigLoaderBuilder.kt";

testRule("no-debug-statements", {
  valid: [
    {
      name: "Kotlin: a property's default print function `{ println(it) }`",
      ...one(KOTLIN, ["class ConfigLoaderBuilder {", "  private var reportPrintFn: Print = { println(it) }", "}"]),
    },
    {
      name: "Kotlin: a constructor parameter's default `{ println(it) }`",
      ...one("hoplite-core/src/main/kotlin/com/sksamuel/hoplite/DecoderContext.kt", [
        "data class DecoderContext(",
        "  val decoders: DecoderRegistry,",
        "  val reportPrintFn: Print = { println(it) }, // provides access to print warnings etc",
        ")",
      ]),
    },
    {
      name: "Kotlin: a fallback `?: { println(it) }` and a named parameter `{ msg -> println(msg) }`",
      ...one("hoplite-core/src/main/kotlin/com/sksamuel/hoplite/ConfigLoader.kt", [
        "fun build(): ConfigLoader = ConfigLoader(",
        "  reportPrintFn = reportPrintFn ?: { println(it) },",
        "  warnFn = { msg -> println(msg) },",
        ")",
      ]),
    },
    {
      name: "TypeScript: an option's default `onResult = (msg: string) => console.log(msg)`",
      ...one("src/options.ts", ["export function configure({ onResult = (msg: string) => console.log(msg) }: Options) {", "  return onResult;", "}"]),
    },
    {
      name: "C#: a file-based program's console output, in a tests folder (`#:project`)",
      ...fresh("tests/SkipCrl/SkipCrl.cs", SKIP_CRL("#:project ../../src/MySqlConnector/MySqlConnector.csproj")),
    },
    {
      name: "C#: a file-based program run by its shebang",
      ...one("tools/gen.cs", SKIP_CRL("#!/usr/bin/env dotnet")),
    },
    {
      name: "TypeScript: a test folder's types.ts with no test case (check-dts)",
      ...one("test/types.ts", TYPES(["postcss().process('a{}').then(result => {", "  console.log(result.css)", "})"])),
    },
    {
      name: "TypeScript: tsd's `index.test-d.ts`",
      ...one("src/index.test-d.ts", TYPES(["const r = postcss().process('a{}')", "console.log(r)"])),
    },
  ],
  invalid: [
    {
      // A library's class: no directive makes it a program.
      name: "C#: a library class with no file-program directive still counts",
      ...one("src/MySqlConnector/Check.cs", [
        "namespace MySqlConnector;",
        "internal static class Check {",
        "  public static void Run(string path) {",
        '    Console.WriteLine($"CA certificate: {path}");',
        "  }",
        "}",
      ]),
      findings: [{ messageId: "debug", line: 4 }],
    },
    {
      name: "TypeScript: a test folder's types.ts that holds test cases still counts",
      ...one("test/types.ts", TYPES(["it('processes', () => {", "  console.log(postcss().process('a{}').css)", "  expect(1).toBe(1)", "})"])),
      findings: [{ messageId: "debug", line: 4 }],
    },
    {
      // A lambda passed to run on each element prints values: a dump.
      name: "Kotlin: `forEach { println(it) }` still counts",
      ...one(KOTLIN, ["fun load(items: List<Item>) {", "  items.forEach { println(it) }", "}"]),
      findings: [{ messageId: "debug", line: 2 }],
    },
    {
      name: "TypeScript: `.then((x) => console.log(x))` still counts",
      ...one("src/load.ts", ["export function load() {", "  return fetchAll().then((x) => console.log(x));", "}"]),
      findings: [{ messageId: "debug", line: 2 }],
    },
    {
      // The lambda prints something else than it is handed: a value dumped.
      name: "Kotlin: a default lambda that prints a value of its own still counts",
      ...one(KOTLIN, ["class ConfigLoaderBuilder {", "  private var reportPrintFn: Print = { println(config) }", "}"]),
      findings: [{ messageId: "debug", line: 2 }],
    },
  ],
});
