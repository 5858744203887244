import { addedFile, change } from "../helpers/make-change.js";
import { testRule, type InvalidCase, type ValidCase } from "../helpers/rule-tester.js";
import type { Lookups } from "../../src/engine/rule.js";

// Session 20, round 2 (#11): what set 20's judges found deliberate (judged wrong or not worth saying), and its miss.
const one = (path: string, lines: string[]) => change([addedFile(path, lines)]);
const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];

// ---- 1. An example program's output: `dbg!`, and a console (irb, pry) opened for its reader ----
// async-std 62be014edc examples/surf-web.rs: the example fetches a page and shows what came back with dbg!.
const SURF = [
  "fn main() -> Result<(), surf::Exception> {",
  "    task::block_on(async {",
  '        let url = "https://www.rust-lang.org";',
  "        let mut response = surf::get(url).await?;",
  "        dbg!(url);",
  "        dbg!(response.status());",
  "        Ok(())",
  "    })",
  "}",
];
// socketry/async 8ce7c6bb90 examples/buffer/buffer.rb: an interactive playground.
const PLAYGROUND = ["require 'async'", 'file = File.open("/dev/zero")', "", "Async do", "\tbinding.irb", "end"];
valid.push(
  { name: "Rust: dbg! in a crate's examples/ program (async-std 62be014edc)", change: one("examples/surf-web.rs", SURF) },
  { name: "Ruby: binding.irb in an example script (socketry/async 8ce7c6bb90)", change: one("examples/buffer/buffer.rb", PLAYGROUND) },
  { name: "Ruby: binding.pry in a demo folder", change: one("demo/console.rb", ["require 'lib'", "binding.pry"]) },
  { name: "Rust: dbg! in an examples project named for it", change: one("tokio-examples/src/main.rs", SURF) },
);
invalid.push(
  {
    name: "JS: a debugger statement in an example served to a browser is still said",
    change: one("examples/browser/app.js", ["const el = document.querySelector('#app');", "debugger;", "render(el);"]),
    findings: [{ messageId: "stops", line: 2 }],
  },
  {
    name: "Python: breakpoint() in an example is still said (a step-through debugger, not the example's output)",
    change: one("examples/client.py", ["import client", "c = client.Client()", "breakpoint()", "c.run()"]),
    findings: [{ messageId: "stops", line: 3 }],
  },
  {
    name: "Ruby: byebug in an example is still said",
    change: one("examples/buffer/buffer.rb", ["require 'async'", "byebug", "Async do", "end"]),
    findings: [{ messageId: "stops", line: 2 }],
  },
  {
    name: "Rust: dbg! in a library's source is still said",
    change: one("src/client.rs", ["pub fn get(url: &str) {", "    dbg!(url);", "}"]),
    findings: [{ messageId: "debug", line: 2 }],
  },
  {
    name: "Ruby: binding.irb in a spec under an examples folder is a test's: said",
    change: one("examples/spec/buffer_spec.rb", ["describe Buffer do", "  it 'reads' do", "    binding.irb", "  end", "end"]),
    findings: [{ messageId: "stops", line: 3 }],
  },
  {
    name: "Rust: dbg! in examples/ is said when allow_output_in leaves examples out",
    change: one("examples/surf-web.rs", SURF),
    options: { allow_output_in: ["**/scripts/**"] },
    findings: [{ messageId: "debugMany", line: 5 }],
  },
);

