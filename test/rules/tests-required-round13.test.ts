import type { Change } from "../../src/model/change.js";
import { addedFile, change } from "../helpers/make-change.js";
import { editsIn, type Edit } from "../helpers/edits.js";
import { testRuleBeforeCalibration as testRule } from "../helpers/pre-calibration.js";

/**
 * Session 13 (#11): shapes the set-11 and set-12 judges called noise, each beside the change that
 * adds behaviour without a test and is still asked about.
 */

const titled = (tree: string[], title: string, ...files: Edit[]) => {
  const made = editsIn(tree)(...files);
  const change: Change = { ...made.change, title, commits: [{ sha: "c".repeat(40), message: title, author: { login: "a" } } as Change["commits"][number]] };
  return { change, lookups: made.lookups };
};

/** A new test file: all of it is in view, so every case in it is judged. */
const added = (path: string, lines: string[]) => addedFile(path, lines, 1, { status: "added" });

// Docstrings built at run time (loguru's notifier): the helpers only feed `__doc__`.
const pyTree = ["setup.py", "loguru/__init__.py", "loguru/_notifier.py", "tests/test_notifier.py"];
const notifierBase = `class MetaNotifier:
    def __new__(cls):
        dict_ = {name: fn for name, fn in cls.generate_notifiers()}
        return type("Notifier", (), dict_)

    @staticmethod
    def generate_notifiers():
        for provider in all_providers():
            yield provider, make(provider)`.split("\n");
const docHelpers = `
    @staticmethod
    def generate_doc(notificators):
        bullets = "\\n".join("- %s" % n for n in sorted(notificators))
        if not bullets:
            bullets = "(none)"
        return textwrap.dedent("Available: %s" % bullets)

    @staticmethod
    def make_docstring(provider):
        doc = "Send with %s.\\n" % provider.name
        for key in sorted(provider.required):
            doc += "* %s\\n" % format_key(key)
        return doc

def format_key(key):
    return key.upper() if key else key`.split("\n");
const notifierHead = (use: string) => [
  ...notifierBase.slice(0, 3),
  '        dict_["__doc__"] = cls.generate_doc(dict_)',
  ...notifierBase.slice(3, 8),
  "            fn = make(provider)",
  `            ${use}`,
  "            yield provider, fn",
  ...docHelpers,
];

// A second format for another logging framework, behind a feature (chrono's defmt support).
const rustTree = ["Cargo.toml", "src/lib.rs", "src/offset/fixed.rs", "src/offset/mod.rs", "tests/dateutils.rs"];
const fixedBase = [
  "#[derive(PartialEq, Eq, Hash, Copy, Clone)]",
  "pub struct FixedOffset {",
  "    local_minus_utc: i32,",
  "}",
  "",
  "impl fmt::Display for FixedOffset {",
  "    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {",
  '        write!(f, "{}", self.local_minus_utc)',
  "    }",
  "}",
];
const defmtImpl = (cfg: string, trait: string) => [
  "",
  cfg,
  `impl ${trait} for FixedOffset {`,
  "    fn format(&self, f: defmt::Formatter) {",
  "        let offset = self.local_minus_utc;",
  "        let (sign, offset) = if offset < 0 { ('-', -offset) } else { ('+', offset) };",
  "        let sec = offset.rem_euclid(60);",
  "        if sec == 0 {",
  '            defmt::write!(f, "{}{:02}", sign, offset / 60)',
  "        } else {",
  '            defmt::write!(f, "{}{:02}:{:02}", sign, offset / 60, sec)',
  "        }",
  "    }",
  "}",
];
const padBase = ["#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]", "pub enum Pad {", "    None,", "    Zero,", "    Space,", "}"];
const padHead = [padBase[0], '#[cfg_attr(feature = "defmt", derive(defmt::Format))]', ...padBase.slice(1)];
const errorBase = ["#[derive(Clone, PartialEq, Eq, Debug)]", "pub struct ParseError(ParseErrorKind);", "", "pub enum ParseErrorKind {", "    OutOfRange,", "}"];
const errorHead = [
  errorBase[0],
  '#[cfg_attr(feature = "defmt", derive(defmt::Format))]',
  errorBase[1],
  "",
  '#[cfg_attr(feature = "defmt", derive(defmt::Format))]',
  ...errorBase.slice(3),
];

