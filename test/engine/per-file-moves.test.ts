import { loadConfig } from "../../src/config/load-config.js";
import type { Lookups } from "../../src/engine/rule.js";
import { runReview } from "../../src/engine/run-review.js";
import { addedFile, change } from "../helpers/make-change.js";

// mio 0f09be5bd9: a test moved into tests/tcp.rs from tests/tcp_shutdown.rs, which the change deletes.
// (A `dbg!`: a labelled `println!` in a Rust test is the failure's context, never said.)
const MOVED = ["#[test]", "fn shutdown() {", "    dbg!(&s);", "}"];
// With the option that says a Rust test's prints (session 18's default leaves them to cargo test's capture).
const { config } = loadConfig("rules: { no-debug-statements: { severity: warning, report_captured_test_output: true } }", "rules.yml");
for (const [id, setting] of Object.entries(config!.rules)) if (id !== "no-debug-statements") setting.severity = "off";

async function review(withSource: boolean) {
  const target = addedFile("tests/tcp.rs", MOVED, 3);
  const source = addedFile("tests/tcp_shutdown.rs", [], 1, { status: "removed", additions: 0, deletions: 4, addedLines: [], hunks: [] });
  // A third file makes the engine run the per-file rule file by file.
  const other = addedFile("src/lib.rs", ["pub fn f() {}"], 1);
  const found: Lookups = {
    issues: new Map(),
    fileContents: new Map([["tests/tcp.rs", ["use mio;", "", ...MOVED].join("\n")]]),
    baseContents: new Map([
      ["tests/tcp.rs", "use mio;\n"],
      ["tests/tcp_shutdown.rs", MOVED.join("\n")],
    ]),
  };
  const files = withSource ? [target, source, other] : [target, other];
  return (await runReview(change(files), config!, async () => found)).findings.map((f) => `${f.path}:${f.line}`);
}

describe("a per-file rule still sees the files the change deleted from (#11)", () => {
  it("a print moved from a deleted file is not new", async () => {
    expect(await review(true)).toEqual([]);
  });

  it("the same print with no such file is said", async () => {
    expect(await review(false)).toEqual(["tests/tcp.rs:5"]);
  });
});
