import { changed } from "../helpers/base-head.js";
import { addedFile, change } from "../helpers/make-change.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { testRuleBeforeCalibration } from "../helpers/pre-calibration.js";

// Session 13 (#10): mathematics in a program's syntax (a notation heading, a formula kept with its derivation), an old
// commented line carried into a macro, a test suite's assets, and the on-switch of a helper. Each kept case has a twin that is still said.
const one = (path: string, lines: string[]) => change([addedFile(path, lines, 1, { status: "added" })]);
const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];

// ---- 1. a heading in mathematical notation ----
// rand 46e3d5858e src/distributions/ziggurat_tables.py:61 `# N(0, 1)` over `def norm_f(x):`, `# Exp(1)` over `def exp_f(x):`.
const TABLES = (heading: string, next: string) => ["# Distributions", heading, next, "    return exp(-x*x/2.0)"];
valid.push(
  {
    name: "Python: `# N(0, 1)` heads the function that computes it",
    change: one("src/distributions/ziggurat_tables.py", TABLES("# N(0, 1)", "def norm_f(x):")),
  },
  { name: "Rust: `// Exp(1)` heads a function", change: one("src/exp.rs", ["// Exp(1)", "fn exp_pdf(x: f64) -> f64 {", "    (-x).exp()", "}"]) },
);
invalid.push(
  {
    name: "Python: the same call over a statement is code",
    change: one("src/distributions/ziggurat_tables.py", TABLES("# N(0, 1)", "x = norm_f(1)")),
    findings: [{ messageId: "commentedOutLine", line: 2 }],
  },
  {
    name: "Python: a call with a variable over a function is code",
    change: one("src/distributions/ziggurat_tables.py", TABLES("# N(x, 1)", "def norm_f(x):")),
    findings: [{ messageId: "commentedOutLine", line: 2 }],
  },
);

// ---- 2. an equivalent formula kept with its derivation ----
// rand 33fe3c2582 rand_distr/src/normal.rs:271 `// let mu = F::from(0.5).unwrap() * (mean * mean / a).ln();`.
const LOGNORMAL = (derivation: string[]) => [
  "pub fn from_mean_cv(mean: F, cv: F) -> Result<LogNormal<F>, Error> {",
  ...derivation,
  "    let a = F::one() + cv * cv;",
  "    // let mu = F::from(0.5).unwrap() * (mean * mean / a).ln();",
  "    let mu = (mean / a.sqrt()).ln();",
  "    Ok(LogNormal::new(mu, a.ln().sqrt()))",
  "}",
];
valid.push(
  {
    name: "Rust: an equivalent formula for mu under the derivation",
    change: one("rand_distr/src/normal.rs", LOGNORMAL(["    // thus σ² = log(CV² + 1)", "    // and exp(μ) = E(X) / exp(σ² / 2) = E(X) / sqrt(CV² + 1)"])),
  },
  {
    name: "Python: an equivalent formula under its derivation",
    change: one("stats/lognormal.py", [
      "def mu_of(mean, cv):",
      "    # CV² = exp(σ²) - 1",
      "    # exp(μ) = E(X) / sqrt(CV² + 1)",
      "    a = 1 + cv * cv",
      "    # mu = 0.5 * log(mean * mean / a)",
      "    mu = log(mean / sqrt(a))",
      "    return mu",
    ]),
  },
);
invalid.push(
  {
    name: "Rust: the same line with no derivation above is a leftover",
    change: one("rand_distr/src/normal.rs", LOGNORMAL([])),
    findings: [{ messageId: "commentedOutLine", line: 3 }],
  },
  {
    name: "Python: a commented assignment of another name under the derivation is a leftover",
    change: one("stats/lognormal.py", [
      "def mu_of(mean, cv):",
      "    # CV² = exp(σ²) - 1",
      "    # exp(μ) = E(X) / sqrt(CV² + 1)",
      "    a = 1 + cv * cv",
      "    # sigma = sqrt(log(a))",
      "    mu = log(mean / sqrt(a))",
      "    return mu",
    ]),
    findings: [{ messageId: "commentedOutLine", line: 5 }],
  },
);

