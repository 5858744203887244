import { changed } from "../helpers/base-head.js";
import { addedFile, change } from "../helpers/make-change.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { testRule, withOptions } from "../helpers/rule-tester.js";
import { branchyBody, range, SAMPLES, type Sample } from "../syntax/samples.js";
import { loadConfig } from "../../src/config/load-config.js";
import { runReview } from "../../src/engine/run-review.js";
import type { CollectedNeeds } from "../../src/engine/rule.js";
import { emptyLookups } from "../../src/engine/rule.js";
import { testRuleBeforeCalibration } from "../helpers/pre-calibration.js";

/**
 * When a project enforces a function-length, complexity or nesting limit with its own linter, that
 * limit and its exclusions are the project's decision (#10, session 14): Exposed's detekt config
 * sets `LongMethod: threshold: 90`, and its 66- and 74-line functions were judged "well inside the
 * project's limit". The linter's limit only raises the rule's default; an explicit `max` wins.
 */
const withConfigs = (c: ReturnType<typeof changed>, configs: Record<string, string>) => ({
  ...c,
  lookups: { ...c.lookups, fileContents: new Map([...c.lookups.fileContents, ...Object.entries(configs)]) },
});
const sample = (lang: string) => SAMPLES.find((s) => s.lang === lang)!;
/** A config that sets nothing the rule counts: the rule's default limit is said. */
const defaultStands = (name: string, c: ReturnType<typeof changed>, configs: Record<string, string>, messageId: string, max: number): InvalidCase => ({
  name,
  ...withConfigs(c, configs),
  findings: [{ messageId, data: { max } }],
});

/** Ruby's sample branch is a modifier `if`, which nests nothing (a flat list of statements is not judged): a one-line `if … then … end` does. */
const body = (s: Sample) => (s.lang === "Ruby" ? range(80, (i) => (i % 4 === 0 ? `  if x == ${i} then x = ${i} end` : s.stmt(i))) : branchyBody(s, 80));
/** A new function of 80 lines of code (one branch every fourth), over the default 60 by far. */
const longFn = (s: Sample) => changed(s.path, undefined, s.file("loader", body(s)));

/** Each language's linter config setting the function-length limit to `n`, and where the finding says it came from. */
const LENGTH_CONFIGS: Array<{ lang: string; configs: (n: number) => Record<string, string>; from: string }> = [
  {
    lang: "Java",
    configs: (n) => ({ "checkstyle.xml": `<module name="MethodLength">\n  <property name="max" value="${n}"/>\n</module>` }),
    from: "MethodLength in checkstyle.xml",
  },
  { lang: "Kotlin", configs: (n) => ({ "detekt.yml": `complexity:\n  LongMethod:\n    threshold: ${n}\n` }), from: "LongMethod in detekt.yml" },
  { lang: "Ruby", configs: (n) => ({ ".rubocop.yml": `Metrics/MethodLength:\n  Max: ${n}\n` }), from: "Metrics/MethodLength in .rubocop.yml" },
  {
    lang: "Go",
    configs: (n) => ({ ".golangci.yml": `linters:\n  enable: [funlen]\nlinters-settings:\n  funlen:\n    lines: ${n}\n` }),
    from: "funlen in .golangci.yml",
  },
  { lang: "Rust", configs: (n) => ({ "clippy.toml": `too-many-lines-threshold = ${n}\n` }), from: "too-many-lines-threshold in clippy.toml" },
  { lang: "Python", configs: (n) => ({ ".pylintrc": `[DESIGN]\nmax-statements = ${n}\n` }), from: "max-statements in .pylintrc" },
];

const length = { valid: [] as ValidCase[], invalid: [] as InvalidCase[] };
for (const { lang, configs, from } of LENGTH_CONFIGS) {
  const s = sample(lang);
  length.valid.push({ name: `${lang}: a function within the linter's limit of 100 gives nothing`, ...withConfigs(longFn(s), configs(100)) });
  length.invalid.push({
    name: `${lang}: over the linter's limit of 70, the finding names it and where it came from`,
    ...withConfigs(longFn(s), configs(70)),
    findings: [{ messageId: "tooLong", data: { name: "loader", max: `70, from ${from}` } }],
  });
  length.invalid.push({
    name: `${lang}: a linter's limit below the default never lowers it (the default is said)`,
    ...withConfigs(longFn(s), configs(30)),
    findings: [{ messageId: "tooLong", data: { name: "loader", max: 60 } }],
  });
  length.invalid.push({
    name: `${lang}: an explicit max in rules.yml wins over the linter's limit`,
    ...withConfigs(longFn(s), configs(100)),
    options: { max: 60 },
    findings: [{ messageId: "tooLong", data: { name: "loader", max: 60 } }],
  });
}

