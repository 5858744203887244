import type { FunctionFact } from "../syntax/facts.js";
import { speaksToPeople } from "./tests-diagnostic-lines.js";
import { wholeFresh } from "./tests-forwarding.js";
import { escapeRegExp } from "../text/escape-regexp.js";

/**
 * Thin wrappers ask for no test of their own (#11, session 11): a new function whose body calls one
 * function the file already had and otherwise only logs, warns that it is deprecated, or hands an
 * error on. sqlx's `Selectv`, which runs `Select` and logs the error it returns (judged set 9:
 * "thin wrappers around Select that only log"), `def old_name(self, a): warnings.warn(…);
 * return self.new_name(a)`. The behaviour is the wrapped function's, and its tests run it. Pure
 * forwarding is tests-forwarding's; a wrapper that passes a new literal (`parse(s, "strict")`),
 * calls two things, or branches on anything but an error is new logic and is asked about.
 */

/** A call at the start of a statement: `console.warn(`, `log.Println(`. */
const LEADING_CALL = /^([A-Za-z_$][\w$]*(?:(?:\.|::|->)[A-Za-z_$][\w$]*)*!?)\s*\(/;

/** Any method of a logger (`log.Fatal`, `logger.exception`, `this.log.error`): it writes for operators. */
const LOGGER_CALL = /^(?:[\w$]+\.)*(?:_?log|_?logger|LOG|LOGGER|Log|Logger|\w+Logger|\w+_logger)\.\w+$/;

/** The one call the wrapper makes: `return self.real(a)`, `err := Select(q, d)`, `res = await impl(x)`, `real(x);`. */
const WORK_CALL =
  /^(?:return\s+)?(?:(?:const|let|var|val)\s+)?(?:[A-Za-z_$][\w$]*(?:\s*,\s*[A-Za-z_$][\w$]*)*\s*:?=(?!=)\s*)?(?:await\s+)?((?:(?:self|this|cls|\$this|@)(?:\.|->))?[A-Za-z_$][\w$]*(?:(?:\.|::|->)[A-Za-z_$][\w$]*)*)\s*\((.*)\)\s*;?$/s;

/** A branch on an error the wrapped call returned or raised: `if err != nil {`, `if (err) {`, `except ValueError as e:`, `rescue => e`, `} catch (e) {`. */
const ERROR_BRANCH =
  /^(?:\}\s*)?(?:if\s*\(?\s*!?\s*(?:err|error|e|ex|exc)\s*(?:!==?\s*(?:nil|null|undefined)|is\s+not\s+None)?\s*\)?\s*[{:]?|try\s*[:{]?|except\b[^:]*:|rescue\b.*|catch\b[^{]*\{?|begin)$/;

/**
 * Handing the error on, or returning what the call returned: `return err`, `return nil, err`, `return res, nil`,
 * `raise`, `throw e;`, `panic(err)`. Not a constant returned alone (`return None`): that swallows the error.
 */
const HAND_ON =
  /^(?:return(?:\s+(?!(?:None|nil|null|undefined|true|false|True|False)\b)[A-Za-z_$][\w$]*|\s+(?:nil|[A-Za-z_]\w*)(?:\s*,\s*(?:nil|[A-Za-z_]\w*))+)?|raise(?:\s+[A-Za-z_]\w*)?|throw\s+[A-Za-z_$][\w$]*|panic\(\s*[A-Za-z_]\w*\s*\))\s*;?$/;

/** A message without brackets: Ruby's `warn "…"`, `logger.info "…"`, Python 2's `print "…"`. */
const BARE_CALL = /^([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s+(?=["':@\w])(?!(?:if|unless|and|or|not|in|is)\b)/;

/** A string or number: a literal passed to the wrapped call changes what it does. */
const LITERAL = /["'`]|(?<![\w$])\d/;

/** Arguments that compute (`open(path).read()`, `a + b`, `x ? y : z`, `!ok`, `v => v.id`): more than names handed on. */
const COMPUTED_ARGUMENT = /[(?!<>|+]|&&|=>|->|\s[-*/%]\s/;

/** Lines of a body that hold no statement: blank, brackets or `end`, a comment, a one-line docstring. */
const NOT_A_STATEMENT = /^\s*(?:[{}\])]*;?|end|\/\/.*|#(?!\[).*|\/?\*.*|"""[^"]*"""|'''[^']*''')\s*$/;

/**
 * The fresh lines of the new functions that are thin wrappers of a function the file had before
 * (`base`, the file's text before the change): one call of it and otherwise only logging,
 * deprecation warnings and errors handed on. `written` is every line the change writes, when
 * `fresh` already leaves some out.
 */
export function thinWrapperLines(
  fresh: Set<number>,
  functions: FunctionFact[],
  lines: string[],
  base: string | undefined,
  written: Set<number> = fresh,
): Set<number> {
  const out = new Set<number>();
  if (base === undefined) return out;
  // New by all the lines the change writes (`written`): its log lines may be out of `fresh` already.
  const added = functions.filter((fn) => fn.kind !== "callback" && fn.kind !== "lambda" && written.has(fn.start) && wholeFresh(fn, written, lines));
  const addedNames = new Set(added.map((fn) => fn.name));
  for (const fn of added) {
    if (fn.end <= fn.start || fn.decisions > 2 || !wrapsOneCall(fn, lines, base, addedNames)) continue;
    for (let l = fn.start; l <= fn.end; l++) if (fresh.has(l)) out.add(l);
  }
  return out;
}

/** Whether the body's statements are one call of a function the file had, and otherwise only messages and errors handed on. */
function wrapsOneCall(fn: FunctionFact, lines: string[], base: string, addedNames: Set<string>): boolean {
  let calls = 0;
  let handlers = 0;
  let rethrows = 0;
  for (const statement of statements(lines, fn.start, fn.end)) {
    const callee = LEADING_CALL.exec(statement)?.[1] ?? BARE_CALL.exec(statement)?.[1];
    if (callee && (speaksToPeople(callee) || LOGGER_CALL.test(callee))) continue;
    if (HANDLER.test(statement)) handlers++;
    if (/^(?:raise|throw)\b/.test(statement)) rethrows++;
    if (ERROR_BRANCH.test(statement) || HAND_ON.test(statement)) continue;
    const work = WORK_CALL.exec(statement);
    // Calling a callback the function was given runs its caller's code, not the wrapper's (session 16):
    // indicatif's `update(&mut self, now, f)` hands `f` the state, then redraws as its setters do.
    if (work && !LITERAL.test(work[2]) && !COMPUTED_ARGUMENT.test(work[2]) && isParameter(work[1], lines[fn.start - 1] ?? "")) continue;
    if (!work || ++calls > 1 || LITERAL.test(work[2]) || COMPUTED_ARGUMENT.test(work[2])) return false;
    const name = work[1].split(/\.|::|->/).pop()!;
    // The function it wraps was there: a call of one the change writes too is new behaviour, asked about there.
    if (name === fn.name || addedNames.has(name) || !new RegExp(`(^|[^\\w$])${escapeRegExp(name)}(?![\\w$])`).test(base)) return false;
  }
  // An exception caught and only logged is swallowed: what the caller sees changes.
  return calls === 1 && (handlers === 0 || rethrows > 0);
}

/** A bare name listed between the signature's brackets (`f: impl FnOnce(&mut State)`, `callback)`, Go's `f func(*State)`): a parameter. */
function isParameter(name: string, signature: string): boolean {
  if (!/^[A-Za-z_$][\w$]*$/.test(name)) return false;
  const params = /\((.*)\)/.exec(signature)?.[1];
  if (params === undefined) return false;
  const n = escapeRegExp(name);
  return new RegExp(`(?:^|[\\s,(])${n}(?:\\s*[:,)=]|\\s*$|\\s+func\\b)`).test(params.trim());
}

/** An exception handler: `except ValueError:`, `rescue => e`, `} catch (e) {`. */
const HANDLER = /^(?:\}\s*)?(?:except|rescue|catch)\b/;

/** The statements below a function's signature (lines `start`..`end`, 1-based), each joined over the lines its brackets span, docstrings left out. */
function statements(lines: string[], start: number, end: number): string[] {
  const out: string[] = [];
  for (let i = start; i < end; i++) {
    const line = lines[i] ?? "";
    if (NOT_A_STATEMENT.test(line)) continue;
    const quote = /^\s*[rbu]?("""|''')/.exec(line)?.[1];
    if (quote && line.split(quote).length === 2) {
      while (i + 1 < end && !(lines[i + 1] ?? "").includes(quote)) i++;
      i++;
      continue;
    }
    let text = line.trim();
    let depth = bracketDepth(text);
    while (depth > 0 && i + 1 < end) {
      const next = (lines[++i] ?? "").trim();
      text += ` ${next}`;
      depth += bracketDepth(next);
    }
    out.push(text);
  }
  return out;
}

/** How many more brackets the text opens than it closes, quotes ignored. */
function bracketDepth(text: string): number {
  const bare = text.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""');
  let depth = 0;
  for (const ch of bare) {
    if (ch === "(" || ch === "[") depth++;
    else if (ch === ")" || ch === "]") depth--;
  }
  return depth;
}
