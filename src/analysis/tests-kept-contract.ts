import type { Lookups } from "../engine/rule.js";
import type { ChangedFile } from "../model/change.js";
import type { FunctionFact } from "../syntax/facts.js";
import { baseFacts, baseText, headText } from "../syntax/change-facts.js";
import { lineFacts } from "../syntax/line-view.js";
import { namedFunctionAround } from "./debug/lines-around.js";
import type { RepoLayout } from "../text/test-layout.js";
import { rewritesCode, testTexts } from "./tests-pinned-refactor.js";
import { keepsCallsAndOutputs, withoutComparisons } from "./tests-reorganised.js";
import { SCOPE_LINE, tellingName, wordPattern } from "./tests-used-already.js";

/**
 * A rewrite inside functions the existing tests already call by name (#11, set 23): go-humanize
 * rewrote `Comma` and `Commaf` for speed, and `comma_test.go`'s tables call both. A reviewer asks
 * for a test of new behaviour, not for one the tables already are. What the files must show:
 * the change rewrites a file that was there; every fresh line sits in a function the base had,
 * under the same name, whose signature lines the change leaves alone; the file gains no function
 * (no new API, no new helper); no fresh line opens a new error path (a throw, raise, panic or
 * error value: a new way to fail is new behaviour, as copier's "map's key type doesn't match");
 * and an existing test of the file or its package names each of those functions (not only its
 * type: a private function under a tested class is not what the tests call, as ImageSharp's
 * `SyncResolution`). And the fresh lines call nothing the file did not call at base (or a
 * function it defines) and write no string it did not have (see keepsCallsAndOutputs): a rewrite
 * computes the same outputs from the same inputs, while a fix or a feature reaches for something
 * new — jOOR's `compile()` reading `"jdk.module.path"`, mockery's `mock()` calling a new
 * `Generator::createClassMock`. Cost: one pass over the fresh lines and the file's functions, one
 * word search per fresh call over the base text, and one per distinct function name over the tests
 * testTexts read (at most MAX_TEST_TEXT characters).
 */

/** A fresh line that fails in a new way: throws, raises, panics, or builds an error value. */
const ERROR_PATH =
  /\b(?:throw|raise|panic!?|die|abort|errors\.New|fmt\.Errorf|Errorf|Err\s*\(|reject\s*\()|\bnew\s+[\w.]*(?:Error|Exception)\b|\b[\w.]*(?:Error|Exception)\s*\(/;

/** How many functions of each name a file declares. */
function nameCounts(functions: FunctionFact[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const fn of functions) out.set(fn.name, (out.get(fn.name) ?? 0) + 1);
  return out;
}

/**
 * For a rewrite's fresh lines, the tests that call each function they sit in (function → test),
 * or undefined when a line is outside such a function, the file gains a function, a signature,
 * an error path, a call or a string is new, or no test read names a function.
 */
export function testsCallingKeptFunctions(
  fresh: Set<number>,
  lines: string[],
  head: FunctionFact[],
  base: { functions: FunctionFact[]; text: string },
  tests: Array<{ path: string; text: string }>,
): Map<string, string> | undefined {
  const before = nameCounts(base.functions);
  const after = nameCounts(head);
  for (const [name, n] of after) if (n > (before.get(name) ?? 0)) return undefined;
  const freshText = [...fresh].map((l) => withoutComparisons(lines[l - 1] ?? ""));
  if (!keepsCallsAndOutputs(freshText, base.text, new Set(after.keys()))) return undefined;
  const out = new Map<string, string>();
  for (const l of fresh) {
    const text = lines[l - 1] ?? "";
    if (text.trim() === "" || SCOPE_LINE.test(text)) continue;
    if (ERROR_PATH.test(text)) return undefined;
    const fn = namedFunctionAround({ functions: head }, l);
    // Its signature: the lines before the body, which the change must not touch.
    if (!fn || !before.has(fn.name) || l < fn.end - fn.bodyLines + 1 || !tellingName(fn.name)) return undefined;
    if (!out.has(fn.name)) {
      const word = wordPattern(fn.name);
      const test = tests.find((t) => word.test(t.text));
      if (!test) return undefined;
      out.set(fn.name, test.path);
    }
  }
  return out.size === 0 ? undefined : out;
}

/** The existing tests that call the functions a rewrite keeps, in words for the summary; undefined when it is no such rewrite. */
export function testsCallingRewrite(f: ChangedFile, fresh: Set<number>, layout: RepoLayout, found: Lookups): string | undefined {
  if (!rewritesCode(f) || fresh.size === 0) return undefined;
  const text = headText(f, found);
  const head = lineFacts(f, found);
  const base = baseFacts(f, found);
  const before = baseText(f, found);
  if (text === undefined || before === undefined || !head || !base) return undefined;
  const hits = testsCallingKeptFunctions(
    fresh,
    text.split("\n"),
    head.functions,
    { functions: base.functions, text: before },
    testTexts(f.path, layout, found),
  );
  if (!hits) return undefined;
  return [...hits]
    .slice(0, 3)
    .map(([name, test]) => `\`${test}\` (calls \`${name}\`)`)
    .join(", ")
    .concat(", which already call the functions it rewrites: same signatures, no new function, call, string or error path");
}
