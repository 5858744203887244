import { applicationBuildPaths } from "../src/analysis/debug/application-project.js";
import { consoleProjectPaths, newProjectPaths } from "../src/analysis/debug/console-project.js";
import * as z from "zod";
import { globMatcher, globOption } from "../src/config/glob-option.js";
import { defineRule, type Lookups, type Needs, type RawFinding } from "../src/engine/rule.js";
import type { Change, ChangedFile } from "../src/model/change.js";
import { crateRootPaths } from "../src/analysis/program-output.js";
import { siblingCopyPaths } from "../src/analysis/sibling-copy.js";
import { copiedLine, mayHoldCopies } from "../src/analysis/copy-originals.js";
import { copiedPackageLicence } from "../src/analysis/not-authored.js";
import { syntaxLanguageOf } from "../src/syntax/grammars.js";
import { addedCode } from "../src/syntax/line-view.js";
import { basePaths, baseText, deletedFromPaths, headText } from "../src/syntax/change-facts.js";
import { generatedByItsHeader } from "../src/syntax/generated.js";
import { lineKey } from "../src/analysis/line-origin.js";
import { packageJsonPaths } from "../src/analysis/package-scripts.js";
import { bundleBasePaths, bundleConfigPaths } from "../src/analysis/bundle-outputs.js";
import { demoteTemporaryOutput } from "../src/analysis/temporary-output.js";
import { debuggingFiles } from "../src/analysis/debug/debug-patterns.js";
import { type Gates, scanFile } from "../src/analysis/debug/file-scan.js";
import { grouped, withTraces, type DebugHit } from "../src/analysis/debug/grouped-findings.js";
import { hitOn } from "../src/analysis/debug/line-hit.js";
import { folderNeighbours, printedElsewhere } from "../src/analysis/debug/moved-prints.js";
import { printedText } from "../src/analysis/debug/print-arguments.js";
import { changedTestPaths, outputExpectedByChangeTests } from "../src/analysis/debug/asserted-output.js";
import { isTestPath } from "../src/text/test-conventions.js";
import { isTestFile, suiteSamplePaths } from "../src/analysis/debug/suite-habit.js";

// The rule's shape: its options, the texts it asks for, and the walk over each file's added lines. What a
// debugging leftover is, and every reason a print or a breakpoint is not one, lives in src/analysis/debug/.

