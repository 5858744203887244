import { syntaxLanguageOf } from "../syntax/grammars.js";
import { CHECKSTYLE_SUPPRESSIONS, checkstyleModule, checkstyleSkips } from "./checkstyle-scope.js";
import { ancestors, join, nearestConfig, relativeTo } from "./config-folders.js";
import { detektExcludes, detektRule } from "./detekt-config.js";
import { CHECKSTYLE_FILES, checkstyleChecks, DETEKT_FILES, iniSections, ruffPicks, tomlNumber } from "./formatter-width.js";
import { golangciExcludes, golangciLinter } from "./golangci-config.js";
import { rubocopSettings } from "./rubocop-config.js";
import type { StructuralRule } from "./suppressions.js";
import { widthValue } from "./yaml-config.js";

/**
 * When a project enforces a function-length, complexity or nesting limit with its own linter,
 * that limit and its exclusions are the project's decision (#10): Exposed's detekt config sets
 * `LongMethod: threshold: 90`, and judges called its 66- and 74-line functions "well inside the
 * project's limit". So, for the structural rules, when rules.yml sets no `max`:
 *
 * - a file the linter keeps out of the matching check (RuboCop's `Exclude:`, detekt's `excludes:`,
 *   a pom's checkstyle `<excludes>` or a suppressions file, golangci's excluded paths) is not judged;
 * - a function within the linter's limit gives nothing, even over Bottomline's default.
 *
 * The units differ (RuboCop and detekt count lines their own way, pylint counts statements,
 * cyclomatic is not cognitive), so the linter's number only ever raises Bottomline's limit, never
 * lowers it: a stricter linter already fails the project's CI, and a function it lets pass was
 * accepted by the team. The config files are read at head; one that cannot be read says nothing.
 */
export type LinterLimit = { max: number; from: string } | { excluded: string };

/** The configs of each language's linters, by the names the structural limits read. */
const CONFIGS: Record<string, string[]> = {
  java: [...CHECKSTYLE_FILES, "pom.xml", "build.gradle", "build.gradle.kts", ...CHECKSTYLE_SUPPRESSIONS],
  kotlin: DETEKT_FILES,
  ruby: [".rubocop.yml", ".rubocop_todo.yml"],
  go: [".golangci.yml", ".golangci.yaml"],
  rust: ["clippy.toml", ".clippy.toml"],
  python: ["pyproject.toml", ".pylintrc", "pylintrc", "ruff.toml", ".ruff.toml"],
};

/**
 * The config files that may set this file's structural limits: the linter configs of its
 * language in its folder and each one above, except folders inside a source tree (`src/…`), where
 * no build keeps its linter config. What a structural rule asks the source for with the file texts.
 */
export function linterConfigPaths(path: string): string[] {
  const names = CONFIGS[syntaxLanguageOf(path) ?? ""] ?? [];
  if (names.length === 0) return [];
  return configFolders(path).flatMap((dir) => names.map((name) => join(dir, name)));
}

const configFolders = (path: string) => ancestors(path).filter((dir) => !/(^|\/)src(\/|$)/.test(dir));

/** What the project's linter says of `rule` for this file: a limit above none, its exclusion, or undefined (nothing, or nothing readable). */
export function linterLimit(rule: StructuralRule, path: string, texts: Map<string, string>): LinterLimit | undefined {
  const read = READERS[syntaxLanguageOf(path) ?? ""];
  return read?.(rule, path, texts);
}

type LimitReader = (rule: StructuralRule, path: string, texts: Map<string, string>) => LinterLimit | undefined;

/** The first of these config files found from the file's folder up (not inside `src/`), with its text. */
const nearest = (path: string, names: string[], texts: Map<string, string>) => nearestConfig(path, names, texts, configFolders(path));

/** The highest of the limits found, for a rule several settings of one linter bound (RuboCop's two complexities). */
function highest(limits: Array<LinterLimit | undefined>): LinterLimit | undefined {
  const found = limits.filter((l): l is LinterLimit => l !== undefined);
  return found.find((l) => "excluded" in l) ?? found.sort((a, b) => ("max" in b ? b.max : 0) - ("max" in a ? a.max : 0))[0];
}

