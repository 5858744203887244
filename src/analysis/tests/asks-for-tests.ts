import { type Lookups } from "../../engine/rule.js";
import type { ChangedFile } from "../../model/change.js";
import { type CodeChange } from "../code-change.js";
import { addedLinesOnly, behaviourChange } from "../behaviour-change.js";
import { type RemovedFunction } from "../tests-moved-functions.js";
import { diagnosticLines, logLines } from "../tests-diagnostic-lines.js";
import { movedIn } from "../tests-extraction.js";
import { capacityHintLines } from "../capacity-hints.js";
import { quietBranches, removedAssertions } from "../tests-quiet-decisions.js";
import { lazyInitGuards } from "../tests-lazy-init.js";
import { wordingBranches } from "../tests-wording-branch.js";
import { renamedBehindShims } from "../tests-renamed-api.js";
import { DECISION } from "../tests-remote-call.js";
import { onlyPrintsConstants } from "../tests-constant-output.js";
import { fuzzingSupportLines } from "../tests-fuzzing-support.js";
import { gatedFormatLines } from "../tests-feature-gated-format.js";
import { docsGenerationLines } from "../tests-docs-generation.js";
import { rewritesItsShims } from "../tests-compat-shim.js";
import { aliasLines } from "../tests-forwarding.js";
import { fallbackWrapperLines } from "../tests-fallback-wrapper.js";
import { thinWrapperLines } from "../tests-thin-wrapper.js";
import { runtimeShimLines } from "../tests-runtime-shims.js";
import { deprecatedBranchLines, deprecatedShimLines } from "../tests-deprecated-shims.js";
import { debugOutputLines } from "../tests-debug-output.js";
import { linesExcludedFromCoverage } from "../tests-uncovered-on-purpose.js";
import { coverageExcludes } from "../tests-coverage-omit.js";
import type { SafeRegex } from "../../util/safe-regex.js";
import { helperBoilerplateLines } from "../tests-helper-boilerplate.js";
import { newPublicFunctions } from "../tests-new-api.js";
import { implementedStubs } from "../tests-implemented-stubs.js";
import { baseFacts } from "../../syntax/change-facts.js";
import { type RepoLayout } from "../../text/test-layout.js";
import { linesOf } from "../../text/text-lines.js";
import { testedThroughOthers } from "./tested-through-others.js";
import { fileView, type FileView } from "./file-view.js";

// Whether a source's new code adds behaviour a reviewer would ask a test for (tests-required's new_behaviour_only).

/**
 * Whether a changed source file adds behaviour a reviewer asks a test for. Not: code moved in from
 * the change's other files, a helper extracted from them, or fresh code that only warns, asserts
 * for developers or builds for another platform. Without its fresh lines (a diff too large to
 * read) or its syntax, the change is taken to add behaviour: the rule keeps to line counts.
 */
export function asksForTests(f: ChangedFile, c: CodeChange, lines: number, fresh: Set<number> | undefined, ctx: AskContext): boolean {
  // A file read by line counts alone shows no new API to weigh the title's word against.
  if (!fresh) return !ctx.quiet;
  if (movedIn(c, lines)) return false;
  const read = fileView(f, ctx.found);
  const quietLines = quietLinesOf(f, fresh, read, f.path.endsWith(".py") ? coverageExcludes(ctx.found) : []);
  const rest = new Set([...fresh].filter((l) => !quietLines.has(l)));
  if (quietLines.size > 0 && rest.size < ctx.minLines) return false;
  if (onlyUpkeep(f, rest, read, ctx.minLines)) return false;
  const { deprecated, shims, aliases } = setAsideLines(f, rest, fresh, read);
  for (const l of aliases) rest.delete(l);
  if (aliases.size > 0 && rest.size === 0) return false;
  const counted = behaviourChange(f, ctx.found, rest, new Set(c.addedCodeLines), ctx.moved);
  if (!counted) return !ctx.quiet;
  const b = weighedBehaviour(f, c, counted, rest, read, quietLines, shims, ctx.found);
  // The title's type (`refactor: …`, `chore: …`) is the author's word, and the author writes it: it
  // quiets new branches in code that was there, never a new public function, which a refactor does not add.
  if (ctx.quiet && b.newFunctions.length === 0) return false;
  if (tooFewDecisions(b, rest, read, deprecated, ctx)) return false;
  return !testedThroughOthers(f, b, rest, read, ctx);
}

