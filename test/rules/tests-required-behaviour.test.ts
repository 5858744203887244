import { changed } from "../helpers/base-head.js";
import { commit } from "../helpers/make-change.js";
import { testRuleBeforeCalibration as testRule } from "../helpers/pre-calibration.js";

/** A source file changed from `base` to `head` (lines joined), with no test changed. */
const edit = (path: string, base: string[] | undefined, head: string[]) => changed(path, base?.join("\n"), head.join("\n"));
const missing = (path: string) => [{ messageId: "missingTests", path }];

// Shapes judged on real repositories: what a reviewer asks a test for, and what not.
const goBase = ["package cart", "", "func Total(p []int) int {", "\tsum := 0", "\tfor _, x := range p {", "\t\tsum += x", "\t}", "\treturn sum", "}"];
const pyBase = ["import os", "", "", "def total(prices):", "    s = 0", "    for p in prices:", "        s += p", "    return s"];
const tsBase = ["export function total(p: number[]): number {", "  let s = 0;", "  for (const x of p) s += x;", "  return s;", "}"];

/** `total` given three guards and a throw: new branches in code that was there, asked about under a plain title. */
const tsChecked = [
  "export function total(p: number[]): number {",
  "  if (p.length === 0) return 0;",
  "  let s = 0;",
  "  for (const x of p) {",
  "    if (Number.isNaN(x)) continue;",
  '    if (x < 0) throw new RangeError("negative price");',
  "    s += x;",
  "  }",
  "  return s;",
  "}",
];
/** `total` given guards (new branches in code that was there) by a change titled `title`. */
const guardedTitled = (title: string) => {
  const e = edit("src/cart.ts", tsBase, tsChecked);
  return { change: { ...e.change, title, commits: [commit(title)] }, lookups: e.lookups };
};

