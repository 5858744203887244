import type { FunctionFact, LanguageId } from "../syntax/facts.js";
import { escapeRegExp } from "../text/escape-regexp.js";

/**
 * Forwarding aliases ask for no test (#11, session 10): a new function or method whose whole body
 * hands its parameters, in order, to one other function and returns what it returns (sqlx's
 * `func (db *DB) MustExec(q string, a ...interface{}) sql.Result { return MustExec(db, q, a...) }`,
 * `def alias(self, *a, **k): return self.real(*a, **k)`, C#'s `public int Count(int x) => Real(x);`).
 * The function it forwards to is where the behaviour is, and its tests run it; the alias adds no
 * branch and no literal. Judged set 9: "One-line alias methods that delegate to existing functions;
 * tests for them add nothing."
 */

/**
 * The fresh lines of the new functions that only forward their parameters, or that copy the body
 * of a function the file had under another name (sqlx's `MustExec`, Execp's body under its
 * idiomatic name): code a reviewer asks no test for, whatever else the change writes beside it.
 * `base` is the file's text before the change.
 */
export function aliasLines(
  fresh: Set<number>,
  functions: FunctionFact[],
  lines: string[],
  language: LanguageId | undefined,
  base: string | undefined,
): Set<number> {
  // New functions: every line of code in them is fresh. An old one whose signature changed (`interface{}` to `any`) is not new.
  const added = functions.filter((fn) => fn.kind !== "callback" && wholeFresh(fn, fresh, lines));
  const before = base?.replace(/\s+/g, "") ?? "";
  const out = new Set<number>();
  for (const fn of added) {
    if (!(fn.decisions === 0 && forwards(fn, lines, language, added, before)) && !copiesExisting(fn, lines, before)) continue;
    for (let l = fn.start; l <= fn.end; l++) if (fresh.has(l)) out.add(l);
  }
  return out;
}

/** Lines of a body that are no statement: blank, a closing bracket or `end`, a comment, a docstring. */
const NOT_A_STATEMENT = /^\s*([}\])]*;?|end|\/\/.*|#(?!\[).*|\/?\*.*|"""[^"]*"""|'''[^']*''')\s*$/;

/** Whether every statement of the function is a fresh line: a new function, not an old one whose signature changed. */
export function wholeFresh(fn: FunctionFact, fresh: Set<number>, lines: string[]): boolean {
  for (let l = fn.start; l <= fn.end; l++) if (!fresh.has(l) && !NOT_A_STATEMENT.test(lines[l - 1] ?? "")) return false;
  return true;
}

/** Fewer characters than this below a signature (`return nil }`) are too common to call a copy. */
const MIN_COPIED_BODY = 40;

/** Whether the body below the function's signature, whitespace removed, was in the file already: a copy under a new name. */
function copiesExisting(fn: FunctionFact, lines: string[], before: string): boolean {
  const body = lines.slice(fn.start, fn.end).join("").replace(/\s+/g, "");
  return body.length >= MIN_COPIED_BODY && before.includes(body);
}

/** A call as a body's only statement: `return self.real(a, b)`, `Real(x);`, `await impl(x)`. */
const FORWARDING_CALL = /^(?:return\s+)?(?:await\s+)?([A-Za-z_$][\w$]*(?:(?:\.|::|->)[A-Za-z_$][\w$]*)*)\s*\((.*)\)\s*;?$/;

