import { type Lookups } from "../../engine/rule.js";
import type { ChangedFile } from "../../model/change.js";
import { type CodeChange } from "../code-change.js";
import { type RemovedFunction } from "../tests-moved-functions.js";
import { type Named } from "../tests-run-script.js";
import { type RepoLayout } from "../../text/test-layout.js";

// What judging one source needs: its counted lines, the rule's options and the rest of the change.

/** Which changed tests count for a source (the rule's `mode` option). */
export type TestsMode = "auto" | "paired" | "any";

/** The options of tests-required that judging a source reads. */
export interface JudgingOptions {
  mode: TestsMode;
  min_changed_lines: number;
  new_behaviour_only: boolean;
  min_new_decisions: number;
  new_api_functions: number;
  new_cases_cover: boolean;
  untested_rewrites: boolean;
}

/** A changed source file with its code change and how many of its lines are new. */
export interface CountedSource {
  f: ChangedFile;
  change: CodeChange;
  lines: number;
  fresh: Set<number>;
}

/** What judging a source file needs to know about the rest of the change. */
export interface SourceContext {
  opts: JudgingOptions;
  found: Lookups;
  layout: RepoLayout | undefined;
  sources: ChangedFile[];
  /** The title's commit type says the change keeps behaviour: believed where the file adds no public function. */
  quiet: boolean;
  /**
   * The title says the work is not finished ("WIP: …"): no file is asked yet. Not a claim about the code
   * a reviewer must check but the pull request's state, which the title shows to whoever merges it; the
   * App reviews again when the title is edited or the draft marked ready.
   */
  snapshot: boolean;
  reorganised: boolean;
  /** The title or a commit says the change fixes or adds something. */
  behaviourWords: boolean;
  covering: (source: ChangedFile) => ChangedFile[];
  /** The test files the change touches, wherever they are. */
  changedTests: ChangedFile[];
  /** The scripts whose test commands the change edits, and the packages those name. */
  scripts: Array<{ path: string; named: Named }>;
  moved: RemovedFunction[];
  /** The paths of every file the change touches. */
  changed: Set<string>;
  /** The issue numbers the change cites (see citedIssues). */
  cited: Set<number>;
  /** The documentation pages the change edits: examples a docs test may run. */
  docsPages: ChangedFile[];
  /** The approval files (`*.verified.*`, `*.approved.*`) the change updates: tests of the project each names. */
  approvals: ChangedFile[];
  /** The test snapshots the change updates, each with its test (snapshotTests). */
  snapshots: Array<{ snapshot: string; test: string }>;
}
