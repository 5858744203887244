import { rules } from "../../rules/index.js";
import { defaultConfig } from "../../src/config/load-config.js";
import type { ResolvedConfig } from "../../src/config/resolve-config.js";
import { rulesOf } from "../../src/engine/merge-spots.js";
import { issueKey, type CollectedNeeds, type Lookups } from "../../src/engine/rule.js";
import { runReview } from "../../src/engine/run-review.js";
import type { Change, ChangedFile } from "../../src/model/change.js";
import { modifiedFile } from "../helpers/base-head.js";
import { change, commit } from "../helpers/make-change.js";

/**
 * A property of the rule registry (#10): each rule says the same of a change alone as with every
 * other rule on. The engine fetches what all rules ask for in one batch, and hands each rule only
 * what it asked for (rule-lookups.ts); a rule that reads a text another rule fetched (a header, a
 * tree, a test) says different things depending on the team's config. The fixtures are changes
 * whose rules ask for different things of the same repository: base texts for moves and secrets,
 * head texts, the tree, issues.
 */
interface Repo {
  /** path → [base text or undefined (a new file), head text or undefined (a removed file)] */
  files: Record<string, [string | undefined, string | undefined]>;
  /** Files the change leaves alone, as they are at base and head. */
  others?: Record<string, string>;
}

const PY_HEADER = ["# Copyright (c) 2003-2019 Paul T. McGuire", "# Permission is hereby granted, free of charge, to any person obtaining a copy", ""];

/** A Go file the third fixture copies to a sibling package with its TODO and commented-out print. */
const LEXER = [
  "package toml",
  "",
  "// TODO: support multi-line keys once the spec settles",
  "func lex(s string) []string {",
  "\t// fmt.Println(s)",
  "\tout := []string{}",
  "\tfor _, c := range s {",
  "\t\tif c == ' ' {",
  "\t\t\tcontinue",
  "\t\t}",
  "\t\tout = append(out, string(c))",
  "\t}",
  "\treturn out",
  "}",
  "",
].join("\n");

const FIXTURES: Record<string, { repo: Repo; title: string }> = {
  // pyparsing 45b78401e8's shape: a module under its maintainer's MIT header, a line commented out, a key-like literal elsewhere.
  "a commented-out line in a file under the project's own MIT header": {
    title: "Fix partial named results",
    repo: {
      files: {
        "pyparsing.py": [
          [...PY_HEADER, "class MatchFirst:", "    def __init__(self, exprs):", "        self.exprs = exprs", ""].join("\n"),
          [
            ...PY_HEADER,
            "class MatchFirst:",
            "    def __init__(self, exprs):",
            "        self.exprs = exprs",
            "        if self.exprs:",
            "            self.mayReturnEmpty = any(e.mayReturnEmpty for e in self.exprs)",
            "            # self.saveAsList = any(e.saveAsList for e in self.exprs)",
            "",
          ].join("\n"),
        ],
        "unitTests.py": [
          [...PY_HEADER, "import pyparsing", "def test_a():", "    assert pyparsing.MatchFirst([]).exprs == []", ""].join("\n"),
          [
            ...PY_HEADER,
            "import pyparsing",
            "def test_a():",
            "    assert pyparsing.MatchFirst([]).exprs == []",
            "def test_b():",
            '    token = "a1b2c3d4e5f6a7b8c9d0"',
            "    print(token)",
            "",
          ].join("\n"),
        ],
      },
      others: { LICENSE: "MIT License\n\nCopyright (c) 2003-2019 Paul T. McGuire\n" },
    },
  },
  // A TypeScript change with a TODO, a debug print, a long line, and code moved out of a file it trims.
  "a TypeScript change that moves code and leaves a TODO and a print": {
    title: "Move the parser (#12)",
    repo: {
      files: {
        "src/parse.ts": [
          ["export function parse(s: string) {", "  // const old = s.trim();", "  return s.split(',');", "}", ""].join("\n"),
          ["export { parse } from './parser/parse';", ""].join("\n"),
        ],
        "src/parser/parse.ts": [
          undefined,
          [
            "export function parse(s: string) {",
            "  // const old = s.trim();",
            "  // TODO handle quoted fields",
            "  console.log('parsing', s);",
            `  return s.split(',').map((x) => x.trim()).filter((x) => x.length > 0).map((x) => x.toUpperCase()).map((x) => x + '${"!".repeat(40)}');`,
            "}",
            "",
          ].join("\n"),
        ],
        "src/cli.ts": [
          ["import { parse } from './parse';", "export const run = (a: string) => parse(a);", ""].join("\n"),
          ["import { parse } from './parse';", "export const run = (a: string) => {", "  debugger;", "  return parse(a);", "};", ""].join("\n"),
        ],
      },
      others: {
        "test/parse.test.ts": "import { parse } from '../src/parse';\ntest('p', () => expect(parse('a')).toEqual(['a']));\n",
        "package.json": '{ "name": "p" }\n',
      },
    },
  },
  // A Go file copied to a sibling package with its TODOs and commented code, a Java file grown past the limits.
  "a Go package copied beside its original, and a Java method grown": {
    title: "Add internal/toml",
    repo: {
      files: {
        "internal/toml/lexer.go": [undefined, LEXER],
        "src/main/java/a/Big.java": [
          ["package a;", "class Big {", "  int f(int x) {", "    return x;", "  }", "}", ""].join("\n"),
          [
            "package a;",
            "class Big {",
            "  int f(int x) {",
            ...Array.from({ length: 12 }, (_, i) => `    if (x > ${i}) { if (x < ${i + 20}) { for (int k = 0; k < x; k++) { x += k; } } }`),
            "    System.out.println(x); // FIXME remove",
            "    return x;",
            "  }",
            "}",
            "",
          ].join("\n"),
        ],
      },
      others: {
        "lexer.go": LEXER,
        "go.mod": "module example.com/toml\n",
      },
    },
  },
};

