import { wordsOf } from "../text/name-words.js";

/**
 * A flag that asks for output (#11, session 15): `if (printResult) {`, `if self.print_tree:`, `if (!options.showOutput)`,
 * `if dump_hex:`. A print under a lone boolean whose name says to print, show or dump is output the caller switched on
 * (kotlinx.serialization's test helper `assertSerializedToBinaryAndRestored(…, printResult: Boolean = false)`, judged
 * wrong on set 14), as a print under `if verbose:` is. A comparison or a call (`if (printer.isReady())`,
 * `if count > 0`) is not such a flag.
 */
// `out`: a test suite's `-out` flag (BurntSushi/toml's `flagOut`, "Print debug output"; judged set 16).
// `help`, `usage`: the answer to `--help` (sade 00fb1e539c's `if (argv.help) { … return console.log(txt); }`, judged *wrong* on set 38).
const OUTPUT_FLAG_WORDS = new Set(["print", "printing", "show", "dump", "echo", "output", "out", "report", "help", "usage"]);
// The whole condition is one name (dotted, maybe negated, maybe in parentheses): a flag, nothing computed.
const LONE_FLAG = /^\s*\(?\s*(?:!|not\s+)?\s*[A-Za-z_$@][\w$@]{0,60}(?:\.[A-Za-z_$@][\w$@]{0,60}){0,3}\s*\)?\s*(?:then\s*)?$/;

/** Whether a condition (what follows `if`, up to its body) is a lone flag whose name asks for output. */
export function outputFlag(condition: string): boolean {
  if (condition.length > 200 || !LONE_FLAG.test(condition)) return false;
  return wordsOf(condition.replace(/\bnot\b/, "")).some((w) => OUTPUT_FLAG_WORDS.has(w));
}

/**
 * A flag that asks for the program's version (`if (opts.version)`, `if args.version:`, `if options[:version]`) and a
 * print of a version under it: the answer to `--version`, a CLI's output (handlebars 059532295d's precompiler
 * `console.log(Handlebars.VERSION)`, judged *wrong* as a leftover on set 31).
 */
export function versionAnswer(condition: string, printed: string): boolean {
  const flag = condition.replace(/\[\s*:(\w+)\s*\]|\[\s*["'](\w+)["']\s*\]/g, ".$1$2");
  if (flag.length > 200 || !LONE_FLAG.test(flag)) return false;
  return wordsOf(flag).includes("version") && wordsOf(printed.slice(0, 200)).includes("version");
}
