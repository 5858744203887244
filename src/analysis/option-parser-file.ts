import { isTestPath } from "../text/test-conventions.js";

// A file that builds the parser of a command line is a command-line program, wherever it lives (resque's
// `lib/resque/web_runner.rb`, set 23: `require 'optparse'` and `class Parser < OptionParser`, then `puts option_parser`
// for --help and `puts "resque #{VERSION}"` for --version). Its prints are what its user asked for. Top-level reads of the
// command line are program-output.ts's readsCommandLine; this is the parser built anywhere in the file, or the
// import of a command-line framework. Not a test: a test of a CLI builds its parser to check it.
const BUILDS_PARSER: Partial<Record<string, RegExp>> = {
  // `require 'optparse'` with a parser built or subclassed (resque's `class Parser < OptionParser`).
  ruby: /\bOptionParser\.new\b|<\s*(?:::)?OptionParser\b|\brequire\s+["'](?:thor|slop|gli|clamp|tty-option|dry\/cli)["']/,
  python:
    /\b(?:argparse\.)?ArgumentParser\s*\(|\boptparse\.OptionParser\s*\(|^\s*(?:import\s+(?:click|typer|docopt|fire)\b|from\s+(?:click|typer|docopt|fire)\s+import\b)/m,
  javascript: /\b(?:require\s*\(\s*|from\s+)["'](?:commander|yargs|meow|cac|sade|mri|minimist)["']/,
  typescript: /\b(?:require\s*\(\s*|from\s+)["'](?:commander|yargs|meow|cac|sade|mri|minimist)["']/,
};
// How much of the file is read: a parser is built (or a framework imported) near the top of a CLI's code, and a
// file's text is author input, so the scan stays bounded.
const SCAN_CHARS = 200_000;

/** Whether a file (not a test) builds a command-line parser or imports a CLI framework: a program, whose prints are its output. */
export function buildsOptionParser(path: string, language: string, text: string): boolean {
  const re = BUILDS_PARSER[language === "tsx" ? "typescript" : language];
  if (!re || isTestPath(path)) return false;
  // Comment lines are not code: a doc comment may show how to call a parser.
  return re.test(text.slice(0, SCAN_CHARS).replace(/^\s*(?:#|\/\/|\*).*$/gm, ""));
}