function changeOf(repo: Repo, title: string): Change {
  const files: ChangedFile[] = Object.entries(repo.files).map(([path, [base, head]]) => {
    if (head === undefined) {
      const lines = base!.split("\n").length;
      return { path, status: "removed", binary: false, additions: 0, deletions: lines, addedLines: [], hunks: [] };
    }
    const { file } = modifiedFile(path, base, head);
    file.deletions = base === undefined ? 0 : base.split("\n").filter((l) => !head.split("\n").includes(l)).length;
    return file;
  });
  return change(files, { title, commits: [commit(title)], repository: { owner: "acme", name: "widgets" } });
}

/** A source over the fixture's repository: it answers exactly what it is asked, as the git and GitHub sources do. */
function sourceOf(repo: Repo) {
  const head = new Map<string, string>();
  const base = new Map<string, string>();
  for (const [p, t] of Object.entries(repo.others ?? {})) {
    head.set(p, t);
    base.set(p, t);
  }
  for (const [p, [b, h]] of Object.entries(repo.files)) {
    if (b !== undefined) base.set(p, b);
    if (h !== undefined) head.set(p, h);
  }
  const tree = [...head.keys()].sort();
  const pick = (from: Map<string, string>, paths: string[]) => new Map(paths.flatMap((p) => (from.has(p) ? [[p, from.get(p)!] as const] : [])));
  return async (needs: CollectedNeeds): Promise<Lookups> => {
    const found: Lookups = {
      issues: new Map(needs.issues.map((ref) => [issueKey(ref), { state: "open", isPullRequest: false }] as const)),
      fileContents: pick(head, [...needs.fileContents, ...(needs.fileTree && needs.fromTree ? needs.fromTree(tree) : [])]),
      baseContents: pick(base, needs.baseContents),
    };
    if (needs.fileTree) found.fileTree = tree;
    if (needs.fromTree) found.treeNeedsRead = true;
    return found;
  };
}

function only(ids: string[]): ResolvedConfig {
  const config = defaultConfig();
  for (const [id, s] of Object.entries(config.rules)) s.severity = ids.includes(id) ? (s.severity === "off" ? "warning" : s.severity) : "off";
  return config;
}

const IDS = Object.keys(rules);

async function said(fixture: { repo: Repo; title: string }, ids: string[], rule: string): Promise<string[]> {
  const result = await runReview(changeOf(fixture.repo, fixture.title), only(ids), sourceOf(fixture.repo), { budget: { ms: Infinity, now: () => 0 } });
  return result.findings
    .flatMap((f) =>
      rulesOf(f)
        .filter((r) => r.rule === rule)
        .map(() => `${f.path ?? ""}:${f.line ?? ""}`),
    )
    .sort();
}

describe("every rule says the same alone as in company (#10)", () => {
  const cases = Object.keys(FIXTURES).flatMap((name) => IDS.map((id) => [name, id] as const));
  it.each(cases)("%s: %s", async (name, id) => {
    const fixture = FIXTURES[name];
    expect(await said(fixture, [id], id)).toEqual(await said(fixture, IDS, id));
  });

  it("the fixtures give the rules something to say", async () => {
    const all = await Promise.all(Object.values(FIXTURES).map((f) => runReview(changeOf(f.repo, f.title), only(IDS), sourceOf(f.repo))));
    const rulesSaid = new Set(all.flatMap((r) => r.findings.flatMap((f) => rulesOf(f).map((x) => x.rule))));
    expect(rulesSaid.size).toBeGreaterThanOrEqual(4);
  });

  it("pyparsing's commented-out line is said alone, as with no-secrets on", async () => {
    const fixture = FIXTURES["a commented-out line in a file under the project's own MIT header"];
    expect(await said(fixture, ["no-commented-out-code"], "no-commented-out-code")).toEqual(["pyparsing.py:9"]);
  });
});
