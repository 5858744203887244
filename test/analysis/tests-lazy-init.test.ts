import { lazyInitGuards } from "../../src/analysis/tests-lazy-init.js";

const all = (n: number) => new Set(Array.from({ length: n }, (_, i) => i + 1));
const guards = (text: string[], fresh = all(text.length)) => lazyInitGuards(fresh, text);

describe("a guard that fills a field on its first read is no new path (#11, judged set 22)", () => {
  it("Python: parsel's cached XPathEvaluator", () => {
    const text = [
      "    @property",
      "    def xpathev(self):",
      "        if self._xpathev is None:",
      "            self._xpathev = etree.XPathEvaluator(self.root, namespaces=self.namespaces)",
      "        return self._xpathev",
    ];
    expect(guards(text)).toBe(1);
  });

  it("brace languages, with the block on its lines or on the guard's", () => {
    expect(
      guards(["  get x() {", "    if (this._x == null) {", "      this._x = build(", "        a,", "      );", "    }", "    return this._x;", "  }"]),
    ).toBe(1);
    expect(guards(["if (!this.cache) this.cache = new Map();"])).toBe(1);
    expect(guards(["\tif c.pool == nil {", "\t\tc.pool = newPool()", "\t}", "\treturn c.pool"])).toBe(1);
    expect(guards(["if (m_instance === undefined) { m_instance = make(); }"])).toBe(1);
    expect(guards(["  if @parser.nil?", "    @parser = Parser.new", "  end"])).toBe(1);
  });

  it("a bare name the file declares as a member: Java's singleton, Go's package variable", () => {
    const java = [
      "  private static Registry instance;",
      "  static Registry get() {",
      "    if (instance == null) {",
      "      instance = new Registry();",
      "    }",
      "    return instance;",
      "  }",
    ];
    expect(guards(java, new Set([3, 4, 5]))).toBe(1);
    const go = ["var cache *Cache", "func get() *Cache {", "\tif cache == nil {", "\t\tcache = newCache()", "\t}", "\treturn cache", "}"];
    expect(guards(go, new Set([3, 4, 5]))).toBe(1);
    // A method of that name is no field.
    expect(guards(["  private Registry instance() {", "    if (instance == null) {", "      instance = make();", "    }"], new Set([2, 3, 4]))).toBe(0);
  });

  it("a local or parameter given a default is behaviour a caller sees", () => {
    expect(guards(["    if timeout is None:", "        timeout = 30"])).toBe(0);
    expect(guards(["  if (options == null) {", "    options = defaults();", "  }"])).toBe(0);
  });

  it("a block that does more than assign the field, or has another arm, is judged as code", () => {
    expect(guards(["    if self._x is None:", "        self._x = load()", "        log.info('loaded')"])).toBe(0);
    expect(guards(["    if self._x is None:", "        self._x = load()", "    else:", "        self._x.refresh()"])).toBe(0);
    expect(guards(["  if (this._x == null) {", "    this._y = load();", "  }"])).toBe(0);
    expect(guards(["  if (this._x != null) {", "    this._x = load();", "  }"])).toBe(0);
    expect(guards(["  if (this._x == null) {", "    this._x == load();", "  }"])).toBe(0);
  });

  it("only fresh guards with a fresh block", () => {
    const text = ["    if self._x is None:", "        self._x = load()", "    return self._x"];
    expect(guards(text, new Set([2, 3]))).toBe(0);
    expect(guards(text, new Set([1, 3]))).toBe(0);
  });
});