/** What asksForTests weighs a file with: the change's other sources, its options, and the title's word. */
export interface AskContext {
  found: Lookups;
  moved: RemovedFunction[];
  sources: ChangedFile[];
  minLines: number;
  minDecisions: number;
  newApiFunctions: number;
  reorganised: boolean;
  behaviourWords: boolean;
  /** The title's commit type says no behaviour changes (see quietCommitType): believed unless the file adds API. */
  quiet: boolean;
  layout: RepoLayout | undefined;
}

/** A source at head (and base), read once for all of asksForTests's checks (see fileView); a part it could not read is undefined. */
export type HeadRead = FileView;

/** Lines for developers (warnings, debug assertions) and inputs for a fuzzer: not behaviour a user meets. */
function quietLinesOf(f: ChangedFile, fresh: Set<number>, { text, textLines, facts }: HeadRead, excludes: SafeRegex[]): Set<number> {
  return new Set([
    ...(textLines === undefined ? [] : diagnosticLines(fresh, textLines, facts, facts?.language)),
    ...fuzzingSupportLines(fresh, textLines ?? addedLinesOnly(f), facts),
    // Nor another framework's copy of a type's format, built only with a feature (see tests-feature-gated-format).
    ...gatedFormatLines(fresh, textLines ?? addedLinesOnly(f), facts),
    // Nor code its authors keep out of coverage on purpose, nor lines that only mark a test helper (`t.Helper()`).
    ...(text === undefined ? [] : [...linesExcludedFromCoverage(f.path, text, excludes)].filter((l) => fresh.has(l))),
    ...(textLines === undefined ? [] : helperBoilerplateLines(fresh, textLines)),
  ]);
}

/** Fresh lines that only keep things going: shims rewritten, log lines added, a command that prints a constant. */
function onlyUpkeep(f: ChangedFile, rest: Set<number>, { textLines, facts, base }: HeadRead, minLines: number): boolean {
  if (!textLines) return false;
  // Nor a compatibility module's shims rewritten: the whole suite runs them through their callers.
  if (base !== undefined && rewritesItsShims(f.path, rest, textLines, facts?.functions ?? [], base)) return true;
  // Nor a change that only adds log lines beside them (a warning when an option has no effect).
  if (isOnlyLogging(rest, textLines, minLines)) return true;
  // A command that only prints a constant (`thor version`): a test would restate the constant.
  return onlyPrintsConstants(rest, (l) => textLines[l - 1] ?? "");
}

/**
 * Fresh lines judged apart from the rest (`aliases`): new aliases that only forward their parameters to another function,
 * or wrap one with logging, whose tests run what they do; runtime shims, which the CI matrix runs (see tests-runtime-shims);
 * a branch that keeps a deprecated call working, announced by its deprecation warning (see tests-deprecated-shims).
 */
function setAsideLines(
  f: ChangedFile,
  rest: Set<number>,
  fresh: Set<number>,
  { textLines, facts, base }: HeadRead,
): { deprecated: Set<number>; shims: Set<number>; aliases: Set<number> } {
  const deprecated = textLines ? deprecatedBranchLines(rest, textLines) : new Set<number>();
  const shims = textLines && facts ? runtimeShimLines(f.path, rest, textLines, facts.functions, facts.language) : new Set<number>();
  const aliases =
    textLines && facts
      ? new Set([
          ...deprecated,
          ...aliasLines(rest, facts.functions, textLines, facts.language, base),
          ...thinWrapperLines(rest, facts.functions, textLines, base, fresh),
          // And a new function that reads one thing and falls back to a constant if it throws (see tests-fallback-wrapper).
          ...fallbackWrapperLines(rest, facts.functions, textLines),
          ...shims,
          // And deprecated one-statement shims kept for old callers (see tests-deprecated-shims).
          ...deprecatedShimLines(rest, facts.functions, textLines),
          // And a debug description's labelled format (see tests-debug-output).
          ...debugOutputLines(rest, facts.functions, textLines, facts.language),
          // And a count computed only to preallocate a collection (see capacity-hints).
          ...capacityHintLines(rest, textLines),
          // And code that only writes docstrings (see tests-docs-generation).
          ...docsGenerationLines(rest, facts.functions, textLines, facts.language),
        ])
      : new Set<number>();
  return { deprecated, shims, aliases };
}

