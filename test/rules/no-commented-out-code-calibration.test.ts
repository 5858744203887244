import { addedFile, change } from "../helpers/make-change.js";
import { testRule, type InvalidCase, type ValidCase } from "../helpers/rule-tester.js";

// Session 18 (#10): the calibrated defaults, chosen on the judged findings of sets 11–17 as a whole.
const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];
const edited = (path: string, lines: string[]) => change([addedFile(path, lines)]);
const created = (path: string, lines: string[]) => change([addedFile(path, lines, 1, { status: "added" })]);

// ---- 1. A new file's only commented-out line: a toggle or a note written with the file ----
// Sets 11–17: 13 judged, 1 agreed (gunicorn's `#self.socket = …` in a new worker).
const LONE: Array<[string, string, string[], number]> = [
  ["Python", "pkg/worker.py", ["class Worker:", "    def init(self):", "        #self.socket = socket.socket(_sock=self.socket)", "        self.run()"], 3],
  [
    "Java",
    "src/main/java/a/Frame.java",
    ["class Frame {", "  void init() {", '    //Files.move(fs.getPath("foo"), fs.getPath("bar"));', "    pack();", "  }", "}"],
    3,
  ],
  ["Go", "decoder.go", ["package a", "", "func decode() {", "\t//usedKeys := make(map[string]struct{})", "\trun()", "}"], 4],
];
for (const [language, path, lines, line] of LONE) {
  valid.push({ name: `${language}: a new file's only commented-out line`, change: created(path, lines) });
  invalid.push(
    {
      name: `${language}: the same line added to a file that existed is still said`,
      change: edited(path, lines),
      findings: [{ messageId: "commentedOutLine", line }],
    },
    {
      name: `${language}: with report_lone_lines_in_new_files, the new file's line is said`,
      change: created(path, lines),
      options: { report_lone_lines_in_new_files: true },
      findings: [{ messageId: "commentedOutLine", line }],
    },
  );
}
invalid.push({
  // A block of code commented out in a new file (a test or a class commented out whole: 15 of 21 agreed) is still said.
  name: "Kotlin: a commented-out function in a new file is still said",
  change: created("src/main/kotlin/Runner.kt", [
    "class Runner {",
    "    fun run() = Unit",
    "    // fun parse(argv: List<String>): Result {",
    "    //     val ctx = Context(argv)",
    "    //     return ctx.parse()",
    "    // }",
    "}",
  ]),
  findings: [{ messageId: "commentedOut", line: 3, data: { count: 4 } }],
});

testRule("no-commented-out-code", { valid, invalid });