// A manual timing probe, skipped on purpose (commons-codec's `testSpeedCheck`).
const speedCheck = (annotations: string[], name: string) => [
  "public class BeiderMorseEncoderTest {",
  ...annotations,
  `    public void ${name}() throws EncoderException {`,
  "        BeiderMorseEncoder bmpm = new BeiderMorseEncoder();",
  "        for (int i = 0; i < 20; i++) {",
  "            long start = System.currentTimeMillis();",
  '            bmpm.encode("abcdefgh".substring(0, i % 8));',
  '            System.out.println("Elapsed time in ms:" + (System.currentTimeMillis() - start));',
  "        }",
  "    }",
  "}",
];

// Kotlin/Native code that calls C through cinterop (mordant's termios echo switch).
const kmpTree = [
  "mordant/build.gradle.kts",
  "mordant/src/commonMain/kotlin/a/Terminal.kt",
  "mordant/src/commonTest/kotlin/a/TerminalTest.kt",
  "mordant/src/nativeMain/kotlin/a/MppImpl.kt",
  "mordant/src/posixMain/kotlin/a/tty.kt",
];
const mppBase = (imports: string[]) => ["package a", "", ...imports, "", "internal actual fun readLineOrNullMpp(hideInput: Boolean): String? = readlnOrNull()"];
const mppHead = (imports: string[]) => [
  "package a",
  "",
  ...imports,
  "",
  "internal expect fun ttySetEcho(echo: Boolean)",
  "",
  "internal actual fun readLineOrNullMpp(hideInput: Boolean): String? {",
  "    if (hideInput) {",
  "        ttySetEcho(false)",
  "    }",
  "    val line = readlnOrNull()",
  "    if (hideInput) {",
  "        ttySetEcho(true)",
  "    }",
  "    return line",
  "}",
];
const interop = ["import kotlinx.cinterop.*", "import platform.posix.*"];

// A `copy` that replaces the constructor calls the file's extension functions repeated (clikt's OptionWithValues).
const kotlinPath = "clikt/src/main/kotlin/c/options/OptionWithValues.kt";
const cliktTree = ["clikt/build.gradle", kotlinPath, "clikt/src/test/kotlin/c/OptionTest.kt"];
const optionClass = (extra: string[]) => [
  "class OptionWithValues<AllT, EachT>(val names: Set<String>, val help: String, val nargs: Int, val transformEach: Each<EachT>, val transformAll: All<AllT, EachT>) {",
  "    fun value(): AllT = transformAll(this.transformEach(names))",
  ...extra,
  "}",
];
const copyFn = [
  "    fun <AllT, EachT> copy(",
  "            transformEach: Each<EachT>,",
  "            transformAll: All<AllT, EachT>,",
  "            names: Set<String> = this.names,",
  "            help: String = this.help,",
  "            nargs: Int = this.nargs",
  "    ): OptionWithValues<AllT, EachT> {",
  "        return OptionWithValues(names, help, nargs, transformEach, transformAll)",
  "    }",
];
const extensionsBase = [
  "fun <AllT, EachT> OptionWithValues<EachT?, EachT>.transformAll(transform: All<AllT, EachT>): OptionWithValues<AllT, EachT> {",
  "    return OptionWithValues(names, help, nargs,",
  "            transformEach, transform)",
  "}",
  "",
  "fun <EachT> OptionWithValues<EachT?, EachT>.multiple(): OptionWithValues<List<EachT>, EachT> {",
  "    return OptionWithValues(names, help, nargs,",
  "            transformEach, { it.toList() })",
  "}",
];
const extensionsHead = (call: string) => [
  "fun <AllT, EachT> OptionWithValues<EachT?, EachT>.transformAll(transform: All<AllT, EachT>): OptionWithValues<AllT, EachT> {",
  `    return ${call}(transformEach, transform)`,
  "}",
  "",
  "fun <EachT> OptionWithValues<EachT?, EachT>.multiple(): OptionWithValues<List<EachT>, EachT> {",
  `    return ${call}(transformEach, { it.toList() })`,
  "}",
];

// The same shape in Go: a package function that replaces the struct literals its callers repeated.
const goTree = ["go.mod", "uuid.go", "uuid_test.go"];
const goBase = [
  "package uuid",
  "",
  "func NewV1() *UUID {",
  "\tu := &UUID{version: 1, variant: variantRFC4122,",
  "\t\tclock: clockSequence}",
  "\treturn u",
  "}",
  "",
  "func NewV4() *UUID {",
  "\tu := &UUID{version: 4, variant: variantRFC4122,",
  "\t\tclock: clockSequence}",
  "\treturn u",
  "}",
];
const goHead = [
  "package uuid",
  "",
  "func build(version int) *UUID {",
  "\tu := &UUID{version: version, variant: variantRFC4122,",
  "\t\tclock: clockSequence}",
  "\treturn u",
  "}",
  "",
  "func NewV1() *UUID {",
  "\treturn build(1)",
  "}",
  "",
  "func NewV4() *UUID {",
  "\treturn build(4)",
  "}",
];

