import type { Change, ChangedFile } from "../src/model/change.js";
import { parsePatch } from "../src/model/parse-patch.js";

const SAMPLE: Record<string, string[]> = {
  ts: [
    "export function total(items: Item[]): number {",
    "  let sum = 0; // running total",
    "  for (const item of items) {",
    "    if (item.price > 0 && item.quantity > 0) sum += item.price * item.quantity;",
    "  }",
    "  console.log(`computed total for ${items.length} items`, sum, items.map((i) => i.id).join(','), new Date().toISOString());",
    "  // TODO: handle currencies",
    "  return sum;",
    "}",
    'const token = "not-a-secret-just-a-placeholder";',
    "  const result = computeSomething(alpha, beta, gamma, delta) + computeOther(epsilon, zeta, eta, theta) * factor(iota, kappa);",
  ],
  py: [
    "def total(items):",
    "    s = 0",
    "    for item in items:",
    "        if item.price > 0 and item.quantity > 0:",
    "            s += item.price * item.quantity",
    "    print('computed total', s, [i.id for i in items], len(items), 'and some more words to make this line long enough')",
    "    # FIXME #12 rounding",
    "    return s",
  ],
  go: [
    "func Total(items []Item) int {",
    "\tsum := 0",
    "\tfor _, it := range items {",
    "\t\tif it.Price > 0 {",
    "\t\t\tsum += it.Price * it.Quantity",
    "\t\t}",
    "\t}",
    "\treturn sum",
    "}",
  ],
};

/**
 * `count` lines of the sample for `ext`, starting at `seed`, its function named after file `id`:
 * no two files have the same text, as in a real change (a cache by content must not flatter it).
 */
function sampleLines(ext: string, count: number, seed: number, id: number): string[] {
  const sample = SAMPLE[ext];
  return Array.from({ length: count }, (_, i) => sample[(i + seed) % sample.length].replace(/\b(total|Total)\(/, `$1${id}(`));
}

export interface SyntheticFile {
  path: string;
  /** Added files are new; modified files have a base version and the change appends to it. */
  status: "added" | "modified";
  /** The unified diff, as GitHub's `patch` field has it. */
  patch: string;
  /** The file's text at head: what the App's batched lookup returns. */
  head: string;
  /** The file's text at base, for modified files: what the base-vs-head verdicts compare with. */
  base?: string;
}

/** A new file of `lines` lines. */
function addedFile(path: string, ext: string, lines: number, seed: number): SyntheticFile {
  const added = sampleLines(ext, lines, seed, seed);
  return { path, status: "added", patch: [`@@ -0,0 +1,${lines} @@`, ...added.map((l) => `+${l}`)].join("\n"), head: added.join("\n") };
}

/** An existing file of `lines` lines at base, to which the change appends `lines` more (with git's 3 lines of context). */
function modifiedFile(path: string, ext: string, lines: number, seed: number): SyntheticFile {
  const base = sampleLines(ext, Math.max(lines, 3), seed + 1, seed);
  const added = sampleLines(ext, lines, seed, seed);
  const from = base.length - 2;
  const patch = [`@@ -${from},3 +${from},${3 + lines} @@`, ...base.slice(-3).map((l) => ` ${l}`), ...added.map((l) => `+${l}`)];
  return { path, status: "modified", patch: patch.join("\n"), head: [...base, ...added].join("\n"), base: base.join("\n") };
}

/**
 * `files` files whose added lines sum to `addedLines`; a quarter of them are tests, and every
 * other file is an existing file the change modifies, with its text at base.
 */
export function syntheticFiles(files: number, addedLines: number): SyntheticFile[] {
  const per = Math.floor(addedLines / files);
  const exts = ["ts", "py", "go"];
  return Array.from({ length: files }, (_, i) => {
    const ext = exts[i % 3];
    const dir = `packages/p${i % 20}/src/module${i % 50}`;
    const name = i % 4 === 3 ? (ext === "go" ? `file${i}_test.go` : ext === "py" ? `test_file${i}.py` : `file${i}.test.ts`) : `file${i}.${ext}`;
    const lines = per + (i < addedLines - per * files ? 1 : 0);
    return (i % 2 === 1 ? modifiedFile : addedFile)(`${dir}/${name}`, ext, lines, i);
  });
}

/** Every file's text at head, keyed by path, as the App's batched lookup would return it. */
export function headContents(files: SyntheticFile[]): Map<string, string> {
  return new Map(files.map((f) => [f.path, f.head]));
}

/** The modified files' texts at base, keyed by path (no file is renamed). */
export function baseContents(files: SyntheticFile[]): Map<string, string> {
  return new Map(files.flatMap((f) => (f.base === undefined ? [] : [[f.path, f.base] as [string, string]])));
}

export function buildChange(synthetic: SyntheticFile[]): Change {
  const files: ChangedFile[] = synthetic.map(({ path, patch, status }) => {
    const p = parsePatch(patch);
    return { path, status, binary: false, additions: p.addedLines.length, deletions: p.removed, addedLines: p.addedLines, hunks: p.hunks };
  });
  const commits = Array.from({ length: 50 }, (_, i) => ({
    sha: i.toString(16).padStart(40, "0"),
    message: `feat: step ${i} (#${100 + i})`,
    author: { name: "Dev", email: "dev@example.com" },
    parents: [(i + 1).toString(16).padStart(40, "0")],
  }));
  return { title: "Big change", body: "Refs #1", labels: [], commits, files, baseSha: "b".repeat(40), headSha: "h".repeat(40), gaps: [] };
}
