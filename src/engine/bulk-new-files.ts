import { rulesOf } from "./merge-spots.js";
import { SEVERITY_RANK, type Finding, type SetAsideCount } from "./rule.js";

/**
 * A change too big to review line by line is reviewed by its parts first: the finding that says so
 * (pr-size's, RawFinding.coversNewFiles) speaks for the files the change adds, and the style and
 * structure findings on those files (RuleMeta.setAsideInBulk) are counted in it instead of said one by one.
 *
 * Why: over the judged findings of four held-out sets (sessions 21–24, 426 findings), those on new
 * files of changes that add 2,000 lines or more were what a reviewer would say 10 times in 53: a
 * repository or package imported whole (kotest's IntelliJ plugin, pug's monorepo, Dokkatoo), a port
 * of another project's parser, a generated arity family. On the other findings it was 227 in 373.
 * A reviewer handed such a change asks for it in parts; they do not comment on its 40th new file's
 * line widths.
 *
 * Never a way around a check: a finding is set aside only when the size finding is at least as
 * severe (a team that made complexity a failure still fails on it), never for rules without the flag
 * (secrets, which a maintainer can lock against suppression, debugger statements, commented-out code,
 * function length, tests, traceability), and the size finding says how many it holds and of which rules.
 *
 * `mayBeSetAside`: whether the finding's message is one its rule sets aside (the engine knows the ids).
 */
export function setAsideInBulk(
  findings: Finding[],
  covering: ReadonlySet<Finding>,
  mayBeSetAside: (f: Finding) => boolean,
  added: ReadonlySet<string>,
): Finding[] {
  const carrier = findings.find((f) => covering.has(f));
  if (!carrier || added.size === 0) return findings;
  const aside = findings.filter(
    (f) =>
      f.path !== undefined && added.has(f.path) && mayBeSetAside(f) && rulesOf(f).every((r) => SEVERITY_RANK[r.severity] <= SEVERITY_RANK[carrier.severity]),
  );
  if (aside.length === 0) return findings;
  const setAside = new Set(aside);
  const count = counted(aside);
  const said: Finding = { ...carrier, message: `${carrier.message}${sentence(count)}`, setAside: count };
  return findings.flatMap((f) => (f === carrier ? [said] : setAside.has(f) ? [] : [f]));
}

/** How many findings `aside` holds, in how many files, per rule (a folded finding counts for each of its rules). */
function counted(aside: Finding[]): SetAsideCount {
  const perRule = new Map<string, number>();
  for (const f of aside) for (const { rule } of rulesOf(f)) perRule.set(rule, (perRule.get(rule) ?? 0) + 1);
  const byRule = Object.fromEntries([...perRule].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
  const findings = [...perRule.values()].reduce((a, b) => a + b, 0);
  return { findings, files: new Set(aside.map((f) => f.path)).size, byRule };
}

/** " Its new files also have 3 style and structure findings (2 `max-complexity`, 1 `todo-issue-reference`), …": numbers and rule ids only. */
function sentence({ findings, files, byRule }: SetAsideCount): string {
  const parts = Object.entries(byRule).map(([rule, n]) => `${n} \`${rule}\``);
  return ` Its new files also have ${findings} style and structure finding${findings === 1 ? "" : "s"} (${parts.join(", ")}) in ${files} file${files === 1 ? "" : "s"}, not listed one by one: a change this size is reviewed by its parts, and each part will get them.`;
}
