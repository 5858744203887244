/**
 * A call that attaches a debugger to a process the developer does not start by hand: a Roslyn source
 * generator or an MSBuild task runs inside the compiler (`Debugger.Launch()`, a wait loop on
 * `Debugger.IsAttached`), a Python worker under a server waits for one (`debugpy.listen(5678)`,
 * `debugpy.wait_for_client()`, `pydevd.settrace(…)`), Node opens its inspector (`inspector.open()`).
 * Commented out, it is the documented opt-in hook (command-line-api's `// Debugger.Launch();` in its
 * generator's `Initialize`, set 14), kept so on purpose. A breakpoint (`debugger;`, `breakpoint()`,
 * `pdb.set_trace()`, `binding.pry`) stops a process already under the developer's hand: a leftover of
 * a debugging session, still reported.
 */
const ATTACH =
  /^(?:[\w.]*\.)?Debugger\.Launch\s*\(|^(?:if|while)\s*\(\s*!\s*(?:[\w.]*\.)?Debugger\.IsAttached\b|^(?:debugpy\.(?:listen|wait_for_client)|pydevd(?:_pycharm)?\.settrace|ptvsd\.(?:enable_attach|wait_for_attach)|inspector\.(?:open|waitForDebugger))\s*\(|^import\s+(?:debugpy|pydevd(?:_pycharm)?|ptvsd)\s*;?\s*$|^(?:[\w.]*\.)?Thread\.Sleep\s*\(/;

/** The text of a commented line without its comment marks. */
const uncommented = (l: string) =>
  l
    .replace(/^\s*(?:\/\/+|#+|\/\*+|\*+)\s?/, "")
    .replace(/\*\/\s*$/, "")
    .trim();

/**
 * Whether commented code is only a debugger-attach hook: every line attaches one (or waits for it), and the
 * first line is the attach call itself, not the `Thread.Sleep` of a wait loop alone.
 */
export function attachesDebugger(code: string[]): boolean {
  const lines = code.map(uncommented).filter((l) => l !== "" && l !== "{" && l !== "}");
  if (lines.length === 0 || /^(?:[\w.]*\.)?Thread\.Sleep\b/.test(lines[0])) return false;
  return lines.every((l) => ATTACH.test(l));
}
