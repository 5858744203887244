import type { Change } from "../model/change.js";

// A subject that says the change runs a style fixer or formatter: "CS fixes", "Apply php-cs-fixer",
// "Fix code style", "cargo fmt", "Run black", "Reformat with prettier". What such a run writes is
// the tool's layout, not the author's choice.
const STYLE_FIX = new RegExp(
  "\\b(" +
    [
      "cs[- ]?fix(es|er|ing)?|php[- ]?cs[- ]?fixer|phpcbf|style-?ci",
      "(fix(es|ed|ing)?|appl(y|ies|ied|ying)|run(s|ning)?|ran|enforc\\w*)\\s+(the\\s+)?(code\\s?style|coding\\s?style|style|formatting|formatter|linter|cs)",
      "cargo\\s+fmt|rustfmt|go\\s?fmt|gofmt|black|prettier|ktlint|ktfmt|spotless|rubocop\\s+-a|isort|ruff\\s+format|clang-format|dotnet\\s+format",
      "re-?format\\w*|auto-?format\\w*|format(ted|ting)?\\s+(the\\s+)?(code|with|using|sources?|files?|all)",
      "(code|coding)\\s?style\\s+(fix(es)?|clean-?ups?|changes?)",
    ].join("|") +
    ")\\b",
  "i",
);
// The message is the author's (hostile) text: only the first characters of each subject are read.
const SUBJECT_CHARS = 200;
const MAX_SUBJECTS = 50;

/**
 * Whether the change says it applies a style fixer or formatter: its title, or the subject of
 * each of its commits (a pull request of one "Apply php-cs-fixer" commit and one feature commit
 * is not a style run).
 */
export function saysStyleFix(change: Change): boolean {
  const subject = (text: string) => text.split("\n", 1)[0].slice(0, SUBJECT_CHARS);
  if (STYLE_FIX.test(subject(change.title))) return true;
  const commits = change.commits.slice(0, MAX_SUBJECTS);
  return commits.length > 0 && commits.every((c) => STYLE_FIX.test(subject(c.message)));
}
