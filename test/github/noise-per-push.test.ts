import MarkdownIt from "markdown-it";
import nock from "nock";
import { readSummaryMarker } from "../../src/github/markers.js";
import {
  commitsList,
  configFile,
  filesList,
  graphqlIssues,
  patchAdding,
  pullRequestEvent,
  REPO_PATH,
  reviewsList,
  SCOPE,
  setup,
  token,
} from "../helpers/github-fixtures.js";

afterEach(() => nock.cleanAll());

const CONFIG =
  "rules:\n  max-line-length: { severity: warning, max: 100, group_over: 0 }\n  no-debug-statements: warning\n  tests-required: off\n  pr-size: off\n";
const OLD = "a".repeat(40);
const NEW = "b".repeat(40);
/** 60 long lines of 60 lengths (no two findings alike), and the same print call in five files. */
const LONG_LINES = Array.from({ length: 60 }, (_, i) => `export const v${i} = ${"1 + ".repeat(25 + i)}1;`);
const PRINTS = ["a", "b", "c", "d", "e"].map((n) => `src/${n}.ts`);
const PRINT_FILE = ["export function run(code: number) {", "  console.log(code);", "  return code;", "}"];

function pushFiles(gh: Awaited<ReturnType<typeof setup>>, shas: string[]) {
  configFile(gh.scope, CONFIG);
  commitsList(gh.scope, shas);
  const files = [{ filename: "src/big.ts", lines: LONG_LINES }, ...PRINTS.map((filename) => ({ filename, lines: PRINT_FILE }))];
  filesList(
    gh.scope,
    files.map((f) => ({ filename: f.filename, status: "added", patch: patchAdding(f.lines) })),
  );
  graphqlIssues(gh.scope, {}, Object.fromEntries(files.map((f) => [f.filename, `${f.lines.join("\n")}\n`])));
}

async function firstPush() {
  const gh = await setup();
  token(gh.scope);
  pushFiles(gh, [OLD]);
  reviewsList(gh.scope, []);
  let check: any;
  const patches: any[] = [];
  gh.scope.post(`${REPO_PATH}/check-runs`).reply(201, (_u, b) => ((check = b), { id: 1 }));
  gh.scope.patch(`${REPO_PATH}/check-runs/1`).reply(200, (_u, b) => (patches.push(b), { id: 1 }));
  let review: any;
  gh.scope.post(`${REPO_PATH}/pulls/2/reviews`).reply(200, (_u, b) => ((review = b), { id: 900 }));
  await gh.deliver("pull_request", pullRequestEvent("opened", { head: OLD }));
  return { gh, review, check, patches };
}

