import type { FunctionFact, LanguageId } from "../syntax/facts.js";
import { escapeRegExp } from "../text/escape-regexp.js";

/**
 * The parameters a function declares and never reads (#11, session 11): CommandLineParser's new
 * `StaticProperty(this Type type, string name)` that invokes the hard-coded `"None"` instead of
 * `name` (judged set 9: "agree", the bug a test would catch). A helper taken out of its caller is
 * run by the caller's tests only as the caller calls it; a parameter it ignores is behaviour those
 * tests never pinned. Receivers (`self`, `this`, `cls`) and names marked unused (`_`, `_x`) are
 * not counted.
 */
export function unusedParameters(fn: Pick<FunctionFact, "name" | "start" | "end">, lines: string[], language?: LanguageId): string[] {
  const text = lines.slice(fn.start - 1, fn.end).join("\n");
  // The list after the name: `pub(crate) fn allocate(self, layout: Layout)` has a parenthesis before it.
  const open = text.indexOf("(", Math.max(0, text.indexOf(fn.name)));
  const close = open < 0 ? -1 : matchingParen(text, open);
  if (close < 0) return [];
  const body = text.slice(close + 1);
  return parameterNames(text.slice(open + 1, close), language).filter((name) => !new RegExp(`(^|[^\\w$])${escapeRegExp(name)}([^\\w$]|$)`).test(body));
}

const RECEIVER = /^(self|this|cls|_\w*|\$this)$/;

/** The names of a parameter list: `this Type type, string name` → type, name; `fmt=None, utc=True` → fmt, utc. */
function parameterNames(list: string, language: LanguageId | undefined): string[] {
  return splitTopLevel(list).flatMap((part) => {
    const decl = part
      .replace(/=[\s\S]*$/, "")
      .replace(/@\w+(\([^)]*\))?/g, "")
      .trim();
    if (decl === "" || decl === "...") return [];
    const words = decl.match(/[A-Za-z_$][\w$]*/g) ?? [];
    if (words.length === 0) return [];
    // `name: Type` (Python, Kotlin, TypeScript, Rust, Swift), `name Type` (Go), else `Type name` (C#, Java, C).
    const name = decl.includes(":") ? (decl.split(":")[0].match(/[A-Za-z_$][\w$]*/g) ?? []).pop() : language === "go" ? words[0] : words[words.length - 1];
    return name && !RECEIVER.test(name) && !/^(mut|ref|out|in|params|var|val)$/.test(name) ? [name] : [];
  });
}

/** Splits at commas outside brackets and angle brackets (`Map<K, V> m, int n`). */
function splitTopLevel(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const ch = list[i];
    if ("([{<".includes(ch)) depth++;
    else if (")]}>".includes(ch)) depth = Math.max(0, depth - 1);
    else if (ch === "," && depth === 0) {
      out.push(list.slice(start, i));
      start = i + 1;
    }
  }
  out.push(list.slice(start));
  return out;
}

function matchingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0) return i;
  }
  return -1;
}