testRule("tests-required", {
  valid: [
    // Plain titles that say the change is a refactor or a speed-up (sets 21-25: 7 of 8 such findings rejected).
    { name: "a title that opens with Refactor reads as refactor:", ...guardedTitled("Refactor pair_list implementation (#1086)") },
    { name: "a title that opens with Clean up reads as refactor:", ...guardedTitled("Clean up derived code") },
    // composer/spdx-licenses 2453f67b85 (set 44): the checks the new pipeline's static analysis asked for.
    { name: "a title that moves CI to another service reads as ci:", ...guardedTitled("Migrate to github actions") },
    { name: "the same from Travis:", ...guardedTitled("Switch CI from Travis to GitHub Actions") },
    { name: "a title that names perf anywhere reads as perf:", ...guardedTitled("Improve `stringifySetCookie` perf for node < 22 (#268)") },
    { name: "a title that says faster reads as perf:", ...guardedTitled("Rewrote Commaf to be a lot faster") },
    {
      name: "a title that says for performance reads as perf:",
      ...guardedTitled("lxml selectors: cache the XPathEvaluator object, for performance. refs #147"),
    },
    {
      name: "Ruby: a method renamed (a misspelling fixed), its body unchanged",
      ...edit(
        "lib/app/base.rb",
        [
          "class Base",
          "  def supress_messages?",
          "    settings.quiet || ENV['QUIET']",
          "  end",
          "  def stop",
          "    log unless supress_messages?",
          "  end",
          "end",
        ],
        [
          "class Base",
          "  def suppress_messages?",
          "    settings.quiet || ENV['QUIET']",
          "  end",
          "  def stop",
          "    log unless suppress_messages?",
          "  end",
          "end",
        ],
      ),
    },
    {
      name: "TypeScript: logic extracted into a new private helper (a refactor: the file gains no branch)",
      ...edit(
        "src/parse.ts",
        ["export function parse(s: string) {", '  if (s.startsWith("a")) return 1;', '  if (s.startsWith("b")) return 2;', "  return 0;", "}"],
        [
          "function kind(s: string) {",
          '  if (s.startsWith("a")) return 1;',
          '  if (s.startsWith("b")) return 2;',
          "  return 0;",
          "}",
          "",
          "export function parse(s: string) {",
          "  const k = kind(s.trim());",
          "  return k;",
          "}",
        ],
      ),
    },
    {
      name: "Go: a performance rewrite that keeps the branches (strings.Builder for +=)",
      ...edit(
        "cart/msg.go",
        ["package cart", "", "func msg(xs []string) string {", '\ts := ""', "\tfor _, x := range xs {", '\t\ts += x + "\\n"', "\t}", "\treturn s", "}"],
        [
          "package cart",
          "",
          "func msg(xs []string) string {",
          "\tvar sb strings.Builder",
          "\tfor _, x := range xs {",
          "\t\tsb.WriteString(x)",
          '\t\tsb.WriteString("\\n")',
          "\t}",
          "\treturn sb.String()",
          "}",
        ],
      ),
    },
    {
      name: "Go: widening the declared type of exported variables",
      ...edit(
        "binding/binding.go",
        ["package binding", "", "var (", "\tJSON = jsonBinding{}", "\tXML = xmlBinding{}", "\tForm = formBinding{}", ")"],
        ["package binding", "", "var (", "\tJSON BindingBody = jsonBinding{}", "\tXML BindingBody = xmlBinding{}", "\tForm Binding = formBinding{}", ")"],
      ),
    },
    {
      name: "Python: type aliases and a TypeVar only",
      ...edit(
        "src/pkg/_types.py",
        ["from typing import Any, Mapping", "", "JSON = Mapping[str, Any]"],
        [
          "from typing import Any, Mapping, Sequence, TypeVar",
          "",
          '_KT = TypeVar("_KT", covariant=True)',
          "JSON = Mapping[str, Any] | Sequence[Any]",
          "Items = Mapping[_KT, Any]",
        ],
      ),
    },
    {
      name: "Python: a usage string and a module docstring",
      ...edit(
        "pkg/run.py",
        [...pyBase, "", 'USAGE = "python -m pkg"'],
        ['"""', "    pkg.run", "    A command line application.", '"""', ...pyBase, "", 'USAGE = "python -m pkg.run"'],
      ),
    },
    {
      name: "TypeScript: a signature's types change, nothing runs differently",
      ...edit(
        "src/mw.ts",
        ["export function mw(app: App, opts: Options): RequestListener {", "  return handler(app, opts);", "}"],
        [
          "export function mw(",
          "  app: App,",
          "  opts: Options | undefined,",
          "): (req: IncomingMessage, res: ServerResponse, next?: () => void) => Promise<boolean> {",
          "  return handler(app, opts);",
          "}",
        ],
      ),
    },
    {
      name: "Java: a private helper without a branch (pre-sizing maps for performance)",
      ...edit(
        "src/main/java/x/EnumAdapter.java",
        ["class EnumAdapter {", "  private final Map<String, T> a = new HashMap<>();", "}"],
        [
          "class EnumAdapter {",
          "  private static int capacity(int n) {",
          "    return (int) Math.ceil(n / 0.75F);",
          "  }",
          "  private final Map<String, T> a = new HashMap<>(capacity(size));",
          "}",
        ],
      ),
    },
    {
      name: "Rust: a data entry added to a table",
      ...edit(
        "src/aliases.rs",
        ["const ALIASES: &[Alias] = &[", '    alias("code", "VS Code", "vscode://{path}"),', "];"],
        [
          "const ALIASES: &[Alias] = &[",
          '    alias("code", "VS Code", "vscode://{path}"),',
          "    alias(",
          '        "cursor",',
          '        "Cursor (cursor://)",',
          '        "cursor://file{path}:{line}",',
          "    ),",
          "];",
        ],
      ),
    },
    {
      name: "Ruby: a style-only change (quotes, argument names)",
      ...edit(
        "lib/app/show.rb",
        ["class Show", "  def call(env)", "    if env['x'] then render(env) else pass(env) end", "  end", "end"],
        ["class Show", "  def call(env)", '    if env["x"] then render(env) else pass(env) end', "  end", "end"],
      ),
    },
    {
      name: "a refactor: commit type says so (and no commit is a feat or fix)",
      ...guardedTitled("refactor(cart): split totals"),
    },
    {
      name: "a title without a type that says it is only a speed-up (Fast path returns …) reads as perf:",
      ...guardedTitled("Fast path returns for normalize_path cases (#3189)"),
    },
    {
      name: "a title without a type that names a linter's fix (Fixes Rubocop …) reads as style:",
      ...guardedTitled("Fixes Rubocop Style/GuardClause (#931)"),
    },
    // Set 41: xdebug-handler's phpstan passes (917b1faa18, f0504b36f8), each judged not worth a test request.
    { name: "a title that fixes phpstan's issues reads as style:", ...guardedTitled("Fix phpstan issues") },
    { name: "a title whose parts all serve a checker reads as style:", ...guardedTitled("Annotate and modify src for phpstan level 6") },
    // Set 42: typeguard's mypy and deprecation passes (658a3d6401, f377be3897).
    { name: "a title that reduces a checker's errors reads as style:", ...guardedTitled("Reduced the number of mypy errors") },
    { name: "a title that fixes deprecation warnings reads as style:", ...guardedTitled("Fixed deprecation warnings on Python 3.12") },
    // Set 43: composer/ca-bundle bf0e365dfa.
    { name: "a title that adds logging reads as chore:", ...guardedTitled("Add debug logs when files or directories are not usable (#68)") },
    {
      name: "off: new_behaviour_only false asks for any code change again (see the invalid case)",
      options: { quiet_commit_types: [] },
      ...edit("src/msg.ts", ["export const A = 1;"], ["export const A = 1;", 'export const B = "b";', 'export const C = "c";', 'export const D = "d";']),
    },
  ],
  invalid: [
    {
      name: "new branches in code that was there, under a plain title, are asked about",
      ...guardedTitled("Skip NaN prices in totals"),
      findings: missing("src/cart.ts"),
    },
    {
      name: "a speed title that says it fixes something still asks",
      ...guardedTitled("Fix wrong totals on the faster path"),
      findings: missing("src/cart.ts"),
    },
    {
      name: "a title that adds something for performance still asks",
      ...guardedTitled("Add performance counters to totals"),
      findings: missing("src/cart.ts"),
    },
    {
      name: "a title that adds something for a checker still asks",
      ...guardedTitled("Add NaN guards for psalm"),
      findings: missing("src/cart.ts"),
    },
    {
      name: "a title that adds a log feature is no logging pass",
      ...guardedTitled("Add a log viewer to totals"),
      findings: missing("src/cart.ts"),
    },
    {
      name: "a title that reduces something else still asks",
      ...guardedTitled("Reduced the number of retries in totals"),
      findings: missing("src/cart.ts"),
    },
    {
      name: "a checker named mid-title is not what the change is for",
      ...guardedTitled("Skip NaN prices for phpstan users in totals"),
      findings: missing("src/cart.ts"),
    },
    {
      name: "a refactor title that also names another change still asks",
      ...guardedTitled("Refactor totals and skip NaN prices"),
      findings: missing("src/cart.ts"),
    },
    {
      name: "a CI move that also adds something is not a ci title",
      ...guardedTitled("Migrate to GitHub Actions and skip NaN prices"),
      findings: missing("src/cart.ts"),
    },
    {
      name: "Python: new logic in new private helpers (the file gains branches)",
      ...edit(
        "app/loader.py",
        ["class Loader:", "    def __init__(self, app):", "        self.app = app"],
        [
          "class Loader:",
          "    def __init__(self, app):",
          "        self.app = app",
          "        self._exc = None",
          "",
          "    def _load_in_background(self):",
          "        try:",
          "            self._load()",
          "        except Exception as e:",
          "            self._exc = e",
          "",
          "    def _flush(self):",
          "        if self._exc is not None:",
          "            raise self._exc",
        ],
      ),
      findings: missing("app/loader.py"),
    },
    {
      name: "Go: a new exported function",
      ...edit("cobra.go", goBase, [
        ...goBase,
        "",
        "var finalizers []func()",
        "",
        "func OnFinalize(y ...func()) {",
        "\tfinalizers = append(finalizers, y...)",
        "}",
        "",
        "func (c *Command) finalize() {",
        "\tfor _, x := range finalizers {",
        "\t\tx()",
        "\t}",
        "}",
      ]),
      findings: missing("cobra.go"),
    },
    {
      name: "Go: new branches in an existing function",
      ...edit("cart.go", goBase, [
        "package cart",
        "",
        "func Total(p []int) int {",
        "\tsum := 0",
        "\tfor _, x := range p {",
        "\t\tif x < 0 {",
        "\t\t\tcontinue",
        "\t\t}",
        "\t\tif x > 100 {",
        "\t\t\tx = 100",
        "\t\t}",
        "\t\tsum += x",
        "\t}",
        "\treturn sum",
        "}",
      ]),
      findings: missing("cart.go"),
    },
    {
      name: "Python: a new public method",
      ...edit(
        "flask/app.py",
        ["class Flask:", "    def __init__(self):", "        self.blueprints = {}"],
        [
          "class Flask:",
          "    def __init__(self):",
          "        self.blueprints = {}",
          "        self._order = []",
          "",
          "    def iter_blueprints(self):",
          '        """Iterates over all blueprints by the order they were registered."""',
          "        return iter(self._order)",
          "",
          "    def register_blueprint(self, bp):",
          "        self.blueprints[bp.name] = bp",
          "        self._order.append(bp)",
        ],
      ),
      findings: missing("flask/app.py"),
    },
    {
      name: "Python: verify handling grows branches",
      ...edit(
        "src/requests/adapters.py",
        ["def cert_verify(conn, verify):", "    if isinstance(verify, str):", "        conn.ca_certs = verify", "    return conn"],
        [
          "def cert_verify(conn, verify):",
          "    if verify is True:",
          "        conn.ssl_context = PRELOADED",
          "    elif isinstance(verify, str):",
          "        if not os.path.isdir(verify):",
          "            conn.ca_certs = verify",
          "        else:",
          "            conn.ca_cert_dir = verify",
          "    return conn",
        ],
      ),
      findings: missing("src/requests/adapters.py"),
    },
    {
      name: "TypeScript: a new exported function (a feat title does not quiet it)",
      change: {
        ...edit("src/cart.ts", tsBase, [
          ...tsBase,
          "export function average(p: number[]): number {",
          "  const n = Math.max(1, p.length);",
          "  return total(p) / n;",
          "}",
        ]).change,
        title: "feat: averages",
      },
      lookups: edit("src/cart.ts", tsBase, [
        ...tsBase,
        "export function average(p: number[]): number {",
        "  const n = Math.max(1, p.length);",
        "  return total(p) / n;",
        "}",
      ]).lookups,
      findings: missing("src/cart.ts"),
    },
    {
      name: "a speed-up title that also names another change still asks (Optimize … and enforce …)",
      change: {
        ...edit("src/cart.ts", tsBase, [
          ...tsBase,
          "export function average(p: number[]): number {",
          "  if (p.length === 0) return 0;",
          "  return total(p) / p.length;",
          "}",
        ]).change,
        title: "[HTTP/3] Optimize IPv6 fallback and enforce HTTPS scheme",
        commits: [commit("[HTTP/3] Optimize IPv6 fallback and enforce HTTPS scheme")],
      },
      lookups: edit("src/cart.ts", tsBase, [
        ...tsBase,
        "export function average(p: number[]): number {",
        "  if (p.length === 0) return 0;",
        "  return total(p) / p.length;",
        "}",
      ]).lookups,
      findings: missing("src/cart.ts"),
    },
    {
      name: "TypeScript: a chore title with a fix commit inside still asks",
      change: {
        ...edit("src/cart.ts", tsBase, [
          ...tsBase,
          "export function average(p: number[]): number {",
          "  const n = Math.max(1, p.length);",
          "  return total(p) / n;",
          "}",
        ]).change,
        title: "chore: tidy",
        commits: [commit("fix: averages of empty carts")],
      },
      lookups: edit("src/cart.ts", tsBase, [
        ...tsBase,
        "export function average(p: number[]): number {",
        "  const n = Math.max(1, p.length);",
        "  return total(p) / n;",
        "}",
      ]).lookups,
      findings: missing("src/cart.ts"),
    },
    {
      name: "Java: a new public method",
      ...edit(
        "src/main/java/x/Cart.java",
        ["public class Cart {", "  private int total;", "}"],
        ["public class Cart {", "  private int total;", "  public int average(int n) {", "    int d = Math.max(1, n);", "    return total / d;", "  }", "}"],
      ),
      findings: [{ messageId: "missingTests", path: "src/main/java/x/Cart.java" }],
    },
    {
      name: "Ruby: a new overridable method",
      ...edit(
        "lib/sinatra/base.rb",
        ["class Base", "  def caller_files", "    callers.reject { |f| IGNORE.any? { |p| f =~ p } }", "  end", "end"],
        [
          "class Base",
          "  def callers_to_ignore",
          "    IGNORE",
          "  end",
          "",
          "  def caller_files",
          "    callers.reject { |f| callers_to_ignore.any? { |p| f =~ p } }",
          "  end",
          "end",
        ],
      ),
      findings: missing("lib/sinatra/base.rb"),
    },
    {
      name: "Rust: a new pub function with a branch",
      ...edit(
        "src/path.rs",
        ["pub fn name(p: &Path) -> &str {", '    p.to_str().unwrap_or("")', "}"],
        [
          "pub fn name(p: &Path) -> &str {",
          '    p.to_str().unwrap_or("")',
          "}",
          "",
          "pub fn is_hidden(p: &Path) -> bool {",
          "    if let Some(n) = p.file_name() {",
          '        return n.to_str().map(|s| s.starts_with(".")).unwrap_or(false);',
          "    }",
          "    false",
          "}",
        ],
      ),
      findings: [{ messageId: "missingTests", path: "src/path.rs" }],
    },
    {
      name: "new_behaviour_only false: constants are code changes again",
      options: { new_behaviour_only: false },
      ...edit("src/msg.ts", ["export const A = 1;"], ["export const A = 1;", 'export const B = "b";', 'export const C = "c";', 'export const D = "d";']),
      findings: missing("src/msg.ts"),
    },
  ],
});
