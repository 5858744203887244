import type { Change, ChangedFile } from "../model/change.js";
import { isRestored, markRestored } from "../model/restored-lines.js";
import { isCodeFile } from "../text/languages.js";
import { isTestPath } from "../text/test-conventions.js";
import { joined } from "./announced-copies.js";
import { copyNotice, headerOf } from "./not-authored.js";

/**
 * A message that says the change brings code over from another project: "Migrating Myers
 * algorithm from [collections]" (an Apache component in brackets), "TEXT-26: adding JaroWinkler
 * changes from LUCENE-1297" (another tracker's issue), "Ported the tokenizer from CPython". The
 * strong verbs (migrate, ported, adapt) may name the project plainly; the everyday ones (add,
 * apply, bring, backport, import, merge, a bare "port", which is also a noun) only by a
 * bracketed component or another tracker's issue key. "Import JsonReader from Gson" names the
 * files it imports: imported-code.ts marks those alone.
 */
const STRONG = String.raw`migrat(?:e|es|ed|ing)|port(?:ed|ing)|adapt(?:s|ed|ing)?`;
const EVERYDAY = String.raw`add(?:s|ed|ing)?|appl(?:y|ies|ied|ying)|bring(?:s|ing)?|brought|backport(?:s|ed|ing)?|import(?:s|ed|ing)?|ports?`;
const SOURCE = String.raw`(\[[A-Za-z][\w .-]{0,40}\](?!\()|[A-Z][A-Z0-9]{1,20}-\d{1,7}\b(?!\/)|[A-Za-z][\w.-]{1,60})`;
/**
 * A subject that opens with the verb (after an issue key, a conventional-commit type or a
 * bracketed tag), names what it brings (a bare "Migrate from X" switches away from X), then
 * where from. Only subjects are read: bodies quote links ("[here](…)"), merges ("Merge pull
 * request from GHSA-…") and history ("… ported from Rails 4.x") that say nothing of this change.
 */
const MIGRATED_FROM = new RegExp(
  String.raw`^(?:[A-Z][A-Z0-9]{1,20}-\d{1,7}\s*:?\s*|[a-z]+(?:\([^)]*\))?!?:\s*|\[[^\]]{1,30}\]\s*)?(${STRONG}|${EVERYDAY})\s+(?!away\b)(?:[^\n]{1,80}?\s+)from\s+(?:the\s+)?${SOURCE}`,
  "i",
);
/** "from Travis to GitHub Actions", "from Black, isort, flake8 to Ruff": a move between tools or places, not code taken from a project. */
const FROM_TO = /^[\w.\-,/ ]{0,80}\s(?:to|into|onto)\b/i;
const ISSUE_KEY = /^([A-Z][A-Z0-9]{1,20})-\d/;
/** Keys of advisories and standards, not of another project's tracker. */
const NOT_A_TRACKER = new Set(["GHSA", "CVE", "PEP", "RFC", "GH", "JSR", "JEP", "ISO", "ECMA", "UTF", "SHA", "PR"]);
/** What "from" names that is no other project. */
const NOT_A_PROJECT = new Set(
  "master main branch branches upstream here there this that it them base trunk develop a an one another other elsewhere " +
    "scratch zero the old previous legacy deprecated existing original current review feedback comments pr issue".split(" "),
);
const SUBJECT_CHARS = 300;
const MAX_COMMITS = 50;

/** The subjects of a change (its title, each commit's first line), as read: hostile input, only so much of so many. */
function subjects(change: Change): string[] {
  return [change.title, ...change.commits.slice(0, MAX_COMMITS).map((c) => c.message)].map((t) => (t ?? "").trim().split("\n")[0].slice(0, SUBJECT_CHARS));
}

/** Issue-key prefixes the project's own tracker uses: those its subjects open with (`TEXT-26:`). */
function ownKeys(change: Change): Set<string> {
  return new Set(subjects(change).flatMap((t) => ISSUE_KEY.exec(t)?.[1].toUpperCase() ?? []));
}

/**
 * The project the change's words say its code was brought over from, or undefined. `pathWords`
 * are the repository's own folder and file names: "migrate helpers from utils" moves code inside
 * the project. A plain name needs them (undefined: only a bracketed component or an issue key counts).
 */
