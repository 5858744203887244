import { z } from "zod";
import { codeLinesOf } from "../src/analysis/code-lines.js";
import { regexOption } from "../src/config/regex-option.js";
import { defineRule, type RawFinding } from "../src/engine/rule.js";
import { addedComments, lineFacts } from "../src/syntax/line-view.js";
import { hasSyntax } from "../src/syntax/change-facts.js";
import { findIssueRefs } from "../src/text/issue-refs.js";
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
      untracked: "This {marker} has no issue reference, so nobody will find it again. Open an issue and write `{marker}(#N): …`, or do it now.",
    },
  },
  options: z
    .object({
      tracker_patterns: z.array(regexOption).default([]).describe("RE2 patterns of other trackers' keys that count as references, e.g. [A-Z][A-Z0-9]+-\\d+."),
      hosts: z.array(z.string()).default(["github.com"]).describe("Hosts whose issue URLs count as references."),
    })
    .strict(),
  check(change, opts, found) {
    const out: RawFinding[] = [];
    const refOpts = { hosts: opts.hosts, trackers: opts.tracker_patterns };
    for (const file of change.files) {
      let lastLine = 0;
      for (const { line, text } of commentLines(file, found)) {
        if (line === lastLine) continue;
        const m = ANY_CASE.exec(text) ?? CAPITALS.exec(text);
        if (!m) continue;
        if (findIssueRefs(text, { owner: "_", repo: "_" }, refOpts).length > 0) continue;
        out.push({ messageId: "untracked", path: file.path, line, data: { marker: m[1].toUpperCase() } });
        lastLine = line;
      }
    }
    return out;
  },
});

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
