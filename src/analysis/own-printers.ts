/**
 * The print-like names a file declares itself (`fun print(v: String) = sb.append(v)` in
 * kotlinx.serialization's JSON `Composer`, a JS shim's `impl open fun println(value: Int) = …`, a
 * Python module's own `def print(…)`, a Ruby writer's `def puts(line)`). In that file an unqualified
 * `print(…)` calls the project's function, which writes wherever it writes, not the console: judged
 * *wrong* twice on set 14 (session 14).
 */
const PRINT_NAMES = new Set(["print", "println", "pprint", "puts", "p", "pp"]);
// A declaration keyword, an optional Go receiver, then the name. Bounded: lines of hostile length stay linear.
const DECLARES = /\b(?:fun|def|func|function|fn)\s{1,8}(?:\([^()]{0,200}\)\s{0,8})?(?:self\.)?([A-Za-z_]\w{0,40})(?=\s*[(<]|\s|$)/g;

// A Ruby class built on the pretty-printer (`class PPSymbolHash < PP`): its bare `pp k` is PP#pp, which formats into the
// printer's output (ruby/pp f204df3, a test's `pp_hash` override; judged *wrong* as a debug print on set 45).
const PRETTY_PRINTER_SUBCLASS = /^\s*class\s+[A-Z][\w:]{0,80}\s*<\s*(?:::)?(?:PP|PrettyPrint)\s*(?:$|#|;)/;

// A print-like name bound to another function in Python (`print = console.print`, `print = functools.partial(...)`):
// doc2dash's logging handler picks rich's console or its error console that way and calls `print(...)` (e0e812d33a,
// judged *wrong* as a debug print on set 46). Python only: elsewhere `print = …` is a plain variable.
const REBOUND_PRINT = /^\s*(print|pprint|pp)\s*=\s*(?!(?:None|True|False)\b)[A-Za-z_]/;

export function ownPrinters(head: readonly string[], language?: string): Set<string> {
  const names = new Set<string>();
  for (const line of head) {
    if (PRETTY_PRINTER_SUBCLASS.test(line)) names.add("pp");
    const rebound = language === "python" ? REBOUND_PRINT.exec(line)?.[1] : undefined;
    if (rebound !== undefined) names.add(rebound);
    if (!/\b(?:fun|def|func|function|fn)\s/.test(line)) continue;
    for (const m of line.slice(0, 2000).matchAll(DECLARES)) if (PRINT_NAMES.has(m[1])) names.add(m[1]);
  }
  return names;
}

/**
 * The function a debug pattern's match calls, when it is a bare name (`print(`, `println(`, `puts `):
 * not a qualified call (`System.out.println(`), and not a Rust macro (`println!` is never a function).
 */
export function calledName(match: string): string | undefined {
  if (match.includes("!")) return undefined;
  return /(?:^|[^\w.:$>])([A-Za-z_]\w*)\s*[([{]?\s*$/.exec(match)?.[1];
}