export default defineRule({
  meta: {
    id: "no-debug-statements",
    description: "Added code has no debugging leftovers (console.log, debugger, print, pdb, dbg!, puts, var_dump, binding.pry).",
    category: "readability",
    defaultSeverity: "warning",
    // Judges each file on its own: the engine may run it file by file (src/engine/time-budget.ts).
    perFile: true,
    // Prints only: a debugger stop left in a new file is said however big the change (src/engine/bulk-new-files.ts).
    setAsideInBulk: ["debug", "debugMany"],
    messages: {
      debug: "`{what}` looks like a debugging leftover: it clutters {where}. Remove it{instead}.",
      debugMany: "`{what}` looks like a debugging leftover, and {more} more like it in this file (lines {lines}): they clutter {where}. Remove them{instead}.",
      stops: "`{what}` looks like a debugging leftover: it {effect}. Remove it.",
      stopsMany: "`{what}` looks like a debugging leftover, and {more} more like it in this file (lines {lines}): each {effect}. Remove them.",
    },
  },
  options: z
    .object({
      allow_output_in: z
        .array(globOption)
        .default([
          "**/scripts/**",
          "**/bin/**",
          "**/exe/**",
          "**/cli/**",
          "**/cmd/**",
          // A command-line program's command modules (pipx's `src/pipx/commands/cache.py`, pip's `_internal/commands/`, Django's
          // `management/commands/`): what `pipx cache purge` prints is its answer (set 36, judged *wrong* twice). Not JavaScript,
          // TypeScript or C#, whose `commands/` are as often an editor extension's or a UI's (an ICommand), with no console to speak to.
          "**/commands/**/*.{py,rb,go,rs}",
          // …and its shell completion, whose candidates the shell reads from stdout (go-flags' `completion.go`: judged *wrong*
          // twice on set 43). Go, Python, Ruby and Rust, as for `commands/`: a web UI's `autocompletion.ts` logs for a developer.
          "**/*completion*.{py,rb,go,rs}",
          "**/completions/**/*.{py,rb,go,rs}",
          // A command-line package named so (`sqlx-cli/`): its prints are the messages its users read (sqlx e89cb0971a).
          "**/*[-_]cli/**",
          // An examples project named for what it shows (`Quartz.Examples/`, `foo-examples/`): its output is the example's.
          "**/*[._-][Ee]xamples/**",
          "**/*[._-][Ee]xample/**",
          "**/*.[Ss]amples/**",
          // A playground (pinia's `packages/playground/`, a module's `nuxt/playground/`) is run by hand to try things out.
          "**/[Pp]layground/**",
          "**/[Pp]laygrounds/**",
          "**/*[._-][Pp]layground/**",
          // Code snippets a docs site shows (jline's `website/static/snippets/*.java`): the print is what the reader sees.
          "**/[Ss]nippets/**",
          // A program a test runs and reads the output of (arrow-kt's `suspendapp-test-app/`): printing is its job.
          "**/*[-_]test[-_]app/**",
          // …and the tasks and programs in a `_support/` folder, which invoke's and fabric's tests run and read (invoke
          // 849cb23ecf's `integration/_support/parsing.py` printing what its new integration test expects; set 37, *wrong*).
          "**/_support/**",
          // A top-level `scenario/` of programs an analyser's tests read, never run (typeprof's `puts "meow"`; set 38, *wrong* ×3).
          "scenario/**",
          "scenarios/**",
          // A logging library's console transport, sink or appender (winston's `transports/console.js`): it writes to the console.
          "**/{transports,sinks,appenders,handlers,writers,reporters}/{console,Console,stdout,Stdout}*",
          "**/*{Console,Stdout}{Transport,Sink,Appender,Handler,Writer,Reporter}.*",
          "**/[Ee]xamples/**",
          "**/[Ee]xample/**",
          "**/[Ss]amples/**",
          "**/[Ss]ample/**",
          "**/[Ss]ample[-_]*/**",
          "**/*[-_][Ss]ample/**",
          "**/*[-_][Ss]amples/**",
          "**/[Dd]emos/**",
          "**/[Dd]emo/**",
          "**/*[._-][Dd]emo/**",
          "**/bench/**",
          "**/benches/**",
          "**/*[Bb]enchmark*/**",
          "**/*[Bb]enchmark*",
          "**/*_bench*",
          "**/[Pp]erf/**",
          "**/[Pp]erf[-_]*/**",
          "**/*[._-][Pp]erf/**",
          "**/[Pp]erformance/**",
          "**/*[._-][Pp]erformance/**",
          "**/*PerfTest*",
          // A source set of performance tests (disruptor's `src/perftest/java/…`, whose latency tests print their histograms; set 27).
          "**/[Pp]erf[Tt]est/**",
          "**/[Pp]erf[Tt]ests/**",
          "**/*PerformanceTest*",
          "**/*_perf_test*",
          "**/test_perf*",
          "**/__main__.py",
          "**/manage.py",
          "**/setup.py",
          // A Ruby native extension's mkmf script: what it prints is the build log `gem install` shows (puma 23720fe838).
          "**/extconf.rb",
          "**/Rakefile",
          "**/*.rake",
          // A Gradle build script's messages are the build's log, as a Rakefile's are (FlowExt's build.gradle.kts echoing the
          // `kwasm` flag CI sets: judged not worth saying on set 42).
          "**/*.gradle",
          "**/*.gradle.kts",
          "**/Program.cs",
          "**/[Dd]ocs/**",
          "**/[Dd]oc/**",
          "**/docs_src/**",
          "**/[Tt]utorials/**",
          // A guide's runnable examples (enquirer's `guide/lib/prompts/form/getting-started.js` prints the answers; set 40, *wrong* ×2).
          "**/[Gg]uide/**",
          "**/[Gg]uides/**",
          "**/[Tt]utorial/**",
          "**/*Demo*",
          "**/*Sample*",
          "**/*Example*",
          // Experiments kept beside the code to try an API out (jqwik's `experiments/` in its test and Kotlin source sets, each
          // property printing the values it generates; set 36, judged not worth saying): run by hand, read by whoever runs them.
          "**/[Ee]xperiments/**",
          "**/*[Ss]pike/**",
          "**/*[Ss]pikes/**",
          "**/[Pp]rototype/**",
          "**/[Pp]rototypes/**",
          "**/*Prototype/**",
        ])
        .describe("Globs where print/puts/console.log/System.out are the program's real output (scripts and CLIs)."),
      report_captured_test_output: z
        .boolean()
        .default(false)
        .describe("Report prints (and dbg!) in Python and Rust tests, whose runners (pytest, cargo test) show them only when a test fails."),
      report_in_printing_files: z
        .boolean()
        .default(false)
        .describe("Report prints in files (tests too) that already printed twice or more at base (off: output is part of their job)."),
    })
    .strict(),
  needs(change, opts): Needs {
    // Whether printing is a program's output depends on the whole file (a `__main__` block,
    // `package main`) and, in Rust, on the crate's root: asked only for files that print.
    // The texts at base tell a statement the change wrote from one it only moved or re-indented.
    const paths: string[] = [];
    const base: string[] = [];
    const debugging = debuggingFiles(change.files, globMatcher(opts.allow_output_in));
    for (const f of debugging) {
      if (f.status !== "added" || f.patchProblem !== undefined) paths.push(f.path);
      if (syntaxLanguageOf(f.path) === "rust") paths.push(...crateRootPaths(f.path));
      // A script a package.json script runs with node (`"pretests-only": "node mylib/async"`) prints on purpose.
      if (/\.[cm]?[jt]s$/.test(f.path)) paths.push(...packageJsonPaths(f.path));
      // A module of a package whose product is its command prints to its user: known from package.json at base (cli-package.ts).
      if (/\.[cm]?[jt]s$/.test(f.path) && !isTestPath(f.path)) base.push(...packageJsonPaths(f.path));
      // A C# file of a console program's project prints to its user: known from its .csproj at base (console-project.ts).
      if (!isTestPath(f.path)) base.push(...consoleProjectPaths(f.path));
      // …and a JVM file of a Gradle `application` project, from its build script at base (application-project.ts).
      if (!isTestPath(f.path)) base.push(...applicationBuildPaths(f.path));
      // …or, for a new file, from a project file the change adds (a new console tool), read at head.
      if (!isTestPath(f.path)) paths.push(...newProjectPaths(f, change));
      // A bundle a package script or rollup config writes is its inputs' code (see bundle-outputs.ts).
      paths.push(...bundleConfigPaths(f.path));
      base.push(...bundleBasePaths(f.path, change));
      // A package copied in whole is known from the whole change only: its licence's text is the per-file witness.
      const licence = f.status === "added" ? copiedPackageLicence(f.path, change) : undefined;
      if (licence !== undefined) paths.push(licence);
      base.push(...basePaths([f]), ...siblingCopyPaths(f, change), ...folderNeighbours(f, change));
    }
    // A new file may hold a block moved from a file the change deleted from: its prints are not new. Every such file,
    // parsed or not (a Groovy build script rewritten in Kotlin): printedElsewhere reads them, alone as with all rules.
    if (debugging.length > 0) base.push(...deletedFromPaths(change.files));
    // The change's tests may expect a print's words of the program's output (asserted-output.ts); each step sees one file.
    if (debugging.some((f) => !isTestPath(f.path))) paths.push(...changedTestPaths(change));
    // A new file that prints may be a copy of a file the repository has: its prints came with it (copy-originals.ts).
    const copies = mayHoldCopies(debugging);
    // A test that prints may follow its suite's habit (suite-habit.ts): the nearest tests, named by the tree (laterNeeds).
    const tree = !opts.report_in_printing_files && debugging.some((f) => isTestFile(f.path));
    return {
      fileContents: [...new Set(paths)],
      baseContents: [...new Set(base)],
      ...(copies ? { copyOriginals: true } : {}),
      ...(tree ? { fileTree: true } : {}),
    };
  },
  // Only the test files are matched against the patterns again: the sample is for them alone.
  laterNeeds: (change, opts, found) =>
    opts.report_in_printing_files
      ? []
      : suiteSamplePaths(
          change,
          found.fileTree,
          debuggingFiles(
            change.files.filter((f) => isTestFile(f.path)),
            globMatcher(opts.allow_output_in),
          ),
        ),
  check(change, opts, found) {
    const globs = globMatcher(opts.allow_output_in);
    const gates = { capturedTests: !opts.report_captured_test_output, printingFiles: !opts.report_in_printing_files };
    const findings = change.files.flatMap((file) => (editedGenerated(file, found) ? [] : fileFindings(file, change, found, globs, gates)));
    // Output the change says is temporary is there knowingly, but still a leftover at merge: a notice, not silence.
    return demoteTemporaryOutput(change, findings, OUTPUT_MESSAGES);
  },
});