// ---- 2. A module of a package whose product is its command ----
// fastify-cli 02d7d1e542 lib/watch/index.js: `console.log(err)` tells the user why the watcher stopped.
const STOP = ["const stop = (watcher = null, err = null) => {", "  childs = []", "  if (err) { console.log(err) }", "}"];
const withBase = (manifests: Record<string, string>, head: Record<string, string> = {}): Lookups => ({
  issues: new Map(),
  fileContents: new Map(Object.entries(head)),
  baseContents: new Map(Object.entries(manifests)),
});
const manifest = (fields: Record<string, unknown>) => JSON.stringify({ name: "tool", ...fields });
const CLI = manifest({ main: "cli.js", bin: { fastify: "cli.js" } });
valid.push(
  {
    name: "JS: a CLI package's module (main is its bin) prints to its user (fastify-cli 02d7d1e542)",
    change: one("lib/watch/index.js", STOP),
    lookups: withBase({ "package.json": CLI }),
  },
  {
    name: "JS: the same with `./` paths and no extension",
    change: one("lib/watch/index.js", STOP),
    lookups: withBase({ "package.json": manifest({ main: "./bin/run", bin: "./bin/run.js" }) }),
  },
  {
    name: "TS: a CLI package's module in TypeScript prints to its user too",
    change: one("src/commands/start.ts", ["export function start(err?: Error) {", "  if (err) console.log(err);", "}"]),
    lookups: withBase({ "package.json": manifest({ main: "dist/cli.js", bin: { tool: "./dist/cli.js" } }) }),
  },
  {
    name: "JS: a package with no entry point whose command is index.js",
    change: one("packages/tool/src/report.js", STOP),
    lookups: withBase({ "packages/tool/package.json": manifest({ bin: { tool: "index.js" } }), "package.json": manifest({}) }),
  },
);
invalid.push(
  {
    name: "JS: a library that also ships a command (main is not its bin) is still said",
    change: one("lib/watch/index.js", STOP),
    lookups: withBase({ "package.json": manifest({ main: "index.js", bin: { tool: "bin/tool.js" } }) }),
    findings: [{ messageId: "debug", line: 3 }],
  },
  {
    name: "JS: a package.json the change writes does not make the package a CLI (only base counts)",
    change: one("lib/watch/index.js", STOP),
    lookups: withBase({}, { "package.json": CLI }),
    findings: [{ messageId: "debug", line: 3 }],
  },
  {
    name: "JS: the nearest package.json decides: a library inside a CLI's repository is still said",
    change: one("packages/core/lib/index.js", STOP),
    lookups: withBase({ "packages/core/package.json": manifest({ main: "lib/index.js" }), "package.json": CLI }),
    findings: [{ messageId: "debug", line: 3 }],
  },
  {
    name: "JS: a test of a CLI package is a test: its print is said",
    change: one("test/watch.test.js", ["test('stops', () => {", "  const r = stop()", "  console.log(r)", "  expect(r).toBe(1)", "})"]),
    lookups: withBase({ "package.json": CLI }),
    findings: [{ messageId: "debug", line: 3 }],
  },
  {
    name: "JS: a debugger statement in a CLI package is still said",
    change: one("lib/watch/index.js", ["const stop = () => {", "  debugger;", "}"]),
    lookups: withBase({ "package.json": CLI }),
    findings: [{ messageId: "stops", line: 2 }],
  },
  {
    name: "JS: a package with exports and no main is a library, whatever its bin: said",
    change: one("lib/watch/index.js", STOP),
    lookups: withBase({ "package.json": manifest({ exports: { ".": "./lib/index.js" }, bin: { tool: "index.js" } }) }),
    findings: [{ messageId: "debug", line: 3 }],
  },
  {
    name: "JS: a package.json that does not parse says nothing",
    change: one("lib/watch/index.js", STOP),
    lookups: withBase({ "package.json": "{ not json" }),
    findings: [{ messageId: "debug", line: 3 }],
  },
);

