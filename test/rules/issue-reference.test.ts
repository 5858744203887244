import { rules } from "../../rules/index.js";
import { loadConfig } from "../../src/config/load-config.js";
import { runReview } from "../../src/engine/run-review.js";
import type { IssueInfo, Lookups } from "../../src/engine/rule.js";
import { change, commit } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";

const repo = { owner: "acme", name: "api" };
const noVerify = { verify: false };
const lookups = (entries: Record<string, IssueInfo>): Lookups => ({ issues: new Map(Object.entries(entries)), fileContents: new Map() });
const open = { state: "open", isPullRequest: false } as const;
const c1 = commit("feat: add login (#12)", { sha: "1".repeat(40) });
const bare = commit("wip", { sha: "2".repeat(40) });

// #11: every `[bot]` author, and the commits GitHub's buttons make, need no reference.
const GITHUB = { name: "GitHub", email: "noreply@github.com" };
const bot = (name: string, login?: string) => ({ name, email: `${name}@users.noreply.github.com`, ...(login ? { login } : {}) });
const only = (c: ReturnType<typeof commit>) => change([], { commits: [c] });
const BOT_AND_GITHUB_VALID = [
  { name: "pre-commit-ci[bot] by name", options: noVerify, change: only(commit("[pre-commit.ci] auto fixes", { author: bot("pre-commit-ci[bot]") })) },
  { name: "a bot known by its login only", options: noVerify, change: only(commit("Update deps", { author: bot("Renovate Bot", "renovate[bot]") })) },
  { name: "github-actions[bot]", options: noVerify, change: only(commit("chore: release 1.2.0", { author: bot("github-actions[bot]") })) },
  { name: "any App's bot, in any case", options: noVerify, change: only(commit("sync", { author: bot("My-Sync-App[BOT]") })) },
  {
    name: "Apply suggestions from code review, committed by GitHub",
    options: noVerify,
    change: only(commit("Apply suggestions from code review\n\nCo-authored-by: Ann <ann@example.com>", { committer: GITHUB })),
  },
  {
    name: "Apply suggestion from @reviewer, committed by GitHub",
    options: noVerify,
    change: only(commit("Apply suggestion from @ann-b", { committer: GITHUB })),
  },
  {
    name: "a revert from GitHub's Revert button",
    options: { ...noVerify, exempt_reverts: false },
    change: only(commit('Revert "Add login"\n\nReverts acme/api#41', { committer: GITHUB })),
  },
  {
    name: "an Update branch merge even with exempt_merges off",
    options: { ...noVerify, exempt_merges: false },
    change: only(commit("Merge branch 'main' into feature/login", { committer: GITHUB, parents: ["a", "b"] })),
  },
  {
    name: "a human author listed in exempt_authors",
    options: { ...noVerify, exempt_authors: ["release-manager"] },
    change: only(commit("v1.2.0", { author: { name: "Release-Manager", email: "r@example.com" } })),
  },
];
const BOT_AND_GITHUB_INVALID = [
  {
    name: "a web edit committed by GitHub is a person's change",
    options: noVerify,
    change: only(commit("Update README.md", { sha: "5".repeat(40), committer: GITHUB })),
    findings: [{ messageId: "commitMissing", commit: "5".repeat(40) }],
  },
  {
    name: "Apply suggestions committed by a person's git",
    options: noVerify,
    change: only(commit("Apply suggestions from code review", { sha: "6".repeat(40), committer: { name: "Dev", email: "dev@example.com" } })),
    findings: [{ messageId: "commitMissing", commit: "6".repeat(40) }],
  },
  {
    name: "a committer who calls itself GitHub with another address",
    options: noVerify,
    change: only(commit("Apply suggestions from code review", { sha: "7".repeat(40), committer: { name: "GitHub", email: "me@example.com" } })),
    findings: [{ messageId: "commitMissing", commit: "7".repeat(40) }],
  },
  {
    name: "[bot] in the middle of a name",
    options: noVerify,
    change: only(commit("wip", { sha: "8".repeat(40), author: { name: "not[bot]really", email: "n@example.com" } })),
    findings: [{ messageId: "commitMissing", commit: "8".repeat(40) }],
  },
  {
    name: "GitHub's commits are checked with exempt_github_commits: false",
    options: { ...noVerify, exempt_github_commits: false },
    change: only(commit("Apply suggestions from code review", { sha: "9".repeat(40), committer: GITHUB })),
    findings: [{ messageId: "commitMissing", commit: "9".repeat(40) }],
  },
];

