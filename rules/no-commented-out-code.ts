import { z } from "zod";
import { codeLinesOf } from "../src/analysis/code-lines.js";
import { defineRule, type RawFinding } from "../src/engine/rule.js";

// What a line of code looks like once it is commented out. Prose rarely ends in ; { } or ),
// starts with a keyword followed by code punctuation, or assigns with =.
const CODE_SHAPES = [
  /[;{}]\s*$/,
  /^\s*[)\]}]/,
  /^\s*(if|for|while|switch|return|const|let|var|function|def|class|import|from|public|private|protected|fn|func|elif|else|try|catch|except|await|yield|echo|puts|print)\b.*[(){}:=;[\]]/,
  /^\s*[\w.$[\]"']+\s*(=|\+=|-=|:=|==)\s*[\w"'[({-]/,
  /^\s*[\w.$]+\s*\([^)]*\)\s*;?\s*$/,
  /^\s*(@\w+|#\[\w+)/,
  /^\s*(return|break|continue|pass|raise|throw)\b\s*[\w;]*\s*$/,
];
// Comment conventions that are not code: directives, doc tags, section rulers, URLs.
const NOT_CODE =
  /^\s*(eslint|prettier|@ts-|istanbul|noqa|type:|pylint|rubocop|nolint|bottomline-|@(param|returns?|throws|see|example|deprecated|type|typedef)\b|[-=*#~_]{3,}\s*$|https?:\/\/|\*\s*$)/;

export function looksLikeCode(comment: string): boolean {
  const text = comment.replace(/^\s*\*(?!\/)/, "").trim();
  if (text.length === 0 || NOT_CODE.test(text)) return false;
  // Sentences: several words and a full stop.
  if (/^[A-Z][a-z]+(\s+[a-z]+){3,}.*[.!?]$/.test(text)) return false;
  return CODE_SHAPES.some((re) => re.test(text));
}

export default defineRule({
  meta: {
    id: "no-commented-out-code",
    description: "The change adds no blocks of commented-out code.",
    category: "readability",
    defaultSeverity: "warning",
    messages: {
      commentedOut: "These {count} commented-out lines of code are dead weight: readers cannot tell whether they matter. Delete them; git keeps the history.",
    },
  },
  options: z.object({ min_lines: z.number().int().min(1).default(3).describe("Consecutive commented-out code lines that make a finding.") }).strict(),
  check(change, opts) {
    const out: RawFinding[] = [];
    for (const file of change.files) {
      if (file.addedLines.length < opts.min_lines) continue;
      const { lang, masked: lines } = codeLinesOf(file);
      if (lang === "unknown") continue;
      let run: { start: number; count: number; last: number } | undefined;
      const flush = () => {
        if (run && run.count >= opts.min_lines) out.push({ messageId: "commentedOut", path: file.path, line: run.start, data: { count: run.count } });
        run = undefined;
      };
      for (let i = 0; i < lines.length; i++) {
        const { line } = file.addedLines[i];
        const masked = lines[i];
        const commentOnly = masked.code.trim() === "" && masked.comments.length === 1;
        const codeLike = commentOnly && looksLikeCode(masked.comments[0]);
        if (!codeLike || (run && line !== run.last + 1)) flush();
        if (!codeLike) continue;
        run = run ? { ...run, count: run.count + 1, last: line } : { start: line, count: 1, last: line };
      }
      flush();
    }
    return out;
  },
});
