import { editsIn } from "../helpers/edits.js";
import { testRule } from "../helpers/rule-tester.js";

/**
 * Session 19 (#11): `min_new_decisions` keeps quiet about new code that decides nothing, unless a
 * file adds at least `new_api_functions` new public functions (off by default: set 19's judges
 * agreed with 4 of the 15 findings it added; these cases set it to 2), overloads counted apart: new API
 * (arrow's six `forEachAccumulating` overloads, resilience4j's new metrics collector, markupsafe's
 * `partition`/`rpartition`: judged agree), not plumbing. One new function, or private ones, stay quiet.
 */
const lines = (...l: string[]) => l;

// Kotlin: new overloads that pass their arguments on.
const ktBase = lines("package arrow.core", "", "public fun <A> Iterable<A>.firstOrNone(): Option<A> = firstOrNull().toOption()");
const ktHead = (visibility: string) =>
  lines(
    ...ktBase,
    "",
    `${visibility}fun <E, A> Raise<E>.forEachAccumulating(iterable: Iterable<A>, block: (A) -> Unit) {`,
    "  val errors = mutableListOf<E>()",
    "  val scope = RaiseAccumulate(this, errors)",
    "  iterable.forEach { scope.block(it) }",
    "  errors.toNonEmptyListOrNull()?.let(::raise)",
    "}",
    "",
    `${visibility}fun <E, A> Raise<E>.forEachAccumulating(sequence: Sequence<A>, block: (A) -> Unit) {`,
    "  val errors = mutableListOf<E>()",
    "  val scope = RaiseAccumulate(this, errors)",
    "  sequence.forEach { scope.block(it) }",
    "  errors.toNonEmptyListOrNull()?.let(::raise)",
    "}",
  );
const kt = editsIn(["build.gradle.kts", "src/main/kotlin/arrow/core/Raise.kt", "src/test/kotlin/arrow/core/RaiseTest.kt"]);

// TypeScript: two new exported builders.
const tsBase = lines("export function total(items: Item[]): number {", "  return sum(items.map((i) => i.price));", "}");
const tsHead = (exported: string) =>
  lines(
    ...tsBase,
    "",
    `${exported}function receipt(items: Item[], customer: Customer): Receipt {`,
    "  const rows = items.map((i) => formatLine(i, customer.locale));",
    "  return new Receipt(customer.id, rows, formatFooter(total(items), customer.currency));",
    "}",
    "",
    `${exported}function invoice(items: Item[], customer: Customer): Invoice {`,
    "  const receipt = receiptOf(items, customer);",
    "  return new Invoice(customer.id, receipt, customer.address);",
    "}",
  );
const ts = editsIn(["package.json", "src/cart.ts", "src/cart.test.ts"]);

// Java: a new collector class, public methods that register and describe.
const javaHead = lines(
  "package acme.metrics;",
  "",
  "public class PoolMetricsCollector extends Collector {",
  "  private final PoolRegistry registry;",
  "",
  "  private PoolMetricsCollector(PoolRegistry registry) {",
  "    this.registry = registry;",
  "  }",
  "",
  "  public static PoolMetricsCollector ofRegistry(PoolRegistry registry) {",
  "    return new PoolMetricsCollector(registry);",
  "  }",
  "",
  "  public List<MetricFamilySamples> collect() {",
  "    GaugeMetricFamily size = new GaugeMetricFamily(NAME, HELP, LABELS);",
  "    registry.getAll().forEach(pool -> size.addMetric(List.of(pool.getName()), pool.size()));",
  "    return List.of(size);",
  "  }",
  "",
  "  public List<MetricFamilySamples> describe() {",
  "    GaugeMetricFamily size = new GaugeMetricFamily(NAME, HELP, LABELS);",
  "    size.setUnit(UNIT);",
  "    return List.of(size);",
  "  }",
  "}",
);
const java = editsIn(["pom.xml", "src/main/java/acme/metrics/PoolMetricsCollector.java", "src/test/java/acme/metrics/QueueMetricsCollectorTest.java"]);

