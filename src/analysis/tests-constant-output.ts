/**
 * Fresh code that only prints a constant: a `version` command (`def version; say "Thor
 * #{Thor::VERSION}"; end`), with the literal-only declarations that register it (`desc "version",
 * "…"`, `map "-v" => :version`). It has no input and no decision; a test would only restate the
 * constant, so a reviewer does not hold the change for one.
 */

/** Calls that write to the terminal. */
const OUTPUT_CALL =
  /^(?:say|puts|print|println|printf|echo|console\.(?:log|info)|fmt\.(?:Print|Println|Printf|Fprint|Fprintln|Fprintf)|System\.out\.print(?:ln|f)?|Console\.Write(?:Line)?|print!|println!|\$stdout\.puts|STDOUT\.puts|click\.echo|typer\.echo|sys\.stdout\.write|Write-Host)$/;

/** A function or method that takes no arguments (`def version`, `def version(self):`, `func version() {`). */
const NO_ARG_DEFINITION =
  /^(?:(?:public|private|protected|internal|static|async|export|pub|override|final|open)\s+)*(?:def|function|func|fn|void|sub)\s+[\w$.]+\s*(?:\(\s*(?:self|cls)?\s*\))?\s*(?:->\s*[\w:]+)?\s*[:{]?$/;
const CLOSER = /^(?:end|[)}\]]+;?)$/;
const IMPORT = /^(?:require|require_relative|import|from\s+\S+\s+import|use|using)\b/;

/** String literals (with a prefix such as f"…"), each replaced by a blank; their interpolations kept. */
function splitStrings(code: string): { rest: string; interpolated: string[] } {
  const interpolated: string[] = [];
  const rest = code.replace(/\b[fFrRbBu]?(["'`])((?:\\.|(?!\1).)*)\1|(["'`])((?:\\.|(?!\3).)*)\3/g, (_m, _q, body?: string, _q2?: string, body2?: string) => {
    for (const m of (body ?? body2 ?? "").matchAll(/#\{([^}]*)\}|\$\{([^}]*)\}|\{([^}]*)\}/g)) interpolated.push(m[1] ?? m[2] ?? m[3] ?? "");
    return " ";
  });
  return { rest, interpolated };
}

/** A name that holds a constant: `VERSION`, `Thor::VERSION`, `__version__`, `pkg.Version`. */
const CONSTANT_NAME = /(?:^|::|\.)(?:[A-Z][A-Z0-9_]+|__version__|\w*[Vv]ersion\w*)$/;

/** An expression of string literals and constants only. */
function constantExpression(expr: string): boolean {
  const { rest, interpolated } = splitStrings(expr);
  return [rest, ...interpolated].every((part) => {
    const names = part.match(/[A-Za-z_$][\w$]*(?:(?:::|\.)[A-Za-z_$][\w$]*)*/g) ?? [];
    const others = part.replace(/[A-Za-z_$][\w$]*(?:(?:::|\.)[A-Za-z_$][\w$]*)*/g, "");
    return names.every((n) => CONSTANT_NAME.test(n)) && /^[\s,+%()]*$/.test(others);
  });
}

/** An output call of constants (`say "Thor #{Thor::VERSION}"`, `print(f"v{__version__}")`). */
function printsConstant(code: string): boolean {
  const m = /^([\w$.:]+!?)\s*\(?(.*?)\)?;?$/.exec(code);
  return m !== null && OUTPUT_CALL.test(m[1]) && constantExpression(m[2]);
}

/** A call whose arguments are all literals: a DSL declaration (`desc "version", "Show it"`, `map "-v" => :version`, `@app.command()`). */
function literalOnlyCall(code: string): boolean {
  const { rest, interpolated } = splitStrings(code);
  if (interpolated.length > 0) return false;
  const bare = rest
    .replace(/(^|[\s,([{]):\w+/g, "$1")
    .replace(/=>|\b(?:true|false|nil|null|None|True|False)\b|\b\d+(?:\.\d+)?\b/g, " ")
    .trim();
  return /^@?[\w$.:]+\s*[\s,()[\]{}]*$/.test(bare);
}

/** Fresh lines beyond which the code is more than a constant printed. */
const MAX_LINES = 12;

/** Whether the fresh lines (`code` by line) only define a no-argument function that prints constants. */
export function onlyPrintsConstants(fresh: Set<number>, code: (line: number) => string): boolean {
  if (fresh.size === 0 || fresh.size > MAX_LINES) return false;
  const texts = [...fresh].map((l) => code(l).trim()).filter((t) => t !== "");
  let printed = false;
  for (const t of texts) {
    if (printsConstant(t)) printed = true;
    else if (!(NO_ARG_DEFINITION.test(t) || CLOSER.test(t) || IMPORT.test(t) || literalOnlyCall(t))) return false;
  }
  return printed;
}
