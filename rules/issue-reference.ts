import * as z from "zod";
import { regexOption } from "../src/config/regex-option.js";
import { defineRule, issueKey, type IssueInfo, type IssueRef, type Lookups, type RawFinding } from "../src/engine/rule.js";
import type { Change, Commit } from "../src/model/change.js";
import { findIssueRefs, type FoundRef, type RefOptions } from "../src/text/issue-refs.js";
import { someOf } from "../src/text/some-of.js";

const options = z
  .object({
    scope: z
      .enum(["commits", "pull_request", "either"])
      .default("commits")
      .describe("commits: every commit references an issue; pull_request: the PR title or body does (squash-merge teams); either: both are accepted."),
    tracker_patterns: z
      .array(regexOption)
      .default([])
      .describe("RE2 patterns of other trackers' keys that count as references, e.g. [A-Z][A-Z0-9]+-\\d+ for Jira."),
    hosts: z.array(z.string()).default(["github.com"]).describe("Hosts whose issue URLs count as references (add your GitHub Enterprise host)."),
    verify: z.boolean().default(true).describe("Check on GitHub that referenced issues exist (the App; the CLI with GITHUB_TOKEN)."),
    repositories: z
      .array(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}$/, "must be owner/name, e.g. acme/tracker"))
      .max(100)
      .default([])
      .describe(
        "Other repositories (owner/name) whose issues may be verified. References to any other repository are not looked up, so a pull request cannot learn whether an issue exists in a private repository.",
      ),
    require_issue: z.boolean().default(false).describe("A reference to a pull request does not count; it must be an issue."),
    allow_closed: z.boolean().default(true).describe("A closed issue counts."),
    exempt_merges: z.boolean().default(true).describe("Merge commits need no reference."),
    exempt_reverts: z
      .boolean()
      .default(true)
      .describe(
        'Reverts made by git ("Revert …" with "This reverts commit <sha>") need no reference, when the source could check them: the reverted commit is in the history and the revert\'s diff undoes it.',
      ),
    exempt_bots: z
      .boolean()
      .default(true)
      .describe("Commits whose author's login or name ends in `[bot]` (`dependabot[bot]`, `renovate[bot]`, `pre-commit-ci[bot]`) need no reference."),
    exempt_github_commits: z
      .boolean()
      .default(true)
      .describe(
        "Commits GitHub makes from its buttons need no reference: committed by `GitHub <noreply@github.com>` with GitHub's own message (Apply suggestion(s), Revert with `Reverts owner/repo#N`, Update branch merges).",
      ),
    exempt_authors: z.array(z.string()).default([]).describe("More commit authors (login or name) that need no reference."),
  })
  .strict();
type Options = z.output<typeof options>;

export default defineRule({
  meta: {
    id: "issue-reference",
    description: "Every commit references an issue, and the issue exists.",
    category: "traceability",
    defaultSeverity: "failure",
    messages: {
      commitMissing: "Commit {sha} “{subject}” references no issue. Every change should trace back to an issue; {fix}",
      prMissing: "The pull request references no issue. Every change should trace back to an issue; add `Refs #N` (or `Fixes #N`) to its description.",
      missing: "{ref} does not exist{where} (referenced in {used}), so the change does not trace to a real issue. Fix the number{fixHow}.",
      closed: "{ref} is closed (referenced in {used}). Reference the open issue this change serves{fixHow}, or set `allow_closed: true`.",
      pullRequest: "{ref} is a pull request, not an issue (referenced in {used}). Reference the issue it implements{fixHow}.",
      unverified: "Could not verify {count} issue reference(s) ({refs}): {reason}.",
      outsideScope:
        "{count} issue reference(s) not verified (outside the allowed repositories): {refs}. Bottomline verifies references in this repository and in those listed under `issue-reference.repositories` in the base branch's .github/rules.yml.",
    },
  },
  options,
  needs(change, opts) {
    if (!opts.verify) return {};
    const issues = new Map<string, IssueRef>();
    const allowed = allowedRepositories(change, opts);
    for (const { ref } of usedRefs(parseRefs(change, opts), opts)) {
      // Never sent to GitHub: the answer for a repository the PR does not belong to is an oracle (#9).
      if (ref.owner && ref.repo && ref.number && allowed.has(`${ref.owner}/${ref.repo}`.toLowerCase()))
        issues.set(issueKey(ref as IssueRef), { owner: ref.owner, repo: ref.repo, number: ref.number });
    }
    return { issues: [...issues.values()] };
  },
  check(change, opts, found) {
    const out: RawFinding[] = [];
    const parsed = parseRefs(change, opts);
    const prOk = parsed.pr.length > 0;
    if (opts.scope === "pull_request" && !prOk && change.commits.length > 0) out.push({ messageId: "prMissing" });
    if (opts.scope !== "pull_request" && !(opts.scope === "either" && prOk)) {
      const fix =
        opts.scope === "either"
          ? "add `Refs #N` to the pull request description (no history rewrite needed), or to the commit message."
          : "add `Refs #N` to the commit message (`git commit --amend`, or `git rebase -i` for an older commit).";
      for (const { target, refs } of parsed.commits) {
        if (refs.length === 0)
          out.push({ messageId: "commitMissing", commit: target.sha, data: { sha: target.sha.slice(0, 7), subject: subject(target), fix } });
      }
    }
    if (opts.verify) out.push(...verify(change, opts, found, parsed));
    return out;
  },
});