// Python: two new public methods that build strings.
const pyBase = lines("class Markup(str):", "    def join(self, seq):", "        return self.__class__(str.join(self, map(escape, seq)))");
const pyHead = lines(
  ...pyBase,
  "",
  "    def partition(self, sep):",
  "        escaped = self.escape(sep)",
  "        parts = str.partition(self, escaped)",
  "        return tuple(map(self.__class__, parts))",
  "",
  "    def rpartition(self, sep):",
  "        escaped = self.escape(sep)",
  "        parts = str.rpartition(self, escaped)",
  "        return tuple(map(self.__class__, parts))",
);
const pyPrivate = lines(
  ...pyBase,
  "",
  "    def _partition(self, sep):",
  "        escaped = self.escape(sep)",
  "        parts = str.partition(self, escaped)",
  "        return tuple(map(self.__class__, parts))",
  "",
  "    def _rpartition(self, sep):",
  "        escaped = self.escape(sep)",
  "        parts = str.rpartition(self, escaped)",
  "        return tuple(map(self.__class__, parts))",
);
const py = editsIn(["setup.py", "markupsafe/__init__.py", "tests/test_markupsafe.py"]);

testRule("tests-required", {
  valid: [
    { name: "TypeScript: two new functions the module keeps to itself", options: { new_api_functions: 2 }, ...ts(["src/cart.ts", tsBase, tsHead("")]) },
    { name: "TypeScript: by default (0) two new exported functions that decide nothing stay quiet", ...ts(["src/cart.ts", tsBase, tsHead("export ")]) },
    {
      name: "Kotlin: two new internal overloads (the module's own)",
      options: { new_api_functions: 2 },
      ...kt(["src/main/kotlin/arrow/core/Raise.kt", ktBase, ktHead("internal ")]),
    },
    {
      name: "Kotlin: two new private overloads",
      options: { new_api_functions: 2 },
      ...kt(["src/main/kotlin/arrow/core/Raise.kt", ktBase, ktHead("private ")]),
    },
    { name: "Python: two new private methods", options: { new_api_functions: 2 }, ...py(["markupsafe/__init__.py", pyBase, pyPrivate]) },
    {
      name: "TypeScript: new_api_functions 0 lets min_new_decisions silence new API too",
      options: { new_api_functions: 0 },
      ...ts(["src/cart.ts", tsBase, tsHead("export ")]),
    },
    {
      name: "Kotlin: new_api_functions 0 lets min_new_decisions silence the overloads",
      options: { new_api_functions: 0 },
      ...kt(["src/main/kotlin/arrow/core/Raise.kt", ktBase, ktHead("public ")]),
    },
    {
      name: "Java: new_api_functions 0 lets min_new_decisions silence the new class",
      options: { new_api_functions: 0 },
      ...java(["src/main/java/acme/metrics/PoolMetricsCollector.java", undefined, javaHead]),
    },
    {
      name: "Python: new_api_functions 3 asks only for three or more",
      options: { new_api_functions: 3 },
      ...py(["markupsafe/__init__.py", pyBase, pyHead]),
    },
  ],
  invalid: [
    {
      name: "Kotlin: two new public overloads that decide nothing: asked",
      options: { new_api_functions: 2 },
      ...kt(["src/main/kotlin/arrow/core/Raise.kt", ktBase, ktHead("public ")]),
      findings: [{ messageId: "missingTests", path: "src/main/kotlin/arrow/core/Raise.kt" }],
    },
    {
      name: "Kotlin: public by default",
      options: { new_api_functions: 2 },
      ...kt(["src/main/kotlin/arrow/core/Raise.kt", ktBase, ktHead("")]),
      findings: [{ messageId: "missingTests", path: "src/main/kotlin/arrow/core/Raise.kt" }],
    },
    {
      name: "TypeScript: two new exported functions that decide nothing: asked",
      options: { new_api_functions: 2 },
      ...ts(["src/cart.ts", tsBase, tsHead("export ")]),
      findings: [{ messageId: "missingTests", path: "src/cart.ts" }],
    },
    {
      name: "Java: a new class with two public methods that decide nothing: asked",
      options: { new_api_functions: 2 },
      ...java(["src/main/java/acme/metrics/PoolMetricsCollector.java", undefined, javaHead]),
      findings: [{ messageId: "missingTests", path: "src/main/java/acme/metrics/PoolMetricsCollector.java" }],
    },
    {
      name: "Python: two new public methods that decide nothing: asked",
      options: { new_api_functions: 2 },
      ...py(["markupsafe/__init__.py", pyBase, pyHead]),
      findings: [{ messageId: "missingTests", path: "markupsafe/__init__.py" }],
    },
  ],
});
