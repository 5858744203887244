import { startFakeGitHub, type FakeRequest } from "../e2e/fake-github.js";

export const LONG_LINE = "const x = " + "1 + ".repeat(40) + "1;";
const HEAD_TEXT = `export const a = 1;\n${LONG_LINE}\n`;

/** The patch of a new file with this text. */
function patchOf(text: string): string {
  const lines = text.replace(/\n$/, "").split("\n");
  return [`@@ -0,0 +1,${lines.length} @@`, ...lines.map((l) => `+${l}`)].join("\n");
}

/**
 * GitHub's REST and GraphQL answers for one pull request (Codertocat/Hello-World#2, the webhook
 * example's), served on loopback. `readOnly` answers every write 403, as a fork's token gets.
 */
export async function startPullRequestApi(opts: { readOnly?: boolean; rulesYml?: string; reviews?: unknown[]; text?: string } = {}) {
  const text = opts.text ?? HEAD_TEXT;
  // The repository's team sets a line limit: max-line-length says nothing without one (#11).
  const rulesYml = opts.rulesYml ?? "rules:\n  max-line-length: { severity: warning, default_max: 120 }\n";
  const repo = "/repos/Codertocat/Hello-World";
  const writes: FakeRequest[] = [];
  const api = await startFakeGitHub((req) => {
    const path = req.path.replace(/\?.*$/, "");
    if (req.method !== "GET" && path !== "/graphql") {
      writes.push(req);
      if (opts.readOnly) return { status: 403, body: { message: "Resource not accessible by integration" } };
    }
    if (path === `${repo}/contents/.github/rules.yml`) return rulesYml ? { status: 200, body: rulesYml } : { status: 404, body: { message: "Not Found" } };
    if (path === "/repos/Codertocat/.github/contents/.github/rules.yml") return { status: 404, body: { message: "Not Found" } };
    if (path === `${repo}/pulls/2/commits`)
      return {
        status: 200,
        body: [
          {
            sha: "a".repeat(40),
            commit: { message: "Add a (#1)", author: { name: "Dev", email: "dev@example.com" } },
            author: { login: "dev" },
            parents: [{ sha: "p" }],
          },
        ],
      };
    if (path === `${repo}/pulls/2/files`)
      return { status: 200, body: [{ filename: "src/a.ts", status: "added", additions: 2, deletions: 0, changes: 2, patch: patchOf(text) }] };
    if (path === `${repo}/pulls/2/reviews` && req.method === "GET") return { status: 200, body: opts.reviews ?? [] };
    if (path === "/graphql") return { status: 200, body: graphql(String(req.body?.query ?? ""), text) };
    if (path === `${repo}/check-runs`) return { status: 201, body: { id: 77 } };
    if (path === `${repo}/pulls/2/reviews`) return { status: 200, body: { id: 88 } };
    return undefined;
  });
  return { ...api, writes };
}

/** Every issue asked for is an open issue; every file text asked for is the head's. */
function graphql(query: string, text: string) {
  const data: Record<string, Record<string, unknown>> = {};
  let repoAlias = "";
  for (const m of query.matchAll(/(r\d+): repository\(|(i\d+): issueOrPullRequest\(number: (\d+)\)|(f\d+): object\(expression: "[0-9a-f]+:([^"]+)"\)/g)) {
    if (m[1]) data[(repoAlias = m[1])] = {};
    else if (m[4]) data[repoAlias][m[4]] = m[5] === "src/a.ts" ? { text, isBinary: false } : null;
    else data[repoAlias][m[2]] = { __typename: "Issue", state: "OPEN" };
  }
  return { data };
}
