/** A Go file whose one function nests `depth` blocks (`for` and `if` in turn) inside its body: over max-nesting-depth's 4 from 5. */
export function nestedGo(pkg: string, depth: number): string[] {
  const tabs = (n: number) => "\t".repeat(n);
  const opens = Array.from({ length: depth }, (_, i) => `${tabs(i + 1)}${i % 2 ? `if v > ${i} {` : `for _, v := range items${i} {`}`);
  const closes = Array.from({ length: depth }, (_, i) => `${tabs(depth - i)}}`);
  return [`package ${pkg}`, "", "func walk(n int) int {", ...opens, `${tabs(depth + 1)}n++`, ...closes, "\treturn n", "}", ""];
}