export function migratedFrom(change: Change, pathWords?: Set<string>): string | undefined {
  const names = [change.repository?.name, change.repository?.owner].flatMap((n) => (n ? [n.toLowerCase()] : []));
  const own = names.map(joined);
  const ownWords = new Set(names.flatMap((n) => n.split(/[^a-z0-9]+/)));
  // A name of ours, a word of it (commons-cli's CLI-151), one it begins (guzzle's "Porting response
  // parsing from Guzzle3", its own older version), or a folder or file of the repository
  // (commons-text's `org/apache/commons/text/` for TEXT-26): the project's own tracker or code.
  const ours = (name: string) =>
    ownWords.has(name) || pathWords?.has(joined(name)) === true || own.some((o) => o.length > 2 && (joined(name).startsWith(o) || o.includes(joined(name))));
  const keys = ownKeys(change);
  for (const text of subjects(change)) {
    const m = MIGRATED_FROM.exec(text);
    if (!m || FROM_TO.test(text.slice(m.index + m[0].length))) continue;
    const [, verb, source] = m;
    if (source.startsWith("[")) {
      const name = source.slice(1, -1).trim().toLowerCase();
      if (name !== "" && !ours(name)) return source;
      continue;
    }
    const key = ISSUE_KEY.exec(source);
    if (key && /\d$/.test(source)) {
      const project = key[1].toUpperCase();
      if (!keys.has(project) && !NOT_A_TRACKER.has(project) && !ours(project.toLowerCase())) return source;
      continue;
    }
    const name = source.replace(/[.-]+$/, "");
    if (!new RegExp(`^(?:${STRONG})$`, "i").test(verb) || !pathWords || !/^[A-Z]|[a-z][.-][a-z]/.test(name)) continue;
    const lower = name.toLowerCase();
    if (NOT_A_PROJECT.has(lower) || ours(lower)) continue;
    return name;
  }
  return undefined;
}

/** Every folder and file name (its stem too) of the repository's paths, joined and lowercased. */
export function pathWordsOf(paths: string[]): Set<string> {
  const out = new Set<string>();
  for (const p of paths)
    for (const part of p.split("/")) {
      out.add(joined(part).toLowerCase());
      out.add(joined(part.replace(/\.[^.]*$/, "")).toLowerCase());
    }
  return out;
}

/**
 * Marks the code a change says it migrated from another project (migratedFrom), as restored lines
 * so no rule judges how it is written (no-secrets still scans it): the code files it adds whole
 * (commons-text's Myers diff, "Migrating Myers algorithm from [collections]"), and the lines it
 * adds to a file whose header says the file is adapted or copied from another work (its
 * JaroWinklerDistance, "This code has been adapted from Apache Commons Lang 3.3", taking Lucene's
 * `matches`). Tests stay the change's: they are what the project wrote to trust the import. An
 * edited file without such a notice stays the change's too: the message alone cannot take the
 * project's own code out of review.
 */
export function markMigratedCode(
  change: Change,
  project?: { basePaths(): string[] | undefined; texts(side: "base" | "head", paths: string[]): Map<string, string> },
): void {
  const code = change.files.filter(
    (f) => !f.binary && f.status !== "removed" && f.addedLines.length > 0 && isCodeFile(f.path) && !isTestPath(f.path) && !isRestored(f),
  );
  if (code.length === 0) return;
  // The repository's file list (a `git ls-tree` per change in a history report) only for a subject that says "… from …".
  if (!subjects(change).some((text) => MIGRATED_FROM.test(text))) return;
  const base = project?.basePaths();
  const source = migratedFrom(change, base ? pathWordsOf(base) : undefined);
  if (!source) return;
  const edited = code.filter((f) => f.status !== "added");
  const heads =
    edited.length > 0 && project
      ? project.texts(
          "head",
          edited.map((f) => f.path),
        )
      : new Map<string, string>();
  for (const f of code) {
    if (f.status !== "added" && !noticed(f, heads)) continue;
    markRestored(
      f,
      f.addedLines.map((l) => l.line),
      `migrated from ${source}, as the change says`,
    );
  }
}

/** Whether an edited file's header (at head) says it is adapted, ported or copied from another work. */
function noticed(f: ChangedFile, heads: Map<string, string>): boolean {
  const text = heads.get(f.path);
  return text !== undefined && copyNotice(headerOf(text)) !== null;
}
