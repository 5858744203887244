import type { Change } from "../src/model/change.js";
import { emptyChange } from "../src/model/change.js";
import { emptyLookups, type Lookups } from "../src/engine/rule.js";

/**
 * The worst line shapes we know for regular expressions and hand-written scanners: repeated
 * prefixes of secret-looking names (the quadratic no-secrets case of #9), runs of quotes,
 * backslashes, brackets and comment openers, `a=` repeated, unterminated strings and comments,
 * TODO and issue-reference runs. Each builds a line of about `size` characters. Shared by the
 * linearity test (behaviour) and `npm run bench` (timing), so both see the same inputs.
 */
export const HOSTILE_SHAPES: Record<string, (size: number) => string> = {
  "long identifier with token": (n) => `const ${fill("token", n)} = 1`,
  "long identifier with secret/key": (n) => `let ${fill("secret_key_", n)}= "x"`,
  "secret names each assigned": (n) => fill("password=", n),
  "secret names with quotes": (n) => fill('api_key="', n),
  "aws secret words": (n) => fill("aws secret ", n),
  "AKIA run": (n) => fill("AKIA", n),
  "github token prefix run": (n) => fill("ghp_", n),
  "slack prefix run": (n) => fill("xoxb-", n),
  "private key header run": (n) => fill("-----BEGIN ", n),
  "a= run": (n) => fill("a=", n),
  "a: run": (n) => fill("a: ", n),
  "double quotes": (n) => fill('"', n),
  "single quotes": (n) => fill("'", n),
  backticks: (n) => fill("`", n),
  backslashes: (n) => fill("\\", n),
  "quote backslash": (n) => fill('"\\', n),
  "open parens": (n) => fill("(", n),
  "open brackets": (n) => fill("[", n),
  "open braces": (n) => fill("{", n),
  "close braces": (n) => fill("}", n),
  "template holes": (n) => "`" + fill("${", n),
  "block comment openers": (n) => fill("/*", n),
  "line comment": (n) => "// " + fill("x ", n),
  "unterminated string": (n) => '"' + fill("a", n),
  "long string literal": (n) => `x = "${fill("ab", n)}"`,
  "regex-ish slashes": (n) => fill("/", n),
  "TODO run": (n) => fill("TODO ", n),
  "TODO( run": (n) => fill("// TODO(", n),
  "hash run": (n) => fill("#", n),
  "issue ref run": (n) => fill("#1 ", n),
  "owner/repo ref run": (n) => fill("o/r#", n),
  "url run": (n) => fill("https://github.com/", n),
  "console.log run": (n) => fill("console.log(", n),
  "if/&& run": (n) => fill("if (a && ", n),
  "spaces then x": (n) => fill(" ", n - 1) + "x",
  tabs: (n) => fill("\t", n),
  "word chars": (n) => fill("x", n),
  "mixed entropy": (n) => fill("aZ9/+", n),
};

function fill(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.ceil(size / unit.length))).slice(0, size);
}

/** A change whose one added line (in a TS file, a .env file and a commit message) is `line`. */
export function hostileChange(line: string, path = "src/hostile.ts"): Change {
  const file = {
    path,
    status: "added" as const,
    binary: false,
    additions: 1,
    deletions: 0,
    addedLines: [{ line: 1, text: line }],
    hunks: [{ start: 1, length: 1 }],
  };
  return emptyChange({
    title: line.slice(0, 1000),
    body: line,
    files: [file],
    commits: [{ sha: "a".repeat(40), message: line, author: { name: "Dev", email: "dev@example.com" }, parents: ["p"] }],
    headSha: "h".repeat(40),
    baseSha: "b".repeat(40),
    repository: { owner: "o", name: "r" },
  });
}

/** The lookups a source would give for that change: the file's full text at head. */
export function hostileLookups(change: Change, line: string): Lookups {
  const found = emptyLookups();
  for (const f of change.files) found.fileContents.set(f.path, line);
  return found;
}
