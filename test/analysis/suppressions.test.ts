import { suppressedFor, type StructuralRule } from "../../src/analysis/suppressions.js";

/** The function starts on the line holding `@@`; the lines above it are its preamble. */
function check(rule: StructuralRule, text: string[]): boolean {
  const start = text.findIndex((l) => l.includes("@@")) + 1;
  return suppressedFor(rule, text, { start, end: text.length });
}

describe("suppressedFor", () => {
  const cases: Array<[string, StructuralRule, string[]]> = [
    ["ESLint next-line, complexity", "max-complexity", ["// eslint-disable-next-line complexity", "function f() { // @@"]],
    ["ESLint region", "max-complexity", ["/* eslint-disable complexity */", "const a = 1;", "function f() { // @@"]],
    ["ESLint, length", "max-function-length", ["// eslint-disable-next-line max-lines-per-function", "function f() { // @@"]],
    ["ESLint, depth", "max-nesting-depth", ["// eslint-disable-next-line max-depth", "function f() { // @@"]],
    ["flake8 noqa C901 on the def", "max-complexity", ["def f(x):  # noqa: C901 @@"]],
    ["pylint too-many-statements", "max-function-length", ["def f(x):  # pylint: disable=too-many-statements @@"]],
    ["Sonar", "max-nesting-depth", ["void f() { // NOSONAR @@"]],
    ["Java @SuppressWarnings", "max-complexity", ['@SuppressWarnings("checkstyle:CyclomaticComplexity")', "@Override", "public void f() { // @@"]],
    ["PHPMD in a docblock", "max-complexity", ["/**", " * @SuppressWarnings(PHPMD.NPathComplexity)", " */", "function f() { // @@"]],
    ["Kotlin detekt", "max-function-length", ['@Suppress("LongMethod")', "fun f() { // @@"]],
    ["Clippy cognitive_complexity", "max-complexity", ["#[allow(clippy::cognitive_complexity)]", "fn f() { // @@"]],
    ["Clippy too_many_lines", "max-function-length", ["#[allow(clippy::too_many_lines)]", "fn f() { // @@"]],
    ["golangci-lint", "max-complexity", ["//nolint:gocognit,gocyclo // a state machine", "func f() { // @@"]],
    ["golangci-lint nestif", "max-nesting-depth", ["func f() { //nolint:nestif @@"]],
    ["RuboCop on the def", "max-function-length", ["def f # rubocop:disable Metrics/MethodLength @@"]],
    ["RuboCop region", "max-complexity", ["# rubocop:disable Metrics/PerceivedComplexity", "def f # @@"]],
    ["C# SuppressMessage", "max-complexity", ['[SuppressMessage("Microsoft.Maintainability", "CA1502:AvoidExcessiveComplexity")]', "void F() { // @@"]],
  ];
  it.each(cases)("%s: quiet for %s", (_, rule, text) => expect(check(rule, text)).toBe(true));

  const loud: Array<[string, StructuralRule, string[]]> = [
    ["a suppression for another check", "max-function-length", ["// eslint-disable-next-line complexity", "function f() { // @@"]],
    ["a length suppression is not one for complexity", "max-complexity", ["#[allow(clippy::too_many_lines)]", "fn f() { // @@"]],
    [
      "a region enabled again",
      "max-complexity",
      ["# rubocop:disable Metrics/PerceivedComplexity", "# rubocop:enable Metrics/PerceivedComplexity", "def f # @@"],
    ],
    ["a suppression above code that is not the preamble", "max-complexity", ["// eslint-disable-next-line complexity", "const a = 1;", "function f() { // @@"]],
    ["no suppression", "max-nesting-depth", ["/** Adds. */", "function f() { // @@"]],
  ];
  it.each(loud)("%s: not quiet for %s", (_, rule, text) => expect(check(rule, text)).toBe(false));
});
