import { titledEdits } from "../helpers/edits.js";
import { testRuleBeforeCalibration as testRule } from "../helpers/pre-calibration.js";

/**
 * Session 14 (#11): decisions that are no new path. A branch that only prints (zerolog's write error
 * sent to stderr), a development-only message (`process.env.NODE_ENV !== 'production'`) and an
 * `if … throw` written in place of an assertion call the change removed (superstruct's `invariant`)
 * are not new behaviour; new branches that do something still are. Nor is a new function whose old
 * name stays as a shim that forwards to it (mail's deprecated `has_transfer_encoding?`).
 */

const titled = titledEdits;

// Go: `Msg` no longer returns the write error; it prints it (zerolog 46cd35d1f2).
const goTree = ["go.mod", "event.go", "log.go", "log_test.go"];
const msgBase = (name: string) => [
  `func (e *Event) ${name}(msg string) error {`,
  "\tif !e.enabled {",
  "\t\treturn nil",
  "\t}",
  "\te.buf = appendString(e.buf, msg)",
  "\treturn e.write()",
  "}",
];
const msgHead = (name: string, onError: string[]) => [
  `func (e *Event) ${name}(msg string) {`,
  "\tif !e.enabled {",
  "\t\treturn",
  "\t}",
  "\te.buf = appendString(e.buf, msg)",
  "\tif err := e.write(); err != nil {",
  ...onError,
  "\t}",
  "}",
];
const eventBase = ["package zerolog", "", ...msgBase("Msg"), "", ...msgBase("Msgf")];
const eventHead = (onError: string[]) => ["package zerolog", "", ...msgHead("Msg", onError), "", ...msgHead("Msgf", onError)];
const printsError = ['\t\tfmt.Fprintf(os.Stderr, "zerolog: could not write event: %v", err)'];
const retries = ["\t\te.pending = append(e.pending, e.buf)", "\t\te.retryLater(err)"];

// JavaScript: `invariant(cond, msg)` replaced by `if (!cond) throw`, with a long message in development only.
const jsTree = ["package.json", "src/kinds.js", "src/index.js", "test/index.js"];
const kindBase = (name: string, kind: string) => [
  `function ${name}(schema, options) {`,
  "  invariant(",
  `    kindOf(schema) === '${kind}',`,
  `    \`${name} structs must be defined as ${kind}, but you passed: \${schema}\``,
  "  )",
  `  return scalar('${kind}', options)`,
  "}",
];
const kindHead = (name: string, kind: string, dev: string) => [
  `function ${name}(schema, options) {`,
  `  if (kindOf(schema) !== '${kind}') {`,
  `    if (process.env.NODE_ENV ${dev} 'production') {`,
  `      throw new Error(\`${name} structs must be defined as ${kind}, but you passed: \${schema}\`)`,
  "    } else {",
  "      throw new Error(`Invalid schema: ${schema}`)",
  "    }",
  "  }",
  `  return scalar('${kind}', options)`,
  "}",
];
const kindsBase = ["import invariant from 'invariant'", "", ...kindBase("dict", "array"), "", ...kindBase("func", "function")];
const kindsHead = (dev: string) => [...kindHead("dict", "array", dev), "", ...kindHead("func", "function", dev)];
// The rewrite, and a new option that changes the result: only the assertions' decisions are offset.
const withCoercion = (head: string[]) =>
  head.flatMap((l) => (l.startsWith("  return scalar(") ? ["  if (options.coerce) {", "    schema = coerce(schema)", "  }", l] : [l]));