// ---- 3. an old commented line carried into a macro ----
// chrono 69d7a86c1c src/naive/time.rs:1267: `fn check` became `macro_rules! check`, its `//assert_eq!(rhs + lhs, sum);` with it.
const FN_CHECK = ["fn check(lhs: T, rhs: D, sum: T) {", "    assert_eq!(lhs + rhs, sum);", "    //assert_eq!(rhs + lhs, sum);", "}"].join("\n");
const MACRO_CHECK = (commented: string) =>
  ["macro_rules! check {", "    ($lhs:expr, $rhs:expr, $sum:expr) => ({", "        assert_eq!($lhs + $rhs, $sum);", `        ${commented}`, "    })", "}"].join(
    "\n",
  );
valid.push({
  name: "Rust: the commented assertion carried into the macro, `$` on its names",
  ...changed("src/naive/time.rs", FN_CHECK, MACRO_CHECK("//assert_eq!($rhs + $lhs, $sum);")),
});
invalid.push({
  name: "Rust: a new commented assertion in the macro is still said",
  ...changed("src/naive/time.rs", FN_CHECK, MACRO_CHECK("//assert_ne!($lhs - $rhs, $zero);")),
  findings: [{ messageId: "commentedOutLine", line: 4 }],
});

// ---- 4. a test suite's assets ----
// roda 147243913a spec/assets/js/head/comment_2.js: `/* a = 1; */`, which the assets spec asserts the compiled file holds.
valid.push({ name: "JavaScript: a commented line in a spec's asset", change: one("spec/assets/js/head/comment_2.js", ["/*", "a = 1;", "*/"]) });
invalid.push({
  name: "JavaScript: the same comment in the app's own assets is said",
  change: one("app/assets/js/head/comment_2.js", ["/*", "a = 1;", "*/"]),
  findings: [{ messageId: "commentedOutLine", line: 2 }],
});

// ---- 5. the on-switch of a helper the file defines and calls nowhere else ----
// loguru 9b9bf86581 tests/test_exceptions_formatting.py:75 `# generate(stderr, outpath)`, beside `def generate(output, outpath):`
// ("Generate new output file if exception formatting is updated").
const GOLDEN = (alsoCalled: boolean) =>
  [
    "def generate(output, outpath):",
    '    """Generate new output file if exception formatting is updated"""',
    '    with open(outpath, "w") as file:',
    "        file.write(output)",
    "",
    "def test_formatting(filename):",
    "    stderr = run(filename)",
    ...(alsoCalled ? ["    generate(stderr, filename + '.bak')"] : []),
    "    # generate(stderr, outpath)",
    "    assert stderr == read(outpath)",
  ].join("\n");
valid.push({ name: "Python: the commented call is the only call of the file's golden-file generator", ...changed("tests/test_format.py", "", GOLDEN(false)) });
invalid.push({
  name: "Python: a helper the file also calls live: the commented call is a step taken out",
  ...changed("lib/format_check.py", "", GOLDEN(true)),
  findings: [{ messageId: "commentedOutLine", line: 9 }],
});
valid.push({
  name: "Java: the commented call is the only call of the class's regenerating method",
  ...changed(
    "src/test/java/FormatTest.java",
    "",
    [
      "class FormatTest {",
      "  void regenerate(String out) {",
      "    write(out);",
      "  }",
      "  @Test",
      "  void format() {",
      "    // regenerate(out);",
      "    assertEquals(expected, out);",
      "  }",
      "}",
    ].join("\n"),
  ),
});
invalid.push({
  name: "Java: a commented call of a method defined elsewhere is still said",
  ...changed(
    "src/main/java/Format.java",
    "",
    ["class Format {", "  void format() {", "    // regenerate(out);", "    write(expected, out);", "  }", "}"].join("\n"),
  ),
  findings: [{ messageId: "commentedOutLine", line: 3 }],
});

testRuleBeforeCalibration("no-commented-out-code", { valid, invalid });
