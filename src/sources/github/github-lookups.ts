import type { IssueInfo, IssueRef, Lookups, Needs } from "../../engine/rule.js";
import { issueKey } from "../../engine/rule.js";
import type { GitHub } from "./github-types.js";

/** Aliases per GraphQL query: GitHub caps a query's node count, and 100 keeps well inside it. */
const CHUNK = 100;

/**
 * Fetches what rules asked for with batched GraphQL queries: every issue reference of a PR in one
 * request (per 100), every file's text at head in one request (per 100). Never one request per commit.
 */
export function githubLookups(octokit: GitHub, owner: string, repo: string, headSha: string): (needs: Required<Needs>) => Promise<Lookups> {
  return async (needs) => {
    const found: Lookups = { issues: new Map(), fileContents: new Map() };
    try {
      for (let i = 0; i < needs.issues.length; i += CHUNK) await lookupIssues(octokit, needs.issues.slice(i, i + CHUNK), found.issues);
    } catch (err) {
      found.issuesUnavailable = `GitHub did not answer the issue lookup (${err instanceof Error ? err.message : String(err)})`;
    }
    for (let i = 0; i < needs.fileContents.length; i += CHUNK) {
      await lookupFiles(octokit, owner, repo, headSha, needs.fileContents.slice(i, i + CHUNK), found.fileContents);
    }
    return found;
  };
}

async function lookupIssues(octokit: GitHub, refs: IssueRef[], into: Map<string, IssueInfo>): Promise<void> {
  const byRepo = new Map<string, IssueRef[]>();
  for (const ref of refs) {
    const k = `${ref.owner}/${ref.repo}`.toLowerCase();
    byRepo.set(k, [...(byRepo.get(k) ?? []), ref]);
  }
  const parts: string[] = [];
  const aliases: Array<{ repo: number; issue: number; ref: IssueRef }> = [];
  [...byRepo.values()].forEach((list, r) => {
    const fields = list.map((ref, i) => {
      aliases.push({ repo: r, issue: i, ref });
      return `i${i}: issueOrPullRequest(number: ${ref.number}) { __typename ... on Issue { state } ... on PullRequest { state } }`;
    });
    parts.push(`r${r}: repository(owner: ${JSON.stringify(list[0].owner)}, name: ${JSON.stringify(list[0].repo)}) { ${fields.join(" ")} }`);
  });
  let data: Record<string, Record<string, { __typename: string; state: string } | null> | null>;
  try {
    data = await octokit.graphql(`query { ${parts.join(" ")} }`);
  } catch (err) {
    // NOT_FOUND errors come with partial data: a missing issue is an answer, not a failure.
    const partial = (err as { data?: typeof data; errors?: Array<{ type?: string }> }).data;
    const onlyNotFound = (err as { errors?: Array<{ type?: string }> }).errors?.every((e) => e.type === "NOT_FOUND");
    if (!partial || !onlyNotFound) throw err;
    data = partial;
  }
  for (const { repo, issue, ref } of aliases) {
    const node = data?.[`r${repo}`]?.[`i${issue}`];
    into.set(issueKey(ref), node ? { state: node.state === "OPEN" ? "open" : "closed", isPullRequest: node.__typename === "PullRequest" } : { state: "missing", isPullRequest: false });
  }
}

async function lookupFiles(octokit: GitHub, owner: string, repo: string, headSha: string, paths: string[], into: Map<string, string>): Promise<void> {
  const fields = paths.map((p, i) => `f${i}: object(expression: ${JSON.stringify(`${headSha}:${p}`)}) { ... on Blob { text isBinary } }`);
  const data: { repository: Record<string, { text: string | null; isBinary: boolean } | null> } = await octokit.graphql(
    `query { repository(owner: ${JSON.stringify(owner)}, name: ${JSON.stringify(repo)}) { ${fields.join(" ")} } }`,
  );
  paths.forEach((p, i) => {
    const blob = data.repository[`f${i}`];
    if (blob && !blob.isBinary && blob.text !== null) into.set(p, blob.text);
  });
}
