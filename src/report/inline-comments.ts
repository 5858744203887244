import type { Finding } from "../engine/rule.js";
import { isLineInDiff, type Change, type ChangedFile } from "../model/change.js";
import { fingerprint } from "./fingerprint.js";
import { ruleLink, SEVERITY_ICON, untrustedMessage } from "./markdown.js";

export interface InlineComment {
  path: string;
  line: number;
  side: "RIGHT";
  body: string;
  fingerprint: string;
  finding: Finding;
}

export interface InlinePlan {
  /** New comments to post, within the budget. */
  toPost: InlineComment[];
  /** Findings whose comment an earlier push already posted. */
  alreadyPosted: Finding[];
}

/**
 * Chooses inline comments: only findings on lines inside the diff (GitHub rejects the whole
 * review with 422 otherwise), skipping fingerprints already posted, failures first, up to the budget.
 */
export function planInlineComments(findings: Finding[], change: Change, budget: number, posted: ReadonlySet<string>): InlinePlan {
  const files = new Map<string, ChangedFile>(change.files.map((f) => [f.path, f]));
  const candidates: InlineComment[] = [];
  const alreadyPosted: Finding[] = [];
  const seen = new Set<string>();
  for (const f of findings) {
    if (!f.path || f.line === undefined) continue;
    const file = files.get(f.path);
    if (!file || !isLineInDiff(file, f.line)) continue;
    const text = file.addedLines.find((l) => l.line === f.line)?.text ?? "";
    const fp = fingerprint(f, text);
    if (posted.has(fp)) {
      alreadyPosted.push(f);
      continue;
    }
    if (seen.has(fp)) continue; // identical line twice in a file: one comment is enough
    seen.add(fp);
    candidates.push({ path: f.path, line: f.line, side: "RIGHT", body: commentBody(f, fp), fingerprint: fp, finding: f });
  }
  const rank = { failure: 0, warning: 1, notice: 2 } as const;
  const toPost = candidates
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank[a.c.finding.severity] - rank[b.c.finding.severity] || a.i - b.i)
    .slice(0, budget)
    .map(({ c }) => c);
  return { toPost, alreadyPosted };
}

function commentBody(f: Finding, fp: string): string {
  return `${SEVERITY_ICON[f.severity]} **${f.severity}** · ${ruleLink(f.rule)}\n\n${untrustedMessage(f.message)}\n\n<!-- bottomline:fp=${fp} -->`;
}
