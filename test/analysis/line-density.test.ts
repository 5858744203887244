import { isDense, lineDensity } from "../../src/analysis/line-density.js";

describe("lineDensity", () => {
  it.each([
    ["src/A.php", "            if ($this->SMTPAutoTLS && $this->Host !== 'localhost' && $sslext && 'ssl' !== $secure) {"],
    ["src/A.kt", '            if (paramType.contains("ImageRequest.Builder") || paramType.contains("ImageRequest\\$Builder")) {'],
    ["src/a.ts", "  const mode = strict ? STRICT : lenient ? LENIENT : NONE;"],
    ["src/a.ts", "  const rows = records.map((r) => combine(header, pad(r, count(header))));"],
    ["src/A.php", "            Type::Header => $offset >= 0 && $offset < count($this->header) ? $this->header[$offset] : throw new SyntaxError(),"],
    ["src/a.py", "    value = first(items) if predicate(items) else fallback(default)"],
  ])("%s: dense: %s", (path, text) => {
    expect(isDense(path, text)).toBe(true);
  });

  it.each([
    ["src/A.php", "    public function __construct(LoggerInterface $logger, int|string|Level $level = Level::Debug, bool $bubble = true)"],
    ["src/A.kt", "    fun load(request: ImageRequest = defaultRequest(), options: Options = Options(), scope: Scope = scope()): Result"],
    ["src/A.php", "        throw new InvalidArgumentException('The offset ' . $offset . ' is not valid for the header ' . $name);"],
    ["src/A.php", "        $this->logger->warning('Unable to read the row', ['offset' => $offset, 'line' => $line]);"],
    // A string's brackets and operators are content, not structure.
    ["src/a.ts", '  fail("expected (a && b) || (c ? d : e) to hold for f(g(h(x)))");'],
  ])("%s: not dense: %s", (path, text) => {
    expect(isDense(path, text)).toBe(false);
  });

  it("counts a closure by its language: `=>` in TypeScript, not in PHP (an array key)", () => {
    expect(lineDensity("src/a.ts", "x => y").points).toBe(1);
    expect(lineDensity("src/a.php", "'a' => $y").points).toBe(0);
  });
});