testRule("issue-reference", {
  valid: [
    { name: "every commit references an issue", options: noVerify, change: change([], { commits: [c1, commit("fix: typo\n\nRefs #13")], repository: repo }) },
    { name: "merge commits are exempt", options: noVerify, change: change([], { commits: [c1, commit("Merge branch 'main'", { parents: ["a", "b"] })] }) },
    {
      // The source checked it (Change.verifiedReverts): issue-reference-revert-trust.test.ts plays the unchecked one.
      name: "reverts made by git are exempt",
      options: noVerify,
      change: change([], {
        commits: [commit('Revert "feat: x"\n\nThis reverts commit 0123456789abcdef0123456789abcdef01234567.', { sha: "r".repeat(40) })],
        verifiedReverts: ["r".repeat(40)],
      }),
    },
    {
      name: "bot authors are exempt",
      options: noVerify,
      change: change([], { commits: [commit("Bump lodash", { author: { name: "dependabot[bot]", email: "x", login: "dependabot[bot]" } })] }),
    },
    ...BOT_AND_GITHUB_VALID,
    {
      name: "a lone backtick in the subject and another in the body are not a code span (probot)",
      options: noVerify,
      change: only(commit("Remove grave accents (`) from header texts (#1493)\n\nThe ` punctuation in header texts breaks anchor links.")),
    },
    { name: "fixup! commits join their target", options: noVerify, change: change([], { commits: [c1, commit("fixup! feat: add login (#12)")] }) },
    {
      name: "scope pull_request: the description is enough",
      options: { ...noVerify, scope: "pull_request" },
      change: change([], { body: "Implements #40", commits: [bare] }),
    },
    {
      name: "scope either: the PR description covers bare commits",
      options: { ...noVerify, scope: "either" },
      change: change([], { title: "Login (#3)", commits: [bare] }),
    },
    {
      name: "Jira keys by option",
      options: { ...noVerify, tracker_patterns: ["\\b[A-Z][A-Z0-9]+-\\d+\\b"] },
      change: change([], { commits: [commit("PROJ-9 add export")] }),
    },
    { name: "an empty range", change: change([], { commits: [] }) },
    { name: "verified: the issue exists and is open", change: change([], { commits: [c1], repository: repo }), lookups: lookups({ "acme/api#12": open }) },
    {
      name: "cross-repository reference verified in its own repository, when rules.yml allows that repository",
      options: { repositories: ["acme/web"] },
      change: change([], { commits: [commit("Port acme/web#5")], repository: repo }),
      lookups: lookups({ "acme/web#5": open }),
    },
    {
      name: "closed issues count by default",
      change: change([], { commits: [c1], repository: repo }),
      lookups: lookups({ "acme/api#12": { state: "closed", isPullRequest: false } }),
    },
  ],
  invalid: [
    {
      name: "a commit without a reference names its sha and subject",
      options: noVerify,
      change: change([], { commits: [c1, bare] }),
      findings: [{ messageId: "commitMissing", commit: bare.sha, data: { sha: "2222222", subject: "wip" } }],
    },
    {
      name: "a number in backticks is not a reference",
      options: noVerify,
      change: change([], { commits: [commit("Use `#12` as id", { sha: "3".repeat(40) })] }),
      findings: [{ messageId: "commitMissing", commit: "3".repeat(40) }],
    },
    {
      name: "scope either without a PR reference: the hint says no history rewrite is needed",
      options: { ...noVerify, scope: "either" },
      change: change([], { commits: [bare] }),
      findings: [
        {
          messageId: "commitMissing",
          commit: bare.sha,
          data: { fix: "add `Refs #N` to the pull request description (no history rewrite needed), or to the commit message." },
        },
      ],
    },
    {
      name: "scope pull_request without a reference",
      options: { ...noVerify, scope: "pull_request" },
      change: change([], { title: "Login", body: "", commits: [c1] }),
      findings: [{ messageId: "prMissing" }],
    },
    {
      name: "bots are checked with exempt_bots: false",
      options: { ...noVerify, exempt_bots: false },
      change: change([], { commits: [commit("Bump x", { sha: "4".repeat(40), author: { name: "renovate[bot]", email: "r" } })] }),
      findings: [{ messageId: "commitMissing", commit: "4".repeat(40) }],
    },
    ...BOT_AND_GITHUB_INVALID,
    {
      name: "a fixup! whose target lacks a reference is reported on the target once",
      options: noVerify,
      change: change([], { commits: [bare, commit("fixup! wip")] }),
      findings: [{ messageId: "commitMissing", commit: bare.sha }],
    },
    {
      name: "verification: a missing issue",
      change: change([], { commits: [commit("Fix #999", { sha: "5".repeat(40) })], repository: repo }),
      lookups: lookups({ "acme/api#999": { state: "missing", isPullRequest: false } }),
      findings: [{ messageId: "missing", data: { ref: "#999", used: "commit 5555555" } }],
    },
    {
      name: "verification: a closed issue when allow_closed is false",
      options: { allow_closed: false },
      change: change([], { commits: [c1], repository: repo }),
      lookups: lookups({ "acme/api#12": { state: "closed", isPullRequest: false } }),
      findings: [{ messageId: "closed", data: { ref: "#12" } }],
    },
    {
      name: "verification: a pull request when require_issue is true",
      options: { require_issue: true },
      change: change([], { commits: [commit("Follow-up to #40")], repository: repo }),
      lookups: lookups({ "acme/api#40": { state: "open", isPullRequest: true } }),
      findings: [{ messageId: "pullRequest", data: { ref: "#40" } }],
    },
    {
      name: "verification: a missing issue in another allowed repository says so",
      options: { repositories: ["acme/web"] },
      change: change([], { commits: [commit("Port acme/web#5")], repository: repo }),
      lookups: lookups({ "acme/web#5": { state: "missing", isPullRequest: false } }),
      findings: [{ messageId: "missing", data: { ref: "acme/web#5", where: " in acme/web (or Bottomline cannot see that repository)" } }],
    },
    // #9: a fork PR must not learn whether an issue exists in a repository it does not belong to.
    {
      name: "scope: a missing issue outside the allowed repositories gets the same notice as an existing one (missing)",
      change: change([], { commits: [commit("Refs o/private-payroll#5")], repository: repo }),
      lookups: lookups({ "o/private-payroll#5": { state: "missing", isPullRequest: false } }),
      findings: [{ messageId: "outsideScope", severity: "notice", data: { count: 1, refs: "o/private-payroll#5" } }],
    },
    {
      name: "scope: … (existing)",
      change: change([], { commits: [commit("Refs o/private-payroll#6")], repository: repo }),
      lookups: lookups({ "o/private-payroll#6": open }),
      findings: [{ messageId: "outsideScope", severity: "notice", data: { count: 1, refs: "o/private-payroll#6" } }],
    },
    {
      name: "scope: an issue URL in another repository is outside the scope too",
      change: change([], { commits: [commit("Fix\n\nhttps://github.com/O/Private-Payroll/issues/7")], repository: repo }),
      findings: [{ messageId: "outsideScope", severity: "notice", data: { refs: "O/Private-Payroll#7" } }],
    },
    {
      name: "verification unavailable is a notice, never a failure",
      change: change([], { commits: [c1], repository: repo }),
      lookups: { issues: new Map(), fileContents: new Map(), issuesUnavailable: "GitHub did not answer the issue lookup (500)" },
      findings: [{ messageId: "unverified", severity: "notice", data: { count: 1, refs: "#12", reason: "GitHub did not answer the issue lookup (500)" } }],
    },
    {
      name: "a list cut at ten references says how many it left out",
      change: change([], { commits: Array.from({ length: 12 }, (_, i) => commit(`Fix (#${i + 1})`, { sha: String(i).padStart(40, "a") })), repository: repo }),
      lookups: { issues: new Map(), fileContents: new Map(), issuesUnavailable: "down" },
      findings: [{ messageId: "unverified", data: { count: 12, refs: "#1, #2, #3, #4, #5, #6, #7, #8, #9, #10 and 2 more" } }],
    },
  ],
});

