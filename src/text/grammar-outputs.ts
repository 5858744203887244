import type { ChangedFile } from "../model/change.js";

/**
 * A parser or lexer generator's output, committed beside the grammar it is built from: Ragel's
 * `lib/mail/parsers/received_parser.rb` from `received_parser.rl`, bison's `parse.tab.c` from
 * `parse.y`, re2c's `lexer.c` from `lexer.re`. When the change touches the grammar too, the grammar
 * is what was written; its output is regenerated from it, thousands of lines of state tables
 * that nobody reads. The output carries no header to say so (Ragel's Ruby has none).
 */

// Grammar sources by extension: Ragel (`.rl`), yacc/bison (`.y`, `.yy`), lex/flex (`.l`, `.ll`),
// re2c (`.re`), Jison, PEG.js/Peggy, Nearley (`.ne`), JavaCC (`.jj`), Treetop (`.treetop`, compiled by `tt`),
// kpeg (`.kpeg`) and Racc (`.ry`, `.racc`), rdoc's `markdown.kpeg` and `block_parser.ry`.
const GRAMMAR_SOURCE = /\.(?:rl|y|yy|l|ll|re|jison|pegjs|peggy|ne|jj|treetop|kpeg|ry|racc)$/i;
// Bison names its output after the grammar with a `.tab` infix: `parse.tab.c`, `parse.tab.h`.
const BISON_INFIX = /\.tab$/;

/**
 * The changed files that a grammar the change also touches compiles to: same folder, same name, another extension.
 * With the repository's tree, also the outputs of grammars the change leaves alone: rdoc 11b093a59b ("Commit
 * generated files") added kpeg's 16,670-line `markdown.rb` beside the `markdown.kpeg` it had built it from all along.
 */
export function grammarOutputs(files: ChangedFile[], tree?: readonly string[]): Set<ChangedFile> {
  const inTree = tree ? treeGrammars(tree) : new Set<string>();
  const grammars = new Set([...inTree, ...files.filter((f) => GRAMMAR_SOURCE.test(f.path)).map((f) => stem(f.path))]);
  if (grammars.size === 0) return new Set();
  return new Set(files.filter((f) => !GRAMMAR_SOURCE.test(f.path) && grammars.has(stem(f.path).replace(BISON_INFIX, ""))));
}

// The tree's grammars, read once per tree: pr-size, tests-required and todo-issue-reference each ask in one review.
const grammarsByTree = new WeakMap<readonly string[], Set<string>>();
function treeGrammars(tree: readonly string[]): Set<string> {
  let stems = grammarsByTree.get(tree);
  if (!stems) grammarsByTree.set(tree, (stems = new Set(tree.filter((p) => GRAMMAR_SOURCE.test(p)).map(stem))));
  return stems;
}

/** The path without its last extension: `lib/p/received_parser.rb` → `lib/p/received_parser`. */
function stem(path: string): string {
  const dot = path.lastIndexOf(".");
  return dot > path.lastIndexOf("/") ? path.slice(0, dot) : path;
}
