import { addedFile, change } from "../helpers/make-change.js";
import { testRule, type InvalidCase, type ValidCase } from "../helpers/rule-tester.js";

// Session 22, round 2 (#11): h3 746a6c5e82's `server.on("error", (error) => { console.log("[server error]", error) })`
// in its proxy test reports the server's errors (judged wrong on set 22). A print in an error listener that prints
// the error it was handed is reporting, in test code or with a label of its own; a print of anything else there, or a
// bare print of the error in library code (node-fetch 78853fc544, agreed), is still said.
const one = (path: string, lines: string[]) => change([addedFile(path, lines)]);
const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];

const H3 = (print: string) => [
  'import { Server } from "node:http";',
  'import { beforeEach } from "vitest";',
  "",
  "let server: Server;",
  "beforeEach(async () => {",
  "  server = new Server({ keepAlive: false }, listener);",
  '  server.on("error", (error) => {',
  `    ${print}`,
  "  });",
  "  await listen(server);",
  "});",
];

const KOTLIN = (print: string) => [
  "class Stream {",
  "  fun run() {",
  "    source.subscribe(object : Observer<Int> {",
  "      override fun onError(t: Throwable) {",
  `        ${print}`,
  "      }",
  "    })",
  "  }",
  "}",
];

const RETROFIT = (print: string) => [
  "class ApiTest {",
  "  Callback<User> callback = new Callback<User>() {",
  "    @Override",
  "    public void onFailure(Call<User> call, Throwable t) {",
  `      ${print}`,
  "    }",
  "  };",
  "}",
];

valid.push(
  {
    name: "TS: a test server's error listener printing the error (h3 746a6c5e82)",
    change: one("test/proxy.test.ts", H3('console.log("[server error]", error);')),
  },
  { name: "TS: the same listener printing the error bare, in a test", change: one("test/proxy.test.ts", H3("console.log(error);")) },
  { name: "TS: the same listener printing the error's stack, in a test", change: one("test/proxy.test.ts", H3("console.log(error.stack);")) },
  {
    name: "JS: a one-line `once('error', err => …)` in library code, labelled",
    change: one("lib/client.js", ["function connect(socket) {", "  socket.once('error', err => console.log('socket:', err));", "  return open(socket);", "}"]),
  },
  {
    name: "JS: a labelled report of the error in library code's `onError` option",
    change: one("lib/fetcher.js", ["const client = createClient({", "  onError: (err) => {", "    console.log('request failed', err);", "  },", "});"]),
  },
  {
    name: "TS: a websocket's `addEventListener('error', …)` in a test",
    change: one("test/ws.test.ts", [
      "it('opens', () => {",
      "  ws.addEventListener('error', (event) => {",
      "    console.log(event);",
      "  });",
      "  expect(ws.readyState).toBe(1);",
      "});",
    ]),
  },
  {
    name: "Kotlin: an observer's `onError(t: Throwable)` in library code reports the error under a label",
    change: one("src/main/kotlin/a/Stream.kt", KOTLIN('println("[stream] $t")')),
  },
  {
    name: "Java: a Retrofit callback's `onFailure(Call<User> call, Throwable t)` in a test prints the error",
    change: one("src/test/java/a/ApiTest.java", RETROFIT("System.out.println(t.getMessage());")),
  },
  // The catch-style branches were already reporting (failure-reports.ts); pinned here beside the listeners.
  {
    name: "Python: `except … as e: print(e)` in library code",
    change: one("pkg/loader.py", ["def load(path):", "    try:", "        return read(path)", "    except OSError as e:", "        print(e)"]),
  },
  {
    name: "Go: `if err != nil { fmt.Println(err) }` in a test",
    change: one("server_test.go", [
      "package a",
      "",
      "func TestServe(t *testing.T) {",
      "\terr := serve()",
      "\tif err != nil {",
      "\t\tfmt.Println(err)",
      "\t}",
      "}",
    ]),
  },
  {
    name: "Java: `catch (IOException e) { System.out.println(e); }` in a test",
    change: one("src/test/java/a/ReadTest.java", [
      "class ReadTest {",
      "  @Test",
      "  void reads() {",
      "    try {",
      "      read();",
      "    } catch (IOException e) {",
      "      System.out.println(e);",
      "    }",
      "  }",
      "}",
    ]),
  },
);

invalid.push(
  {
    name: "TS: the error listener printing something else than the error, in a test",
    change: one("test/proxy.test.ts", H3("console.log(server.address());")),
    findings: [{ messageId: "debug", line: 8 }],
  },
  {
    name: "TS: the error listener printing a bare marker, in a test",
    change: one("test/proxy.test.ts", H3('console.log("here");')),
    findings: [{ messageId: "debug", line: 8 }],
  },
  {
    name: "JS: a bare print of the error in library code's error listener (node-fetch 78853fc544)",
    change: one("lib/index.js", ["req.on('error', function (err) {", "  console.log(err.stack);", "});", "req.end();"]),
    findings: [{ messageId: "debug", line: 2 }],
  },
  {
    name: "TS: a `data` listener is no error listener, in a test",
    change: one("test/stream.test.ts", ["it('streams', () => {", "  stream.on('data', (chunk) => {", "    console.log(chunk);", "  });", "});"]),
    findings: [{ messageId: "debug", line: 3 }],
  },
  {
    name: "Kotlin: the same `onError` printing a count under a label, not the error",
    change: one("src/main/kotlin/a/Stream.kt", KOTLIN('println("[stream] $count")')),
    findings: [{ messageId: "debug", line: 5 }],
  },
  {
    name: "Kotlin: the same `onError` printing the error bare, in library code",
    change: one("src/main/kotlin/a/Stream.kt", KOTLIN("println(t)")),
    findings: [{ messageId: "debug", line: 5 }],
  },
  {
    name: "Java: `onFailure` printing the call, not the error, in a test",
    change: one("src/test/java/a/ApiTest.java", RETROFIT("System.out.println(call);")),
    findings: [{ messageId: "debug", line: 5 }],
  },
);

testRule("no-debug-statements", { valid, invalid });
