import { findIssueRefs } from "../../src/text/issue-refs.js";
import { compileSafeRegex } from "../../src/util/safe-regex.js";

const opts = { hosts: ["github.com", "ghe.acme.io"], trackers: [compileSafeRegex("\\b[A-Z][A-Z0-9]+-\\d+\\b")] };
const refs = (text: string) => findIssueRefs(text, { owner: "acme", repo: "api" }, opts).map((r) => r.text);

// [message as real projects write it, the references Bottomline must find]
const cases: Array<[string, string[]]> = [
  // Plain and closing keywords
  ["Add login page #12", ["#12"]],
  ["Fixes #123", ["#123"]],
  ["fix: handle null user\n\nCloses #45", ["#45"]],
  ["Resolves: #7", ["#7"]],
  ["resolve #8 and fix #9", ["#8", "#9"]],
  ["FIXED #10", ["#10"]],
  // Squash-merge titles
  ["Add retry to uploads (#123)", ["#123"]],
  ["feat(api): paginate users (#4512)", ["#4512"]],
  ["Merge pull request #88 from acme/feature-x", ["#88"]],
  // Conventional commits
  ["feat(parser): support CRLF\n\nRefs: #301", ["#301"]],
  ["fix!: drop Node 18 support\n\nBREAKING CHANGE: engines bumped\nCloses #77", ["#77"]],
  ["chore(deps): bump yaml to 2.9", []],
  ["docs: clarify install steps", []],
  ["refactor: extract helper\n\nPart of #12, see also #13.", ["#12", "#13"]],
  // Trailers: Gerrit, kernel style
  ["net: fix use-after-free\n\nSigned-off-by: Dev <d@x.io>\nRefs: #900", ["#900"]],
  ["Change-Id: I8473b95934b5732ac55d26311a706c9c2bde9940\nBug: #55", ["#55"]],
  ["Fix timeout\n\nLink: https://github.com/acme/api/issues/31", ["acme/api#31"]],
  ['Reported-by: Someone\nFixes: 1234abcd5678 ("net: add thing")', []],
  // GH- and cross-repository references
  ["Fix crash GH-42", ["GH-42"]],
  ["gh-43 follow-up", ["GH-43"]],
  ["Port fix from acme/web#17", ["acme/web#17"]],
  ["Closes octo-org/octo-repo#100", ["octo-org/octo-repo#100"]],
  ["See https://github.com/acme/web/pull/5 for context", ["acme/web#5"]],
  ["Tracked in https://ghe.acme.io/team/svc/issues/9.", ["team/svc#9"]],
  // Jira keys
  ["PROJ-123 Add billing export", ["PROJ-123"]],
  ["[ABC-9] fix rounding", ["ABC-9"]],
  ["feat: export (JIRA-77) #5", ["#5", "JIRA-77"]],
  // Multi-line bodies
  ["Rework cache\n\n- faster lookups\n- fewer allocations\n\nFixes #61\nRefs #62", ["#61", "#62"]],
  ["Subject only\n\nBody mentions nothing trackable.", []],
  // Emoji prefixes (gitmoji)
  ["✨ Add dark mode (#210)", ["#210"]],
  ["🐛 fix: wrong total #211", ["#211"]],
  [":bug: Fix crash on empty input, closes #212", ["#212"]],
  // Not references
  ["Use `#123` as the anchor id", []],
  ["Example:\n```\ngit log #12\n```\nno refs", []],
  ["Docs at https://gitlab.com/acme/api/-/issues/5", []],
  ["See https://example.com/page#12", []],
  ["Bump version to 123", []],
  ["Set color to #fff and #a0b0c0", []],
  ["Port the C# client", []],
  ["Port C#12 bindings", []],
  ["HTML entity &#123; in template", []],
  ["Heading ## Usage", []],
  ["Issue #0 is not a thing", []],
  ["Line https://github.com/acme/api/blob/main/x.ts#L10", []],
  ["version 1.2.3-rc#4", []],
  ["Tag #12abc is a hashtag", []],
];

describe("findIssueRefs", () => {
  it.each(cases)("%j", (message, expected) => {
    expect(refs(message).sort()).toEqual([...expected].sort());
  });

  it("has at least 40 cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it("without tracker patterns finds the same GitHub references, in text with or without `#`, `GH-` or a URL", () => {
    const github = { hosts: opts.hosts, trackers: [] };
    const more: string[] = ["TODO: handle currencies", "see gh-12", "Gh-7 then", "http://github.com/acme/api/issues/5.", "x://y", "`#3` only"];
    for (const text of [...cases.map(([message]) => message), ...more]) {
      const all = findIssueRefs(text, { owner: "acme", repo: "api" }, opts).filter((r) => r.number !== undefined);
      expect(findIssueRefs(text, { owner: "acme", repo: "api" }, github)).toEqual(all);
    }
    expect(findIssueRefs("see gh-12", {}, github).map((r) => r.text)).toEqual(["GH-12"]);
  });

  it("resolves short references against the change's repository", () => {
    expect(findIssueRefs("Fixes #3", { owner: "o", repo: "r" }, opts)).toEqual([{ text: "#3", owner: "o", repo: "r", number: 3 }]);
  });
});
