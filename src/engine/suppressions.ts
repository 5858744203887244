import { codeLinesOf } from "../analysis/code-lines.js";
import { didYouMean } from "../config/did-you-mean.js";
import type { ChangedFile } from "../model/change.js";
import type { Finding } from "./rule.js";

// `bottomline-disable-next-line rule-a, rule-b -- reason` or `bottomline-disable-line rule-a`, at
// the start of a comment (as ESLint's directives), so prose that mentions one is not one.
// The rule id is required on purpose: a blanket disable would hide findings nobody looked at.
const DIRECTIVE = /^[\s*]*bottomline-disable-(next-line|line)\b[ \t]*([a-z0-9-]+(?:[ \t]*,[ \t]*[a-z0-9-]+)*)?/;

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
    file.addedLines.forEach(({ line, text }, i) => {
      if (!text.includes("bottomline-disable-")) return;
      for (const comment of commentsOn(file, i)) {
        const m = DIRECTIVE.exec(comment);
        if (!m) continue;
        const ids = (m[2] ?? "")
          .split(",")
          .map((id) => id.trim())
          .filter(Boolean);
        const problem = directiveProblem(`bottomline-disable-${m[1]}`, ids, knownRules);
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
    });
  }
  return { map, problems };
}

/** Comments on an added line: from the lexer for code; after `#` in YAML, TOML, shell and the like; none in prose. */
function commentsOn(file: ChangedFile, index: number): string[] {
  const { lang, masked } = codeLinesOf(file);
  if (lang !== "unknown") return masked[index].comments;
  if (/\.(md|mdx|markdown|rst|txt|adoc|html?)$/i.test(file.path)) return [];
  const text = file.addedLines[index].text;
  const hash = text.indexOf("#");
  return hash === -1 ? [] : [text.slice(hash + 1)];
}

function directiveProblem(directive: string, ids: string[], knownRules: readonly string[]): string | undefined {
  if (ids.length === 0)
    return `\`${directive}\` needs the id of the rule it silences, e.g. \`${directive} max-line-length -- why\`; it silences nothing as written.`;
  const unknown = ids.filter((id) => !knownRules.includes(id));
  if (unknown.length === 0) return undefined;
  const hint = didYouMean(unknown[0], knownRules);
  return `\`${directive}\` names unknown rule "${unknown[0]}"${hint ? ` (did you mean "${hint}"?)` : ""}, so it silences nothing for it.`;
}

export function isSuppressed(map: SuppressionMap, f: Finding): boolean {
  if (!f.path || f.line === undefined) return false;
  return map.get(f.path)?.get(f.line)?.has(f.rule) ?? false;
}