/** The new functions and decisions a reviewer would ask a test for. */
export interface Weighed {
  newFunctions: string[];
  newDecisions: number;
}

/** The behaviour counted, less what only looks new: quiet branches, renamed functions; with the stubs the change implements. */
function weighedBehaviour(
  f: ChangedFile,
  c: CodeChange,
  counted: Weighed,
  rest: Set<number>,
  { textLines, facts, base, had }: HeadRead,
  quietLines: Set<number>,
  shims: Set<number>,
  found: Lookups,
): Weighed {
  // Branches set aside above (a branch that only prints, a development-only message) and checks that
  // an assertion call the change removed already made are no new paths (see tests-quiet-decisions).
  // So are a runtime shim's branches in a function the change also edited elsewhere (fd's `else if cfg!(windows)` in `run`),
  // and a guard that fills a field on its first read (see tests-lazy-init), and a branch that only words a message
  // otherwise (see tests-wording-branch).
  const notPaths =
    (textLines && facts ? quietBranches(quietLines, rest, textLines, facts.functions) + quietBranches(shims, rest, textLines, facts.functions) : 0) +
    (textLines ? removedAssertions(c.removedCode, rest, textLines) + lazyInitGuards(rest, textLines) + wordingBranches(rest, textLines) : 0);
  // Nor is a function new API when its old name stays as a shim that forwards to it (see tests-renamed-api).
  const baseFns = baseFacts(f, found)?.functions ?? [];
  const renamed = textLines && facts ? renamedBehindShims(counted.newFunctions, facts.functions, textLines, had) : new Set<string>();
  // A stub the change implements is new behaviour, as a new function is (see tests-implemented-stubs).
  const implemented =
    textLines && facts && base !== undefined && baseFns.length > 0 ? implementedStubs(rest, facts.functions, textLines, baseFns, linesOf(base)) : [];
  return {
    newFunctions: [...counted.newFunctions.filter((name) => !renamed.has(name)), ...implemented.filter((name) => !counted.newFunctions.includes(name))],
    newDecisions: notPaths > 0 ? Math.max(0, counted.newDecisions - notPaths) : counted.newDecisions,
  };
}

/**
 * Calibrated (session 18): new code that decides nothing (accessors, pass-throughs, constructors) is not worth a test request.
 * (0 turns it off: a rewrite's count can go below zero when it trades one decision for another.)
 * Unless the file adds several new public functions at once: new API, whose tests pin it (see tests-new-api).
 */
function tooFewDecisions(b: Weighed, rest: Set<number>, { textLines, facts }: HeadRead, deprecated: Set<number>, ctx: AskContext): boolean {
  const newApi = ctx.newApiFunctions > 0 && textLines && facts ? newPublicFunctions(rest, b.newFunctions, facts.functions, textLines, facts.language) : 0;
  if (ctx.minDecisions > 0 && b.newDecisions < ctx.minDecisions && !(ctx.newApiFunctions > 0 && newApi >= ctx.newApiFunctions)) return true;
  // A function's decisions are counted whole: a deprecated branch's are not new behaviour when no other fresh line decides.
  return deprecated.size > 0 && b.newFunctions.length === 0 && textLines !== undefined && ![...rest].some((l) => DECISION.test(textLines[l - 1] ?? ""));
}

/** Fresh lines that are mostly log statements: fewer than `minLines` of anything else. */
function isOnlyLogging(fresh: Set<number>, lines: string[], minLines: number): boolean {
  const logs = logLines(fresh, lines);
  return logs.size > 0 && fresh.size - logs.size < minLines;
}
