import type { CollectedNeeds, IssueInfo, IssueRef, Lookups } from "../../engine/rule.js";
import { issueKey } from "../../engine/rule.js";
import type { GitHub } from "./github-types.js";

/**
 * Fields per GraphQL query. GitHub caps a query at 500,000 nodes and each field here is one, so
 * the cap is how many answers fit one request: a pull request of 100 files asks for up to 100
 * texts at head and 100 at base, and with its issue references that stays one request.
 */
const CHUNK = 250;

/** A file text at head (`file`) or at base (`base`, keyed by the path at base). */
type Item = { kind: "issue"; ref: IssueRef } | { kind: "file" | "base"; path: string };

/** The GraphQL field alias prefix and the commit each kind of file text is read at. */
const FILE_FIELDS = { file: { prefix: "f", at: "headSha" }, base: { prefix: "b", at: "baseSha" } } as const;

interface PullRequestShas {
  owner: string;
  repo: string;
  headSha: string;
  baseSha: string;
}

type GraphqlNode = { __typename?: string; state?: string; text?: string | null; isBinary?: boolean; isTruncated?: boolean } | null;
type GraphqlData = Record<string, Record<string, GraphqlNode> | null>;

/**
 * Fetches what rules asked for in batched GraphQL queries: every issue reference of a pull
 * request, every file's text at head and at base go in the same query, 250 fields per request.
 * A typical pull request costs one request however many commits or files it has; never one per
 * commit. `baseSha` is the commit the pull request's diff is against (its merge base); without
 * it no base text is fetched.
 */
export function githubLookups(octokit: GitHub, owner: string, repo: string, headSha: string, baseSha = ""): (needs: CollectedNeeds) => Promise<Lookups> {
  return async (needs) => {
    const found: Lookups = { issues: new Map(), fileContents: new Map(), baseContents: new Map() };
    // The tree first: the paths it names for the rules (the tests of a changed source) join the one batch.
    if (needs.fileTree) found.fileTree = await readTree(octokit, owner, repo, headSha);
    const fromTree = found.fileTree && needs.fromTree ? needs.fromTree(found.fileTree).filter((p) => !needs.fileContents.includes(p)) : [];
    if (needs.fromTree) found.treeNeedsRead = true;
    // The originals of new files (Needs.copyOriginals) join the same batch, read at base.
    const asked = new Set(needs.baseContents ?? []);
    const baseFromTree = found.fileTree && needs.baseFromTree ? needs.baseFromTree(found.fileTree).filter((p) => !asked.has(p)) : [];
    if (found.fileTree && needs.baseFromTree) found.baseTreeNeedsRead = true;
    const items: Item[] = [
      ...needs.issues.map((ref) => ({ kind: "issue" as const, ref })),
      ...[...needs.fileContents, ...fromTree].map((path) => ({ kind: "file" as const, path })),
      ...(baseSha ? [...(needs.baseContents ?? []), ...baseFromTree].map((path) => ({ kind: "base" as const, path })) : []),
    ];
    for (let i = 0; i < items.length; i += CHUNK) {
      const chunk = items.slice(i, i + CHUNK);
      try {
        await lookupChunk(octokit, { owner, repo, headSha, baseSha }, chunk, found);
      } catch (err) {
        // Rules degrade without lookups (issue-reference reports a notice); the review goes on.
        if (chunk.some((it) => it.kind === "issue"))
          found.issuesUnavailable = `GitHub did not answer the issue lookup (${err instanceof Error ? err.message : String(err)})`;
      }
    }
    return found;
  };
}

/**
 * The repository's file paths at head in ONE recursive Git Trees request. A truncated tree (over
 * GitHub's 100,000 entries or 7 MB) is still a useful sample of the layout; a failure leaves the
 * rule on its built-in conventions.
 */
async function readTree(octokit: GitHub, owner: string, repo: string, sha: string): Promise<string[] | undefined> {
  try {
    const res = await octokit.request("GET /repos/{owner}/{repo}/git/trees/{tree_sha}", { owner, repo, tree_sha: sha, recursive: "1" });
    const tree = (res.data as { tree?: Array<{ path?: string; type?: string }> }).tree ?? [];
    return tree.filter((e) => e.type === "blob" && typeof e.path === "string").map((e) => e.path!);
  } catch {
    return undefined;
  }
}

interface Aliased {
  repoAlias: string;
  field: string;
  item: Item;
}

/** One GraphQL query for a chunk: a `repository` alias per repository, a field alias per item. */
function buildQuery(pr: PullRequestShas, chunk: Item[]): { query: string; aliases: Aliased[] } {
  const repos = new Map<string, { owner: string; name: string; alias: string; fields: string[] }>();
  const aliases: Aliased[] = [];
  for (const item of chunk) {
    const [owner, name] = item.kind === "issue" ? [item.ref.owner, item.ref.repo] : [pr.owner, pr.repo];
    const key = `${owner}/${name}`.toLowerCase();
    const r = repos.get(key) ?? { owner, name, alias: `r${repos.size}`, fields: [] };
    repos.set(key, r);
    const field = `${item.kind === "issue" ? "i" : FILE_FIELDS[item.kind].prefix}${r.fields.length}`;
    r.fields.push(
      item.kind === "issue"
        ? `${field}: issueOrPullRequest(number: ${item.ref.number}) { __typename ... on Issue { state } ... on PullRequest { state } }`
        : `${field}: object(expression: ${JSON.stringify(`${pr[FILE_FIELDS[item.kind].at]}:${item.path}`)}) { ... on Blob { text isBinary isTruncated } }`,
    );
    aliases.push({ repoAlias: r.alias, field, item });
  }
  const parts = [...repos.values()].map(
    (r) => `${r.alias}: repository(owner: ${JSON.stringify(r.owner)}, name: ${JSON.stringify(r.name)}) { ${r.fields.join(" ")} }`,
  );
  return { query: `query { ${parts.join(" ")} }`, aliases };
}

/** Runs a query; NOT_FOUND errors come with partial data, and a missing issue is an answer, not a failure. */
async function queryAllowingNotFound(octokit: GitHub, query: string): Promise<GraphqlData> {
  try {
    return await octokit.graphql<GraphqlData>(query);
  } catch (err) {
    const e = err as { data?: GraphqlData; errors?: Array<{ type?: string }> };
    if (!e.data || !e.errors?.every((x) => x.type === "NOT_FOUND")) throw err;
    return e.data;
  }
}

async function lookupChunk(octokit: GitHub, pr: PullRequestShas, chunk: Item[], found: Lookups): Promise<void> {
  const { query, aliases } = buildQuery(pr, chunk);
  const data = await queryAllowingNotFound(octokit, query);
  for (const { repoAlias, field, item } of aliases) {
    const node = data?.[repoAlias]?.[field] ?? null;
    if (item.kind === "issue") {
      const info: IssueInfo = node
        ? { state: node.state === "OPEN" ? "open" : "closed", isPullRequest: node.__typename === "PullRequest" }
        : { state: "missing", isPullRequest: false };
      found.issues.set(issueKey(item.ref), info);
    } else if (node && !node.isBinary && !node.isTruncated && typeof node.text === "string") {
      // A truncated text (a very large blob) would make functions look cut short: leave it out.
      (item.kind === "file" ? found.fileContents : found.baseContents!).set(item.path, node.text);
    }
  }
}