interface CommitGroup {
  target: Commit;
  messages: string[];
}

/** Exempt commits drop out; fixup!/squash!/amend! commits join the commit they target. */
function groupCommits(commits: Commit[], opts: Options, reverts: ReadonlySet<string>): CommitGroup[] {
  const groups: CommitGroup[] = [];
  const bySubject = new Map<string, CommitGroup>();
  for (const c of commits) {
    if (isExempt(c, opts, reverts)) continue;
    const line = subject(c);
    const fix = /^(?:fixup|squash|amend)! (.*)$/.exec(line);
    const target = fix ? bySubject.get(stripFixups(fix[1])) : undefined;
    if (target) {
      target.messages.push(c.message);
      continue;
    }
    const group = { target: c, messages: [c.message] };
    groups.push(group);
    bySubject.set(stripFixups(line), group);
  }
  return groups;
}

function stripFixups(s: string): string {
  return s.replace(/^(?:(?:fixup|squash|amend)! )+/, "");
}

function isExempt(c: Commit, opts: Options, reverts: ReadonlySet<string>): boolean {
  if (opts.exempt_merges && c.parents.length > 1) return true;
  // The message is the author's word: only a revert its source checked (Change.verifiedReverts) is one.
  if (opts.exempt_reverts && /^Revert "/.test(c.message) && reverts.has(c.sha)) return true;
  if (opts.exempt_github_commits && madeByGitHub(c)) return true;
  const who = [c.author.login, c.author.name].filter(Boolean).map((s) => s!.toLowerCase());
  if (opts.exempt_bots && who.some((w) => w.endsWith("[bot]"))) return true;
  return opts.exempt_authors.some((a) => who.includes(a.toLowerCase()));
}

// The messages GitHub writes when a button makes the commit. A person editing a file in the web
// editor is committed by GitHub too ("Update README.md"), but chose the change: not exempt.
const GITHUB_MESSAGES = [
  /^Apply suggestions? from (code review|@[A-Za-z0-9-]{1,39})/,
  /^Revert "[^\n]{0,300}"\n\nReverts [\w.-]{1,100}\/[\w.-]{1,100}#\d{1,10}/,
  /^Merge (branch|remote-tracking branch) '[^'\n]{1,255}' into /,
];

/** A commit GitHub made on a user's behalf from a button: its committer and its own message. */
function madeByGitHub(c: Commit): boolean {
  const by = c.committer;
  if (!by || by.email.toLowerCase() !== "noreply@github.com" || by.name !== "GitHub") return false;
  return GITHUB_MESSAGES.some((re) => re.test(c.message));
}

function subject(c: Commit): string {
  // The first line without splitting the whole message: this runs for every commit of a history (#13).
  const end = c.message.indexOf("\n");
  const s = (end === -1 ? c.message : c.message.slice(0, end)).trim();
  return s.length > 72 ? `${s.slice(0, 71)}…` : s;
}

function toRefOptions(opts: Options): RefOptions {
  return { hosts: opts.hosts, trackers: opts.tracker_patterns };
}

interface ParsedRefs {
  /** References in the PR title and body. */
  pr: FoundRef[];
  /** Each non-exempt commit (fixups joined to their target) with the references of its messages. */
  commits: Array<{ target: Commit; refs: FoundRef[] }>;
}

/**
 * Parsed once per rule run: needs() and check() receive the same change and options, and parsing
 * every message of a long history twice was a tenth of a whole-history review (#13).
 */
const parsedByChange = new WeakMap<Change, { opts: Options; commits: Commit[]; text: string; parsed: ParsedRefs }>();

function parseRefs(change: Change, opts: Options): ParsedRefs {
  const text = `${change.title}\n${change.body}\n${change.repository?.owner}/${change.repository?.name}`;
  const known = parsedByChange.get(change);
  if (known && known.opts === opts && known.commits === change.commits && known.text === text) return known.parsed;
  const parsed = parseRefsOnce(change, opts);
  parsedByChange.set(change, { opts, commits: change.commits, text, parsed });
  return parsed;
}

