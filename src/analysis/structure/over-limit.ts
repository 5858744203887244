import type { Lookups } from "../../engine/rule.js";
import type { ChangedFile, Change } from "../../model/change.js";
import { headFacts, headText, baseText } from "../../syntax/change-facts.js";
import type { FunctionFact } from "../../syntax/facts.js";
import { generatedByItsHeader } from "../../syntax/generated.js";
import { syntaxLanguageOf } from "../../syntax/grammars.js";
import { saysPortAtVersion } from "../announced-copies.js";
import { bundleOutput, bundleVouchers } from "../bundle-outputs.js";
import { rebuiltBundle } from "../bundled-script.js";
import { type CodeView, headView } from "../function-code.js";
import { functionFree } from "../function-free.js";
import type { Measure, Verdict } from "../function-verdicts.js";
import { copiedIn, ROOT_LICENCES } from "../not-authored.js";
import { creditedFunction } from "../port-notices.js";
import { perReviewFile } from "../review-memo.js";
import { suppressedFor } from "../suppressions.js";

// The functions of a file the change touched that are over the limit, unless the file is generated, copied or only laid out anew.

/** The touched functions of a file the change wrote that are over `max`, with the file's code; none: undefined. */
export function overInFile(
  file: ChangedFile,
  change: Change,
  found: Lookups,
  measure: Measure,
  max: number,
): { code: CodeView; functions: FunctionFact[]; over: FunctionFact[] } | undefined {
  // A file that holds no function has none to judge: it is not parsed for them.
  if (holdsNoFunction(file, found)) return undefined;
  const head = headFacts(file, found);
  // Only functions the change touched can be judged: a file without one costs no more work.
  if (!head) return undefined;
  const touched = touchedFunctions(file, head.functions);
  if (touched.length === 0) return undefined;
  const code = headView(file, found);
  const text = headText(file, found) ?? "";
  if (!code || notWrittenHere(file, text, change, found)) return undefined;
  let lines: string[] | undefined;
  const suppressed = (fn: FunctionFact) => measure.rule !== undefined && suppressedFor(measure.rule, (lines ??= text.split("\n")), fn);
  const over = touched.filter((fn) => measure.of(fn, code) > max && !suppressed(fn) && !creditedFunction((lines ??= text.split("\n")), fn));
  if (over.length === 0 || onlyLaidOut(file, text, found)) return undefined;
  return { code, functions: head.functions, over };
}

/**
 * The same body written into several files of one change (a template copied into each new
 * module, a handler pasted into two adapters) is one thing to say, said where it first appears:
 * one finding, not one per copy. Bodies compare by their code with all whitespace left out.
 */
export function firstOfItsBody(seen: Set<string>, v: Verdict, code: CodeView): boolean {
  let body = "";
  for (let l = v.fn.start + 1; l <= v.fn.end; l++) body += code.code(l).replace(/\s+/g, "") + "\n";
  if (seen.has(body)) return false;
  seen.add(body);
  return true;
}

/**
 * A file whose code the change only laid out anew: its text at base and head the same but for
 * whitespace. commons-cli ca1e681ac7 put back the line breaks an earlier commit had stripped from
 * every source file ("Reverting by exporting the old version on top"): each function of it looked
 * new, but not a token of logic changed (judged "not worth saying" on held-out histories, session 10).
 */
function onlyLaidOut(file: ChangedFile, text: string, found: Lookups): boolean {
  if (file.status === "added") return false;
  const base = baseText(file, found);
  return base !== undefined && base.replace(/\s+/g, "") === text.replace(/\s+/g, "");
}

/**
 * A file generated or copied in: its structure is not the change's to judge. Once per review (the
 * review's lookups) and file, for all three structural rules: each rule's run holds a change object
 * of its own, but they are copies of the review's one change (same commits, same repository).
 */
