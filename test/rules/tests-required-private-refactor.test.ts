import { editsIn } from "../helpers/edits.js";
import { testRuleBeforeCalibration as testRule } from "../helpers/pre-calibration.js";

/**
 * Session 11 (#11): code moved into private helpers, or a function renamed, under public code the
 * file's own tests already run (judged "not worth saying" in set 9: i18n's renamed
 * `extract_non_symbol_default!`, covered by `test/backend/fallbacks_test.rb`). A rewrite that
 * gains a branch, a literal or a call the deleted code did not have is new behaviour, and a file
 * no test pairs with is asked about as before.
 */

const py = editsIn(["setup.py", "acme/__init__.py", "acme/render.py", "tests/__init__.py", "tests/test_render.py", "tests/test_other.py"]);
const pyUntested = editsIn(["setup.py", "acme/__init__.py", "acme/render.py", "tests/__init__.py", "tests/test_other.py"]);
const pyBase = [
  "def render(items):",
  "    out = []",
  "    for item in items:",
  "        if item.hidden:",
  "            continue",
  "        out.append(item.name.strip())",
  '    return ", ".join(out)',
];
// `render` renamed `render_names`, its loop's guard turned around.
const pyRenamed = (append = "names.append(item.name.strip())", condition = "not item.hidden") => [
  "def render_names(items):",
  "    names = []",
  "    for item in items:",
  `        if ${condition}:`,
  `            ${append}`,
  '    return ", ".join(names)',
];
// click's `ProgressBar.update`: a new public method made of lines its caller gave up is new API, not a rename.
const pyBar = [
  "class ProgressBar(object):",
  "    def make_step(self, n_steps):",
  "        self.pos += n_steps",
  "        if self.pos >= self.length:",
  "            self.finished = True",
  "",
  "    def next(self):",
  "        if self.finished:",
  "            raise StopIteration()",
  "        self.make_step(1)",
  "        self.render_progress()",
  "        return self.pos",
];
const pyBarUpdate = [
  ...pyBar.slice(0, 6),
  "    def update(self, n_steps):",
  "        self.make_step(n_steps)",
  "        self.render_progress()",
  "",
  ...pyBar.slice(6, 9),
  "        self.update(1)",
  "        return self.pos",
];

const rb = editsIn([
  "i18n.gemspec",
  "lib/i18n/backend/fallbacks.rb",
  "lib/i18n/locale/fallbacks.rb",
  "test/backend/fallbacks_test.rb",
  "test/locale/fallbacks_test.rb",
]);
const rbBase = [
  "module Fallbacks",
  "  def translate(locale, key, options = {})",
  "    default = extract_string_default!(options) if options[:default]",
  "    lookup(locale, key, default)",
  "  end",
  "",
  "  def extract_string_default!(options)",
  "    defaults = [options[:default]].flatten",
  "    if index = find_first_string_default(defaults)",
  "      options[:default] = defaults[0, index]",
  "      defaults[index]",
  "    end",
  "  end",
  "",
  "  def find_first_string_default(defaults)",
  "    defaults.each_with_index { |default, ix| return ix if default && !default.is_a?(Symbol) }",
  "    nil",
  "  end",
  "end",
];
const rbRenamed = (check = "!default.is_a?(Symbol)") => [
  "module Fallbacks",
  "  def translate(locale, key, options = {})",
  "    default = extract_non_symbol_default!(options) if options[:default]",
  "    lookup(locale, key, default)",
  "  end",
  "",
  "  def extract_non_symbol_default!(options)",
  "    defaults = [options[:default]].flatten",
  `    first = defaults.detect { |default| ${check} }`,
  "    if first",
  "      options[:default] = defaults[0, defaults.index(first)]",
  "    end",
  "    return first",
  "  end",
  "end",
];

const java = editsIn(["pom.xml", "src/main/java/a/Joiner.java", "src/test/java/a/JoinerTest.java"]);
const javaBase = [
  "public class Joiner {",
  "  public String join(List<String> parts) {",
  "    StringBuilder sb = new StringBuilder();",
  "    for (String p : parts) {",
  "      if (p == null) continue;",
  "      sb.append(p.trim());",
  "    }",
  "    return sb.toString();",
  "  }",
  "}",
];
// `join` renamed `joinTrimmed`, its loop rewritten with the same calls and branches.
const javaRenamed = (append = "sb.append(p.trim());") => [
  "public class Joiner {",
  "  public String joinTrimmed(List<String> parts) {",
  "    StringBuilder sb = new StringBuilder();",
  "    for (String part : parts) {",
  "      if (part != null) {",
  `        ${append.replace(/\bp\b/, "part")}`,
  "      }",
  "    }",
  "    return sb.toString();",
  "  }",
  "}",
];

const ts = editsIn(["package.json", "src/format.ts", "test/format.test.ts"]);
const tsBase = [
  "export function formatList(items: string[]): string {",
  "  const kept: string[] = [];",
  "  for (const x of items) {",
  "    if (x.length > 0) kept.push(x.trim());",
  "  }",
  '  return kept.join(", ");',
  "}",
];
const tsRenamed = (push = "out.push(x.trim())") => [
  "export function joinItems(items: string[]): string {",
  "  const out: string[] = [];",
  "  for (const x of items) {",
  `    if (x.length > 0) ${push};`,
  "  }",
  '  return out.join(", ");',
  "}",
];

