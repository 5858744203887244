import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { runGit } from "../sources/git/run-git.js";
import { repoRoot } from "../sources/git/git-source.js";
import { extensionOf, isCodeFile } from "../text/languages.js";
import { HOME_REPOSITORY } from "../report/rule-docs.js";
import { packageVersion } from "../util/package-info.js";
import { CliError, type Io } from "./io.js";

/** `bottomline init`: a starter .github/rules.yml that fits this repository. */
export async function init(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: { force: { type: "boolean", default: false } }, strict: true });
  const root = repoRoot(io.cwd);
  const file = join(root, ".github", "rules.yml");
  if (existsSync(file) && !values.force) throw new CliError(`.github/rules.yml already exists; edit it, or run bottomline init --force to replace it`);
  const files = runGit(["ls-files", "-z"], root).split("\0").filter(Boolean);
  const languages = countLanguages(files);
  const width = formatterLineLength(root);
  mkdirSync(join(root, ".github"), { recursive: true });
  writeFileSync(file, starterConfig(languages, width));
  const langs = languages.length > 0 ? languages.map(([l, n]) => `${l} (${n})`).join(", ") : "none recognised";
  io.stdout(
    `Wrote .github/rules.yml\n  languages: ${langs}\n  max-line-length: ${width ? `${width.max} (from ${width.from})` : "120 (the default: no formatter setting found)"}\nNext: bottomline validate, then bottomline review\n`,
  );
  return 0;
}

const LANGUAGE_NAMES: Record<string, string> = {
  ts: "TypeScript",
  tsx: "TypeScript",
  mts: "TypeScript",
  cts: "TypeScript",
  js: "JavaScript",
  jsx: "JavaScript",
  mjs: "JavaScript",
  cjs: "JavaScript",
  py: "Python",
  go: "Go",
  java: "Java",
  kt: "Kotlin",
  kts: "Kotlin",
  rs: "Rust",
  rb: "Ruby",
  cs: "C#",
  php: "PHP",
  swift: "Swift",
  c: "C",
  h: "C",
  cc: "C++",
  cpp: "C++",
  hpp: "C++",
  scala: "Scala",
  dart: "Dart",
};

function countLanguages(files: string[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const f of files) {
    const lang = isCodeFile(f) ? LANGUAGE_NAMES[extensionOf(f)] : undefined;
    if (lang) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]);
}

/** The line length the repository's formatter already enforces, so the rule never disagrees with it. */
export function formatterLineLength(root: string): { max: number; from: string } | undefined {
  const read = (name: string) => (existsSync(join(root, name)) ? readFileSync(join(root, name), "utf8") : undefined);
  const editorconfig = read(".editorconfig");
  const ec = editorconfig && /^\s*max_line_length\s*=\s*(\d+)/m.exec(editorconfig);
  if (ec) return { max: Number(ec[1]), from: ".editorconfig max_line_length" };
  for (const name of [".prettierrc", ".prettierrc.json"]) {
    const m = read(name) && /"?printWidth"?\s*:\s*(\d+)/.exec(read(name)!);
    if (m) return { max: Number(m[1]), from: `${name} printWidth` };
  }
  const pkg = read("package.json");
  const pw = pkg && /"prettier"\s*:\s*\{[^}]*"printWidth"\s*:\s*(\d+)/.exec(pkg);
  if (pw) return { max: Number(pw[1]), from: "package.json prettier.printWidth" };
  const py = read("pyproject.toml") ?? read("ruff.toml");
  const ll = py && /^\s*line-length\s*=\s*(\d+)/m.exec(py);
  if (ll) return { max: Number(ll[1]), from: "line-length in pyproject.toml/ruff.toml" };
  return undefined;
}

function starterConfig(languages: Array<[string, number]>, width: { max: number; from: string } | undefined): string {
  const schema = `https://raw.githubusercontent.com/${HOME_REPOSITORY}/v${packageVersion()}/schema/rules.schema.json`;
  const names = languages.map(([l]) => l);
  const lines = [
    `# yaml-language-server: $schema=${schema}`,
    `# Bottomline: the team's review checklist. Every rule and option: ${`https://github.com/${HOME_REPOSITORY}#rules`}`,
    `# Languages found: ${names.length ? names.join(", ") : "none recognised"}.`,
    "extends: recommended",
    "ignore: []            # globs never reviewed, on top of lock files, vendor/, generated and minified files",
    "rules:",
    `  max-line-length: { severity: warning, max: ${width?.max ?? 120} }${width ? `   # from ${width.from}` : ""}`,
    "  issue-reference: failure",
    ...(languages.length > 0 ? ["  tests-required: warning"] : []),
  ];
  if (names.length === 0)
    lines.push(
      "  # No source code found: the code rules are off until there is some.",
      "  tests-required: off",
      "  max-function-length: off",
      "  max-complexity: off",
      "  max-nesting-depth: off",
    );
  lines.push(
    "review:",
    "  event: COMMENT          # or REQUEST_CHANGES when a failure-level finding exists",
    "  inline_comments: 20     # at most this many inline comments per push; the rest are in the summary",
    "  inline_per_rule: 5      # and at most this many for one rule (0: no cap)",
    "",
  );
  return lines.join("\n");
}
