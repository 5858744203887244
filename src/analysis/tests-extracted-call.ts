import type { Lookups } from "../engine/rule.js";
import type { ChangedFile } from "../model/change.js";
import type { FunctionFact } from "../syntax/facts.js";
import { baseFacts } from "../syntax/change-facts.js";
import { lineFacts } from "../syntax/line-view.js";
import { namesOfLine, tellingName } from "./tests-used-already.js";
import { unusedParameters } from "./unused-parameters.js";
import { escapeRegExp } from "../text/escape-regexp.js";

/**
 * Code taken out of a function that was there into a new function it now calls (#11, session 10):
 * anyhow's `Chain::new`, the constructor `Error::chain` now calls instead of building the `Chain`
 * itself; itertools' `new_map_for_grouping`, an associated `MapForGrouping::new` turned into a free
 * function with its one caller updated (judged sets 7 and 8: "the existing tests of the caller
 * already exercise it"). The caller existed before the change, so its tests ran this code and
 * still do. Only for new functions that decide nothing: a helper that branches is logic of its own
 * (see extractedHelper for one that took its decisions from its callers), and the caller's file
 * must have lost lines, the code the call replaced. The rule checks separately that the fresh lines
 * write no string or number and call nothing the change's sources did not have before.
 */

/**
 * For each new function, an existing function of the change's sources that now calls it on an
 * added line in a file the change also took lines from; undefined when one has no such caller or
 * decides anything. In words for the summary: `` `src/error.rs` (`chain`) ``.
 */
export function callersOfExtracted(
  file: ChangedFile,
  newFunctions: FunctionFact[],
  lines: string[],
  sources: ChangedFile[],
  found: Lookups,
): string[] | undefined {
  if (newFunctions.length === 0 || newFunctions.some((fn) => fn.decisions > 0)) return undefined;
  // A helper that ignores a parameter its caller passes (`StaticProperty(type, name)` invoking `"None"`) does what no caller's test pinned.
  const language = lineFacts(file, found)?.language;
  if (language && newFunctions.some((fn) => unusedParameters(fn, lines, language).length > 0)) return undefined;
  const out = new Set<string>();
  for (const fn of newFunctions) {
    const call = callPattern(fn, lines);
    // In its own file, a generic name the file declares once is found by a bare call (`copy(…)` in an extension of its type).
    const bare = onlyDeclaration(fn, lines) ? new RegExp(`(^|[^\\w$.:>])${escapeRegExp(fn.name)}\\s*\\(`) : undefined;
    if (!call && !bare) return undefined;
    const caller = sources
      .flatMap((s) => (s === file ? [call, bare] : [call]).flatMap((pattern) => (pattern ? [{ s, pattern }] : [])))
      .map(({ s, pattern }) => existingCaller(s, pattern, newFunctions, s === file, found))
      .find((c) => c !== undefined);
    if (!caller) return undefined;
    out.add(caller);
  }
  return [...out];
}

/**
 * How a call to the function reads: by its name when the name says which function it is
 * (`new_map_for_grouping(`), else through its type (`Chain::new(`, `Chain.new(`, `new Chain(`).
 */
function callPattern(fn: FunctionFact, lines: string[]): RegExp | undefined {
  const esc = escapeRegExp;
  if (tellingName(fn.name)) return new RegExp(`(^|[^\\w$])${esc(fn.name)}\\s*(?:::<[^>]*>\\s*)?[(<]`);
  const [type] = namesOfLine(fn.start, lines, [fn]).types;
  if (type === undefined || !tellingName(type)) return undefined;
  return new RegExp(`(^|[^\\w$])${esc(type)}\\s*(?:::|\\.|->)\\s*${esc(fn.name)}\\s*[(<]`);
}

/** The function's name is declared on no other line of its file: a bare call of it in the file is a call of it. */
function onlyDeclaration(fn: FunctionFact, lines: string[]): boolean {
  if (!/^[A-Za-z_$][\w$]*$/.test(fn.name)) return false;
  const declared = new RegExp(`\\b(?:fun|def|func|fn|function)\\s+(?:<[^>]*>\\s*)?(?:[\\w.<>]+\\.)?${escapeRegExp(fn.name)}\\b`);
  return lines.every((text, i) => i === fn.start - 1 || !declared.test(text));
}

/** The file and function of an added call in a function the file had at base, when the file also lost lines. */
function existingCaller(s: ChangedFile, call: RegExp, newFunctions: FunctionFact[], same: boolean, found: Lookups): string | undefined {
  if (s.status !== "modified" && s.status !== "renamed") return undefined;
  if (s.deletions === 0) return undefined;
  const calls = s.addedLines.filter((l) => call.test(l.text));
  if (calls.length === 0) return undefined;
  const head = lineFacts(s, found);
  const had = new Set((baseFacts(s, found)?.functions ?? []).map((fn) => fn.name));
  if (!head || had.size === 0) return undefined;
  for (const l of calls) {
    const holder = head.functions
      .filter((fn) => l.line >= fn.start && l.line <= fn.end && /^[\w$]+$/.test(fn.name))
      .sort((a, b) => b.start - a.start)
      .find((fn) => had.has(fn.name) && !(same && newFunctions.some((n) => n.start === fn.start)));
    if (holder) return `\`${s.path}\` (\`${holder.name}\`)`;
  }
  return undefined;
}
