import type { Change } from "../../src/model/change.js";
import { changed } from "../helpers/base-head.js";
import { addedFile, change, commit } from "../helpers/make-change.js";
import { modifiedFile } from "../helpers/base-head.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { range, SAMPLES as ALL_SAMPLES } from "../syntax/samples.js";
import { testRuleBeforeCalibration } from "../helpers/pre-calibration.js";

// The samples' commented call as a call that prints nothing: a commented-out print is said as a print
// (no-commented-out-code-round9.test.ts), and these cases are about where and how much is said.
const UNPRINTED = (line: string) => line.replace(/\b(println|print|Println|puts|WriteLine|var_dump)\b/, "update");
const SAMPLES = ALL_SAMPLES.map((s) => ({ ...s, commentedCall: UNPRINTED(s.commentedCall), stmt: (i: number) => UNPRINTED(s.stmt(i)) }));

const ENCODER = [
  "class SchemaEncoder {",
  "  fun encode(writer: ProtoWriter, value: Service) {",
  "    STRING.encodeWithTag(writer, 1, value.name)",
  "    rpcEncoder.asRepeated().encodeWithTag(writer, 2, value.rpcs)",
  "    // ServiceOptions.ADAPTER.encodeWithTag(writer, 3, value.options)",
  "  }",
  "  fun encode(writer: ProtoWriter, value: EnumConstant) {",
  "    STRING.encodeWithTag(writer, 1, value.name)",
  "    INT32.encodeWithTag(writer, 2, value.tag)",
  "    // EnumValueOptions.ADAPTER.encodeWithTag(writer, 3, value.options)",
  "    // STRING.asRepeated().encodeWithTag(writer, 5, value.reserved_name)",
  "",
  "    // Real and synthetic nested types.",
  "    this.asRepeated().encodeWithTag(writer, 4, value.nested)",
  "  }",
  "}",
].join("\n");
const RUNNER_BASE = [
  "require 'thor'",
  "",
  '## describe Thor::Runner, " install" do',
  "##   it 'installs' do",
  "##     install(file)",
  "##   end",
  "## end",
  "",
].join("\n");

const OLD_BLOCK = [
  "fn live() {}",
  "// #[test]",
  "// fn span_follows_future() {",
  "//     let (subscriber, handle) = subscriber::mock()",
  '//         .enter(span::expect().named("a"))',
  '//         .exit(span::expect().named("a"))',
  "//         .done()",
  "//         .run_with_handle();",
  "// }",
];
/** A guard that switches off the rest of its block, in each sample's language. */
const GUARDS: Record<string, string> = {
  TypeScript: "  if (true) return x;",
  JavaScript: "  if (true) return x;",
  Python: "    if True: return x",
  Go: "\tif true { return x }",
  Java: "    if (true) return x;",
  Kotlin: "    if (true) return x",
  Rust: "    if true { return x; }",
  Ruby: "  if true then return x end",
  "C#": "    if (true) return x;",
  PHP: "  if (true) return $x;",
};

/** A file body of `n` commented-out calls, each after a live statement. */
function parkedBody(s: (typeof SAMPLES)[number], n: number): string[] {
  return Array.from({ length: n }, (_, i) => [s.stmt(i), s.commentedCall]).flat();
}

const modifiedFileOnly = (path: string, head: string) => modifiedFile(path, undefined, head).file;
const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];