describe("a push where one rule finds 60 things and one print call is in five files", () => {
  it("posts at most review.inline_per_rule comments of one rule, and one comment for the five prints", async () => {
    const { review } = await firstPush();
    const byRule = (rule: string) => review.comments.filter((c: any) => c.body.includes(`\`${rule}\``));
    expect(byRule("max-line-length")).toHaveLength(5);
    const prints = byRule("no-debug-statements");
    expect(prints).toHaveLength(1);
    expect(prints[0]).toMatchObject({ path: "src/a.ts", line: 2 });
    const html = new MarkdownIt({ html: true }).render(prints[0].body);
    // Each place links to its line at the reviewed head.
    const place = (p: string) => `<a href="https://github.com/Codertocat/Hello-World/blob/${OLD}/${p}#L2"><code>${p}:2</code></a>`;
    expect(html).toContain(`<em>…and 4 more like this: ${place("src/b.ts")}, ${place("src/c.ts")}, ${place("src/d.ts")} and ${place("src/e.ts")}.</em>`);
    // The marker holds the six comments' entries and the four places the print comment named.
    const fp = readSummaryMarker(review.body, SCOPE)!.fp;
    expect(fp).toHaveLength(10);
    expect(fp.filter((e) => e.startsWith("~"))).toHaveLength(4);
  });

  it("says in the summary what to fix first and which rule has the most findings; the rest are listed, none twice", async () => {
    const { review } = await firstPush();
    expect(review.body).toContain("**Most findings:** [`max-line-length`]");
    expect(review.body).toMatch(/65 warnings/);
    // Fix first takes the rule with the most findings first, then the prints: one item naming all five.
    const fixFirst = review.body.split("\n\n")[2].split("\n");
    expect(fixFirst[0]).toBe("**Fix first (and 58 more below):**");
    expect(fixFirst[1]).toContain("[`src/big.ts:1`]");
    expect(fixFirst[2]).toMatch(/^- ⚠️ \[`src\/a\.ts:2`\].* _…and 4 more like this: \[`src\/b\.ts:2`\]/);
    expect(review.body.match(/`console\.log` looks like/g)).toHaveLength(1);
    // 60 long lines: 2 under Fix first, 55 listed (each its own item: their lengths differ); 3 more only inline.
    expect(review.body.match(/characters long/g)).toHaveLength(2 + 55);
    expect(review.body).toContain("3 more findings posted as inline comments.");
  });

  it("keeps every finding annotated on the check run, 50 per request", async () => {
    const { check, patches } = await firstPush();
    expect(check.output.annotations).toHaveLength(50);
    expect(patches.map((p) => p.output.annotations.length)).toEqual([15]);
    const all = [...check.output.annotations, ...patches[0].output.annotations];
    expect(all.filter((a: any) => a.title === "no-debug-statements").map((a: any) => a.path)).toEqual(PRINTS);
  });

  it("on the next push, comments on five more of the rule's findings and never again on the prints", async () => {
    const { gh, review } = await firstPush();
    pushFiles(gh, [OLD, NEW]);
    reviewsList(gh.scope, [{ id: 900, body: review.body }]);
    gh.scope.post(`${REPO_PATH}/check-runs`).reply(201, { id: 2 });
    gh.scope.patch(`${REPO_PATH}/check-runs/2`).reply(200, { id: 2 });
    let update: any;
    let second: any;
    gh.scope.put(`${REPO_PATH}/pulls/2/reviews/900`).reply(200, (_u, b) => ((update = b), { id: 900 }));
    gh.scope.post(`${REPO_PATH}/pulls/2/reviews`).reply(200, (_u, b) => ((second = b), { id: 901 }));
    await gh.deliver("pull_request", pullRequestEvent("synchronize", { head: NEW, commits: 2 }));
    expect(second.comments).toHaveLength(5);
    expect(second.comments.every((c: any) => c.body.includes("`max-line-length`"))).toBe(true);
    const before = new Set(review.comments.map((c: any) => c.line));
    expect(second.comments.some((c: any) => before.has(c.line) && c.path === "src/big.ts")).toBe(false);
    // The marker keeps the print comment's places, and adds the five new comments.
    expect(readSummaryMarker(update.body, SCOPE)!.fp).toHaveLength(15);
    expect(nock.pendingMocks()).toEqual([]);
  });
});

describe("review.inline_per_rule: 0", () => {
  it("lets one rule use the whole budget", async () => {
    const gh = await setup();
    token(gh.scope);
    configFile(gh.scope, `${CONFIG}review:\n  inline_per_rule: 0\n`);
    commitsList(gh.scope, [OLD]);
    filesList(gh.scope, [{ filename: "src/big.ts", status: "added", patch: patchAdding(LONG_LINES) }]);
    graphqlIssues(gh.scope, {}, { "src/big.ts": `${LONG_LINES.join("\n")}\n` });
    reviewsList(gh.scope, []);
    gh.scope.post(`${REPO_PATH}/check-runs`).reply(201, { id: 1 });
    gh.scope.patch(`${REPO_PATH}/check-runs/1`).reply(200, { id: 1 });
    let review: any;
    gh.scope.post(`${REPO_PATH}/pulls/2/reviews`).reply(200, (_u, b) => ((review = b), { id: 900 }));
    await gh.deliver("pull_request", pullRequestEvent("opened", { head: OLD }));
    expect(review.comments).toHaveLength(20);
  });
});
