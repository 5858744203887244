import { escapeRegExp } from "../text/escape-regexp.js";
/**
 * A change that reorganises code the existing tests already pin (a dictionary turned into a switch,
 * a method extracted, an allocation made lazy): it calls nothing the file did not call and prints
 * or returns no text the file did not have. The title saying so is only a hint, since a title is
 * the author's words: the code has to show it too.
 */

/**
 * Titles that say the change keeps behaviour: a refactor, a clean-up, a speed or memory tweak
 * (`increase dive tag performance`), a docs change, a conversion to classes (joi's `Convert to classes`).
 */
const SAYS_REORGANISED =
  /^\s*(docs?|documentation)\b|\b(refactor(s|ed|ing)?|clean(ed|s)?[- ]?up|cleanup|simplif(y|ies|ied)|restructur(e|ed|es|ing)|reorgani[sz](e|ed|es|ing)|extract(s|ed)?\s+(method|function|helper)s?|optimi[sz](e|es|ed|ing|ation)|(remove|reduce)s?\s+(the\s+)?overhead|avoid(s|ed)?\s+(an?\s+|the\s+|unnecessary\s+)?(dictionar|allocat|boxing|cop(y|ies)|clon|linq|closure|lookup)\w*|lazy[- ]?(allocat|initiali[sz]|load|creat)\w*|lazily|(improve[sd]?|increase[sd]?|better)\s+([\w-]+\s+){0,3}performance|performance\s+(improvements?|tweaks?)|speed[- ]?up|faster|convert(s|ed|ing)?\s+([\w-]+\s+){0,2}(to|into)\s+(es\d+\s+)?class(es)?)\b/i;

/** Words that make a change a fix or a feature whatever else its title says. */
const SAYS_BEHAVIOUR = /\b(fix(es|ed)?|bug|leak|crash|regression|broken|wrong|incorrect|add(s|ed)?|support(s|ed)?|new|feat(ure)?|allow(s|ed)?|handle[sd]?)\b/i;

/** Words of a commit's body that say it fixes a fault ("Fixes the correctness issue raised in #339"); "added" there says little. */
const BODY_SAYS_FIX = /\b(fix(es|ed)?|bug|correctness|regression|broken|incorrect|crash(es)?|leak(s)?|data loss)\b/i;

/** Whether the change's title or a commit's subject says it fixes or adds something, or a commit's body that it fixes a fault. */
export function saysBehaviour(change: { title: string; commits: Array<{ message: string }> }): boolean {
  const subjects = [change.title, ...change.commits.map((c) => c.message.split("\n")[0])];
  const bodies = change.commits.map((c) => c.message.split("\n").slice(1).join("\n"));
  return subjects.some((s) => SAYS_BEHAVIOUR.test(s)) || bodies.some((b) => BODY_SAYS_FIX.test(b));
}

/** Whether the change's title, or every commit's subject, says it only reorganises code (and none says it fixes or adds). */
export function saysReorganised(change: { title: string; commits: Array<{ message: string }> }): boolean {
  const subjects = [change.title, ...change.commits.map((c) => c.message.split("\n")[0])];
  return SAYS_REORGANISED.test(change.title) && !subjects.some((s) => SAYS_BEHAVIOUR.test(s));
}

const CALL = /([A-Za-z_$][\w$]*)\s*[(!]/g;
const STRING = /"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`/g;
/** Keywords that look like calls (`if (`, `switch (`), and a guard's throw, which is a diagnostic. */
const NOT_A_CALL =
  /^(if|for|foreach|while|switch|catch|return|match|when|elif|elseif|unless|typeof|sizeof|nameof|function|fn|func|def|fun|new|throw|raise|panic|assert|and|or|not|in|is|using|lock|fixed|await|yield|case|super|constructor|init|__init__)$/;
/** Built-ins that only build or measure values (Go's `append`, `make`, `len`; Python's `range`): a rewrite's plumbing, not a new input or effect. */
const VALUE_BUILTIN = /^(append|make|len|cap|copy|range|enumerate|zip)$/;
const GUARD_LINE = /^\s*(default:\s*)?(throw|raise|panic!|_\s*=>\s*(panic!|unreachable!))/;

/** CALL reads `n != 0` as a macro call of `n`: a gate that must not count comparisons as calls passes its lines through this first. */
export function withoutComparisons(line: string): string {
  return line.replace(/\s*!==?/g, " <>");
}

/**
 * Whether the fresh lines call only what the file already called (or functions the change itself
 * defines in the file) and write only string literals the file already had: the same calls and
 * the same outputs, only reorganised. Guards that throw are left out: they are diagnostics.
 */
export function keepsCallsAndOutputs(freshText: string[], baseText: string, ownNames: Set<string>): boolean {
  const known = (word: string) => ownNames.has(word) || new RegExp(`(^|[^\\w$])${escapeRegExp(word)}([^\\w$]|$)`).test(baseText);
  for (const line of freshText) {
    if (GUARD_LINE.test(line)) continue;
    for (const m of line.matchAll(CALL)) if (!NOT_A_CALL.test(m[1]) && !VALUE_BUILTIN.test(m[1]) && !known(m[1])) return false;
    for (const m of line.matchAll(STRING)) if (!hasLiteral(baseText, m[0])) return false;
  }
  return true;
}

/** The file had the literal, in either quotes: `','` writes what `","` wrote. */
function hasLiteral(baseText: string, literal: string): boolean {
  if (baseText.includes(literal)) return true;
  const body = literal.slice(1, -1);
  return !body.includes('"') && !body.includes("'") && (baseText.includes(`"${body}"`) || baseText.includes(`'${body}'`));
}