for (const s of SAMPLES) {
  const prose = s.commentedCall.replace(/\S+$/, "").replace(/\S+\s*$/, (lead) => `${lead} Retry three times because the upstream API drops the first request.`);
  const withComment = (comment: string[]) => s.file("f", [...range(2, s.stmt), ...comment, s.stmt(9)]);
  valid.push(
    { name: `${s.lang}: explanatory prose`, ...changed(s.path, undefined, withComment([prose])) },
    { name: `${s.lang}: a doc comment with an example`, ...changed(s.path, undefined, [...s.docExample, s.file("f", [s.stmt(1)])].join("\n")) },
  );
  // The comment syntax of the sample (`//`, `#`) and its indentation, for lines of prose.
  const lead = s.commentedCall.replace(/^(\s*(\/\/|#)).*$/, "$1");
  const say = (text: string) => `${lead} ${text}`;
  valid.push(
    {
      name: `${s.lang}: a TODO with its condition over the code`,
      ...changed(s.path, undefined, withComment([say("TODO(#123): re-enable when the API is back"), s.commentedCall])),
    },
    {
      name: `${s.lang}: the reason higher in the paragraph over the code`,
      ...changed(
        s.path,
        undefined,
        withComment([say("Both forms would be shown."), say("We just won't suggest it."), say("It keeps the list shorter"), s.commentedCall]),
      ),
    },
    // Slim App.php:155: a TODO attached to the code, however terse, says it was parked on purpose.
    { name: `${s.lang}: a terse TODO over the code`, ...changed(s.path, undefined, withComment([say("TODO: Fix."), s.commentedCall])) },
    {
      name: `${s.lang}: a TODO over a block that a blank line splits covers all of it`,
      ...changed(s.path, undefined, withComment([say("TODO: build the view integration"), s.commentedCall, "", s.commentedCall])),
    },
    {
      name: `${s.lang}: a TODO inside the block`,
      ...changed(s.path, undefined, withComment([s.commentedCall, say("TODO this test doesn't play nice in the IDE"), s.commentedCall])),
    },
    {
      name: `${s.lang}: a remark of someone who weighed the code`,
      ...changed(s.path, undefined, withComment([say("length() returns 0, but I checked the size"), s.commentedCall])),
    },
    // Session 19 (#10): the subject has to name what it disables (commented-code-title-trust.test.ts).
    ...(namedCall(s.commentedCall)
      ? [
          {
            name: `${s.lang}: a commit whose subject says it disables the code it names`,
            ...bySubject(changed(s.path, undefined, withComment([s.commentedCall])), `Temporarily disable ${namedCall(s.commentedCall)}`),
          },
        ]
      : []),
    { name: `${s.lang}: a FIXME over the code`, ...changed(s.path, undefined, withComment([say("FIXME: check the call another way"), s.commentedCall])) },
    {
      name: `${s.lang}: "uncomment to …" over the code`,
      ...changed(s.path, undefined, withComment([say("Uncomment to trace every request."), s.commentedCall])),
    },
    { name: `${s.lang}: an example the prose introduces`, ...changed(s.path, undefined, withComment([say("Example:"), s.commentedCall])) },
    { name: `${s.lang}: "e.g." over the code`, ...changed(s.path, undefined, withComment([say("e.g. the call that logs it"), s.commentedCall])) },
    { name: `${s.lang}: the reason after the code`, ...changed(s.path, undefined, withComment([s.commentedCall, say("^ uncomment this to debug")])) },
    {
      name: `${s.lang}: code between two sentences explains an algorithm`,
      ...changed(s.path, undefined, withComment([say("The cache is kept in the env"), s.commentedCall, say("which expires after ten minutes")])),
    },
    { name: `${s.lang}: the other setting of a toggle next to the live one`, ...changed(s.path, undefined, s.file("f", [s.stmt(3), say(s.stmt(7).trim())])) },
    {
      name: `${s.lang}: an old commented-out line edited in place`,
      ...changed(
        s.path,
        withComment([s.commentedCall.replace(/\([^()]*\)/, "(item.value)")]),
        withComment([s.commentedCall.replace(/\([^()]*\)/, "(item.value, depth)")]),
      ),
    },
    { name: `${s.lang}: an example folder`, ...changed(`examples/${s.path}`, undefined, withComment([s.commentedCall])) },
    { name: `${s.lang}: a docs folder`, ...changed(`docs/${s.path}`, undefined, withComment([s.commentedCall])) },
    { name: `${s.lang}: a samples project named for the product`, ...changed(`src/AutoMapperSamples/${s.path}`, undefined, withComment([s.commentedCall])) },
  );
  // The function's declaration line, and a comment of the sample's syntax right over it.
  const over = (comment: string) => {
    const lines = withComment([s.commentedCall]).split("\n");
    const at = lines.findIndex((l) => /\bf\(/.test(l));
    return [...lines.slice(0, at), `${/^\s*/.exec(lines[at])![0]}${lead.trim()} ${comment}`, ...lines.slice(at)].join("\n");
  };
  valid.push(
    // judged round 4: a TODO over the test function or class, not over the block, is the reason too.
    { name: `${s.lang}: a TODO over the enclosing function`, ...changed(s.path, undefined, over("TODO: re-enable the call once the API is back")) },
    { name: `${s.lang}: a note after the code on its line`, ...changed(s.path, undefined, withComment([`${s.commentedCall}  ${lead.trim()} breaks on IE`])) },
    {
      // express a58e3dea: the line is one side of a committed merge conflict; the markers are the defect.
      name: `${s.lang}: a line inside committed merge-conflict markers`,
      ...changed(s.path, undefined, withComment(["<<<<<<< HEAD", s.stmt(5), "=======", s.commentedCall, ">>>>>>> feature/send-etag"])),
    },
  );
  const head = withComment([s.commentedCall]);
  invalid.push(
    {
      name: `${s.lang}: a doc comment over the function that gives no reason to park anything`,
      ...changed(s.path, undefined, over("Adds the numbers, so callers get one total.")),
      findings: [{ messageId: "commentedOutLine" }],
    },
    // (The JavaScript sample has no `;`: with a comment after it, the parser does not take it for code at all.)
    ...(s.lang === "JavaScript"
      ? []
      : [
          {
            name: `${s.lang}: more code after the code on its line is no reason`,
            ...changed(s.path, undefined, withComment([`${s.commentedCall}  ${lead.trim()} ${s.stmt(4).trim()}`])),
            findings: [{ messageId: "commentedOutLine" }],
          },
        ]),
    {
      name: `${s.lang}: one commented-out call is enough`,
      ...changed(s.path, undefined, head),
      findings: [{ messageId: "commentedOutLine", path: s.path, line: head.split("\n").indexOf(s.commentedCall) + 1 }],
    },
    {
      name: `${s.lang}: parts of one disabled block split by a blank line are one finding at its first line`,
      ...changed(s.path, undefined, withComment([s.commentedCall, "", s.commentedCall])),
      findings: [{ messageId: "commentedOut", line: withComment([s.commentedCall]).split("\n").indexOf(s.commentedCall) + 1, data: { count: 2 } }],
    },
    {
      name: `${s.lang}: a commit whose subject says it disables something, but not this code`,
      ...bySubject(changed(s.path, undefined, withComment([s.commentedCall])), "Temporarily disable the slow check"),
      findings: [{ messageId: "commentedOutLine" }],
    },
    {
      name: `${s.lang}: a commit that says it disables something, but not what this code is`,
      ...bySubject(changed(s.path, undefined, withComment([s.commentedCall])), "Add more checks\n\n* disable the flaky upload retries"),
      findings: [{ messageId: "commentedOutLine" }],
    },
    {
      name: `${s.lang}: commented-out code added inside an existing function`,
      ...changed(s.path, withComment([]), head),
      findings: [{ messageId: "commentedOutLine" }],
    },
  );
  // Round 7 (#10): a sentence left open over the code, a ported file, the template of a removed series.
  const header = (text: string) => {
    const [first, ...rest] = text.split("\n");
    return [first, `${lead.trim()} This class has been derived from "FastDoubleParser". Apache 2.0 License.`, ...rest].join("\n");
  };
  const series = s.file("f", [s.stmt(1), s.stmt(5)]);
  valid.push(
    // devise 354df3bc65: "# assumes default configuration of" over the config it names.
    {
      name: `${s.lang}: a sentence that ends in "of" leads into the code`,
      ...changed(s.path, undefined, withComment([say("assumes the default configuration of"), s.commentedCall])),
    },
    {
      name: `${s.lang}: a sentence that ends in "as" leads into the code`,
      ...changed(s.path, undefined, withComment([say("the first request is sent as"), s.commentedCall])),
    },
    // jackson-core 7fa3770a0c: the file says at base it is derived from another project.
    { name: `${s.lang}: a file derived from another project, by its header at base`, ...changed(s.path, header(withComment([])), header(head)) },
    // pino ff1546b8bb: `// warning.create(warnName, 'PINODEP010', 'A new deprecation')` after the live entries went.
    { name: `${s.lang}: the template of the next entry of a series the change removed`, ...changed(s.path, series, s.file("f", [say(s.stmt(9).trim())])) },
  );
  // jackson-core 7fa3770a0c: the parked block's own first line says why (`// Note: Performance … is awful`).
  const uncommented = s.commentedCall.replace(/^(\s*)(\/\/|#)\s?/, "$1");
  const blockComments = !["Python", "Ruby"].includes(s.lang);
  valid.push(
    {
      name: `${s.lang}: a parked block whose own first line is a note saying why`,
      ...changed(s.path, undefined, withComment([say(`${lead.trim()} Note: too slow unless the JIT compiles it.`), s.commentedCall])),
    },
    ...(blockComments
      ? [
          {
            name: `${s.lang}: a block comment that opens with a note saying why`,
            ...changed(s.path, undefined, withComment(["/*", "// Note: performance is awful unless C2 compiles it.", uncommented, "*/"])),
          },
        ]
      : []),
  );
  if (blockComments)
    invalid.push({
      // jackson-core 5024910f32: live lines the base had, now inside `/* … */`, are no template of the removed ones.
      name: `${s.lang}: lines the base had live, commented out in a block comment while others of their shape go`,
      ...changed(s.path, s.file("f", [s.stmt(3), s.stmt(4), s.stmt(6), s.stmt(7)]), s.file("f", ["/*", s.stmt(3), s.stmt(4), "*/"])),
      findings: [{ messageId: "commentedOut" }],
    });
  invalid.push({
    name: `${s.lang}: a parked block whose own first line only says what it does`,
    ...changed(s.path, undefined, withComment([say(`${lead.trim()} Write the file.`), s.commentedCall, s.commentedCall])),
    findings: [{ messageId: "commentedOut" }],
  });
  const guard = GUARDS[s.lang];
  const parked = (n: number) => parkedBody(s, n);
  valid.push(
    // jackson-core 425da977ca: `if (true) return;` over the calls at base; the change comments them out instead.
    {
      name: `${s.lang}: code switched off at base already behind an early return`,
      ...changed(s.path, s.file("f", [guard, s.stmt(3)]), s.file("f", [say(s.stmt(3).trim())])),
    },
    // validator e0e1af6a61: thousands of lines of tests parked between the few kept live.
    { name: `${s.lang}: a file whose code the change comments out wholesale`, ...changed(s.path, undefined, s.file("f", parked(401))) },
  );
  invalid.push(
    {
      name: `${s.lang}: live code at base commented out, with no guard over it at base`,
      ...changed(s.path, s.file("f", [s.stmt(2), s.stmt(3)]), s.file("f", [s.stmt(2), "", say(s.stmt(3).trim().replace(/3/, "x"))])),
      findings: [{ messageId: "commentedOutLine" }],
    },
    {
      name: `${s.lang}: a few commented-out lines between live ones are still said`,
      ...changed(s.path, undefined, s.file("f", parked(3))),
      findings: [{ messageId: "commentedOutLineAlso" }],
    },
    {
      name: `${s.lang}: a "derived from" header the change writes itself vouches for nothing`,
      ...changed(s.path, withComment([]), header(head)),
      findings: [{ messageId: "commentedOutLine" }],
    },
    {
      name: `${s.lang}: the removed entries themselves commented out are reported`,
      ...changed(s.path, series, s.file("f", [say(s.stmt(3).trim()), say(s.stmt(4).trim())])),
      findings: [{ messageId: "commentedOut", data: { count: 2 } }],
    },
    {
      name: `${s.lang}: a finished sentence over the code does not lead into it`,
      ...changed(s.path, undefined, withComment([say("assumes the default configuration."), s.commentedCall])),
      findings: [{ messageId: "commentedOutLine" }],
    },
  );
}

/** A rule-tester case whose change is one commit with this message. */
/** A name of five letters or more in a commented call (`println`), which a subject can name it by. */
function namedCall(call: string): string | undefined {
  return /[A-Za-z]{5,}/.exec(call)?.[0];
}

function bySubject<T extends { change: Change }>(c: T, message: string): T {
  return { ...c, change: { ...c.change, commits: [{ sha: "c".repeat(40), message, author: { name: "a", email: "a@example.com" } }] } };
}

const ts = (lines: string[]) => change([addedFile("src/a.ts", lines, 1, { status: "added" })]);

/** A test file ported from the base (regex's `tests/replace.rs` → `newtests/replace.rs`): the source marks its old lines. */
function ported(restored: boolean): ValidCase {
  const s = SAMPLES[0];
  const c = changed(s.path, undefined, s.file("f", [s.stmt(1), s.commentedCall, s.stmt(3)]));
  const file = c.change.files[0];
  const commented = file.addedLines.find((l) => l.text === s.commentedCall)!.line;
  if (restored) Object.assign(file, { restoredLines: [commented], restoredFrom: "ported from tests/f at base" });
  return { name: `${s.lang}: commented-out code ${restored ? "ported from" : "new beside"} the base's old file`, ...c };
}
valid.push(ported(true));
invalid.push({ ...ported(false), findings: [{ messageId: "commentedOutLine", path: SAMPLES[0].path }] });

// serilog 81a7d457b2: jQuery UI inside NuGet's package folder, its authors' commented-out code.
const nuget = SAMPLES.find((s) => s.path.endsWith(".js"))!;
valid.push({
  name: "JS: a NuGet package's script in packages/<Id>.<Version>/",
  ...changed(
    `packages/jQuery.UI.Combined.1.8.20.1/Content/Scripts/${nuget.path.replace(/^.*\//, "")}`,
    undefined,
    nuget.file("f", [...range(2, nuget.stmt), nuget.commentedCall, nuget.stmt(9)]),
  ),
});
invalid.push({
  name: "JS: the same commented-out code in the project's own script",
  ...changed(nuget.path, undefined, nuget.file("f", [...range(2, nuget.stmt), nuget.commentedCall, nuget.stmt(9)])),
  findings: [{ messageId: "commentedOutLine", path: nuget.path }],
});

testRuleBeforeCalibration("no-commented-out-code", {
  valid: [
    {
      // immer a682eafb07: a section heading over a block of type tests, read by a grammar as a call.
      name: "TS: a heading with a note in parentheses is no call (`// Interface (nested in interface)`)",
      ...changed(
        "__tests__/types.ts",
        undefined,
        ["// Interface (nested in interface)", "{", "  interface Foo {", "    a: { b: number }", "  }", "}"].join("\n"),
      ),
    },
    {
      // immer ca18dd63c8: expressions shown with their results, then the paragraph they illustrate.
      name: "JS: expressions shown with their results (`0 === -0 // true`) explain, they are not dead code",
      ...changed(
        "__tests__/base.js",
        undefined,
        [
          "it('keeps -0', () => {",
          "  // 0 === -0 // true",
          "  // Object.is(0, -0) // false",
          "  //",
          "  // MWE:",
          "  // Immer preserves the difference between -0 and +0,",
          "  // so a new state is created.",
          "  expect(next).not.toBe(base)",
          "})",
        ].join("\n"),
      ),
    },
    {
      // Dapper 8152f2c718: the line above says why the assertions are off.
      name: "C#: assertions under the reason they are off (`// too brittle in concurrent tests to assert`)",
      ...changed(
        "Dapper.Tests/AsyncTests.cs",
        undefined,
        [
          "class T {",
          "  void M() {",
          "    // too brittle in concurrent tests to assert",
          "    // Assert.Equal(0, before);",
          "    // Assert.Equal(0, after);",
          "    Assert.Equal(123, c);",
          "  }",
          "}",
        ].join("\n"),
      ),
    },
    bySubject(
      {
        // Dapper e6f63507bf: the commit parks the API until it is tested.
        name: "C#: the commit removes the API until it is tested",
        ...changed(
          "Dapper.ProviderTools/BulkCopy.cs",
          undefined,
          [
            "class BulkCopy {",
            "  //public static void Register(Type type, Func<DbConnection, BulkCopy> factory)",
            "  //{",
            "  //    factories[type] = factory;",
            "  //}",
            "}",
          ].join("\n"),
        ),
      },
      "remove the BulkCopy.Register API until I have chance to test it",
    ),
    {
      // tracing 48b8266f49: a test commented out long ago, touched by a rename across the file (`.done()` became `.only()`).
      name: "Rust: one line edited inside a block that was commented out already",
      ...changed("src/lib.rs", OLD_BLOCK.join("\n"), OLD_BLOCK.map((l) => l.replace(".done()", ".only()")).join("\n")),
    },
    {
      // PHPMailer 8d4fc6d507: untranslated keys kept as commented English entries, in every language file.
      name: "PHP: commented entries of a translation file are placeholders for the translator",
      ...changed(
        "language/phpmailer.lang-fi.php",
        undefined,
        [
          "<?php",
          "$PHPMAILER_LANG['encoding'] = 'Tuntematon koodaustyyppi: ';",
          "//$PHPMAILER_LANG['signing'] = 'Signing Error: ';",
          "//$PHPMAILER_LANG['smtp_error'] = 'SMTP server error: ';",
        ].join("\n"),
      ),
    },
    {
      // sidekiq 6a8dc745a7: the value's shape documented over the line that reads the variable.
      name: 'Ruby: `# LANG=en_US.utf-8` over the line that reads ENV["LANG"]',
      ...changed(
        "lib/sidekiq/tui.rb",
        undefined,
        ["def load_language", '  require "yaml"', "  # LANG=en_US.utf-8", '  lang = (ENV["LANG"] || "en").split(".").first', "end"].join("\n"),
      ),
    },
    {
      // jsoup 18f87f1803: the preferred assertion, then the one used, then why.
      name: "Java: a commented alternative with the reason it cannot be used right under the live line",
      ...changed(
        "src/test/java11/org/jsoup/helper/HttpClientExecutorTest.java",
        undefined,
        [
          "class T {",
          "  void t() {",
          "    RequestExecutor executor = RequestDispatch.get(null, null);",
          "    //assertInstanceOf(HttpClientExecutor.class, executor);",
          '    assertEquals("org.jsoup.helper.HttpClientExecutor", executor.getClass().getName());',
          "    // Haven't figured out how to get Maven to allow this on the classpath for the surefire tests, hence not instanceof",
          "  }",
          "}",
        ].join("\n"),
      ),
    },
    {
      // AutoMapper 2ec414e1: a lock class pasted in under its LGPL header, debug checks commented out by its authors.
      name: "TS: a file the change copies in under another project's licence",
      change: ts(["// Licensed under the GNU Lesser General Public License.", "const x = 1;", "// if (x > 1) {", "//   console.log(x);", "// }", "use(x);"]),
    },
    ...valid,
    {
      // okhttp e08bac1187: the line over the code says when it comes.
      name: "Kotlin: commented-out code under 'Introduce in a separate change'",
      change: change([
        addedFile("build-logic/conventions.gradle.kts", ["// Introduce in a separate change", "//configureJavaCompatibility(javaVersion = 8)"], 1, {
          status: "added",
        }),
      ]),
    },
    {
      // okhttp 4b1dff6c3f: the reason opens the block (`configure {` then "Disable to unblock …"), the
      // commented line sits in a nested block with its `//` in column 0.
      name: "Kotlin: a reason at the top of the enclosing block covers a column-0 comment in a nested block",
      change: change([
        addedFile(
          "okhttp/build.gradle.kts",
          [
            'tasks.named<Jar>("jvmJar").configure {',
            "  // Disable to unblock Kotlin bump",
            "  // Raised upstream",
            "",
            "  manifest {",
            '    attributes("Automatic-Module-Name" to "okhttp3")',
            "  }",
            "",
            "  doLast {",
            "//    bundleExtension.buildAction().execute(this)",
            "  }",
            "}",
          ],
          1,
          { status: "added" },
        ),
      ]),
    },
    {
      // regex ff27ce08bc: `newtests/replace.rs` ports `tests/replace.rs`, commented-out cases and all.
      name: "Rust: commented-out lines a new file's older twin (`newtests/` for `tests/`) had commented out already",
      change: change([
        addedFile(
          "newtests/replace.rs",
          ['replace!(first, replace, r"[0-9]", "age: 26", "Z", "age: Z6");', '// replace!(number_underscore, replace, r"(.)(.)", "ab", "$1_$2", "a_b");'],
          1,
          { status: "added" },
        ),
        addedFile("src/lib.rs", ["pub fn f() {}"], 3, { status: "modified" }),
      ]),
      lookups: {
        issues: new Map(),
        fileContents: new Map(),
        baseContents: new Map([["tests/replace.rs", '// replace!(number_underscore, replace, r"(.)(.)", "ab", t!("$1_$2"), "a_b");\n']]),
      },
    },
    {
      name: "Java: a TODO over the test class, an annotation between, covers a disabled assertion in a method",
      change: change([
        addedFile(
          "src/test/java/RetryTest.java",
          [
            "// TODO: these fail since the retry rewrite",
            "@RunWith(JUnit4.class)",
            "class RetryTest {",
            "  @Test void a() {",
            "    // assertEquals(1, retries());",
            "  }",
            "}",
          ],
          1,
          { status: "added" },
        ),
      ]),
    },
    {
      name: "TS: a FIXME over the describe block",
      change: ts(["// FIXME: flaky on CI", 'describe("upload", () => {', '  it("retries", () => {', "    // expect(upload()).toBe(true);", "  });", "});"]),
    },
    {
      name: "TS: explanatory prose over several lines",
      change: ts(["// Retry three times because the upstream API", "// drops the first request after a deploy,", "// and we would rather wait than fail."]),
    },
    { name: "Python: a numbered list", change: change([addedFile("app/a.py", ["# Steps:", "# 1. read the file", "# 2. parse it"], 1, { status: "added" })]) },
    {
      name: "Go: directives and rulers",
      change: change([addedFile("main.go", ["//go:generate stringer -type=Kind", "// -----------", "// nolint:errcheck"], 1, { status: "added" })]),
    },
    { name: "JSDoc tags", change: change([addedFile("src/a.js", ["/**", " * @param {string} a", " * @returns {number}", " */"], 1, { status: "added" })]) },
    {
      name: "TS: linter directives and URLs",
      change: ts(["// eslint-disable-next-line no-console", "// https://example.com/a(b)", "// TODO(#12): call foo()"]),
    },
    { name: "TS: a label-like note is not code", change: ts(["// Note: slow", "const a = 1;"]) },
    {
      name: "Python: type and lint pragmas",
      change: change([addedFile("app/a.py", ["x = f()  # type: ignore", "# pylint: disable=foo", "# noqa: E501"], 1, { status: "added" })]),
    },
    {
      name: "Rust: //! and /// doc examples",
      change: change([addedFile("src/lib.rs", ["//! ```", "//! let x = foo();", "//! ```", "/// let y = bar();", "fn f() {}"], 1, { status: "added" })]),
    },
    {
      name: "Ruby: prose that happens to parse as a method call",
      change: change([addedFile("lib/a.rb", ["x = 1", "# see the docs", "# returns nil"], 1, { status: "added" })]),
    },
    { name: "Kotlin: infix prose", change: change([addedFile("A.kt", ["val x = 1", "// make it so"], 1, { status: "added" })]) },
    {
      name: "Ruby and Go: code indented under prose is an example the prose introduces",
      change: change([
        addedFile("lib/a.rb", ["# Use it like this:", "#", "#   req = Rack::Request.new(env)", "#   req.post?", "x = 1"], 1, { status: "added" }),
        addedFile(
          "a.go",
          ["package a", "// To support coloring in Windows use:", "//", "//\tgin.DefaultWriter = colorable.NewColorableStdout()", "var W = 1"],
          1,
          { status: "added" },
        ),
      ]),
    },
    {
      name: "Kotlin: a bit diagram is not an assignment",
      change: change([addedFile("A.kt", ["val x = 1", "// 0x2207 = 0b0010 0010 0000 0111"], 1, { status: "added" })]),
    },
    { name: "a trailing comment after code", change: ts(["const a = 1; // foo(a);"]) },
    { name: "min_lines above the block's size", options: { min_lines: 3 }, change: ts(["// const a = 1;", "// const b = 2;"]) },
    { name: "commented-out code that the change did not add", ...changed("src/a.ts", "// foo(1);\nconst a = 1;", "// foo(1);\nconst a = 2;") },
    {
      // requests a345b776 reformatted docs/conf.py: every Sphinx default it had commented out came back re-spaced.
      name: "Python: a reformat re-adds the commented-out lines the file already had",
      ...changed(
        "docs/conf.py",
        "#html_logo = None\n\n#  html_favicon = None\nproject = 'r'",
        "# html_logo = None\n\n# html_favicon = None\nproject = 'requests'",
      ),
    },
    {
      // moshi fb33dde3 "Migrate to ktfmt" re-indented commented-out lines inside test functions.
      name: "Kotlin: a formatter re-indents an existing commented-out line",
      ...changed(
        "src/test/A.kt",
        ["fun a() {", "    val x = 1", "//    val result2 = adapter.fromJson(x)!!", "}"].join("\n"),
        ["fun a() {", "  val x = 1", "  //    val result2 = adapter.fromJson(x)!!", "}"].join("\n"),
      ),
    },
    {
      name: "TS: commented-out code moved from another file of the change",
      change: change([addedFile("src/core.ts", ["// this._prepResources();", "init();"], 1, { status: "added" }), addedFile("src/stripe.ts", ["init();"], 1)]),
      lookups: {
        issues: new Map(),
        fileContents: new Map([["src/stripe.ts", "init();"]]),
        baseContents: new Map([["src/stripe.ts", "// this._prepResources();\ninit();"]]),
      },
    },
    {
      // moshi: IntelliJ's language injection comment above a JSON string.
      name: "Kotlin: IDE directives are not code",
      change: change([
        addedFile(
          "src/test/A.kt",
          [
            "fun a() {",
            "  // language=JSON",
            '  val json = "{}"',
            "  //language=kotlin",
            "  // noinspection unchecked",
            "  // @formatter:off",
            "  // region Helpers",
            "}",
          ],
          1,
          { status: "added" },
        ),
      ]),
    },
    {
      name: "directives of linters and IDEs in every comment syntax",
      change: change([
        addedFile("src/A.java", ["class A {", "  // NOSONAR", "  // CHECKSTYLE:OFF", "  // swiftlint:disable all", "}"], 1, { status: "added" }),
        addedFile("lib/a.rb", ["# rubocop:disable Style/Foo", "x = 1", "# :nocov:"], 1, { status: "added" }),
        addedFile("app/a.py", ["# fmt: off", "x = 1", "# isort: skip", "# pragma: no cover"], 1, { status: "added" }),
        addedFile("src/a.ts", ["// prettier-ignore", "const a = [1];", "/* istanbul ignore next */", "// #region helpers"], 1, { status: "added" }),
        addedFile("src/a.php", ["<?php", "// phpcs:ignore Generic.Foo", "$a = 1;", "// @phpstan-ignore-next-line"], 1, { status: "added" }),
      ]),
    },
    {
      // moshi 2db351f8: the TODO is indented with the code, the commented-out lines are not.
      name: "Kotlin: the reason in the comment right above, at another indentation",
      change: change([
        addedFile(
          "src/test/A.kt",
          [
            "fun a() {",
            "    val x = 1",
            "    // TODO doesn't work yet.",
            "    //  need to invoke the constructor first",
            "//    val result2 = adapter.fromJson(x)!!",
            "}",
          ],
          1,
          { status: "added" },
        ),
      ]),
    },
    {
      // stripe-node's snippets: "// or:" and "this line would give a type error:" introduce examples.
      name: "TS: an alternative introduced by a lead-in",
      change: ts(["const meter = await event.fetchRelatedObject();", "// or:", "// const meter = await eventNotification.fetchRelatedObject();"]),
    },
    {
      name: "English with parentheses is not code",
      change: change([
        addedFile("lib/a.rb", ["x = 1", "# call foo(bar) first"], 1, { status: "added" }),
        addedFile("src/a.ts", ["// call foo(bar) first", "const a = 1;"], 1, { status: "added" }),
      ]),
    },
    {
      // moshi cc53f0ec: the comment shows the Kotlin that the next call emits.
      name: "Kotlin and Java: the code a generator is about to emit",
      change: change([
        addedFile(
          "src/main/kotlin/Gen.kt",
          [
            "fun gen() {",
            "  // return if (mask == all) Constructor(value) else Constructor()",
            '  result.addCode("return·if·(%L·== 0x%L.toInt())·{\\n", maskName)',
            "}",
          ],
          1,
          { status: "added" },
        ),
        addedFile(
          "src/main/java/Gen.java",
          ["class Gen {", "  void gen() {", "    // return new Foo(value);", '    code.addStatement("return new $T($L)", foo, value);', "  }", "}"],
          1,
          { status: "added" },
        ),
      ]),
    },
    {
      // The direct form of an indirect call explains it: reflection, `getattr`, a method looked up by name.
      name: "Java, Python and TS: the direct form of the indirect call below",
      change: change([
        addedFile(
          "src/A.java",
          ["class A {", "  void a() throws Exception {", "    // queue.addOperation(r);", "    addOperation.invoke(queue, r);", "  }", "}"],
          1,
          {
            status: "added",
          },
        ),
        addedFile("app/a.py", ["def a(client):", "    # client.close()", '    getattr(client, "close")()'], 1, { status: "added" }),
        addedFile("src/a.ts", ["export function a(q: Q) {", "  // q.addOperation(r);", '  return q["addOperation"].call(q, r);', "}"], 1, { status: "added" }),
      ]),
    },
    {
      // Newtonsoft.Json cdf10151d5: a test parked with a link to the compiler bug that blocks it.
      name: "C#: a commented-out test that links the issue it waits for",
      change: change([
        addedFile(
          "src/ATest.cs",
          [
            "class ATest {",
            "  //[Test]",
            '  //[Ignore("https://github.com/dotnet/roslyn/issues/36974")]',
            "  //public void A()",
            "  //{",
            "",
            '  //    Assert.AreEqual("a", a);',
            "  //}",
            "}",
          ],
          1,
          { status: "added" },
        ),
      ]),
    },
    {
      // moshi 4dd4a9d222: "* Now disable checkstyle until we can fix them all" in a squash's body.
      name: "Kotlin: a line of the commit message disables what the code names",
      ...bySubject(
        changed(
          "build.gradle.kts",
          undefined,
          ["val a = 1", '//  apply(plugin = "checkstyle")', "//  configure<CheckstyleExtension> {", '//    toolVersion = "8.28"', "//  }"].join("\n"),
        ),
        "Migrate to Gradle (#1159)\n\n* Set up moshi module\n\n* Now disable checkstyle until we can fix them all :|",
      ),
    },
    {
      name: "compiled output is not reviewed",
      change: change([addedFile("esm/index.js", ["// foo.bar(x);", "export const a = 1;"], 1, { status: "added" })]),
    },
    {
      // faraday badabdd7: the encoded query string the assertions below check.
      name: "Ruby: an example query string over the assertions is data, not code",
      ...changed("test/form_post_test.rb", "def t\nend\n", "def t\n  # a[]=b&a[][c]=d&a[][]=e\n  assert_match(/a/, body)\nend\n"),
    },
    { name: "Python: an example URL", ...changed("pkg/a.py", "x = 1\n", "# https://example.com/api/v1/items?page=2&per_page=10\nx = 1") },
    { name: "Python: example key=value pairs", ...changed("pkg/a.py", "x = 1\n", "# name=alice role=admin timeout=30\nx = 1") },
    { name: "TS: an example path", ...changed("src/a.ts", "const x = 1;\n", "// src/fixtures/users/alice.json\nconst x = 1;") },
    {
      // chi 4c747ca9: debug prints a test keeps commented out, to switch back on.
      name: "Go: commented-out debug prints in a test are toggles",
      ...changed(
        "tree_test.go",
        "package chi\n",
        [
          "package chi",
          "",
          "func TestTree(t *testing.T) {",
          '\t// log.Println("~~~~~~~~~")',
          "\t// debugPrintTree(0, 0, tr.root, 0)",
          '\t// log.Println("~~~~~~~~~")',
          "\tx := 1",
          "}",
        ].join("\n"),
      ),
    },
    {
      name: "Rust: commented-out println!s in a test",
      ...changed(
        "tests/client.rs",
        "fn a() {}\n",
        'fn a() {}\n#[test]\nfn t() {\n    // println!("{:?}", res);\n    // println!("{:?}", res.headers());\n    assert!(true);\n}',
      ),
    },
    {
      // axios b17e109e: the browser matrix keeps launchers to switch on.
      name: "JS: commented launchers in a Karma config are toggles",
      ...changed(
        "karma.conf.js",
        "module.exports = {};\n",
        [
          "module.exports = function (config) {",
          "  if (runAll || process.env.SAUCE_CHROME) {",
          "    customLaunchers.SL_Chrome = createCustomLauncher('chrome');",
          "    // customLaunchers.SL_ChromeDev = createCustomLauncher('chrome', 'dev');",
          "    // customLaunchers.SL_ChromeBeta = createCustomLauncher('chrome', 'beta');",
          "  }",
          "};",
        ].join("\n"),
      ),
    },
    {
      // hyperium/http cc0c2a04: the root util crate generates a table; the other output mode stays at hand.
      name: "Rust: an alternate output mode in a root-level codegen util",
      ...changed(
        "util/src/main.rs",
        "fn main() {}\n",
        ["fn main() {", '    println!("    {:?},", string);', "    /*", '    println!("{}", &doc[1..doc.len()-5]);', '    println!("");', "    */", "}"].join(
          "\n",
        ),
      ),
    },
    {
      // CsvHelper 3b14b70f: a benchmark project's program keeps its alternatives commented.
      name: "C#: a commented alternative in a performance project",
      ...changed(
        "performance/CsvHelper.Performance/Program.cs",
        "class Program {}\n",
        ["class Program {", "  static void Run() {", "    var x = Read();", "    // var y = ReadAll(x, true);", "    Use(x);", "  }", "}"].join("\n"),
      ),
    },
    {
      // CsvHelper d8c22be9: the Main is a menu of benchmarks; the change picked another one.
      name: "C#: a program's Main that is a menu of calls",
      ...changed(
        "src/Tool/Program.cs",
        "class Program {}\n",
        [
          "class Program {",
          "  static void Main(string[] args) {",
          "    //WriteField( 50, 1000000);",
          "    //WriteRecords( 1000000 );",
          "",
          "    //Parse();",
          "    ReadGetRecords();",
          "  }",
          "}",
        ].join("\n"),
      ),
    },
    {
      // axios d1d359da: the note says what the swallowing catch yields.
      name: "JS: `// return undefined` alone in an empty catch",
      ...changed(
        "lib/adapters/fetch.js",
        "const a = 1;\n",
        ["const a = 1;", "const ok = (() => {", "  try {", "    return check();", "  } catch (err) {", "    // return undefined", "  }", "})();"].join("\n"),
      ),
    },
    {
      name: "a generated file (stripe-node's OpenAPI resources)",
      change: ts(["// File generated from our OpenAPI spec", "", "// foo.bar(x);", "const a = 1;"]),
    },
    {
      // wire fda79e1970: "Options are not yet implemented": the commented calls are the list of what is to come.
      name: "Kotlin: placeholders in a new file when the change says they are not implemented yet",
      ...changed("wire-schema/src/SchemaEncoder.kt", undefined, ENCODER),
      change: change([modifiedFileOnly("wire-schema/src/SchemaEncoder.kt", ENCODER)], {
        commits: [commit("SchemaEncoder: encode schemas\n\nOptions are not yet implemented.")],
      }),
    },
    {
      // thor e144bdcd54: `##` became `#`; the block was commented out already.
      name: "Ruby: a block already commented out that lost one `#`",
      ...changed("spec/thor_runner_spec.rb", RUNNER_BASE, RUNNER_BASE.replace(/^## ?/gm, "# ").replace(/^# $/gm, "#")),
    },
  ],
  invalid: [
    ...invalid,
    {
      // immer efa396d4d1: an argument alone on its line (`0`) is code, so the block is reported from its first line.
      name: "JS: a disabled block with a lone `0` argument is one block from its first line",
      ...changed(
        "src/report.js",
        undefined,
        [
          "run()",
          "// // Analysis by category",
          "// const total = Array.from(stats.values()).reduce(",
          "// \t(sum, n) => sum + n,",
          "// \t0",
          "// )",
          "// console.log(total)",
          "done()",
        ].join("\n"),
      ),
      findings: [{ messageId: "commentedOut", line: 2, data: { count: 6 } }],
    },
    {
      // immer 553299f699: the leftover line is reported alone; the live note under it stays.
      name: "JS: a commented-out call over a live note counts the call only (`// revoke all proxies`)",
      ...changed(
        "immer.js",
        undefined,
        ["function produce() {", "  // console.log(`proxies: ${revocableProxies.size}`)", "  // revoke all proxies", "  revoke(revocableProxies)", "}"].join(
          "\n",
        ),
      ),
      findings: [{ messageId: "commentedOutPrint", line: 2 }],
    },
    {
      name: "JS: assignments with trailing value notes are still code (`// total = compute() // 3`)",
      ...changed("src/a.js", undefined, ["function f() {", "  // total = compute() // 3", "  // count = total * 2 // 6", "  return 1", "}"].join("\n")),
      findings: [{ messageId: "commentedOut", line: 2, data: { count: 2 } }],
    },
    {
      // A `language/` folder of a compiler holds code, not translations.
      name: "TS: commented-out code in a language/ folder's source file",
      ...changed("src/language/parser.ts", undefined, ["export function parse(s: string) {", "  // tokens.push(next(s));", "  return s;", "}"].join("\n")),
      findings: [{ messageId: "commentedOutLine", line: 2 }],
    },
    {
      // An environment assignment commented out over code that does not read the variable is dead code.
      name: "Ruby: a commented `NAME=value` over a line that does not read it",
      ...changed("lib/tui.rb", undefined, ["def load", "  # LANG=en_US.utf-8", '  lang = default_lang.split(".").first', "end"].join("\n")),
      findings: [{ messageId: "commentedOutLine", line: 2 }],
    },
    {
      // jsoup 2b443dff87: a leftover selector line with no reason beside it.
      name: "Java: a commented line followed by live code and an unrelated comment",
      ...changed(
        "src/main/java/org/jsoup/integration/Connect.java",
        undefined,
        [
          "class T {",
          "  void t() {",
          '    //Elements els = doc.select("div");',
          '    Element el = doc.selectFirst("p");',
          "    // check the paragraph",
          "  }",
          "}",
        ].join("\n"),
      ),
      findings: [{ messageId: "commentedOutLine", line: 3 }],
    },
    {
      // wire fda79e1970 without its "not yet implemented": one ask for a TODO for the whole new file.
      name: "Kotlin: calls mirroring their live neighbours in a new file are one ask for a TODO",
      ...changed("wire-schema/src/SchemaEncoder.kt", undefined, ENCODER),
      findings: [{ messageId: "commentedOutPlaceholder", line: 5, data: { count: 3, more: 1 } }],
    },
    {
      // werkzeug 4baf7f2580: the finding points at the block's first line, not the first line the base lacked.
      name: "Python: a block partly at base is reported at its first line",
      ...changed(
        "tests/test_security.py",
        ["def test_pbkdf2():", "    #      '0c60c80f961f0e71f3a9b524af6012062fe037a6')", "    check(1)"].join("\n"),
        ["def test_pbkdf2():", "    # check('password', 'salt', 1, None,", "    #      '0c60c80f961f0e71f3a9b524af6012062fe037a6')", "    check(1)"].join("\n"),
      ),
      findings: [{ messageId: "commentedOut", line: 2, data: { count: 2 } }],
    },
    {
      name: "JS: a commented return that disables the rest of a function is still said",
      ...changed("lib/a.js", "const a = 1;\n", ["const a = 1;", "function f(x) {", "  // return undefined", "  return compute(x);", "}"].join("\n")),
      findings: [{ messageId: "commentedOutLine", line: 3 }],
    },
    {
      name: "C#: commented calls in a Main of a library's test (not a menu: no live call beside them)",
      ...changed(
        "src/App/Program.cs",
        "class Program {}\n",
        [
          "class Program {",
          "  static void Main(string[] args) {",
          "    var app = Build();",
          "    //app.Seed();",
          "    //app.Migrate();",
          "    app.Run(args);",
          "  }",
          "}",
        ].join("\n"),
      ),
      findings: [{ messageId: "commentedOut", line: 4 }],
    },
    {
      name: "TS: a folder whose name merely ends in 'bench' (workbench/) is not a harness",
      ...changed("src/vs/workbench/a.ts", "const a = 1;\n", ["const a = 1;", "function f(x) {", "  // x = clone(x);", "  return x;", "}"].join("\n")),
      findings: [{ messageId: "commentedOutLine", line: 3 }],
    },
    {
      name: "JS: a util folder inside the library is not a harness",
      ...changed(
        "src/util/merge.js",
        "const a = 1;\n",
        ["const a = 1;", "function merge(a, b) {", "  // a = clone(a);", "  return Object.assign(a, b);", "}"].join("\n"),
      ),
      findings: [{ messageId: "commentedOutLine", line: 3 }],
    },
    {
      // reqwest ba7b2a75: trust-dns switched off during a refactor: a TODO, or deletion, is the ask.
      name: "Rust: a feature switched off asks for a TODO or deletion",
      ...changed(
        "src/connect.rs",
        "use std::io;\n",
        [
          "use std::io;",
          "",
          '//#[cfg(feature = "trust-dns")]',
          "//type HttpConnector = hyper::client::HttpConnector<TrustDnsResolver>;",
          "type HttpConnector = hyper::client::HttpConnector;",
        ].join("\n"),
      ),
      findings: [{ messageId: "commentedOutFeature", line: 3, data: { feature: "trust-dns", count: 2 } }],
    },
    {
      // faraday f1b26575: the whole disabled spec, from its `context … do` line.
      name: "Ruby: a disabled spec is reported from the block's first line",
      ...changed(
        "spec/support/request_method.rb",
        "x = 1\n",
        [
          "x = 1",
          "",
          "# context 'when wrong ssl certificate is provided' do",
          "#   let(:ca_file_path) { 'tmp/faraday-different-ca-cert.crt' }",
          "#   before { conn_options.merge!(ssl: { ca_file: ca_file_path }) }",
          "#",
          "#   it do",
          "#     expect { conn.public_send(http_method, '/') }.to raise_error(Faraday::SSLError) # do |ex|",
          "#       expect(ex.message).to include?('certificate')",
          "#     end",
          "#   end",
          "# end",
          "y = 2",
        ].join("\n"),
      ),
      findings: [{ messageId: "commentedOut", line: 3 }],
    },
    {
      // chi 49e7138c: old code around a print is dead code, even in a test.
      name: "Go: an old if/else around log.Printf, commented out in a test, is still said",
      ...changed(
        "tree_test.go",
        "package chi\n",
        [
          "package chi",
          "",
          "func debugPrintTree(n *node) {",
          "\t// if n.handlers != nil {",
          '\t// \tlog.Printf("[node %d] %s", i, n.prefix)',
          "\t// } else {",
          '\t// \tlog.Printf("[node %d]", i)',
          "\t// }",
          '\tlog.Printf("%d", i)',
          "}",
        ].join("\n"),
      ),
      findings: [{ messageId: "commentedOut", line: 4 }],
    },
    {
      // One parked line in a test is said when it is an assertion the test no longer makes (session 16: a
      // commented-out `console.log(res.body)` there is too small to raise).
      name: "JS: a single commented-out assertion in a test is still said",
      ...changed(
        "test/acceptance/mvc.js",
        "it('a', function(done){\n});\n",
        "it('a', function(done){\n  request(app).end(function(res){\n    // assert.equal(res.body, 'ok');\n    done();\n  })\n});\n",
      ),
      findings: [{ messageId: "commentedOutLine", line: 3 }],
    },
    {
      name: "Python: a commented-out debug print outside a test is still said",
      ...changed("pkg/a.py", "x = 1\n", "x = 1\n# print(x)\ny = 2"),
      findings: [{ messageId: "commentedOutPrint", line: 2 }],
    },
    {
      // probot 072b8c26: `tslint:disable` over the describe is a tool's directive, not a reason.
      name: "TS: a linter's disable directive over the enclosing describe is no reason",
      change: ts([
        "// tslint:disable:no-empty",
        'describe("Probot", () => {',
        "  beforeEach(() => {",
        '    // process.env.DEBUG = "true";',
        "    init();",
        "  });",
        "});",
      ]),
      findings: [{ messageId: "commentedOutLine", line: 4 }],
    },
    {
      // probot 97c40575: the old code's own comment inside a disabled test is not a reason to keep the test.
      name: "TS: a note after code inside a longer disabled block is the old code's comment",
      change: ts(["// const a = load();", "", "// expect(a).toBe(30); // info level", "export const x = 1;"]),
      findings: [{ messageId: "commentedOut", line: 1, data: { count: 2 } }],
    },
    {
      name: "TS: a TODO over an unrelated function is no reason for code in the next one",
      change: ts(["// TODO: make it faster", "function a() {", "  return 1;", "}", "function b() {", "  // foo.bar(1);", "  return 2;", "}"]),
      findings: [{ messageId: "commentedOutLine", line: 6 }],
    },
    {
      name: "TS: a commented-out block is one finding",
      change: ts(["const x = 1;", "// if (x > 1) {", "//   console.log(x);", "// }", "use(x);"]),
      findings: [{ messageId: "commentedOut", path: "src/a.ts", line: 2, data: { count: 3 } }],
    },
    {
      // probot 97c405753b: a commented-out test with blank lines inside is one block, not "2 lines" and "9 lines".
      name: "TS: blank lines inside a commented-out block join it",
      change: ts(["// test('a', () => {", "//   const a = load();", "", "//   expect(a).toBe(1);", "// });", "", "export const x = 1;"]),
      findings: [{ messageId: "commentedOut", path: "src/a.ts", line: 1, data: { count: 4 } }],
    },
    {
      name: "TS: entries of an object literal are part of the commented-out code, not prose",
      change: ts([
        "// const probot = createProbot({",
        "//   env: {",
        "//     ...env,",
        '//     LOG_LEVEL: "info",',
        "//   },",
        "// });",
        "export const x = 1;",
      ]),
      findings: [{ messageId: "commentedOut", line: 1, data: { count: 6 } }],
    },
    {
      name: "Go: related commented-out blocks in one function are one finding",
      change: change([
        addedFile("a.go", ["package a", "", "func f(x int) int {", "\t//x = g(x)", "\tx++", "\t//x = h(x)", "\treturn x", "}"], 1, { status: "added" }),
      ]),
      findings: [{ messageId: "commentedOutLineAlso", line: 4, data: { also: " (also on line 6)" } }],
    },
    {
      name: "Kotlin: a commit message that disables something the code does not name",
      ...bySubject(
        changed(
          "build.gradle.kts",
          undefined,
          ["val a = 1", '//  apply(plugin = "detekt")', "//  configure<DetektExtension> {", '//    toolVersion = "1.2"', "//  }"].join("\n"),
        ),
        "Migrate to Gradle (#1159)\n\n* Now disable checkstyle until we can fix them all :|",
      ),
      findings: [{ messageId: "commentedOut", line: 2, data: { count: 4 } }],
    },
    {
      // regex e063ab689a: two runs in one function; the count is the shown run's, the other is named by its line.
      name: "Rust: runs of one function are one finding that counts the first run and names the other's line",
      change: change([
        addedFile(
          "src/hir.rs",
          [
            "fn negate(&mut self) {",
            "    for i in 1..end {",
            "        // let lower = self.ranges[i - 1].upper().increment();",
            "        // let upper = self.ranges[i].lower().decrement();",
            "        // self.ranges.push(I::create(lower, upper));",
            "        self.ranges.push(ClassRange { start, end });",
            "    }",
            "    if end < MAX {",
            "        // let lower = self.ranges[drain_end - 1].upper().increment();",
            "        // self.ranges.push(I::create(lower, I::Bound::max_value()));",
            "        self.ranges.push(ClassRange { start, end: MAX });",
            "    }",
            "}",
          ],
          1,
          { status: "added" },
        ),
      ]),
      findings: [{ messageId: "commentedOutAlso", line: 3, data: { count: 3, also: " (also on line 9)" } }],
    },
    {
      // One finding per file (#11): the first block's count, the other's line.
      name: "TS: blocks separated by code are one finding that names the other's line",
      change: ts(["// foo(1);", "const x = 1;", "// bar(2);", "// baz(3);"]),
      findings: [{ messageId: "commentedOutLineAlso", line: 1, data: { also: " (also on line 3)" } }],
    },
    {
      name: "TS: prose before the code is not counted",
      change: ts(["// The old renderer", "// const data = await fetch(url);", "// render(data);"]),
      findings: [{ messageId: "commentedOut", line: 2, data: { count: 2 } }],
    },
    {
      name: "Python: commented-out statements across indentation",
      change: change([addedFile("app/a.py", ["# for item in items:", "#     total += item.price", "# return total"], 1, { status: "added" })]),
      findings: [{ messageId: "commentedOut", line: 1, data: { count: 3 } }],
    },
    {
      name: "Java: commented-out calls in a block comment",
      change: change([addedFile("src/A.java", ["/*", "service.start();", "service.stop();", "*/"], 1, { status: "added" })]),
      findings: [{ messageId: "commentedOut", line: 2 }],
    },
    {
      name: "JS: a single call without a semicolon",
      change: change([addedFile("src/a.js", ["// validationSettings.forEach()"], 1, { status: "added" })]),
      findings: [{ messageId: "commentedOutLine", line: 1 }],
    },
    {
      name: "a new commented-out line next to ones the file already had",
      ...changed("app/a.py", "# a = 1\nx = 1", "# a = 1\n# b = 2\nx = 1"),
      findings: [{ messageId: "commentedOut", line: 2, data: { count: 2 } }],
    },
    {
      name: "live code at base that the change comments out",
      ...changed("src/a.ts", "const a = 1;\nfoo(a);", "const a = 1;\n// foo(a);"),
      findings: [{ messageId: "commentedOutLine", line: 2 }],
    },
    {
      name: "code after a directive is still code",
      change: ts(["// eslint-disable-next-line no-console", "// console.log(x);", "const x = 1;"]),
      findings: [{ messageId: "commentedOutPrint", line: 2 }],
    },
    {
      // cobra 5b1685fa: the comments inside a commented-out function are part of it, not prose around it.
      name: "Go: a commented-out function with comments inside is one block from its first line",
      change: change([
        addedFile(
          "cmd/a.go",
          [
            "package cmd",
            "",
            "//func createFile(path string) {",
            "//\tdata := make(map[string]string)",
            "//",
            "//\t// Write the file.",
            "//\terr := write(path, data)",
            "//\tif err != nil {",
            "//\t\ter(err)",
            "//\t}",
            "//}",
            "",
            "var A = 1",
          ],
          1,
          { status: "added" },
        ),
      ]),
      findings: [{ messageId: "commentedOut", line: 3, data: { count: 9 } }],
    },
    {
      name: "PHP: the rule asks for the head text, so a modified file's comments are read inside `<?php`",
      ...changed("src/A.php", "<?php\nfunction a() {\n  ob_start();\n  ob_flush();\n}", "<?php\nfunction a() {\n  ob_start();\n  // ob_flush();\n}"),
      findings: [{ messageId: "commentedOutLine", line: 4 }],
    },
    {
      // validator 5d28ac67f7: struct fields (`Value string`) are not sentences that cut the block in parts.
      name: "Go: a commented-out struct and its methods, split by blank lines, are one finding with every line counted",
      change: change([
        addedFile(
          "pkg/a_test.go",
          [
            "package pkg",
            "",
            "// type TestPtr struct {",
            "// \tValue string",
            "// }",
            "",
            "// func (tv *TestPtr) Validate(sl StructLevel) {",
            "",
            "// \tif len(tv.Value) == 0 {",
            '// \t\tsl.ReportError(tv.Value, "Value")',
            "// \t}",
            "// }",
            "",
            "// var _ Validatable = new(TestPtr)",
            "",
            "var A = 1",
          ],
          1,
          { status: "added" },
        ),
      ]),
      findings: [{ messageId: "commentedOut", line: 3, data: { count: 9 } }],
    },
    {
      name: "a modified file without its text: the added lines are parsed alone",
      change: change([addedFile("src/a.go", ["\tx := 1", "\t//fmt.Println(x)"], 10)]),
      findings: [{ messageId: "commentedOutPrint", line: 11 }],
    },
  ],
});
