import type { z } from "zod";
import type { CoverageReport } from "../coverage/coverage-report.js";
import type { Change } from "../model/change.js";

export const SEVERITIES = ["off", "notice", "warning", "failure"] as const;
export type Severity = (typeof SEVERITIES)[number];
export type ActiveSeverity = Exclude<Severity, "off">;

export const SEVERITY_RANK: Record<Severity, number> = { off: 0, notice: 1, warning: 2, failure: 3 };

/** Which part of the review checklist a rule serves; the summary groups rules by it. */
export type Category = "traceability" | "tests" | "readability";

export interface Finding {
  rule: string;
  severity: ActiveSeverity;
  message: string;
  path?: string;
  line?: number;
  commit?: string;
  /**
   * Findings of other rules about the same spot, folded into this one (see merge-spots.ts): each
   * keeps its rule and severity, so the counts per rule stay honest and a rule a team turned off
   * never has a part here.
   */
  also?: FoldedFinding[];
  /**
   * Only on a too-big change's size finding: the style and structure findings on its new files that
   * it counts instead of listing them (see bulk-new-files.ts), as data for `--format json` and SARIF,
   * so a dashboard need not parse the sentence.
   */
  setAside?: SetAsideCount;
}

/** What a size finding holds in place of findings said one by one: how many, in how many files, per rule. */
export interface SetAsideCount {
  findings: number;
  files: number;
  byRule: Record<string, number>;
}

/** A finding said as part of another rule's finding about the same spot. */
export interface FoldedFinding {
  rule: string;
  severity: ActiveSeverity;
  message: string;
}

/** What a rule's check returns: a message id from its meta plus the data for the placeholders. */
export interface RawFinding {
  messageId: string;
  data?: Record<string, string | number>;
  path?: string;
  line?: number;
  commit?: string;
  /** Only to lower a finding below the configured severity (e.g. "could not verify" is a notice). */
  severity?: ActiveSeverity;
  /** Not a problem: information for the summary (e.g. which tests cover which files). */
  info?: boolean;
  /**
   * What the finding is about, within its path (a function: `function:12`): findings of several
   * rules about one spot become one finding (see merge-spots.ts).
   */
  spot?: string;
  /** The message id of the clause said when this finding is folded into another rule's ("has 75 lines of code (max 60)"). */
  part?: string;
  /**
   * This change-wide finding says the change is too big to review line by line, and so speaks for the
   * files it adds: findings on them whose message is in their rule's `setAsideInBulk` are counted in
   * it instead of said one by one (src/engine/bulk-new-files.ts).
   */
  coversNewFiles?: boolean;
}

export interface IssueRef {
  owner: string;
  repo: string;
  number: number;
}

export interface IssueInfo {
  state: "open" | "closed" | "missing";
  isPullRequest: boolean;
}

/** Data a rule asks the source for before its check runs; the engine batches these for all rules. */
export interface Needs {
  issues?: IssueRef[];
  fileContents?: string[];
  /** Paths whose full text at the base commit the rule needs (to judge what the change did). */
  baseContents?: string[];
  /** The repository's file paths at head (tests-required follows the repository's own test layout). */
  fileTree?: boolean;
  /**
   * The likely original of each new file (a file of the same name elsewhere in the tree) and its
   * text at base: what a copy holds of it was not written in the change (src/analysis/copy-originals.ts).
   */
  copyOriginals?: boolean;
}

/** Needs of all rules of a review, merged: what the source is asked for. */
export type CollectedNeeds = Required<Omit<Needs, "fileTree" | "copyOriginals">> &
  Pick<Needs, "fileTree"> & {
    /**
     * More paths to read at head once the tree is known (Rule.laterNeeds): a source that reads the
     * tree first adds them to the same batch of texts, so they cost no request of their own.
     */
    fromTree?: (tree: string[]) => string[];
    /**
     * More paths to read at base once the tree is known (the originals of new files, Needs.copyOriginals):
     * read in the same batch as the other texts, as `fromTree`'s are.
     */
    baseFromTree?: (tree: string[]) => string[];
  };