// A branch that keeps deprecated arguments working (symfony/yaml's constructor).
const phpTree = ["composer.json", "Parser.php", "Tests/ParserTest.php"];
const parserBase = [
  "<?php",
  "class Parser",
  "{",
  "    public function __construct($offset = 0, $totalNumberOfLines = null)",
  "    {",
  "        $this->offset = $offset;",
  "        $this->totalNumberOfLines = $totalNumberOfLines;",
  "    }",
  "}",
];
const parserHead = (warning: string) => [
  "<?php",
  "class Parser",
  "{",
  "    public function __construct()",
  "    {",
  "        if (func_num_args() > 0) {",
  `            ${warning}`,
  "",
  "            $this->offset = func_get_arg(0);",
  "            if (func_num_args() > 1) {",
  "                $this->totalNumberOfLines = func_get_arg(1);",
  "            }",
  "        }",
  "    }",
  "}",
];
const pyConfigTree = ["setup.py", "pkg/config.py", "tests/test_config.py"];
const configBase = ["def load(path, strict=False):", "    return read(path, strict)"];
const configHead = (warning: string[]) => [
  "def load(path, strict=False, *args):",
  "    if args:",
  ...warning,
  "        strict = args[0]",
  "        if len(args) > 1:",
  "            path = args[1]",
  "    return read(path, strict)",
];
const deprecationWarning = ["        warnings.warn(", '            "positional arguments are deprecated",', "            DeprecationWarning,", "        )"];

