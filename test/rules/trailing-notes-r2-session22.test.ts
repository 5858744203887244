import { addedFile, change } from "../helpers/make-change.js";
import { testRuleBeforeCalibration } from "../helpers/pre-calibration.js";
import { testRule } from "../helpers/rule-tester.js";

// Session 22, round 2 (#10, #11), from set 22's misses (h3 3abbdb29c9): a commented-out statement that carries its
// own trailing comment, `// expect(result.type).toMatch("application/json"); // TODO: fix this`. Its note is the
// code's, not words that make the line a sentence; and a TODO in that note is a new TODO like any other.
const one = (path: string, lines: string[]) => change([addedFile(path, lines, 1, { status: "added" })]);
const JS_TEST = (parked: string) => [
  'it("returns json", async () => {',
  '  const result = await t.fetch("/api/test");',
  "  expect(result.status).toBe(400);",
  `  // ${parked}`,
  "});",
];
const PY = (parked: string) => ["def total(items):", "    subtotal = sum(items)", `    # ${parked}`, "    return subtotal"];

testRule("todo-issue-reference", {
  valid: [
    {
      name: "JavaScript: the trailing TODO names its issue",
      change: one("test/errors.test.ts", JS_TEST('expect(result.type).toMatch("application/json"); // TODO(#12): fix this')),
    },
    {
      name: "JavaScript: a `// TODO` inside a string of the parked code is no comment",
      change: one("test/errors.test.ts", JS_TEST('expect(log).toContain("a // TODO: fix this");')),
    },
    {
      name: "Python: a note that is no task",
      change: one("pkg/total.py", PY("print(subtotal)  # the sum before tax")),
    },
  ],
  invalid: [
    {
      name: "JavaScript: a TODO trailing a commented-out assertion",
      change: one("test/errors.test.ts", JS_TEST('expect(result.type).toMatch("application/json"); // TODO: fix this')),
      findings: [{ messageId: "untracked", line: 4 }],
    },
    {
      name: "JavaScript: a `#1` in the parked code is no reference of the TODO's",
      change: one("test/app.test.ts", JS_TEST('expect(res.headers.get("x-id")).toBe("#1"); // TODO: h3 should add this header')),
      findings: [{ messageId: "untracked", line: 4 }],
    },
    {
      name: "Python: a FIXME trailing a commented-out call",
      change: one("pkg/total.py", PY("print(subtotal)  # FIXME: round to cents")),
      findings: [{ messageId: "untracked", line: 3, data: { marker: "FIXME" } }],
    },
  ],
});

testRuleBeforeCalibration("no-commented-out-code", {
  valid: [
    {
      name: "Python: prose that names the comment character is no code",
      change: one("pkg/total.py", PY("Write the note after a # so the parser skips it, then the total is returned")),
    },
    {
      name: "Python: a lone parked line with a note of its own says why it stays (parked-code.ts's noteAfterCode)",
      change: one("pkg/writer.py", [
        "def writer(channel):",
        "    job = launch()",
        "    # channel.attach_job(job)  # the channel closes with the job",
        "    return job",
      ]),
    },
    {
      name: "JavaScript: a parked assertion carrying its own TODO stays todo-issue-reference's (set 15, kotlinx-io)",
      change: one("test/app.test.ts", JS_TEST('expect(res.headers.get("transfer-encoding")).toBe("chunked"); // TODO: h3 should add this header')),
    },
  ],
  invalid: [
    {
      name: "JavaScript: parked assertions, the first with a note of its own: code, not a sentence explaining the second",
      change: one("test/app.test.ts", [
        'it("streams", async () => {',
        '  const res = await t.fetch("/");',
        "  // expect(res.status).toBe(200); // the server should answer with a stream",
        '  // expect(res.headers.get("transfer-encoding")).toBe("chunked");',
        "});",
      ]),
      findings: [{ messageId: "commentedOut", line: 3, data: { count: 2 } }],
    },
    {
      name: "Python: a parked call with a note of its own, in a block, is code, not a sentence",
      change: one("pkg/writer.py", [
        "def writer(channel):",
        "    job = launch()",
        "    # channel.attach_job(job)  # the channel closes with the job",
        "    # channel.flush()",
        "    return job",
      ]),
      findings: [{ messageId: "commentedOut", line: 3, data: { count: 2 } }],
    },
    {
      name: "Kotlin: the same, the block said whole (its first line was a sentence: 1 line, said on line 4)",
      change: one("src/WriterJob.kt", [
        "fun writer(coroutineContext: CoroutineContext, channel: ByteChannel): WriterJob {",
        "    val job = launch(coroutineContext) { block() }",
        "//    channel.attachJob(job) // the channel closes with the job",
        "//    channel.flush()",
        "    return WriterJobImpl(channel, job)",
        "}",
      ]),
      findings: [{ messageId: "commentedOut", line: 3, data: { count: 2 } }],
    },
  ],
});
