import { emptyLookups, type Lookups } from "../../src/engine/rule.js";
import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";

// Session 10 (#11): what the judge of set 8 rejected. Tests the change edits in another module that
// name the code it changes (kotlinx-datetime's integration-testing/serialization for core/'s serializers).
const added = (path: string, lines: string[], extra = {}) => addedFile(path, lines, 1, { status: "added", ...extra });
const tree = (...paths: string[]): Lookups => ({ ...emptyLookups(), fileTree: paths });

// ---- 1. a changed test in another module that names the source's new code ----

const serializerKt = [
  "package kotlinx.datetime.serializers",
  "",
  "public abstract class FormattedLocalDateSerializer(name: String, format: DateTimeFormat<LocalDate>) : KSerializer<LocalDate> {",
  "    override fun deserialize(decoder: Decoder): LocalDate {",
  "        val text = decoder.decodeString()",
  '        if (text.isEmpty()) throw SerializationException("empty")',
  '        return if (text.startsWith("+")) format.parse(text.drop(1)) else format.parse(text)',
  "    }",
  "}",
];
const datetimeTree = [
  "core/build.gradle.kts",
  "core/common/src/serializers/LocalDateSerializers.kt",
  "core/common/test/LocalDateTest.kt",
  "integration-testing/build.gradle.kts",
  "integration-testing/serialization/common/test/LocalDateSerializationTest.kt",
  "integration-testing/serialization/common/test/InstantSerializationTest.kt",
];
const serializationTest = (name: string) => [
  "class LocalDateSerializationTest {",
  `    object IsoBasic : ${name}("ISO_BASIC", LocalDate.Formats.ISO_BASIC)`,
  "    @Test fun testCustomSerializer() {",
  '        assertEquals("\\"20201209\\"", Json.encodeToString(IsoBasic, LocalDate(2020, 12, 9)))',
  "    }",
  "}",
];
const source = "core/common/src/serializers/LocalDateSerializers.kt";
const integrationTest = "integration-testing/serialization/common/test/LocalDateSerializationTest.kt";

testRule("tests-required", {
  valid: [
    {
      name: "Kotlin: a test in another module whose new lines name the type the source declares covers it",
      change: change([added(source, serializerKt), addedFile(integrationTest, serializationTest("FormattedLocalDateSerializer"))]),
      lookups: tree(...datetimeTree),
    },
    {
      name: "Python: an end-to-end test in another project that calls the new function covers it",
      change: change([
        added("lib/core/src/acme/headers.py", [
          "def split_header_value(value):",
          "    parts = []",
          "    for part in value.split(','):",
          "        if part.strip():",
          "            parts.append(part.strip())",
          "    return parts",
        ]),
        addedFile("e2e/tests/test_requests.py", ["def test_split():", "    assert split_header_value('a, b') == ['a', 'b']"]),
      ]),
      lookups: tree(
        "lib/core/pyproject.toml",
        "lib/core/src/acme/headers.py",
        "lib/core/tests/test_other.py",
        "e2e/pyproject.toml",
        "e2e/tests/test_requests.py",
      ),
    },
  ],
  invalid: [
    {
      name: "Python: the same end-to-end test calling other code covers nothing",
      change: change([
        added("lib/core/src/acme/headers.py", [
          "def split_header_value(value):",
          "    parts = []",
          "    for part in value.split(','):",
          "        if part.strip():",
          "            parts.append(part.strip())",
          "    return parts",
        ]),
        addedFile("e2e/tests/test_requests.py", ["def test_split():", "    assert join_header_value(['a', 'b']) == 'a, b'"]),
      ]),
      lookups: tree(
        "lib/core/pyproject.toml",
        "lib/core/src/acme/headers.py",
        "lib/core/tests/test_other.py",
        "e2e/pyproject.toml",
        "e2e/tests/test_requests.py",
      ),
      findings: [{ messageId: "missingTests", path: "lib/core/src/acme/headers.py" }],
    },
    {
      name: "Kotlin: a test in another module that names other code covers nothing",
      change: change([added(source, serializerKt), addedFile(integrationTest, serializationTest("LocalDateIso8601Serializer"))]),
      lookups: tree(...datetimeTree),
      findings: [{ messageId: "missingTests", path: source }],
    },
    {
      name: "Kotlin: a test that declares a type of the same name for itself does not name the source's",
      change: change([
        added(source, serializerKt),
        addedFile(integrationTest, ["abstract class FormattedLocalDateSerializer", ...serializationTest("FormattedLocalDateSerializer")]),
      ]),
      lookups: tree(...datetimeTree),
      findings: [{ messageId: "missingTests", path: source }],
    },
  ],
});
