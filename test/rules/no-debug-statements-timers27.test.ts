import { addedFile, change } from "../helpers/make-change.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { testRule } from "../helpers/rule-tester.js";

// Set 27 (#11): mitmproxy a6814fec48 timed its eventlog reducer in a spec with `console.time(label)` … `console.timeEnd(label)`
// (a "mini benchmark"), and was told twice, once per call, that both were leftovers (judged wrong twice); disruptor's
// `src/perftest/` latency tests print their histograms (judged wrong).
const one = (path: string, lines: string[]) => change([addedFile(path, lines)]);
const timed = (label: string) => [
  'test("receive", () => {',
  "  const events = makeEvents(N);",
  `  console.time(${label});`,
  "  const state = reduceEventLog(defaultState, receive(events));",
  `  console.timeEnd(${label});`,
  "  expect(state.view.length).toBe(N);",
  "});",
];

const valid: ValidCase[] = [
  {
    name: "TS: a spec timing its work with a labelled console.time/timeEnd pair",
    change: one("web/src/js/__tests__/ducks/eventLogSpec.tsx", timed("`receive ${N} events`")),
  },
  {
    name: "Java: a latency test in a perftest source set prints its histogram",
    change: one("src/perftest/java/com/lmax/disruptor/support/PipelineRunner.java", [
      "class PipelineRunner {",
      "  void run(Histogram h) {",
      "    System.out.println(h.getMean());",
      "  }",
      "}",
    ]),
  },
];

const invalid: InvalidCase[] = [
  {
    name: "TS: a timer left in product code is one finding for the pair",
    change: one("src/store/reducer.ts", [
      "export function reduce(s, a) {",
      '  console.time("reduce");',
      "  const next = apply(s, a);",
      '  console.timeEnd("reduce");',
      "  return next;",
      "}",
    ]),
    findings: [{ messageId: "debugMany", line: 2, data: { more: 1 } }],
  },
  {
    name: "TS: a spec's console.log beside a timer is still said",
    change: one("web/src/js/__tests__/ducks/eventLogSpec.tsx", [...timed('"receive"').slice(0, 5), "  console.log(state);", ...timed('"receive"').slice(5)]),
    findings: [{ messageId: "debug", line: 6 }],
  },
];

testRule("no-debug-statements", { valid, invalid });