/** Each language's linter config that leaves `path` out of the matching check. */
const EXCLUSIONS: Array<{ lang: string; name: string; configs: Record<string, string> }> = [
  {
    lang: "Java",
    name: "the pom's maven-checkstyle-plugin <excludes> (handlebars.java's **/Parser*)",
    configs: {
      "pom.xml":
        "<project><build><plugins><plugin><artifactId>maven-checkstyle-plugin</artifactId><configuration><excludes>**/A*,**/Parboiled*</excludes></configuration></plugin></plugins></build></project>",
      "checkstyle.xml": '<module name="MethodLength"/>',
    },
  },
  {
    lang: "Java",
    name: "a suppressions file the pom names, for MethodLength",
    configs: {
      "pom.xml":
        "<project><build><plugins><plugin><artifactId>maven-checkstyle-plugin</artifactId><configuration><suppressionsLocation>checkstyle-suppressions.xml</suppressionsLocation></configuration></plugin></plugins></build></project>",
      "checkstyle-suppressions.xml": '<suppressions><suppress checks="MethodLength|LineLength" files="[\\\\/]A\\.java$"/></suppressions>',
    },
  },
  {
    lang: "Java",
    name: "the pom's <sourceDirectories> leave the file out",
    configs: {
      "pom.xml":
        "<project><build><plugins><plugin><artifactId>maven-checkstyle-plugin</artifactId><configuration><sourceDirectories><sourceDirectory>${project.basedir}/src/main/other</sourceDirectory></sourceDirectories></configuration></plugin></plugins></build></project>",
    },
  },
  {
    lang: "Kotlin",
    name: "detekt's excludes on LongMethod",
    configs: { "detekt.yml": "complexity:\n  LongMethod:\n    threshold: 60\n    excludes: ['**/main/**']\n" },
  },
  { lang: "Kotlin", name: "detekt's excludes on the complexity rule set", configs: { "detekt.yml": "complexity:\n  excludes: '**/kotlin/**'\n" } },
  { lang: "Ruby", name: "RuboCop's AllCops Exclude", configs: { ".rubocop.yml": "AllCops:\n  Exclude:\n    - 'lib/**/*'\n" } },
  {
    lang: "Ruby",
    name: "RuboCop's Exclude on Metrics/MethodLength in the todo file it inherits",
    configs: { ".rubocop.yml": "inherit_from: .rubocop_todo.yml\n", ".rubocop_todo.yml": "Metrics/MethodLength:\n  Max: 20\n  Exclude:\n    - 'lib/a.rb'\n" },
  },
  { lang: "Go", name: "golangci's exclude-dirs", configs: { ".golangci.yml": "issues:\n  exclude-dirs:\n    - ^pkg$\n" } },
  {
    lang: "Go",
    name: "golangci's exclude-rules for funlen on the path",
    configs: { ".golangci.yml": "issues:\n  exclude-rules:\n    - path: a\\.go\n      linters: [funlen]\n" },
  },
];
for (const { lang, name, configs } of EXCLUSIONS)
  length.valid.push({ name: `${lang}: a file the linter excludes is not judged: ${name}`, ...withConfigs(longFn(sample(lang)), configs) });