/** Parses every message once; the presence check and the verification both read the result. */
function parseRefsOnce(change: Change, opts: Options): ParsedRefs {
  const defaults = { owner: change.repository?.owner, repo: change.repository?.name };
  const refOpts = toRefOptions(opts);
  return {
    pr: findIssueRefs(`${change.title}\n${change.body}`, defaults, refOpts),
    commits: groupCommits(change.commits, opts, new Set(change.verifiedReverts ?? [])).map((g) => ({
      target: g.target,
      refs: g.messages.flatMap((m) => findIssueRefs(m, defaults, refOpts)),
    })),
  };
}

/** Every reference that counts for the scope, with where it was used. */
function usedRefs(parsed: ParsedRefs, opts: Options): Array<{ ref: FoundRef; usedIn: string }> {
  const out: Array<{ ref: FoundRef; usedIn: string }> = [];
  if (opts.scope !== "commits") for (const ref of parsed.pr) out.push({ ref, usedIn: "the pull request description" });
  if (opts.scope !== "pull_request") {
    for (const { target, refs } of parsed.commits) for (const ref of refs) out.push({ ref, usedIn: `commit ${target.sha.slice(0, 7)}` });
  }
  return out;
}

/** Distinct GitHub references with where each was used; references that name no repository are listed apart. */
function distinctRefs(parsed: ParsedRefs, opts: Options): { refs: Map<string, { ref: FoundRef; used: string[] }>; unresolved: string[] } {
  const refs = new Map<string, { ref: FoundRef; used: string[] }>();
  const unresolved: string[] = [];
  for (const { ref, usedIn } of usedRefs(parsed, opts)) {
    if (!ref.number) continue; // tracker keys: nothing to look up on GitHub
    if (!ref.owner || !ref.repo) {
      if (!unresolved.includes(ref.text)) unresolved.push(ref.text);
      continue;
    }
    const key = issueKey(ref as IssueRef);
    const entry = refs.get(key) ?? { ref, used: [] };
    if (!entry.used.includes(usedIn)) entry.used.push(usedIn);
    refs.set(key, entry);
  }
  return { refs, unresolved };
}

/** What is wrong with a looked-up reference under the options, as a message id. */
function problemWith(info: IssueInfo, opts: Options): "missing" | "pullRequest" | "closed" | undefined {
  if (info.state === "missing") return "missing";
  if (opts.require_issue && info.isPullRequest) return "pullRequest";
  if (!opts.allow_closed && info.state === "closed") return "closed";
  return undefined;
}

/** The PR's own repository and those the base config lists, lowercased as `owner/name`. */
function allowedRepositories(change: Change, opts: Options): Set<string> {
  const allowed = new Set(opts.repositories.map((r) => r.toLowerCase()));
  if (change.repository) allowed.add(`${change.repository.owner}/${change.repository.name}`.toLowerCase());
  return allowed;
}

function verify(change: Change, opts: Options, found: Lookups, parsed: ParsedRefs): RawFinding[] {
  const out: RawFinding[] = [];
  const { refs, unresolved } = distinctRefs(parsed, opts);
  const unverified = [...unresolved];
  const outside: string[] = [];
  const allowed = allowedRepositories(change, opts);
  const fixHow = opts.scope === "commits" ? " in the commit message" : " in the pull request description";
  const here = `${change.repository?.owner}/${change.repository?.name}`.toLowerCase();
  for (const [key, { ref, used }] of refs) {
    if (!allowed.has(`${ref.owner}/${ref.repo}`.toLowerCase())) {
      // Whatever a lookup returned, the answer is not shown: the same notice for every number.
      outside.push(ref.text);
      continue;
    }
    const info = found.issues.get(key);
    if (!info) {
      unverified.push(ref.text);
      continue;
    }
    const problem = problemWith(info, opts);
    if (!problem) continue;
    const elsewhere = `${ref.owner}/${ref.repo}`.toLowerCase() !== here;
    const where = elsewhere ? ` in ${ref.owner}/${ref.repo} (or Bottomline cannot see that repository)` : "";
    out.push({ messageId: problem, data: { ref: ref.text, used: used.join(", "), fixHow, where } });
  }
  if (outside.length > 0) {
    out.push({ messageId: "outsideScope", severity: "notice", data: { count: outside.length, refs: someOf(outside, 10) } });
  }
  if (unverified.length > 0) {
    // GitHub being down (or no token) must never fail the check: this is a notice.
    const reason = found.issuesUnavailable ?? (change.repository ? "GitHub gave no answer for them" : "no GitHub repository is known for this change");
    out.push({ messageId: "unverified", severity: "notice", data: { count: unverified.length, refs: someOf(unverified, 10), reason } });
  }
  return out;
}
