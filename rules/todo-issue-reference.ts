import { z } from "zod";
import { codeLinesOf } from "../src/analysis/code-lines.js";
import { regexOption } from "../src/config/regex-option.js";
import { defineRule, type RawFinding } from "../src/engine/rule.js";
import { findIssueRefs } from "../src/text/issue-refs.js";

// Comment tokens only, and only where a marker leads its comment (`// TODO: …`, ` * @todo …`): a
// comment that merely talks about TODOs is not one. Unicode-aware edges, so "todos", "método"
// and "hackathon" never match. TODO and FIXME in any case; XXX and HACK only in capitals, since
// "hack" and "xxx" are ordinary words.
const LEAD = String.raw`^[\s*/#!<>-]*@?`;
const ANY_CASE = new RegExp(`${LEAD}(todo|fixme)(?![\\p{L}\\p{N}_])`, "iu");
const CAPITALS = new RegExp(`${LEAD}(XXX|HACK)(?![\\p{L}\\p{N}_])`, "u");

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
  check(change, opts) {
    const out: RawFinding[] = [];
    const refOpts = { hosts: opts.hosts, trackers: opts.tracker_patterns };
    for (const file of change.files) {
      if (file.addedLines.length === 0) continue;
      const { lang, masked } = codeLinesOf(file);
      if (lang === "unknown") continue;
      for (let i = 0; i < masked.length; i++) {
        const { line } = file.addedLines[i];
        for (const comment of masked[i].comments) {
          const m = ANY_CASE.exec(comment) ?? CAPITALS.exec(comment);
          if (!m) continue;
          if (findIssueRefs(comment, { owner: "_", repo: "_" }, refOpts).length > 0) continue;
          out.push({ messageId: "untracked", path: file.path, line, data: { marker: m[1].toUpperCase() } });
          break;
        }
      }
    }
    return out;
  },
});
