import { addedFile, change, commit } from "../helpers/make-change.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { testRule } from "../helpers/rule-tester.js";

// Session 19 round 2 (#11): a release or merge title ("v1.2.3", "Merge branch 'next'", "Merged X into trunk")
// used to quiet pr-size on its own. The title is the author's to write, so now it quiets only a change that shows a
// branch coming in: a merge commit, a history of several commits, or one squash whose message lists the branch's
// commits. Each attack (the title over one commit of new work) sits beside the honest release it imitates.
const module = (path: string, tag: string, n: number) =>
  addedFile(
    path,
    Array.from({ length: n }, (_, i) => `export const ${tag}${i} = compute${i % 7}(${i}, "${tag}");`),
    1,
    { status: "added" },
  );
const big = () => [module("src/a.ts", "a", 700), module("lib/b.py", "b", 700)];
const TITLES = [
  "v4.1.0",
  "feat!: v14 (#2152)",
  "Release 2.0",
  "Merge branch 'next'",
  "Merge from trunk into release-2.0",
  "Merged the feature branch into trunk.",
];

const valid: ValidCase[] = TITLES.flatMap((title) => [
  { name: `${title}: with a merge commit`, change: change(big(), { title, commits: [commit("Merge branch 'next'", { parents: ["a", "b"] })] }) },
  {
    name: `${title}: a history of several commits`,
    change: change(big(), { title, commits: ["Add a", "Fix b", "Add c", "Tidy d", "Bump version"].map((m) => commit(m)) }),
  },
  {
    name: `${title}: one squash listing the branch's commits`,
    change: change(big(), { title, commits: [commit(`${title}\n\n* Add a\n* Fix b\n* Add c\n* Tidy d\n* Bump version`)] }),
  },
]);

const invalid: InvalidCase[] = TITLES.flatMap((title) => [
  {
    name: `${title}: over one commit of new work (the attack)`,
    change: change(big(), { title, commits: [commit(title)] }),
    findings: [{ messageId: "tooBig" }],
  },
  {
    name: `${title}: over two commits of new work`,
    change: change(big(), { title, commits: [commit(title), commit("Fix")] }),
    findings: [{ messageId: "tooBig" }],
  },
]);

testRule("pr-size", { valid, invalid });
