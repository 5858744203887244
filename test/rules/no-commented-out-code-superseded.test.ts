import { addedFile, change } from "../helpers/make-change.js";
import { testRuleBeforeCalibration } from "../helpers/pre-calibration.js";

/**
 * Session 16 (#10): one parked line in test code is too small to raise (set 15), but not when it is
 * the old version of the live line beside it (judged "agree" on set 16: NLog's `//var arhiveFile = …`
 * over its rewrite, `//timeSource.AddToSystemTime(…)` under `AddToLocalTime(…)`, faker's split in the
 * other order). A parked trace or switch beside unrelated code stays quiet.
 */
const one = (path: string, lines: string[]) => change([addedFile(path, lines, 1, { status: "added" })]);

testRuleBeforeCalibration("no-commented-out-code", {
  valid: [
    {
      name: "C#: a parked trace beside unrelated code in a test",
      change: one("tests/App.Tests/FileTargetTests.cs", [
        "class FileTargetTests {",
        "    void Writes() {",
        "        logger.Debug(text);",
        '        //Console.WriteLine("wrote {0}", text.Length);',
        "        timeSource.AddToLocalTime(TimeSpan.FromDays(1));",
        "    }",
        "}",
      ]),
    },
    {
      name: "Python: a parked print beside the code it looks at",
      change: one("tests/test_person.py", ["def test_name(self):", "    name = self.fake.romanized_name()", "    # print(name)", "    assert name"]),
    },
  ],
  invalid: [
    {
      name: "C#: the old call under the one that replaced it",
      change: one("tests/App.Tests/FileTargetTests.cs", [
        "class FileTargetTests {",
        "    void Writes() {",
        "        logger.Debug(text);",
        "        timeSource.AddToLocalTime(TimeSpan.FromDays(1));",
        "        //timeSource.AddToSystemTime(TimeSpan.FromDays(1));",
        "    }",
        "}",
      ]),
      findings: [{ messageId: "commentedOutLine", line: 5 }],
    },
    {
      name: "Python: the same assignment in the other order",
      change: one("tests/test_person.py", [
        "def test_romanized(self):",
        "    name = self.fake.romanized_name()",
        "    assert name",
        "    self.assertIsInstance(name, str)",
        '    last_name, first_name = name.split(" ")  # either order is fine',
        '    #first_name, last_name = name.split(" ")',
        "    assert first_name in FIRST_NAMES",
      ]),
      findings: [{ messageId: "commentedOutPlaceholderLine", line: 6 }],
    },
  ],
});