testRule("tests-required", {
  valid: [
    {
      name: "Python: helpers whose every result is assigned to `__doc__` only write documentation",
      ...titled(pyTree, "Add package documentation", ["loguru/_notifier.py", notifierBase, notifierHead("fn.__doc__ = MetaNotifier.make_docstring(provider)")]),
    },
    {
      name: "Rust: a feature-gated `impl defmt::Format` for a type that already implements `fmt::Display`",
      ...titled(rustTree, "Add feature gated defmt support.", [
        "src/offset/fixed.rs",
        fixedBase,
        [...fixedBase, ...defmtImpl('#[cfg(feature = "defmt")]', "defmt::Format")],
      ]),
    },
    {
      name: "Rust: feature-gated `derive(defmt::Format)` beside a `derive(Debug)`",
      ...titled(rustTree, "Add feature gated defmt support.", ["src/offset/mod.rs", [...padBase, "", ...errorBase], [...padHead, "", ...errorHead]]),
    },
    {
      name: "Java: an `@Ignore`d timing probe that prints the elapsed milliseconds is skipped on purpose",
      change: change([added("src/test/org/a/BeiderMorseEncoderTest.java", speedCheck(["    @Ignore", "    @Test"], "testEncodeRepeatedly"))]),
    },
    {
      name: "Python, TypeScript: skipped tests named for measuring speed",
      change: change([
        added("tests/test_speed.py", ["import pytest", "", "@pytest.mark.skip", "def test_perf_large_input():", "    parse(BIG)", "    assert True"]),
        added("test/parse.test.ts", ['it.skip("parse throughput", () => {', "  for (let i = 0; i < 1e6; i++) parse(src);", "});"]),
      ]),
    },
    {
      name: "Kotlin/Native: code that calls C through cinterop (termios) is not reachable by the common tests",
      ...titled(kmpTree, "implement 'hideInput' on posix systems (#63)", ["mordant/src/nativeMain/kotlin/a/MppImpl.kt", mppBase(interop), mppHead(interop)]),
    },
    {
      name: "Kotlin, Java: JNA and the foreign function API bind C libraries the same way",
      ...titled(
        [
          ...kmpTree,
          "mordant/src/jvmMain/kotlin/a/JnaMppImpls.kt",
          "mordant/src/jvmTest/kotlin/a/JvmTerminalTest.kt",
          "pom.xml",
          "src/main/java/a/Syscalls.java",
          "src/test/java/a/SyscallsTest.java",
        ],
        "Read the terminal size on macOS",
        ["mordant/src/jvmMain/kotlin/a/JnaMppImpls.kt", mppBase(["import com.sun.jna.Library"]), mppHead(["import com.sun.jna.Library"])],
        [
          "src/main/java/a/Syscalls.java",
          ["import java.lang.foreign.Linker;", "class Syscalls {", "}"],
          [
            "import java.lang.foreign.Linker;",
            "class Syscalls {",
            "    public int columns(int fd) {",
            "        if (fd < 0) return -1;",
            "        int size = ioctl(fd);",
            "        return size > 0 ? size : 80;",
            "    }",
            "}",
          ],
        ],
      ),
    },
    {
      name: "Kotlin: a `copy` the file's extension functions now call bare, in place of the constructor calls they repeated",
      ...titled(cliktTree, "Add OptionWithValues.copy", [
        kotlinPath,
        [...optionClass([]), "", ...extensionsBase],
        [...optionClass(["", ...copyFn]), "", ...extensionsHead("copy")],
      ]),
    },
    {
      name: "Go: a package function that replaces the struct literals its callers repeated",
      ...titled(goTree, "UUID speed improvements", ["uuid.go", goBase, goHead]),
    },
    {
      name: "PHP, Python: a branch that opens with a deprecation warning keeps the old call working",
      ...titled(
        [...phpTree, ...pyConfigTree],
        "Remove internal arguments from the api",
        ["Parser.php", parserBase, parserHead("@trigger_error('The constructor arguments are deprecated', E_USER_DEPRECATED);")],
        ["pkg/config.py", configBase, configHead(deprecationWarning)],
      ),
    },
  ],
  invalid: [
    {
      name: "Python: a helper whose result is also used by the program is behaviour, though it feeds `__doc__` too",
      ...titled(pyTree, "Add package documentation", ["loguru/_notifier.py", notifierBase, notifierHead("fn.title = MetaNotifier.make_docstring(provider)")]),
      findings: [{ messageId: "missingTests", path: "loguru/_notifier.py" }],
    },
    {
      name: "Rust: a feature gates the standard `fmt::Display` (the type's one way to print) or a type that did not print",
      ...titled(
        rustTree,
        "Add defmt support",
        ["src/offset/fixed.rs", fixedBase.slice(0, 4), [...fixedBase.slice(0, 4), ...defmtImpl('#[cfg(feature = "std")]', "fmt::Display")]],
        ["src/lib.rs", fixedBase.slice(0, 4), [...fixedBase.slice(0, 4), ...defmtImpl('#[cfg(feature = "defmt")]', "defmt::Format")]],
      ),
      findings: [
        { messageId: "missingTests", path: "src/offset/fixed.rs" },
        { messageId: "missingTests", path: "src/lib.rs" },
      ],
    },
    {
      name: "Java: a skipped test that asserts and reads no clock, and a timing probe whose reason is work left",
      change: change([
        added("src/test/org/a/EncoderTest.java", [
          "public class EncoderTest {",
          "    @Ignore",
          "    @Test",
          "    public void testEncodeGna() {",
          '        assertEquals("gna", encoder.encode("gna"));',
          "    }",
          "}",
        ]),
        added("src/test/org/a/BeiderMorseEncoderTest.java", speedCheck(['    @Ignore("broken")', "    @Test"], "testSpeedCheck")),
      ]),
      findings: [
        { messageId: "onlySkipped", path: "src/test/org/a/EncoderTest.java", line: 2 },
        { messageId: "onlySkipped", path: "src/test/org/a/BeiderMorseEncoderTest.java", line: 2 },
      ],
    },
    {
      name: "Kotlin/Native: the same logic without C interop is asked about",
      ...titled(kmpTree, "implement 'hideInput' on posix systems (#63)", ["mordant/src/nativeMain/kotlin/a/MppImpl.kt", mppBase([]), mppHead([])]),
      findings: [{ messageId: "missingTests", path: "mordant/src/nativeMain/kotlin/a/MppImpl.kt" }],
    },
    {
      name: "Kotlin: a bare `copy(…)` where the file declares another new `copy` is not known to call the one that builds",
      ...titled(cliktTree, "Add OptionWithValues.copy", [
        kotlinPath,
        [...optionClass([]), "", ...extensionsBase],
        [
          ...optionClass(["", ...copyFn]),
          "",
          ...extensionsHead("copy"),
          "",
          "class Flag(val on: Boolean) {",
          "    fun copy(on: Boolean): Flag = Flag(on)",
          "}",
        ],
      ]),
      findings: [{ messageId: "missingTests", path: kotlinPath }],
    },
    {
      name: "PHP, Python: the same branches without a deprecation warning are new paths",
      ...titled(
        [...phpTree, ...pyConfigTree],
        "Remove internal arguments from the api",
        ["Parser.php", parserBase, parserHead("error_log('Old arguments');")],
        ["pkg/config.py", configBase, configHead(['        warnings.warn("positional arguments", UserWarning)'])],
      ),
      findings: [
        { messageId: "missingTests", path: "Parser.php" },
        { messageId: "missingTests", path: "pkg/config.py" },
      ],
    },
  ],
});
