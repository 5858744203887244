import { DEBUG_ANY } from "./debug-patterns.js";
import { openersOf } from "./lines-around.js";
import { closedArguments, labelled } from "./print-arguments.js";

// Prints that report a failure: in an error branch, before the block returns an error or throws, or
// right before a test fails. Saying what went wrong is deliberate, in code and tests alike.

// The line that opens an error branch: `catch (e) {`, `} catch {`, `rescue => e`, `except Exception:`, Go's `if err != nil {`
// also after its init statement (`if err = db.Ping(); err != nil {`: golang-migrate's readiness probes print the unexpected
// ping error there, judged *wrong* three times on set 31).
const ERROR_BRANCH = /(^|[\s}])(catch|rescue|except)\b|\.catch\s*\(|\bErr\s*\(|\bif\s+(?:[^;{]{0,200};\s*)?\w*err\w*\s*!=\s*nil\b/;
// What comes right after a print that reports a failure: returning the error, exiting, showing help.
// Exiting as Kotlin, Rust and .NET spell it too (kotlinx-cli fc436445c3's `println(makeUsage())` then `exitProcess(0)`: the
// answer to `--help`, judged *wrong* on set 36).
export const THEN_FAILS =
  /^\s*(return\b.{0,80}\b(err|error|e|ex|nil, err)\b|return\s+(1|-1|false|False|nil)\b|(os|sys|process|System)\.(Exit|exit)\b|exit\s*[(!]|exitProcess\s*\(|(?:std::)?process::exit\s*\(|Environment\.Exit\s*\(|abort\b|raise\b|throw\b|panic\s*\(|[\w.]*Show\w*Help\b|[\w.]*[Uu]sage\s*\()/;
// A test's failure report right after the print, past the ends of the blocks it sits in (`for … { fmt.Println(x) }` then `t.Errorf(…)`),
// ava's and Node's `t.fail()`/`assert.fail()` (chalk's `try { console.log(ctx`…`); t.fail(); } catch …`, judged wrong twice on
// set 16: it only evaluates what must throw), or an assertion that cannot pass (commons-csv's `System.out.println("Printer output :" + …)` then `assertTrue(false)`):
// the print only runs when the test fails, as its diagnostics.
// A skipped test's assumption counts too (`assumeTrue(supported)`, `t.Skip(…)`, `pytest.skip(…)`), and a runner's skip call
// (Mocha's `this.skip()`, Vitest's `ctx.skip()`, hono e6913190b7's `console.log(`Skip: ${reason}`)` then `skipTask()`): the print says why it skips.
// An assertion that cannot pass: `assertTrue(false)`, `Assert.True(false)`, `assertFalse(true)`, Python's `assert False`
// and `self.assertTrue(False)`, Ruby's `assert false`, `expect(true).toBe(false)`.
const NEVER_PASSES = String.raw`(?:Assert\.(?:True|IsTrue)|(?:self\.|Assert\.)?assert(?:True)?)\s*\(?\s*(?:false|False)\s*(?:[),;]|$)|(?:Assert\.(?:False|IsFalse)|(?:self\.|Assert\.)?assertFalse)\s*\(\s*(?:true|True)\s*[),]|expect\s*\(\s*true\s*\)\.(?:toBe|to\.equal)\s*\(\s*false\s*\)`;
const THEN_TEST_FAILS = new RegExp(
  String.raw`^\s*([\w.]*\b(t|b|tb|s|suite)\.(Error|Errorf|Fatal|Fatalf|Fail|FailNow|Skip|Skipf|SkipNow)\s*\(|(Assert\.|assert\.|t\.)?[Ff]ail\s*\(|flunk\b|(Assume|Assumptions)\.\w+\s*\(|assume(True|False|That|NotNull|NoException)?\s*\(|(pytest|unittest)\.skip\w*\s*\(|self\.skipTest\s*\(|Assert\.Inconclusive\s*\(|skip\s*[("']|(?:(?:this|ctx|context|task)\.)?skip(?:Task|Test)?\s*\(|` +
    NEVER_PASSES +
    ")",
);
const CLOSER = /^\s*([}\])]+[;,]?|end)\s*$/;
// The way out of a failure branch besides THEN_FAILS: rejecting a promise, passing the error on, answering with an error status.
const FAILS_OUT =
  /^\s*(return\s+)?(await\s+)?(reject\s*\(|(next|callback|cb|done)\s*\(\s*(err|error|e|ex|new\s)|[\w.]*\.(status|sendStatus|writeHead)\s*\(\s*[45]\d\d\b|[\w.]*statusCode\s*=\s*[45]\d\d\b|[\w.]*\.(json|send)\s*\(\s*\{[^}]{0,80}\b(status\s*:\s*["']error|error\s*:)|http\.Error\s*\(|abort\s*\(\s*[45]\d\d)/;
/** Statements of a block read after a print for the failure that ends it. */
const BLOCK_REACH = 6;

// An argument that is the failure itself: the error, its stack, a status.
const FAILURE_ARGUMENT = /\b(err|error|e|ex|exc|exception|status|statusCode|stack|reason|cause)\b/;

/**
 * Whether a print says what failed: a label of its own (`'bad request'`) or the error itself. Bare values printed on
 * the way out (node-fs-extra 1ee77c8a80: `console.log(source)`, `console.log(dest)`, then the error) are someone
 * looking at them.
 */
export function logsFailure(text: string, m: RegExpExecArray): boolean {
  const args = closedArguments(text.slice(m.index + m[0].length));
  return labelled(text, m) || FAILURE_ARGUMENT.test(args.replace(/(["'`])(?:\\.|(?!\1)[^\\])*\1/g, ""));
}

/**
 * Whether the rest of the print's block ends in a failure: a throw, a rejection, an error returned or sent as the
 * response (formik a36670d06e: `console.log('bad request', res.status)` then `res.json({ status: 'error' … })` then
 * `throw`). The print logs the failure on its way out; one that swallows the error and carries on is not this.
 */
export function blockThenFails(head: string[], line: number): boolean {
  const indent = /^\s*/.exec(head[line - 1] ?? "")![0].length;
  let seen = 0;
  for (let i = line; i < head.length && seen < BLOCK_REACH; i++) {
    const l = head[i];
    if (l.trim() === "") continue;
    const own = /^\s*/.exec(l)![0].length;
    if (own < indent) return false;
    seen++;
    if (own === indent && (THEN_FAILS.test(l) || FAILS_OUT.test(l))) return true;
  }
  return false;
}

/** Whether the test reports a failure right after the print, once the blocks it sits in close. */
export function thenTestFails(head: string[], line: number): boolean {
  const after = head.slice(line, line + 8).filter((l) => l.trim() !== "" && !DEBUG_ANY.test(l) && !CLOSER.test(l));
  return after.length > 0 && THEN_TEST_FAILS.test(after[0]);
}

// A failure report: the print names what was expected and what came (`"%s: expected %s actual %s%n"`, `"expected {}
// but got {}"`), as a test that counts its mismatches before one assertion shows each of them.
export const FAILURE_REPORT = /["'`][^"'`]{0,80}\bexpected\b[^"'`]{0,80}\b(?:actual|got|but|was|found|received)\b/i;

/** True when the enclosing block of this line (by indentation, at head) opens an error branch. */
export function inErrorBranch(head: string[], line: number): boolean {
  return openersOf(head, line).some((l) => ERROR_BRANCH.test(l));
}
