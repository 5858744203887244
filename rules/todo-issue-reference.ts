import { z } from "zod";
import { codeLinesOf } from "../src/analysis/code-lines.js";
import { regexOption } from "../src/config/regex-option.js";
import { defineRule, type RawFinding } from "../src/engine/rule.js";
import { addedComments, lineFacts } from "../src/syntax/line-view.js";
import { hasSyntax } from "../src/syntax/change-facts.js";
import { alsoOn } from "../src/text/also-on.js";
import { baseTodos, todoWords, wasTodoAtBase } from "../src/text/old-todos.js";
import { todoHasReference } from "../src/text/todo-refs.js";
import type { ChangedFile } from "../src/model/change.js";
import type { Lookups } from "../src/engine/rule.js";

// Comment tokens only, and only where a marker leads its comment (`// TODO: …`, ` * @todo …`): a
// comment that merely talks about TODOs is not one. Unicode-aware edges, so "todos", "método"
// and "hackathon" never match. TODO and FIXME in any case; XXX and HACK only in capitals, since
// "hack" and "xxx" are ordinary words.
const LEAD = String.raw`^[\s*/#!<>-]*@?`;
const ANY_CASE = new RegExp(`${LEAD}(todo|fixme)(?![\\p{L}\\p{N}_])`, "iu");
const CAPITALS = new RegExp(`${LEAD}(XXX|HACK)(?![\\p{L}\\p{N}_])`, "u");
// Cheap pre-check on the raw lines: no marker anywhere, nothing to parse.
const MARKER = /todo|fixme|XXX|HACK/i;

export default defineRule({
  meta: {
    id: "todo-issue-reference",
    description: "A TODO, FIXME, XXX or HACK comment added by the change carries an issue reference.",
    category: "readability",
    defaultSeverity: "warning",
    // Judges each file on its own: the engine may run it file by file (src/engine/time-budget.ts).
    perFile: true,
    messages: {
      untracked: "This {marker}{also} has no issue reference, so nobody will find it again. Open an issue and write `{marker}(#N): …`, or do it now.",
    },
  },
  options: z
    .object({
      tracker_patterns: z.array(regexOption).default([]).describe("RE2 patterns of other trackers' keys that count as references, e.g. [A-Z][A-Z0-9]+-\\d+."),
      hosts: z.array(z.string()).default(["github.com"]).describe("Hosts whose issue URLs count as references."),
    })
    .strict(),
  // Base texts, to tell a new TODO from one moved, re-indented or reworded: the files with a
  // marker in their added lines, and the files lines were deleted from (where one may have moved from).
  needs(change) {
    if (!change.files.some(hasMarker)) return {};
    return {
      baseContents: [...new Set(change.files.filter((f) => f.status !== "added" && (hasMarker(f) || f.deletions > 0)).map((f) => f.previousPath ?? f.path))],
    };
  },
  check(change, opts, found) {
    const out: RawFinding[] = [];
    const refOpts = { hosts: opts.hosts, trackers: opts.tracker_patterns };
    for (const file of change.files) {
      const comments = commentLines(file, found);
      // The same TODO written on several lines of a file (a guard pasted into ten branches) is one finding.
      const byText = new Map<string, { line: number; marker: string; more: number[] }>();
      let lastLine = 0;
      for (const [i, { line, text }] of comments.entries()) {
        if (line === lastLine) continue;
        const m = ANY_CASE.exec(text) ?? CAPITALS.exec(text);
        if (!m || continuesSentence(comments[i - 1], line, text.slice(m.index + m[0].length))) continue;
        const todo = [text, ...continuation(comments, i)].join("\n");
        const afterMarker = text.slice(m.index + m[0].length);
        if (todoHasReference(todo, afterMarker, refOpts)) continue;
        const from = text.slice(m.index + m[0].length - m[1].length);
        if (wasTodoAtBase(from, todosAtBase(found))) continue;
        lastLine = line;
        const key = todoWords(from);
        const same = byText.get(key);
        if (same) same.more.push(line);
        else byText.set(key, { line, marker: m[1].toUpperCase(), more: [] });
      }
      for (const { line, marker, more } of byText.values()) out.push({ messageId: "untracked", path: file.path, line, data: { marker, also: alsoOn(more) } });
    }
    return out;
  },
});

function hasMarker(file: ChangedFile): boolean {
  return file.addedLines.some((l) => MARKER.test(l.text));
}

/** The TODO's next lines (a reference often follows on them): added comment lines right below, up to the next marker. */
function continuation(comments: Array<{ line: number; text: string }>, at: number): string[] {
  const out: string[] = [];
  for (let i = at + 1; i < comments.length && out.length < CONTINUATION_LINES; i++) {
    const { line, text } = comments[i];
    if (line > comments[at].line + out.length + 1 || ANY_CASE.test(text) || CAPITALS.test(text)) break;
    if (line === comments[i - 1].line) continue;
    out.push(text);
  }
  return out;
}

const CONTINUATION_LINES = 3;

/** The TODOs of every base text the source fetched, read once per review (the lookups are shared by its steps). */
const baseTodoCache = new WeakMap<Map<string, string>, ReturnType<typeof baseTodos>>();
function todosAtBase(found: Lookups): ReturnType<typeof baseTodos> {
  const texts = found.baseContents;
  if (!texts || texts.size === 0) return [];
  let todos = baseTodoCache.get(texts);
  if (!todos) {
    todos = [...texts.values()].flatMap(baseTodos);
    baseTodoCache.set(texts, todos);
  }
  return todos;
}

/**
 * The comment text on each added line: from the parser for the languages it knows (docstrings
 * included), from the line lexer for the others (shell, C, Swift…).
 */
function commentLines(file: ChangedFile, found: Lookups): Array<{ line: number; text: string }> {
  if (!file.addedLines.some((l) => MARKER.test(l.text))) return [];
  if (hasSyntax(file)) {
    const facts = lineFacts(file, found);
    return facts ? addedComments(file, facts) : [];
  }
  const { lang, masked } = codeLinesOf(file);
  if (lang === "unknown") return [];
  return masked.flatMap((m, i) => m.comments.map((text) => ({ line: file.addedLines[i].line, text })));
}

/**
 * A marker that only begins a wrapped line of prose: the comment line above ends mid-sentence
 * ("…the same words as a base" / "TODO, give or take a typo") and the word is not followed by the
 * `:`, `(` or `-` that marks a real TODO. This repository's own doc comments about TODOs were flagged so.
 */
function continuesSentence(prev: { line: number; text: string } | undefined, line: number, afterMarker: string): boolean {
  if (!prev || prev.line !== line - 1 || /^\s*[:(\-!]/.test(afterMarker)) return false;
  return /[\p{L}\p{N},]\s*$/u.test(prev.text.replace(/\*\/\s*$/, ""));
}
