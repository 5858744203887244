import { didYouMean } from "../config/did-you-mean.js";
import type { ChangedFile } from "../model/change.js";
import type { Finding } from "./rule.js";

// `bottomline-disable-next-line rule-a, rule-b -- reason` or `bottomline-disable-line rule-a`.
// The rule id is required on purpose: a blanket disable would hide findings nobody looked at.
const DIRECTIVE = /bottomline-disable-(next-line|line)\b[ \t]*([a-z0-9-]+(?:[ \t]*,[ \t]*[a-z0-9-]+)*)?/g;

/** path → line → rule ids silenced on that line. */
export type SuppressionMap = Map<string, Map<number, Set<string>>>;

/**
 * Reads the suppression comments on added lines. A directive without a rule id, or naming a rule
 * that does not exist, silences nothing and is reported as a notice, so a typo is not mistaken
 * for a working suppression.
 */
export function collectSuppressions(files: ChangedFile[], knownRules: readonly string[]): { map: SuppressionMap; problems: Finding[] } {
  const map: SuppressionMap = new Map();
  const problems: Finding[] = [];
  for (const file of files) {
    for (const { line, text } of file.addedLines) {
      if (!text.includes("bottomline-disable-")) continue;
      for (const m of text.matchAll(DIRECTIVE)) {
        const ids = (m[2] ?? "").split(",").map((id) => id.trim()).filter(Boolean);
        const problem = directiveProblem(m[0].split(/\s/)[0], ids, knownRules);
        if (problem) problems.push({ rule: "suppression", severity: "notice", path: file.path, line, message: problem });
        const valid = ids.filter((id) => knownRules.includes(id));
        if (valid.length === 0) continue;
        const target = m[1] === "next-line" ? line + 1 : line;
        const byLine = map.get(file.path) ?? new Map<number, Set<string>>();
        const silenced = byLine.get(target) ?? new Set<string>();
        for (const id of valid) silenced.add(id);
        byLine.set(target, silenced);
        map.set(file.path, byLine);
      }
    }
  }
  return { map, problems };
}

function directiveProblem(directive: string, ids: string[], knownRules: readonly string[]): string | undefined {
  if (ids.length === 0) return `\`${directive}\` needs the id of the rule it silences, e.g. \`${directive} max-line-length -- why\`; it silences nothing as written.`;
  const unknown = ids.filter((id) => !knownRules.includes(id));
  if (unknown.length === 0) return undefined;
  const hint = didYouMean(unknown[0], knownRules);
  return `\`${directive}\` names unknown rule "${unknown[0]}"${hint ? ` (did you mean "${hint}"?)` : ""}, so it silences nothing for it.`;
}

export function isSuppressed(map: SuppressionMap, f: Finding): boolean {
  if (!f.path || f.line === undefined) return false;
  return map.get(f.path)?.get(f.line)?.has(f.rule) ?? false;
}