length.invalid.push(
  defaultStands(
    "Java: checkstyle's excludes that do not match the file leave it judged",
    longFn(sample("Java")),
    {
      "pom.xml":
        "<project><build><plugins><plugin><artifactId>maven-checkstyle-plugin</artifactId><configuration><excludes>**/Parser*</excludes></configuration></plugin></plugins></build></project>",
    },
    "tooLong",
    60,
  ),
  defaultStands(
    "Java: a suppression of other checks leaves the file judged",
    longFn(sample("Java")),
    {
      "pom.xml":
        "<project><build><plugins><plugin><artifactId>maven-checkstyle-plugin</artifactId><configuration><suppressionsLocation>checkstyle-suppressions.xml</suppressionsLocation></configuration></plugin></plugins></build></project>",
      "checkstyle-suppressions.xml": '<suppressions><suppress checks="JavadocMethod" files=".*"/></suppressions>',
    },
    "tooLong",
    60,
  ),
  defaultStands(
    "Kotlin: an unreadable detekt config says nothing (the default stands)",
    longFn(sample("Kotlin")),
    { "detekt.yml": "complexity:\n  LongMethod: [threshold: 100\n" },
    "tooLong",
    60,
  ),
  defaultStands(
    "Kotlin: LongMethod switched off sets no limit and excludes nothing",
    longFn(sample("Kotlin")),
    { "detekt.yml": "complexity:\n  LongMethod:\n    active: false\n    threshold: 100\n    excludes: ['**']\n" },
    "tooLong",
    60,
  ),
  defaultStands(
    "Go: funlen's setting counts only where funlen is enabled",
    longFn(sample("Go")),
    { ".golangci.yml": "linters-settings:\n  funlen:\n    lines: 100\n" },
    "tooLong",
    60,
  ),
  defaultStands(
    "Ruby: RuboCop with Metrics/MethodLength disabled is not an exclusion",
    longFn(sample("Ruby")),
    { ".rubocop.yml": "Metrics/MethodLength:\n  Enabled: false\n" },
    "tooLong",
    60,
  ),
);

testRule("max-function-length", length);

/** Blocks nested `depth` deep, `n` times: each costs 1 + 2 + … + depth. */
const nests = (s: Sample, depth: number, n: number) => range(n, () => s.nest(depth).join("\n"));
/** A new function of cognitive complexity 34: over the default 20, and longer than one screen (a short one is read at once). */
const tangled = (s: Sample) =>
  changed(s.path, undefined, s.file("tangled", [...nests(s, 4, 3), ...range(4, (i) => s.branch(i)), ...range(36, (i) => s.stmt(300 + i))]));

const COMPLEXITY_CONFIGS: Array<{ lang: string; configs: (n: number) => Record<string, string>; from: string }> = [
  {
    lang: "Kotlin",
    configs: (n) => ({ "detekt.yml": `complexity:\n  CognitiveComplexMethod:\n    active: true\n    threshold: ${n}\n` }),
    from: "CognitiveComplexMethod in detekt.yml",
  },
  {
    lang: "Kotlin",
    configs: (n) => ({ "detekt.yml": `complexity:\n  CyclomaticComplexMethod:\n    threshold: ${n}\n` }),
    from: "CyclomaticComplexMethod in detekt.yml",
  },
  {
    lang: "Ruby",
    configs: (n) => ({ ".rubocop.yml": `Metrics/PerceivedComplexity:\n  Max: ${n}\nMetrics/CyclomaticComplexity:\n  Max: 12\n` }),
    from: "Metrics/PerceivedComplexity in .rubocop.yml",
  },
  {
    lang: "Java",
    configs: (n) => ({ "checkstyle.xml": `<module name="CyclomaticComplexity"><property name="max" value="${n}"/></module>` }),
    from: "CyclomaticComplexity in checkstyle.xml",
  },
  {
    lang: "Go",
    configs: (n) => ({ ".golangci.yml": `linters:\n  enable:\n    - gocognit\nlinters-settings:\n  gocognit:\n    min-complexity: ${n}\n` }),
    from: "gocognit in .golangci.yml",
  },
  {
    lang: "Python",
    configs: (n) => ({ "pyproject.toml": `[tool.ruff.lint]\nselect = ["E", "C90"]\n[tool.ruff.lint.mccabe]\nmax-complexity = ${n}\n` }),
    from: "max-complexity in pyproject.toml",
  },
];

const complexity = { valid: [] as ValidCase[], invalid: [] as InvalidCase[] };
for (const { lang, configs, from } of COMPLEXITY_CONFIGS) {
  const s = sample(lang);
  complexity.valid.push({ name: `${lang}: within the linter's complexity limit of 40 (${from}) gives nothing`, ...withConfigs(tangled(s), configs(40)) });
  complexity.invalid.push({
    name: `${lang}: over the linter's limit of 30 (${from}), the finding names it`,
    ...withConfigs(tangled(s), configs(30)),
    findings: [{ messageId: "tooComplex", data: { name: "tangled", complexity: 34, max: `30, from ${from}` } }],
  });
}
complexity.invalid.push(
  defaultStands(
    "Python: Ruff's mccabe setting counts only where C901 is selected",
    tangled(sample("Python")),
    { "pyproject.toml": '[tool.ruff.lint]\nselect = ["E"]\n[tool.ruff.lint.mccabe]\nmax-complexity = 40\n' },
    "tooComplex",
    20,
  ),
  defaultStands(
    "Kotlin: CognitiveComplexMethod is inactive unless the config activates it",
    tangled(sample("Kotlin")),
    { "detekt.yml": "complexity:\n  CognitiveComplexMethod:\n    threshold: 40\n" },
    "tooComplex",
    20,
  ),
);
// The tangled function nests four deep under twice its limit: shallow_margin 0 keeps these about the limit itself (session 18).
testRule("max-complexity", withOptions(complexity, { shallow_margin: 0 }));