describe("issue-reference lookups stay inside the allowed repositories (#9)", () => {
  const rule = rules["issue-reference"];
  const needs = (message: string, options: Record<string, unknown> = {}) =>
    rule.needs!(change([], { commits: [commit(message)], repository: repo }), rule.options.parse(options)).issues;

  it("asks only for the PR's own repository", () => {
    expect(needs("Refs #1, acme/api#2, o/private-payroll#5, https://github.com/o/secret/issues/9")).toEqual([
      { owner: "acme", repo: "api", number: 1 },
      { owner: "acme", repo: "api", number: 2 },
    ]);
  });

  it("and for the repositories listed in rules.yml (any case)", () => {
    expect(needs("Refs Acme/Tracker#3 and o/private-payroll#5", { repositories: ["acme/tracker"] })).toEqual([{ owner: "Acme", repo: "Tracker", number: 3 }]);
  });

  it("the engine's lookup provider is never asked about another repository", async () => {
    const asked: string[] = [];
    const { config } = loadConfig("{}", "rules.yml");
    const result = await runReview(change([], { commits: [commit("Refs o/private-payroll#5")], repository: repo }), config!, async (n) => {
      asked.push(...n.issues.map((i) => `${i.owner}/${i.repo}#${i.number}`));
      return { issues: new Map(), fileContents: new Map() };
    });
    expect(asked).toEqual([]);
    expect(result.findings.map((f) => f.message)).toEqual([expect.stringContaining("not verified (outside the allowed repositories): o/private-payroll#5")]);
  });

  it("a repository entry that is not owner/name is a config error", () => {
    const { errors } = loadConfig("rules:\n  issue-reference:\n    repositories: [tracker]\n", "rules.yml");
    expect(errors).toEqual([expect.objectContaining({ line: 3, message: expect.stringContaining("must be owner/name") })]);
  });
});
