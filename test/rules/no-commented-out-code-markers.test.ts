import { addedFile, change } from "../helpers/make-change.js";
import { testRuleBeforeCalibration } from "../helpers/pre-calibration.js";

// Session 15 (#10), from set 15's *wrong* verdicts: node-semver's doc comment mapping inputs to outputs
// with `-->`, and kotlinx-io's parked call carrying its own `// TODO !!`. Each has a twin that is still said.
const one = (path: string, lines: string[]) => change([addedFile(path, lines, 1, { status: "added" })]);
const SEMVER = (first: string, second: string) => [
  "var z = 1",
  "",
  `// ${first}`,
  `// ${second}`,
  "function replaceXRanges(ranges) {",
  "  return ranges.split(/\\s+/).map(replaceXRange).join(' ');",
  "}",
];
const WRITER = (parked: string) => [
  "fun writer(coroutineContext: CoroutineContext, channel: ByteChannel): WriterJob {",
  "    val job = launch(coroutineContext) { block() }",
  `//    ${parked}`,
  "    return WriterJobImpl(channel, job)",
  "}",
];

testRuleBeforeCalibration("no-commented-out-code", {
  valid: [
    {
      name: "JavaScript: an example that maps an input to its output with an arrow is documentation",
      change: one("semver.js", SEMVER('"2.x","2.x.x" --> ">=2.0.0 <2.1"', '"2.3.x" --> ">=2.3.0 <2.4.0"')),
    },
    {
      name: "Kotlin: a parked call that carries its own TODO is marked work, todo-issue-reference's to judge",
      change: one("src/WriterJob.kt", WRITER("channel.attachJob(job) // TODO !!")),
    },
    {
      name: "Python: the same with a FIXME",
      change: one("pkg/writer.py", ["def writer(channel):", "    job = launch()", "    # channel.attach_job(job)  # FIXME", "    return job"]),
    },
  ],
  invalid: [
    {
      name: "JavaScript: the same line without the arrow is code",
      change: one("semver.js", SEMVER('replaceXRange("2.x", loose)', 'replaceXRange("2.3.x", loose)')),
      findings: [{ messageId: "commentedOut", line: 3 }],
    },
    {
      name: "Kotlin: the parked call without a task is a leftover",
      change: one("src/WriterJob.kt", WRITER("channel.attachJob(job)")),
      findings: [{ messageId: "commentedOutLine", line: 3 }],
    },
  ],
});