// Kotlin: `require(…)` rewritten as `if (…) throw IllegalArgumentException(…)`.
const ktTree = ["build.gradle", "src/main/kotlin/a/Range.kt", "src/test/kotlin/a/RangeTest.kt"];
const rangeBase = (checks: string[]) => [
  "package a",
  "",
  "class Range(val start: Int, val end: Int) {",
  "    fun step(by: Int): List<Int> {",
  ...checks,
  "        return (start until end step by).toList()",
  "    }",
  "",
  "    fun take(n: Int): List<Int> {",
  ...checks.map((c) => c.replace(/by/g, "n")),
  "        return (start until end).take(n)",
  "    }",
  "}",
];
const requireChecks = ['        require(by > 0) { "step must be positive" }', '        require(by < 1000) { "step too large" }'];
const throwChecks = [
  "        if (by <= 0) {",
  '            throw IllegalArgumentException("step must be positive")',
  "        }",
  "        if (by >= 1000) {",
  '            throw IllegalArgumentException("step too large")',
  "        }",
];

// Python: a branch that only prints a warning to stderr, in two functions that were there.
const pyTree = ["setup.py", "pkg/sync.py", "tests/test_sync.py"];
const syncBase = [
  "def push(repo, ref):",
  "    result = repo.push(ref)",
  "    return result",
  "",
  "def pull(repo, ref):",
  "    result = repo.pull(ref)",
  "    return result",
];
const syncHead = (onFail: string) => [
  "def push(repo, ref):",
  "    result = repo.push(ref)",
  "    if not result.ok:",
  `        ${onFail}`,
  "    return result",
  "",
  "def pull(repo, ref):",
  "    result = repo.pull(ref)",
  "    if not result.ok:",
  `        ${onFail}`,
  "    return result",
];

// Ruby: a rename whose old name stays as a shim that prints a deprecation (mail 33114a455a).
const rbTree = ["Gemfile", "lib/mail/message.rb", "spec/mail/message_spec.rb"];
const messageBase = [
  "module Mail",
  "  class Message",
  "    def has_transfer_encoding?",
  "      transfer_encoding",
  "    end",
  "",
  "    def add_required_fields",
  "      add_transfer_encoding unless has_transfer_encoding?",
  "    end",
  "  end",
  "end",
];
const messageHead = (shim: string[]) => [
  "module Mail",
  "  class Message",
  "    def has_content_transfer_encoding?",
  "      content_transfer_encoding",
  "    end",
  "",
  "    def has_transfer_encoding?",
  ...shim,
  "    end",
  "",
  "    def add_required_fields",
  "      add_transfer_encoding unless has_content_transfer_encoding?",
  "    end",
  "  end",
  "end",
];
const deprecatedShim = [
  '      STDERR.puts(":has_transfer_encoding? is deprecated.  Please use has_content_transfer_encoding?")',
  "      content_transfer_encoding",
];
const notAShim = ["      content_transfer_encoding", "      @checked = true"];

// Python: the old name warns and calls the new one; the new one decides or does not.
const pyRepoTree = ["setup.py", "pkg/repo.py", "tests/test_repo.py"];
const repoBase = ["class Repo:", "    def get_all(self):", "        return list(self.rows)"];
const repoHead = (body: string[]) => [
  "class Repo:",
  "    def fetch_all(self):",
  ...body,
  "",
  "    def get_all(self):",
  '        warnings.warn("get_all is deprecated, use fetch_all", DeprecationWarning)',
  "        return self.fetch_all()",
];
const plainBody = ["        return list(self.rows)"];
// Reopens a closed repository and takes in its pending rows: two decisions of its own.
const decidingBody = ["if self.closed:", "    self.reopen()", "for row in self.pending:", "    self.rows.append(row)", "return list(self.rows)"].map(
  (l) => `        ${l}`,
);

// Java: `count()` kept for its callers, forwarding to the new `size()`.
const javaTree = ["pom.xml", "src/main/java/a/Bag.java", "src/test/java/a/BagTest.java"];
const bagClass = (members: string[]) => ["package a;", "", "public class Bag {", ...members, "}"];
const bagBase = bagClass(["    public int count() {", "        return items.size();", "    }"]);
const sizeFn = ["    public int size() {", "        return items.size() + pending.size();", "    }"];
const bagHead = bagClass([...sizeFn, "", "    /** @deprecated use size() */", "    public int count() {", "        return size();", "    }"]);