function forwards(fn: FunctionFact, lines: string[], language: LanguageId | undefined, added: FunctionFact[], before: string): boolean {
  const decl = lines[fn.start - 1] ?? "";
  const params = parameters(decl, fn.name, language);
  if (!params) return false;
  const statement = bodyStatement(fn, lines, decl);
  const call = statement === undefined ? null : FORWARDING_CALL.exec(statement);
  if (!call) return false;
  // To another function the change writes too, the behaviour is new: that function is asked about.
  const target = call[1].split(/\.|::|->/).pop()!;
  if (target !== fn.name && added.some((other) => other.name === target)) return false;
  const raw = splitTopLevel(call[2]);
  const args = raw.map(argumentName);
  const extra = args.length - params.length;
  // The parameters in order, after at most the receiver (`db`, `self`) and no literal.
  if (extra >= 0 && extra <= 1 && args.slice(extra).every((a, i) => a === params[i]) && !/["'`\d]/.test(raw.slice(0, extra).join(""))) return true;
  // Or the very arguments the file's other forwarders passed already, its parameters among them in
  // order: `Selectv(&qStmt{*s}, dest, "", args...)` beside the existing `Select(&qStmt{*s}, dest, "", args...)`.
  return isSubsequence(params, args) && before.includes(`(${raw.join(",").replace(/\s+/g, "")})`);
}

function isSubsequence(names: string[], args: string[]): boolean {
  let i = 0;
  for (const a of args) if (i < names.length && a === names[i]) i++;
  return i === names.length;
}

/** The one statement of the body: after `=>` or `=` on the declaration line, or the single line between the braces. */
function bodyStatement(fn: FunctionFact, lines: string[], decl: string): string | undefined {
  const inline = /\)[^()]*?(?:=>|=(?!=))\s*(.+?)\s*;?\s*$/.exec(decl);
  if (inline && fn.end === fn.start) return inline[1];
  if (!/[{:]\s*$/.test(decl)) return undefined;
  const body = lines.slice(fn.start, fn.end).filter((l) => !NOT_A_STATEMENT.test(l));
  return body.length === 1 ? body[0].trim() : undefined;
}

/** The receiver a parameter list may name: `self`, `&mut self`, `cls`, `this`. */
const RECEIVER = /^(?:&\s*(?:'\w+\s+)?(?:mut\s+)?)?(?:self|cls|this)(?:\s*:.*)?$/;

/** The parameter names on the declaration line, in order, the receiver left out; undefined when they are not all there. */
function parameters(decl: string, name: string, language: LanguageId | undefined): string[] | undefined {
  const at = decl.search(new RegExp(`(^|[^\\w$])${escapeRegExp(name)}\\s*(<[^()]*>)?\\s*\\(`));
  if (at < 0) return undefined;
  const open = decl.indexOf("(", at + name.length);
  const close = matching(decl, open);
  if (close < 0) return undefined;
  const names = splitTopLevel(decl.slice(open + 1, close))
    .filter((p) => !RECEIVER.test(p))
    .map((p) => parameterName(p, language));
  return names.every((n) => n !== "") ? names : undefined;
}

/** A parameter's name: Go's first word (`args ...interface{}`), Java's and C#'s last (`params object[] args`), else the word before `:`. */
function parameterName(param: string, language: LanguageId | undefined): string {
  const bare = param
    .replace(/=.*$/, "")
    .replace(/<[^<>]*>/g, "")
    .trim();
  const words = bare.match(/[A-Za-z_$][\w$]*/g) ?? [];
  if (language === "go") return words[0] ?? "";
  if (language === "java" || language === "csharp") return words[words.length - 1] ?? "";
  const before = bare.split(":")[0].replace(/^(?:\.\.\.|\*\*?|&)|\b(?:mut|vararg|readonly|public|private|protected)\s+/g, "");
  return (before.match(/[A-Za-z_$][\w$]*/g) ?? []).pop()?.replace(/^\$/, "") ?? "";
}

/** An argument as the name it passes: `args...`, `*a`, `**k`, `...rest`, `ref x`, `$x`, `k=k` all pass a name. */
function argumentName(arg: string): string {
  const value = arg.replace(/^\s*[A-Za-z_]\w*\s*=(?!=)\s*/, "");
  return value
    .trim()
    .replace(/^(?:\.\.\.|\*\*?|&|ref\s+|out\s+|in\s+)/, "")
    .replace(/\.\.\.$/, "")
    .replace(/^\$/, "");
}

/** The index of the bracket that closes the one at `open`, or -1. */
function matching(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if ("([{".includes(text[i])) depth++;
    else if (")]}".includes(text[i]) && --depth === 0) return i;
  }
  return -1;
}

/** Splits on commas outside brackets: `db, f(a, b), c` is three. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if ("([{<".includes(text[i])) depth++;
    else if (")]}>".includes(text[i])) depth--;
    else if (text[i] === "," && depth === 0) {
      parts.push(text.slice(from, i).trim());
      from = i + 1;
    }
  }
  const last = text.slice(from).trim();
  if (last !== "" || parts.length > 0) parts.push(last);
  return parts;
}
