import { editsIn } from "../helpers/edits.js";
import { testRule } from "../helpers/rule-tester.js";

/**
 * Session 22, round 2 (#11), judged on set 22:
 * - a test double the change edits, of the type the source's new code works on, is a change to its
 *   tests (AngleSharp's `StandingEventLoop : IEventLoop` mock, rewritten with `EnqueueAsync(this IEventLoop …)`);
 * - a thin Go command kept in `cmd/` itself is wiring around the library (tablewriter's `cmd/tablewriter.go`).
 */
const lines = (...l: string[]) => l;

// ---- C#: the new extension method takes the loop the tests' mock implements ----

// The mock sits in another test project than the one named for the source's, so no project pairs them.
const csTree = [
  "src/Lib/Lib.csproj",
  "src/Lib/Browser/Loop.cs",
  "src/Lib.Tests/Lib.Tests.csproj",
  "src/Lib.Tests/LoopTests.cs",
  "src/Lib.Core.Tests/Lib.Core.Tests.csproj",
];
const extBase = lines("namespace Lib.Browser", "{", "    public static class LoopExtensions", "    {", "    }", "}");
const extHead = lines(
  "namespace Lib.Browser",
  "{",
  "    public static class LoopExtensions",
  "    {",
  "        public static Task<T> EnqueueAsync<T>(this IEventLoop loop, Func<T> action)",
  "        {",
  "            if (loop != null)",
  "            {",
  "                var tcs = new TaskCompletionSource<T>();",
  "                loop.Enqueue(() => tcs.SetResult(action()));",
  "                return tcs.Task;",
  "            }",
  "            try",
  "            {",
  "                return Task.FromResult(action());",
  "            }",
  "            catch (Exception ex)",
  "            {",
  "                return Task.FromException<T>(ex);",
  "            }",
  "        }",
  "    }",
  "}",
);
const mock = (type: string, body: string[]) =>
  lines("namespace Lib.Tests.Mocks", "{", `    sealed class StandingLoop : ${type}`, "    {", ...body, "    }", "}");
const mockBase = lines("        public ICancellable Enqueue(Action action)", "        {", "            return null;", "        }");
const mockHead = lines(
  "        public ICancellable Enqueue(Action action)",
  "        {",
  "            Run(action);",
  "            return new Done();",
  "        }",
);
const cs = (type: string) =>
  editsIn([...csTree, "src/Lib/Browser/LoopExtensions.cs", "src/Lib.Core.Tests/Mocks/StandingLoop.cs"])(
    ["src/Lib/Browser/LoopExtensions.cs", extBase, extHead],
    ["src/Lib.Core.Tests/Mocks/StandingLoop.cs", mock(type, mockBase), mock(type, mockHead)],
  );

// ---- TypeScript: a fake that implements the clock the new function takes ----

// The fake lives in another package (a shared test kit), so no project pairs it with the source.
const tsTree = ["packages/core/package.json", "packages/core/src/timer.ts", "packages/core/test/timer.test.ts", "packages/testkit/package.json"];
const schedBase = lines("export const NOW = 0;");
const schedHead = lines(
  "export const NOW = 0;",
  "",
  "export function nextTick(clock: SystemClock, delay: number): number {",
  "  if (delay <= 0) return clock.now();",
  "  return clock.now() + delay;",
  "}",
);
const fake = (type: string, body: string) => lines(`export class FakeClock implements ${type} {`, `  now() { return ${body}; }`, "}");
const ts = (type: string) =>
  editsIn([...tsTree, "packages/core/src/schedule.ts", "packages/testkit/test/fake-clock.ts"])(
    ["packages/core/src/schedule.ts", schedBase, schedHead],
    ["packages/testkit/test/fake-clock.ts", fake(type, "0"), fake(type, "this.t")],
  );

// ---- Go: a demo command kept in cmd/ itself ----

const goTree = ["go.mod", "table.go", "table_test.go"];
const goCommand = (extra: string[]) =>
  lines(
    "package main",
    "",
    "import (",
    '\t"flag"',
    '\t"os"',
    "",
    '\t"github.com/acme/tablewriter"',
    ")",
    "",
    'var align = flag.String("a", "none", "alignment")',
    "",
    "func main() {",
    "\tflag.Parse()",
    "\ttable := tablewriter.NewWriter(os.Stdout)",
    "\tswitch *align {",
    '\tcase "left":',
    "\t\ttable.SetAlignment(tablewriter.ALIGN_LEFT)",
    '\tcase "right":',
    "\t\ttable.SetAlignment(tablewriter.ALIGN_RIGHT)",
    "\t}",
    "\ttable.Render()",
    "}",
    ...extra,
  );
const longTail = Array.from({ length: 140 }, (_, i) => `func step${i}(n int) int {\n\tif n > ${i} {\n\t\treturn n\n\t}\n\treturn ${i}\n}`);
const goCase = (path: string, extra: string[] = []) => editsIn([...goTree, path])([path, undefined, goCommand(extra)]);

testRule("tests-required", {
  valid: [
    { name: "C#: the tests' mock of IEventLoop changes with a new extension method on IEventLoop", ...cs("IEventLoop") },
    { name: "TypeScript: the tests' fake of SystemClock changes with a new function taking a SystemClock", ...ts("SystemClock") },
    { name: "Go: a thin command kept in cmd/ itself, wrapping the module", ...goCase("cmd/tablewriter.go") },
  ],
  invalid: [
    {
      name: "C#: a mock of another type changes: the new method is still untested",
      ...cs("IScheduler"),
      findings: [{ messageId: "missingTests", path: "src/Lib/Browser/LoopExtensions.cs" }],
    },
    {
      name: "TypeScript: a fake of another type changes",
      ...ts("WallTimer"),
      findings: [{ messageId: "missingTests", path: "packages/core/src/schedule.ts" }],
    },
    {
      name: "Go: a long command in cmd/ carries logic of its own",
      ...goCase("cmd/tablewriter.go", longTail),
      findings: [{ messageId: "missingTests", path: "cmd/tablewriter.go" }],
    },
  ],
});
