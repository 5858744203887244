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

/** A unified diff of `lines` added lines at the top of a file, as GitHub's `patch` field has it. */
function patchFor(ext: string, lines: number, seed: number): string {
  const sample = SAMPLE[ext];
  const out = [`@@ -1,2 +1,${lines + 2} @@`, " package header", " // existing"];
  for (let i = 0; i < lines; i++) out.splice(out.length - 1, 0, `+${sample[(i + seed) % sample.length]}`);
  return out.join("\n");
}

/** `files` files whose added lines sum to `addedLines`; a quarter of them are tests. */
export function syntheticPatches(files: number, addedLines: number): Array<{ path: string; patch: string }> {
  const per = Math.floor(addedLines / files);
  const exts = ["ts", "py", "go"];
  return Array.from({ length: files }, (_, i) => {
    const ext = exts[i % 3];
    const dir = `packages/p${i % 20}/src/module${i % 50}`;
    const name = i % 4 === 3 ? (ext === "go" ? `file${i}_test.go` : ext === "py" ? `test_file${i}.py` : `file${i}.test.ts`) : `file${i}.${ext}`;
    const extra = i < addedLines - per * files ? 1 : 0;
    return { path: `${dir}/${name}`, patch: patchFor(ext, per + extra, i) };
  });
}

/**
 * Every file's text at head, as the App's batched lookup would return it: what the function-level
 * rules parse. Built from the patch (its context and added lines are the new file).
 */
export function headContents(patches: Array<{ path: string; patch: string }>): Map<string, string> {
  return new Map(
    patches.map(({ path, patch }) => [
      path,
      patch
        .split("\n")
        .slice(1)
        .map((l) => l.slice(1))
        .join("\n"),
    ]),
  );
}

export function buildChange(patches: Array<{ path: string; patch: string }>): Change {
  const files: ChangedFile[] = patches.map(({ path, patch }) => {
    const p = parsePatch(patch);
    return { path, status: "modified", binary: false, additions: p.addedLines.length, deletions: p.removed, addedLines: p.addedLines, hunks: p.hunks };
  });
  const commits = Array.from({ length: 50 }, (_, i) => ({
    sha: i.toString(16).padStart(40, "0"),
    message: `feat: step ${i} (#${100 + i})`,
    author: { name: "Dev", email: "dev@example.com" },
    parents: [(i + 1).toString(16).padStart(40, "0")],
  }));
  return { title: "Big change", body: "Refs #1", labels: [], commits, files, baseSha: "b".repeat(40), headSha: "h".repeat(40), gaps: [] };
}