// ---- 3. A test's printed report: a block of labelled prints ----
// spring-retry 9eebfe2288 RetrySimulationTests.java: the simulation's figures, aligned, each asserted below.
const REPORT = [
  "    @Test",
  "    public void testSimulatorExercisesFixedBackoff() {",
  "        RetrySimulation simulation = simulator.executeSimulation(1000);",
  "        System.out.println(backOffPolicy);",
  '        System.out.println("Longest sequence  " + simulation.getLongestTotalSleepSequence());',
  '        System.out.println("All Sleeps:       " + simulation.getUniqueSleeps());',
  '        System.out.println("Sleep Occurences: " + simulation.getUniqueSleepsHistogram());',
  "",
  "        assertEquals(asList(400l), simulation.getUniqueSleeps());",
  "    }",
];
// spring-retry 759d40ed5d ExponentialRandomBackOffPolicyTests.java: a report in two parts, a blank line between.
const TWO_PARTS = [
  "\tpublic void testMultiBackOff() throws Exception {",
  "        RetrySimulation simulation = simulator.executeSimulation(NUM_TRIALS);",
  "",
  '        System.out.println("Ran " + NUM_TRIALS + " backoff trials.  Each trial retried " + MAX_RETRIES + " times");',
  '        System.out.println("Policy: " + backOffPolicy);',
  '        System.out.println("All generated backoffs:");',
  '        System.out.println("    " + simulation.getUniqueSleeps());',
  "",
  '        System.out.println("Backoff frequencies:");',
  '        System.out.print("    " + simulation.getUniqueSleepsHistogram());',
  "",
  "        long expectedSleep = backOffPolicy.getInitialInterval();",
  "\t}",
];
valid.push(
  { name: "Java: a simulation test's labelled report (spring-retry 9eebfe2288)", change: one("src/test/java/o/RetrySimulationTests.java", REPORT) },
  { name: "Java: a report in two parts (spring-retry 759d40ed5d)", change: one("src/test/java/o/BackOffPolicyTests.java", TWO_PARTS) },
  {
    name: "Kotlin: a test's labelled figures",
    change: one("src/test/kotlin/o/HistogramTest.kt", [
      "    @Test fun distribution() {",
      '        println("min:  ${h.min}")',
      '        println("max:  ${h.max}")',
      '        println("mean: ${h.mean}")',
      "        assertTrue(h.mean > 0)",
      "    }",
    ]),
  },
  {
    name: "Go: a test's labelled figures",
    change: one("stats_test.go", [
      "func TestSpread(t *testing.T) {",
      '\tfmt.Printf("runs: %d\\n", n)',
      '\tfmt.Printf("spread: %v\\n", s)',
      '\tfmt.Printf("misses: %d\\n", m)',
      "}",
    ]),
  },
);
invalid.push(
  {
    // jimfs ee5f5a369c PathSubject.java (agreed): two bare hex dumps before a failure.
    name: "Java: two bare dumps in a test are said",
    change: one("src/test/java/o/PathSubject.java", [
      "    if (!Arrays.equals(bytes, actual)) {",
      "      System.out.println(BaseEncoding.base16().encode(actual));",
      "      System.out.println(BaseEncoding.base16().encode(bytes));",
      "    }",
    ]),
    findings: [{ messageId: "debugMany", line: 2 }],
  },
  {
    name: "Java: three bare prints of values in a test are said",
    change: one("src/test/java/o/ATest.java", [
      "    void a() {",
      "        System.out.println(a);",
      "        System.out.println(b);",
      "        System.out.println(c);",
      "    }",
    ]),
    findings: [{ messageId: "debugMany", line: 2 }],
  },
  {
    name: "Java: one label among bare prints is no report: said",
    change: one("src/test/java/o/ATest.java", [
      "    void a() {",
      "        System.out.println(a);",
      '        System.out.println("b: " + b);',
      "        System.out.println(c);",
      "        System.out.println(d);",
      "    }",
    ]),
    findings: [{ messageId: "debugMany", line: 2 }],
  },
);

// ---- 4. The miss: an Android Log call under a throwaway tag ----
// sandwich d76794657f ResponseDataSource.kt: `Log.e("Test", …)` on every network fetch of a library.
invalid.push(
  {
    name: 'Kotlin: Log.e under the tag "Test" (sandwich d76794657f)',
    change: one("sandwich/src/main/java/com/skydoves/sandwich/ResponseDataSource.kt", [
      "  override fun request() = apply {",
      "    if (!call.isExecuted) {",
      '      Log.e("Test", "call.enqueue(callback) fetching from network!")',
      "      call.enqueue(callback)",
      "    }",
      "  }",
    ]),
    findings: [{ messageId: "stops", line: 3, data: { what: "Log.e" } }],
  },
  {
    name: 'Java: Log.d under "TAG" (the constant\'s name written as a string)',
    change: one("app/src/main/java/o/Main.java", ["  void onStart() {", '    Log.d("TAG", "here " + state);', "  }"]),
    findings: [{ messageId: "stops", line: 2, data: { what: "Log.d" } }],
  },
);
valid.push(
  {
    name: "Kotlin: Log.d under the class's TAG constant is the project's logging",
    change: one("app/src/main/java/o/Repo.kt", ["  fun load() {", '    Log.d(TAG, "load $id")', "  }"]),
  },
  {
    name: "Kotlin: Log.w under a real tag is the project's logging (mavericks 689c2e79)",
    change: one("app/src/main/java/o/MockBuilder.kt", ['    Log.w("MockBuilder", "Mocks accessed in non debug build")']),
  },
  {
    name: "Java: a tag that starts with a throwaway word names something",
    change: one("app/src/main/java/o/Main.java", ['    Log.i("TestRunner", "started");']),
  },
  {
    name: "Kotlin: a string that mentions Log.e is no call",
    change: one("app/src/main/java/o/Doc.kt", ['    val hint = "call Log.e(\\"Test\\", msg) to log"']),
  },
);

testRule("no-debug-statements", { valid, invalid });
