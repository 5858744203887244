import { unreachableByUnitTests } from "../../src/analysis/tests-not-worth-asking.js";
import type { FunctionFact } from "../../src/syntax/facts.js";

const fn = (name: string): FunctionFact => ({
  name,
  kind: "function",
  start: 1,
  end: 2,
  bodyLines: 1,
  codeLines: 1,
  decisions: 0,
  cognitive: 0,
  maxNesting: 0,
  deepestLine: 1,
  testCallback: false,
});

const registers = "import signal\nsignal.signal(signal.SIGTERM, on_exit)\n";
const registersNothing = "def on_exit(sig, frame):\n    pass\n";
const onProcessEvent = "process.on('message', onExit)\nprocess.once('SIGINT', onStop)\n";

describe("handlers the runtime calls (each file's registrations scanned once)", () => {
  it("finds a registered handler by name, and only that one", () => {
    const lines = registers.split("\n");
    expect(unreachableByUnitTests(fn("on_exit"), "python", registers, lines)).toBe(true);
    expect(unreachableByUnitTests(fn("exit"), "python", registers, lines)).toBe(false);
  });

  it("reads each file's own registrations: a handler of the previous file is not one of the next", () => {
    expect(unreachableByUnitTests(fn("on_exit"), "python", registers, registers.split("\n"))).toBe(true);
    expect(unreachableByUnitTests(fn("on_exit"), "python", registersNothing, registersNothing.split("\n"))).toBe(false);
    expect(unreachableByUnitTests(fn("on_exit"), "python", registers, registers.split("\n"))).toBe(true);
  });

  it("counts a process event only when it is a signal", () => {
    const lines = onProcessEvent.split("\n");
    expect(unreachableByUnitTests(fn("onStop"), "javascript", onProcessEvent, lines)).toBe(true);
    expect(unreachableByUnitTests(fn("onExit"), "javascript", onProcessEvent, lines)).toBe(false);
  });
});