/**
 * checkstyle: `MethodLength` `max` (default 150), `CyclomaticComplexity` `max` (10), `NestedIfDepth`
 * `max` (1: an `if` inside an `if`, Bottomline's depth 2, so it counts one more level).
 */
const CHECKSTYLE: Record<StructuralRule, { module: string; byDefault: number; levels: number }> = {
  "max-function-length": { module: "MethodLength", byDefault: 150, levels: 0 },
  "max-complexity": { module: "CyclomaticComplexity", byDefault: 10, levels: 0 },
  "max-nesting-depth": { module: "NestedIfDepth", byDefault: 1, levels: 1 },
};

const checkstyle: LimitReader = (rule, path, texts) => {
  if (!checkstyleChecks(path, texts)) return undefined;
  const { module, byDefault, levels } = CHECKSTYLE[rule];
  const skipped = checkstyleSkips(path, module, texts);
  if (skipped) return { excluded: skipped };
  const config = nearest(path, CHECKSTYLE_FILES, texts);
  const props = config && checkstyleModule(config.text, module);
  if (!props) return undefined;
  const max = widthValue(props.get("max")) ?? byDefault;
  return { max: max + levels, from: `${module} in ${config!.file}` };
};

/** detekt's rules for each structural rule, the closest measure first (cognitive before cyclomatic), with the names detekt 2 gives their thresholds. */
const DETEKT: Record<StructuralRule, Array<{ names: string[]; keys: string[]; activeByDefault: boolean }>> = {
  "max-function-length": [{ names: ["LongMethod"], keys: ["threshold", "allowedLines"], activeByDefault: true }],
  "max-complexity": [
    { names: ["CognitiveComplexMethod"], keys: ["threshold", "allowedComplexity"], activeByDefault: false },
    { names: ["CyclomaticComplexMethod", "ComplexMethod"], keys: ["threshold", "allowedComplexity"], activeByDefault: true },
  ],
  "max-nesting-depth": [{ names: ["NestedBlockDepth"], keys: ["threshold", "allowedDepth"], activeByDefault: true }],
};

const detekt: LimitReader = (rule, path, texts) => {
  const config = nearest(path, DETEKT_FILES, texts);
  if (!config) return undefined;
  for (const { names, keys, activeByDefault } of DETEKT[rule]) {
    const found = detektRule(config.text, "complexity", names, keys);
    if (!found || !(found.active ?? activeByDefault)) continue;
    // detekt matches its globs against the path; a config in a module's folder sees paths from there.
    if (detektExcludes(found.excludes, relativeTo(config.file, path))) return { excluded: `${config.file} excludes it from ${names[0]}` };
    if (found.threshold !== undefined) return { max: found.threshold, from: `${names[0]} in ${config.file}` };
  }
  return undefined;
};

/** RuboCop's cops for each structural rule; of the two complexities a method must pass both, so the higher `Max` bounds it. */
const RUBOCOP: Record<StructuralRule, string[][]> = {
  "max-function-length": [["Metrics/MethodLength"]],
  "max-complexity": [["Metrics/PerceivedComplexity"], ["Metrics/CyclomaticComplexity"]],
  "max-nesting-depth": [["Metrics/BlockNesting"]],
};

const rubocop: LimitReader = (rule, path, texts) => {
  const config = nearest(path, [".rubocop.yml"], texts);
  if (!config) return undefined;
  return highest(
    RUBOCOP[rule].map((names): LinterLimit | undefined => {
      const cop = rubocopSettings(config.text, config.file, path, texts, names);
      if (cop === "excluded") return { excluded: `${config.file} excludes it from ${names[0]}` };
      return typeof cop === "object" && cop.max !== undefined ? { max: cop.max, from: `${names[0]} in ${cop.maxFrom}` } : undefined;
    }),
  );
};

/** golangci-lint's linters for each rule, with their setting and default: funlen's `lines`, gocognit's and gocyclo's `min-complexity`, cyclop's `max-complexity`. */
const GOLANGCI: Record<StructuralRule, Array<{ linter: string; key: string; byDefault: number }>> = {
  "max-function-length": [{ linter: "funlen", key: "lines", byDefault: 60 }],
  "max-complexity": [
    { linter: "gocognit", key: "min-complexity", byDefault: 30 },
    { linter: "gocyclo", key: "min-complexity", byDefault: 30 },
    { linter: "cyclop", key: "max-complexity", byDefault: 10 },
  ],
  // nestif measures an `if` statement's complexity, not a depth: it sets no nesting limit.
  "max-nesting-depth": [{ linter: "nestif", key: "", byDefault: 0 }],
};