const go = editsIn(["go.mod", "render/render.go", "render/render_test.go"]);
const goBase = [
  "package render",
  "",
  "func Names(items []Item) []string {",
  "\tout := []string{}",
  "\tfor _, it := range items {",
  "\t\tif it.Hidden {",
  "\t\t\tcontinue",
  "\t\t}",
  "\t\tout = append(out, it.Name)",
  "\t}",
  "\treturn out",
  "}",
];
const goRenamed = (condition = "!it.Hidden") => [
  "package render",
  "",
  "func VisibleNames(items []Item) []string {",
  "\tnames := []string{}",
  "\tfor _, it := range items {",
  `\t\tif ${condition} {`,
  "\t\t\tnames = append(names, it.Name)",
  "\t\t}",
  "\t}",
  "\treturn names",
  "}",
];

const kt = editsIn(["build.gradle.kts", "src/main/kotlin/a/Slugger.kt", "src/test/kotlin/a/SluggerTest.kt"]);
const ktBase = [
  "class Slugger {",
  "    fun slug(title: String): String {",
  "        val words = title.split(' ').filter { it.isNotBlank() }",
  '        return words.joinToString("-") { it.lowercase() }',
  "    }",
  "}",
];
// The filter moved into a private fun; then the same helper given two new branches (a fix inside it).
const ktHelper = (body: string[] = ["        return title.split(' ').filter { it.isNotBlank() }"]) => [
  "class Slugger {",
  "    fun slug(title: String): String {",
  "        val words = wordsOf(title)",
  '        return words.joinToString("-") { it.lowercase() }',
  "    }",
  "",
  "    private fun wordsOf(title: String): List<String> {",
  ...body,
  "    }",
  "}",
];
const ktFixed = ktHelper([
  "        if (title.isEmpty()) return emptyList()",
  "        val words = title.split(' ').filter { it.isNotBlank() }",
  "        return if (words.size > 8) words.take(8) else words",
]);

testRule("tests-required", {
  valid: [
    { name: "Python: a function renamed, its loop's guard turned around", ...py(["acme/render.py", pyBase, pyRenamed()]) },
    {
      name: "Ruby: a method renamed and rewritten with the deleted code's words (i18n's extract_non_symbol_default!)",
      ...rb(["lib/i18n/backend/fallbacks.rb", rbBase, rbRenamed()]),
    },
    { name: "Java: a method renamed, its loop rewritten with the same calls", ...java(["src/main/java/a/Joiner.java", javaBase, javaRenamed()]) },
    { name: "Kotlin: an expression moved into a private fun the tested function calls", ...kt(["src/main/kotlin/a/Slugger.kt", ktBase, ktHelper()]) },
    { name: "TypeScript: an exported function renamed, its local renamed", ...ts(["src/format.ts", tsBase, tsRenamed()]) },
    { name: "Go: an exported function renamed, its loop's guard turned around", ...go(["render/render.go", goBase, goRenamed()]) },
  ],
  invalid: [
    {
      name: "Python: the renamed function calls something the deleted code did not (new behaviour)",
      ...py(["acme/render.py", pyBase, pyRenamed("names.append(item.name.strip().lower())")]),
      findings: [{ messageId: "missingTests", path: "acme/render.py" }],
    },
    {
      name: "Python: the renamed function gains a branch (a fix inside it)",
      ...py(["acme/render.py", pyBase, pyRenamed(undefined, "not item.hidden and item.name")]),
      findings: [{ messageId: "missingTests", path: "acme/render.py" }],
    },
    {
      name: "Python: no test pairs with the file",
      ...pyUntested(["acme/render.py", pyBase, pyRenamed()]),
      findings: [{ messageId: "missingTests", path: "acme/render.py" }],
    },
    {
      name: "Python: a new public method made of its caller's lines, nothing renamed away (click's ProgressBar.update)",
      ...py(["acme/render.py", pyBar, pyBarUpdate]),
      findings: [{ messageId: "missingTests", path: "acme/render.py" }],
    },
    {
      name: "Ruby: the renamed method decides differently (a String check, not a Symbol one)",
      ...rb(["lib/i18n/backend/fallbacks.rb", rbBase, rbRenamed("default.is_a?(String) || default.respond_to?(:call)")]),
      findings: [{ messageId: "missingTests", path: "lib/i18n/backend/fallbacks.rb" }],
    },
    {
      name: "Java: the renamed method writes a literal the code never had",
      ...java(["src/main/java/a/Joiner.java", javaBase, javaRenamed('sb.append(p.trim()).append("None");')]),
      findings: [{ messageId: "missingTests", path: "src/main/java/a/Joiner.java" }],
    },
    {
      name: "Kotlin: a private helper that gains two branches is new behaviour, though private",
      ...kt(["src/main/kotlin/a/Slugger.kt", ktBase, ktFixed]),
      findings: [{ messageId: "missingTests", path: "src/main/kotlin/a/Slugger.kt" }],
    },
    {
      name: "TypeScript: the renamed function calls something new",
      ...ts(["src/format.ts", tsBase, tsRenamed("out.push(x.trim().toLowerCase())")]),
      findings: [{ messageId: "missingTests", path: "src/format.ts" }],
    },
    {
      name: "Go: the renamed function gains a branch",
      ...go(["render/render.go", goBase, goRenamed('!it.Hidden && it.Name != ""')]),
      findings: [{ messageId: "missingTests", path: "render/render.go" }],
    },
  ],
});