/**
 * An edited file a generator writes, by its header at head and at base. The engine leaves out new
 * generated files by their first added lines; an edited one is known from its texts, and only where
 * the base had the mark too: one the change writes is the author's word (see generatedByItsHeader).
 */
function editedGenerated(file: ChangedFile, found: Lookups): boolean {
  if (file.status === "added") return false;
  const head = headText(file, found);
  return head !== undefined && generatedByItsHeader(file, head, baseText(file, found));
}

/** The messages of output (a print, a dump); `stops` and `stopsMany` are breakpoints. */
const OUTPUT_MESSAGES = new Set(["debug", "debugMany"]);

/** A file's added debug statements, grouped into findings. */
function fileFindings(file: ChangedFile, change: Change, found: Lookups, allowOutput: (path: string) => boolean, gates: Gates): RawFinding[] {
  const scan = scanFile(file, change, found, allowOutput, gates);
  if (!scan) return [];
  const hits: DebugHit[] = [];
  let moved = 0;
  for (const { line, code } of addedCode(file, scan.facts)) {
    const text = scan.raw.get(line) ?? "";
    // A print moved here from another file of the change counts as moved, though it is not a hit.
    // (Cost, s11-rulecost: the patterns first, as most lines print nothing; the line is keyed only for a print.)
    // Most lines match no pattern: hitOn, which needs a match, is not asked for them.
    if (!scan.patterns.some((p) => p.re.test(code))) continue;
    if (scan.base.elsewhere(lineKey(text))) {
      moved++;
      continue;
    }
    const hit = hitOn(line, code, scan);
    if (!hit) continue;
    // A print of the file a new file copies (copy-originals.ts) came with the copy, like one moved.
    if (copiedLine(file, line, found)) {
      moved++;
      continue;
    }
    const said = printedText(text);
    if (scan.movedIn.has(lineKey(text)) || (said !== undefined && scan.movedIn.has(said))) moved++;
    // The program's output, which the change's own tests expect: not a leftover.
    else if (!isTestPath(file.path) && outputExpectedByChangeTests(text, change, found)) continue;
    else if (!printedElsewhere(file, found, text, said)) hits.push(hit);
  }
  const kept = withTraces(hits, scan.facts, scan.raw);
  // A new file split out of the one beside it: when most of its prints came along, the rest are that code's too.
  if (moved > 0 && moved >= kept.length) return [];
  return grouped(file.path, kept);
}