export interface Lookups {
  /** Keyed by `owner/repo#number`. A key that is absent means verification was not possible. */
  issues: Map<string, IssueInfo>;
  /** Why issues could not be verified (no token, API down); undefined when they were. */
  issuesUnavailable?: string;
  /** Full text of files at head, keyed by path. */
  fileContents: Map<string, string>;
  /** Full text of files at base, keyed by their path at base (`previousPath` for renames). */
  baseContents?: Map<string, string>;
  /** A coverage report CI wrote for the head commit (#14); tests-required judges the files it covers by it. */
  coverage?: CoverageReport;
  /** Every file path at head, when a rule asked for the tree and the source could read it. */
  fileTree?: string[];
  /** Set by a source that read `fromTree`'s paths with the others: the engine asks for nothing more. */
  treeNeedsRead?: boolean;
  /** Set by a source that read `baseFromTree`'s paths with the others. */
  baseTreeNeedsRead?: boolean;
  /** New file path → its likely original's path at base, whose text is in `baseContents` (Needs.copyOriginals). */
  copyOriginals?: Map<string, string>;
}

export interface RuleMeta {
  id: string;
  description: string;
  category: Category;
  defaultSeverity: Severity;
  /** Message templates with `{placeholders}`; each says why it matters and how to fix it. */
  messages: Record<string, string>;
  /**
   * The rule also reads files that ignore globs or a "generated" header leave out of the review.
   * For no-secrets: a PR author controls both (a `DO NOT EDIT` first line, a path under
   * `vendor/`), and a key is as leaked in a generated file as anywhere else (#9).
   */
  scansIgnoredFiles?: boolean;
  /**
   * The rule judges each file on its own (its findings for a set of files are the findings for
   * each file, concatenated). The engine may then run it file by file, yielding in between, so
   * that one file cannot hold the event loop; see src/engine/time-budget.ts.
   */
  perFile?: boolean;
  /**
   * Message ids whose findings on a file the change adds are counted in a finding that says the change
   * is too big to review line by line (RawFinding.coversNewFiles) rather than said one by one: style and
   * structure, which a reviewer leaves until such a change comes in parts (src/engine/bulk-new-files.ts).
   */
  setAsideInBulk?: readonly string[];
}

/**
 * A rule whose effective options say `allow_suppression: false` cannot be silenced by a
 * `bottomline-disable` comment: the comment is in the PR, and the PR is not trusted to switch a
 * check off. Only the base branch's rules.yml can allow it.
 */
export function allowsSuppression(options: object): boolean {
  return (options as { allow_suppression?: unknown }).allow_suppression !== false;
}

export interface Rule<O extends object = object> {
  meta: RuleMeta;
  /** A strict zod object; every option has a default, so `{}` parses. */
  options: z.ZodObject<any, any>;
  needs?(change: Change, options: O): Needs;
  /**
   * Files to read at head once the first lookups are in: what only the file tree names (the tests
   * tests-required reads for the functions they already test). Asked for once, after `needs`.
   */
  laterNeeds?(change: Change, options: O, found: Lookups): string[];
  check(change: Change, options: O, found: Lookups): RawFinding[];
}

/** Identity helper that keeps the option type of a rule tied to its schema. */
export function defineRule<S extends z.ZodObject<any, any>>(rule: {
  meta: RuleMeta;
  options: S;
  needs?(change: Change, options: z.output<S>): Needs;
  laterNeeds?(change: Change, options: z.output<S>, found: Lookups): string[];
  check(change: Change, options: z.output<S>, found: Lookups): RawFinding[];
}): Rule<z.output<S>> {
  return rule as unknown as Rule<z.output<S>>;
}

export function issueKey(ref: IssueRef): string {
  return `${ref.owner}/${ref.repo}#${ref.number}`.toLowerCase();
}

export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

export function emptyLookups(): Lookups {
  return { issues: new Map(), fileContents: new Map(), baseContents: new Map() };
}
