import type { ChangedFile } from "../model/change.js";

/**
 * A test-running script the change edits for a package (#11, session 10): crossbeam's `ci/miri.sh`
 * now runs `cargo miri test -p crossbeam-epoch` under Stacked Borrows, in the commit that fixes
 * crossbeam-epoch's Stacked Borrows violations (judged set 8: "that is the regression check").
 * The existing suite, run in a way that catches what the change fixes, is the change's test. Only
 * a command that runs tests, that the change edits, and that names the package: `-p`/`--package`,
 * or a path into the package's folder. A command for the whole workspace says nothing about one
 * package, and a script the change does not touch is no part of it.
 */

/** Scripts a test command may sit in: shell and PowerShell scripts, Makefiles. */
export const TEST_SCRIPT = /(^|\/)(?:[^/]+\.(?:sh|bash|ps1)|Makefile|makefile|GNUmakefile|justfile)$/;

/** A command that runs a test suite. */
const RUNS_TESTS =
  /\b(?:cargo\s+(?:\+\S+\s+)?(?:miri\s+)?(?:test|nextest\s+run)|go\s+test|pytest|python\d?\s+-m\s+(?:pytest|unittest)|tox|nox|npm\s+(?:run\s+)?test|yarn\s+test|pnpm\s+test|jest|vitest|mocha|rspec|rake\s+(?:test|spec)|phpunit|mvn\s+(?:\S+\s+)*(?:test|verify)|gradlew?\s+(?:\S+\s+)*(?:test|check)|dotnet\s+test)\b/;

/** What a command names: packages by name (`-p crossbeam-epoch`, `--package=x`) and paths (`./x/...`, `x/tests`). */
export interface Named {
  names: Set<string>;
  paths: Set<string>;
}

function namedPackages(command: string, into: Named): void {
  for (const m of command.matchAll(/(?:^|\s)(?:-p|--package)(?:\s+|=)([\w.-]+)/g)) into.names.add(m[1]);
  for (const m of command.matchAll(/(?:^|\s)(?:\.\/)?([\w.-]+(?:\/[\w.-]+)*)\/(?:\.\.\.)?(?=\s|$)|(?:^|\s)(?:\.\/)?([\w.-]+(?:\/[\w.-]+)+)(?=\s|$)/g))
    into.paths.add((m[1] ?? m[2]).replace(/\/\.\.\.$/, ""));
}

/**
 * The commands of a script, each with the lines it spans: a line ending in `\` (or PowerShell's
 * backtick) goes on with the next.
 */
function commands(lines: string[]): Array<{ from: number; to: number; text: string }> {
  const out: Array<{ from: number; to: number; text: string }> = [];
  let from = 1;
  let text = "";
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/#.*$/, "");
    text += ` ${line.replace(/[\\`]\s*$/, "")}`;
    if (/[\\`]\s*$/.test(line)) continue;
    out.push({ from, to: i + 1, text });
    from = i + 2;
    text = "";
  }
  return out;
}

/**
 * The packages whose tests the change's edits to a script run: each test command the change
 * edits (an added line within it) and the packages and paths it names.
 */
export function packagesTestedByScript(script: ChangedFile, text: string, into: Named = { names: new Set(), paths: new Set() }): Named {
  const added = new Set(script.addedLines.map((l) => l.line));
  for (const c of commands(text.split("\n"))) {
    if (!RUNS_TESTS.test(c.text)) continue;
    let edited = false;
    for (let l = c.from; l <= c.to && !edited; l++) edited = added.has(l);
    if (edited) namedPackages(c.text, into);
  }
  return into;
}

/** Whether the source's package (its folder, `crossbeam-epoch`) is one the scripts name, by name or by a path into it. */
export function scriptTestsPackage(packageRoot: string, named: Named): boolean {
  if (packageRoot === "") return false;
  const folder = packageRoot.slice(packageRoot.lastIndexOf("/") + 1);
  return named.names.has(folder) || [...named.paths].some((p) => p === packageRoot || p.startsWith(`${packageRoot}/`));
}