const notWrittenByReview = new WeakMap<Lookups, WeakMap<ChangedFile, boolean>>();
function notWrittenHere(file: ChangedFile, text: string, change: Change, found: Lookups): boolean {
  let byFile = notWrittenByReview.get(found);
  if (!byFile) notWrittenByReview.set(found, (byFile = new WeakMap()));
  let verdict = byFile.get(file);
  if (verdict === undefined) {
    verdict =
      generatedByItsHeader(file, text, baseText(file, found)) ||
      bundleOutput(file.path, bundleVouchers(change, found)) ||
      rebuiltBundle(file.path, text, baseText(file, found)) ||
      copiedIn(file, text, { change, baseText: baseText(file, found), licence: licenceText(found), baseTexts: found.baseContents }) ||
      // A file the change adds as a port of another project at a named commit (see saysPortAtVersion):
      // the message is the author's word, so it quiets only these rules, and only on the files it adds.
      (file.status === "added" && saysPortAtVersion(change));
    byFile.set(file, verdict);
  }
  return verdict;
}

/**
 * The file's text at head certainly declares no function (see function-free.ts). Once per review and
 * file: each of the three structural rules asks, and the answer reads the whole text.
 */
const holdsNoFunction = perReviewFile((file, found): boolean => {
  const language = syntaxLanguageOf(file.path);
  const text = language && headText(file, found);
  return text !== undefined && functionFree(language!, text);
});

/** The functions (test callbacks aside) with an added line inside, found by a prefix count of added lines, not a scan per function. */
function touchedFunctions(file: ChangedFile, functions: FunctionFact[]): FunctionFact[] {
  // A function the parser had to recover from a syntax error in has no measured size (see parseErrors).
  const candidates = functions.filter((fn) => !fn.testCallback && !fn.parseErrors && !moduleWrapper(fn, functions));
  if (candidates.length === 0 || file.addedLines.length === 0) return [];
  let last = 0;
  for (const fn of candidates) last = Math.max(last, fn.end);
  const before = new Uint32Array(last + 2);
  for (const l of file.addedLines) if (l.line >= 1 && l.line <= last) before[l.line + 1]++;
  for (let i = 1; i < before.length; i++) before[i] += before[i - 1];
  // before[n + 1] - before[start]: added lines numbered start..n.
  return candidates.filter((fn) => fn.start <= fn.end && before[Math.min(fn.end, last) + 1] - before[Math.max(fn.start, 1)] > 0);
}

/**
 * The callback a browser script or an AMD module wraps its whole body in: jQuery's
 * `$(function () { … })` and `$(document).ready(…)`, `define([…], function (…) { … })`,
 * `require([…], function (…) { … })`. It is the file's module scope, not a function anyone calls
 * by name: its handlers and helpers are judged on their own (werkzeug's debugger.js grew by a
 * keypress handler, which is not a block added to a 97-line function).
 */
const WRAPPER_CALLS = /^(?:\$|jQuery|\$\(document\)\.ready|jQuery\(document\)\.ready|define|require|requirejs)(?:\("[^"]*"\))? callback$/;

export function moduleWrapper(fn: FunctionFact, functions: FunctionFact[]): boolean {
  if (fn.kind !== "callback" || !WRAPPER_CALLS.test(fn.name)) return false;
  // Only at the top of the file: `$(fn)` inside a function is a call like any other.
  return !functions.some((o) => o !== fn && o.start <= fn.start && o.end >= fn.end && (o.start < fn.start || o.end > fn.end));
}

function licenceText(found: Lookups): string | undefined {
  for (const path of ROOT_LICENCES) {
    const text = found.baseContents?.get(path);
    if (text !== undefined) return text;
  }
  return undefined;
}

/** A function inside another one reported for the same limit is the same problem: one finding. */
export function outermost(verdicts: Iterable<Verdict>): Verdict[] {
  const all = [...verdicts];
  return all.filter((v) => !all.some((o) => o !== v && o.fn.start <= v.fn.start && o.fn.end >= v.fn.end && (o.fn.start < v.fn.start || o.fn.end > v.fn.end)));
}