/** A new function nesting 6 deep: over the default 4. */
const deep = (s: Sample) => changed(s.path, undefined, s.file("deep", [...s.nest(6), ...range(8, (i) => s.stmt(i))]));
const NESTING_CONFIGS: Array<{ lang: string; configs: (n: number) => Record<string, string>; from: string; said: (n: number) => number }> = [
  {
    lang: "Kotlin",
    configs: (n) => ({ "detekt.yml": `complexity:\n  NestedBlockDepth:\n    threshold: ${n}\n` }),
    from: "NestedBlockDepth in detekt.yml",
    said: (n) => n,
  },
  { lang: "Ruby", configs: (n) => ({ ".rubocop.yml": `Metrics/BlockNesting:\n  Max: ${n}\n` }), from: "Metrics/BlockNesting in .rubocop.yml", said: (n) => n },
  // checkstyle's NestedIfDepth counts the ifs inside the first: its max 5 is a depth of 6.
  {
    lang: "Java",
    configs: (n) => ({ "checkstyle.xml": `<module name="NestedIfDepth"><property name="max" value="${n - 1}"/></module>` }),
    from: "NestedIfDepth in checkstyle.xml",
    said: (n) => n,
  },
  {
    lang: "Python",
    configs: (n) => ({ "pyproject.toml": `[tool.pylint.design]\nmax-nested-blocks = ${n}\n` }),
    from: "max-nested-blocks in pyproject.toml",
    said: (n) => n,
  },
];
const nesting = { valid: [] as ValidCase[], invalid: [] as InvalidCase[] };
for (const { lang, configs, from, said } of NESTING_CONFIGS) {
  const s = sample(lang);
  nesting.valid.push({ name: `${lang}: within the linter's depth of 6 (${from}) gives nothing`, ...withConfigs(deep(s), configs(6)) });
  nesting.invalid.push({
    name: `${lang}: past the linter's depth of 5 (${from}), the finding names it`,
    ...withConfigs(deep(s), configs(5)),
    findings: [{ messageId: "tooDeep", data: { name: "deep", depth: 6, max: `${said(5)}, from ${from}` } }],
  });
}
testRuleBeforeCalibration("max-nesting-depth", nesting);

describe("the linter configs are asked for in the review's one batch of file texts", () => {
  const review = (yaml: string) => {
    const { config } = loadConfig(yaml, "rules.yml");
    for (const [id, setting] of Object.entries(config!.rules)) if (!id.startsWith("max-") || id === "max-line-length") setting.severity = "off";
    return config!;
  };
  const files = [addedFile("exposed-core/src/main/kotlin/H2.kt", ["fun a() {", "}"]), addedFile("lib/a.rb", ["def a", "end"])];

  it("asks once, with the head texts and the configs of each file's folders up to the root (none inside src/)", async () => {
    const asked: CollectedNeeds[] = [];
    await runReview(change(files), review("{}"), async (needs) => (asked.push(needs), emptyLookups()));
    expect(asked).toHaveLength(1);
    expect(asked[0].fileContents).toEqual(
      expect.arrayContaining([
        "exposed-core/detekt.yml",
        "detekt.yml",
        "detekt/detekt-config.yml",
        "config/detekt/detekt.yml",
        "lib/.rubocop.yml",
        ".rubocop.yml",
        ".rubocop_todo.yml",
      ]),
    );
    expect(asked[0].fileContents.filter((p) => p.includes("src/") && !p.endsWith(".kt"))).toEqual([]);
  });

  it("asks for none when every structural rule sets its max", async () => {
    const asked: CollectedNeeds[] = [];
    const yaml = "rules:\n  max-function-length: { max: 60 }\n  max-complexity: { max: 20 }\n  max-nesting-depth: { max: 4 }\n";
    await runReview(change(files), review(yaml), async (needs) => (asked.push(needs), emptyLookups()));
    expect(asked.flatMap((n) => n.fileContents).filter((p) => /detekt|rubocop/.test(p))).toEqual([]);
  });
});