const golangci: LimitReader = (rule, path, texts) => {
  const config = nearest(path, [".golangci.yml", ".golangci.yaml"], texts);
  if (!config) return undefined;
  const relative = relativeTo(config.file, path);
  for (const { linter, key, byDefault } of GOLANGCI[rule]) {
    if (golangciExcludes(config.text, linter, relative)) return { excluded: `${config.file} excludes it from ${linter}` };
    const found = golangciLinter(config.text, linter);
    if (key && found?.enabled) return { max: widthValue(found.settings[key]) ?? byDefault, from: `${linter} in ${config.file}` };
  }
  return undefined;
};

/** clippy.toml's thresholds: `too-many-lines-threshold`, `cognitive-complexity-threshold` (once `cyclomatic-complexity-threshold`). */
const CLIPPY: Record<StructuralRule, string[]> = {
  "max-function-length": ["too-many-lines-threshold"],
  "max-complexity": ["cognitive-complexity-threshold", "cyclomatic-complexity-threshold"],
  "max-nesting-depth": [],
};

const clippy: LimitReader = (rule, path, texts) => {
  const config = nearest(path, ["clippy.toml", ".clippy.toml"], texts);
  for (const key of config ? CLIPPY[rule] : []) {
    const max = tomlNumber(config!.text, "", key);
    if (max !== undefined && max > 0) return { max, from: `${key} in ${config!.file}` };
  }
  return undefined;
};

/**
 * Python: pylint's `max-statements`, `max-branches`, `max-nested-blocks` (`[tool.pylint.*]` in
 * pyproject.toml, any section of `.pylintrc`), the same settings of Ruff's pylint rules and Ruff's
 * `mccabe` `max-complexity`, each only where Ruff selects its rule (PLR0915, PLR0912, PLR1702, C901).
 */
const PYLINT: Record<StructuralRule, { key: string; ruff: string; mccabe?: boolean }> = {
  "max-function-length": { key: "max-statements", ruff: "PLR0915" },
  "max-complexity": { key: "max-branches", ruff: "PLR0912", mccabe: true },
  "max-nesting-depth": { key: "max-nested-blocks", ruff: "PLR1702" },
};

const python: LimitReader = (rule, path, texts) => {
  const { key, ruff, mccabe } = PYLINT[rule];
  const limits: Array<LinterLimit | undefined> = [];
  const rc = nearest(path, [".pylintrc", "pylintrc"], texts);
  if (rc) limits.push(sectionLimit(rc.text, rc.file, key, () => true));
  const project = nearest(path, ["pyproject.toml", "ruff.toml", ".ruff.toml"], texts);
  if (project) {
    const name = project.file.slice(project.file.lastIndexOf("/") + 1);
    const ruffTop = name === "pyproject.toml" ? "tool.ruff" : "";
    const within = (sections: string[]) => (s: string) => sections.some((t) => s === [ruffTop, t].filter(Boolean).join("."));
    if (name === "pyproject.toml") limits.push(sectionLimit(project.text, project.file, key, (s) => s.startsWith("tool.pylint")));
    if (ruffPicks(project.text, name, ruff) === "checked") limits.push(sectionLimit(project.text, project.file, key, within(["lint.pylint", "pylint"])));
    if (mccabe && ruffPicks(project.text, name, "C901") === "checked")
      limits.push(sectionLimit(project.text, project.file, "max-complexity", within(["lint.mccabe", "mccabe"])));
  }
  return highest(limits);
};

/** A number `key` sets in a section `inSection` accepts. */
function sectionLimit(text: string, file: string, key: string, inSection: (section: string) => boolean): LinterLimit | undefined {
  for (const { glob, values } of iniSections(text)) {
    const max = inSection(glob.replace(/["']/g, "")) ? widthValue(values.get(key)) : undefined;
    if (max !== undefined) return { max, from: `${key} in ${file}` };
  }
  return undefined;
}

const READERS: Record<string, LimitReader> = { java: checkstyle, kotlin: detekt, ruby: rubocop, go: golangci, rust: clippy, python };