testRule("tests-required", {
  valid: [
    {
      name: "Go: an error that was returned is now printed to stderr: the branch only prints",
      ...titled(goTree, "Remove error returned by Msg and Msgf", ["event.go", eventBase, eventHead(printsError)]),
    },
    {
      name: "JavaScript: `invariant(…)` calls rewritten as `if … throw`, with a development-only message",
      ...titled(jsTree, "remove invariant usage", ["src/kinds.js", kindsBase, kindsHead("!==")]),
    },
    {
      name: "Kotlin: `require(…)` rewritten as `if … throw IllegalArgumentException`",
      ...titled(ktTree, "Use explicit exceptions", ["src/main/kotlin/a/Range.kt", rangeBase(requireChecks), rangeBase(throwChecks)]),
    },
    {
      name: "Python: a failure that is now reported on stderr, and nothing else",
      ...titled(pyTree, "Report failed syncs", ["pkg/sync.py", syncBase, syncHead('print("sync failed:", result.error, file=sys.stderr)')]),
    },
    {
      name: "Ruby: a renamed predicate whose old name prints a deprecation and does the same",
      ...titled(rbTree, "Deprecating :has_transfer_encoding? in favour of :has_content_transfer_encoding?", [
        "lib/mail/message.rb",
        messageBase,
        messageHead(deprecatedShim),
      ]),
    },
    {
      name: "Python: a renamed method whose old name warns and calls it",
      ...titled(pyRepoTree, "Rename get_all to fetch_all", ["pkg/repo.py", repoBase, repoHead(plainBody)]),
    },
    {
      name: "Java: the old method kept for its callers, forwarding to the new one",
      ...titled(javaTree, "Add Bag.size", ["src/main/java/a/Bag.java", bagBase, bagHead]),
    },
  ],
  invalid: [
    {
      name: "Ruby: the old name does more than the new one: not a shim",
      ...titled(rbTree, "Add has_content_transfer_encoding?", ["lib/mail/message.rb", messageBase, messageHead(notAShim)]),
      findings: [{ messageId: "missingTests", path: "lib/mail/message.rb" }],
    },
    {
      name: "Python: the renamed method's new decisions are still asked about",
      ...titled(pyRepoTree, "Rename get_all to fetch_all", ["pkg/repo.py", repoBase, repoHead(decidingBody)]),
      findings: [{ messageId: "missingTests", path: "pkg/repo.py" }],
    },
    {
      name: "Go: the write error now queues the event for a retry",
      ...titled(goTree, "Retry failed writes", ["event.go", eventBase, eventHead(retries)]),
      findings: [{ messageId: "missingTests", path: "event.go" }],
    },
    {
      name: "JavaScript: `invariant(…)` rewritten, and a new branch beside it that changes the result",
      ...titled(jsTree, "remove invariant usage", ["src/kinds.js", kindsBase, withCoercion(kindsHead("!=="))]),
      findings: [{ messageId: "missingTests", path: "src/kinds.js" }],
    },
    {
      name: "JavaScript: a production-only branch is behaviour, not a development message",
      ...titled(jsTree, "remove invariant usage", ["src/kinds.js", kindsBase, kindsHead("===")]),
      findings: [{ messageId: "missingTests", path: "src/kinds.js" }],
    },
    {
      name: "Kotlin: the same checks added where there were none",
      ...titled(ktTree, "Check the step", ["src/main/kotlin/a/Range.kt", rangeBase([]), rangeBase(throwChecks)]),
      findings: [{ messageId: "missingTests", path: "src/main/kotlin/a/Range.kt" }],
    },
    {
      name: "Python: a failure that is now retried is a new path",
      ...titled(pyTree, "Report failed syncs", ["pkg/sync.py", syncBase, syncHead("result = repo.retry(ref)")]),
      findings: [{ messageId: "missingTests", path: "pkg/sync.py" }],
    },
  ],
});
