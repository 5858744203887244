import { changed } from "../helpers/base-head.js";
import { commit } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";

// Session 19 (#11): a pull request's title is the author's word, and the author writes it. A
// `refactor:`/`chore:`/`perf:` title (quiet_commit_types) is believed for new branches in code that
// was there, never for a new public function: a refactor adds no API. These cases play the attack
// (an untested feature titled as a refactor) beside the honest change the type describes.

/** A source file changed from `base` to `head`, with no test changed, under a title and one commit of the same subject. */
const titled = (title: string, path: string, base: string[], head: string[]) => {
  const c = changed(path, base.join("\n"), head.join("\n"));
  return { change: { ...c.change, title, commits: [commit(title)] }, lookups: c.lookups };
};
const missing = (path: string) => [{ messageId: "missingTests", path }];

const tsBase = ["export function total(p: number[]): number {", "  let s = 0;", "  for (const x of p) s += x;", "  return s;", "}"];
/** The honest refactor: `total` rewritten with new branches, no new function. */
const tsRewritten = [
  "export function total(p: number[]): number {",
  "  let s = 0;",
  "  for (const x of p) {",
  "    if (x > 100) s += x * 0.9;",
  "    else if (x < 0) s -= x;",
  "    else s += x;",
  "  }",
  "  return s;",
  "}",
];
/** The attack: a new exported function that decides, untested. */
const tsFeature = [
  ...tsBase,
  "export function discount(p: number[], code: string): number {",
  '  if (code === "VIP") return total(p) * 0.8;',
  '  if (code.startsWith("HALF")) return total(p) / 2;',
  "  return total(p);",
  "}",
];

const pyBase = ["def total(prices):", "    s = 0", "    for p in prices:", "        s += p", "    return s"];
const pyRewritten = [
  "def total(prices):",
  "    s = 0",
  "    for p in prices:",
  "        if p > 100:",
  "            s += p * 0.9",
  "        elif p < 0:",
  "            s -= p",
  "        else:",
  "            s += p",
  "    return s",
];
const pyFeature = [
  ...pyBase,
  "",
  "",
  "def discount(prices, code):",
  '    if code == "VIP":',
  "        return total(prices) * 0.8",
  '    if code.startswith("HALF"):',
  "        return total(prices) / 2",
  "    return total(prices)",
];

const goBase = ["package cart", "", "func Total(p []int) int {", "\tsum := 0", "\tfor _, x := range p {", "\t\tsum += x", "\t}", "\treturn sum", "}"];
const goFeature = [
  ...goBase,
  "",
  "func Discount(p []int, code string) int {",
  '\tif code == "VIP" {',
  "\t\treturn Total(p) * 8 / 10",
  "\t}",
  '\tif strings.HasPrefix(code, "HALF") {',
  "\t\treturn Total(p) / 2",
  "\t}",
  "\treturn Total(p)",
  "}",
];

testRule("tests-required", {
  valid: [
    {
      name: "TypeScript: refactor: title over new branches in a function that was there",
      ...titled("refactor(cart): split totals", "src/cart.ts", tsBase, tsRewritten),
    },
    { name: "Python: chore: title over new branches in a function that was there", ...titled("chore: tidy totals", "shop/cart.py", pyBase, pyRewritten) },
    {
      name: "TypeScript: a plain speed-up title (reads as perf:) over a rewrite",
      ...titled("Optimize total for large carts", "src/cart.ts", tsBase, tsRewritten),
    },
    {
      name: "Go: a work-in-progress title is the pull request's state, shown to whoever merges it: not asked yet",
      ...titled("[WIP] discounts", "cart/cart.go", goBase, goFeature),
    },
  ],
  invalid: (
    [
      ["TypeScript: the rewrite without a quiet title is asked about (the title is what quiets it)", "Rework totals", "src/cart.ts", tsBase, tsRewritten],
      ["TypeScript: refactor: title over a new exported function that decides (the attack)", "refactor(cart): split totals", "src/cart.ts", tsBase, tsFeature],
      ["Python: chore: title over a new public function", "chore: tidy", "shop/cart.py", pyBase, pyFeature],
      ["Go: perf: title over a new exported function", "perf: faster totals", "cart/cart.go", goBase, goFeature],
      ["Go: a linter-fix title (reads as style:) over a new exported function", "Satisfy golangci-lint", "cart/cart.go", goBase, goFeature],
    ] as Array<[string, string, string, string[], string[]]>
  ).map(([name, title, path, base, head]) => ({ name, ...titled(title, path, base, head), findings: missing(path) })),
});
