import { isTestPath } from "../text/test-conventions.js";

// A file that builds the parser of a command line is a command-line program, wherever it lives (resque's
// `lib/resque/web_runner.rb`, set 23: `require 'optparse'` and `class Parser < OptionParser`, then `puts option_parser`
// for --help and `puts "resque #{VERSION}"` for --version). Its prints are what its user asked for. Top-level reads of the
// command line are program-output.ts's readsCommandLine; this is the parser built anywhere in the file. Not the
// import of a CLI framework: typer's own `rich_utils.py` imports click, and its stray `print(FORCE_TERMINAL)` was agreed (set 21). Not a test: a test of a CLI builds its parser to check it.
const BUILDS_PARSER: Partial<Record<string, RegExp>> = {
  ruby: /\bOptionParser\.new\b|<\s*(?:::)?OptionParser\b/,
  python: /\b(?:argparse\.)?ArgumentParser\s*\(|\boptparse\.OptionParser\s*\(/,
};
// How much of the file is read: a parser is built (or a framework imported) near the top of a CLI's code, and a
// file's text is author input, so the scan stays bounded.
const SCAN_CHARS = 200_000;

/** Whether a file (not a test) builds a command-line parser: a program, whose prints are its output. */
export function buildsOptionParser(path: string, language: string, text: string): boolean {
  const re = BUILDS_PARSER[language === "tsx" ? "typescript" : language];
  if (!re || isTestPath(path)) return false;
  // Comment lines are not code: a doc comment may show how to call a parser.
  return re.test(text.slice(0, SCAN_CHARS).replace(/^\s*(?:#|\/\/|\*).*$/gm, ""));
}
