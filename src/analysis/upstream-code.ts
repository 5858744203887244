import { catchUpOriginals, unityMirrorCandidates } from "./mirrored-copies.js";
import type { Change, ChangedFile } from "../model/change.js";
import { foreignPackageReads, mayAddForeignPackage } from "./foreign-packages.js";
import { templatesToRead } from "./template-outputs.js";
import { isRestored, markRestored } from "../model/restored-lines.js";
import { joined } from "./announced-copies.js";
import { initialImportCandidate, NEAR_EMPTY_BASE } from "./imported-code.js";
import { portCandidates } from "./ported-code.js";
import { repointedImporters, vendoringManifests } from "./vendored-dependency.js";
import { foreignToolCandidates } from "./foreign-tool-folder.js";
import { extensionOf, isCodeFile } from "../text/languages.js";
import { copyNotice, foreignHolders, headerOf, holders, notAuthored, ROOT_LICENCES, words } from "./not-authored.js";
import { bundleCandidates } from "./rebuilt-bundles.js";
import { changeMessages } from "../text/change-messages.js";
import { markUpstreamSync, syncReads } from "./upstream-sync.js";

/**
 * What the source can read of the repository beyond the diff: the files at base (whose headers
 * say whether the project's own files carry a copyright line, and whose) and the changed files'
 * texts at head (an uptake's header is often not in its diff).
 */
export interface ProjectReader {
  /** Every path at base, or undefined when the source cannot list them. */
  basePaths(): string[] | undefined;
  /** The texts of `paths` at base or head; paths it cannot read are left out. */
  texts(side: "base" | "head", paths: string[]): Map<string, string>;
}

/**
 * Code the change takes from another project, found from the headers the change brings and the
 * project's own files (#10), marked as restored lines so every rule leaves it alone:
 * - a new file under another holder's copyright, in a project whose own files carry none (coil's
 *   `CacheControl.kt`, ported from OkHttp under "Copyright (C) 2019 Square, Inc.");
 * - an uptake: the message says it takes the latest code of a named project ("uptake latest
 *   FastDoubleParser code", "latest schubfach code (part of JDK 19)"), and the changed files of
 *   the folders named for it carry that project's notice or another holder's copyright.
 * A project whose own files carry copyright lines is left to `copiedIn`, which knows their holders.
 */
export function markUpstreamCode(change: Change, project: ProjectReader): void {
  markUpstreamSync(change, (paths) => project.texts("head", paths));
  const own = changeWords(change);
  const { foreign, names } = reasonsToRead(change, own);
  if (foreign.length === 0 && names.length === 0) return;
  const paths = project.basePaths();
  if (!paths) return;
  const base = baseFacts(paths, project, changedPaths(change));
  for (const w of [...base.licenceWords, ...base.sharedHolderWords]) own.people.add(w);
  for (const w of topFolderWords(paths)) own.folders.add(w);
  for (const f of foreign) {
    if (!foreignHolders(headerOf(addedText(f)), own.people, own.folders) || base.headedShare(f.path) > HEADED_SHARE) continue;
    markRestored(
      f,
      f.addedLines.map((l) => l.line),
      "another holder's copyright, where the project's own files carry none",
    );
  }
  if (names.length > 0) markUptake(change, project, names, own);
}

/** New files under a holder the change does not name, and projects the message takes code from: what the repository is read for. */
function reasonsToRead(change: Change, own = changeWords(change)): { foreign: ChangedFile[]; names: string[] } {
  return {
    foreign: change.files.filter((f) => wholeNewFile(f) && foreignHolders(headerOf(addedText(f)), own.people, own.folders)),
    names: uptakeNames(change),
  };
}

const changedPaths = (change: Change) => change.files.map((f) => f.path);

/**
 * A reader for a source that reads asynchronously (the GitHub App): when the change gives a reason
 * to, reads the repository's paths (at head: the change's new files are left out) and the texts
 * markUpstreamCode asks for, once, up front. Undefined when there is nothing to read or no tree.
 */
export async function prefetchProject(
  change: Change,
  readTree: () => Promise<string[] | undefined>,
  readTexts: (base: string[], head: string[]) => Promise<[Map<string, string>, Map<string, string>]>,
): Promise<ProjectReader | undefined> {
  const { foreign, names } = reasonsToRead(change);
  // An initial import is told by the size of the base, a port notice by the project's own headers: the tree and samples are read too.
  const ported = portCandidates(change).length > 0;
  // A package.json edited beside new code: a dependency dropped and copied in (vendored-dependency.ts).
  // An edited file that now imports a new file of the change by a relative path: its base text says whether it imported the package by name.
  const manifests = [...vendoringManifests(change), ...repointedImporters(change)];
  // A new file under a root `lib/` or `tools/`: the tree says whether its language is the project's (foreign-tool-folder.ts).
  const tools = foreignToolCandidates(change).length > 0;
  // Another project's package added whole, a template edited beside its output (foreign-packages.ts, template-outputs.ts).
  const packages = mayAddForeignPackage(change);
  const templates = templatesToRead(change);
  // A script the change rebuilds that may be a bundler's output at both sides (rebuilt-bundles.ts).
  const bundles = bundleCandidates(change).map((f) => f.path);
  // A Unity project's copy of the sources, refreshed from an original the change leaves alone (mirrored-copies.ts).
  const mirrors = unityMirrorCandidates(change).length > 0;
  const brought = packages || templates.length > 0 || bundles.length > 0 || mirrors;
  const synced = syncReads(change);
  // Anything but an initial import to read the project for.
  const reasons = foreign.length > 0 || names.length > 0 || ported || manifests.length > 0 || tools || brought || synced.length > 0;
  if (!reasons && !initialImportCandidate(change)) return undefined;
  const tree = await readTree();
  if (!tree) return undefined;
  const added = new Set(change.files.filter((f) => f.status === "added").map((f) => f.path));
  const paths = tree.filter((p) => !added.has(p));
  // Read for an initial import only, into a base that is not near-empty: nothing more to read.
  if (!reasons && paths.length > NEAR_EMPTY_BASE) return undefined;
  const base = [
    ...licencesIn(paths),
    ...[...samplesOf(paths, changedPaths(change)).values()].flat(),
    ...manifests,
    ...(packages ? foreignPackageReads(change, paths) : []),
    ...bundles,
  ];
  const head = [
    ...(names.length > 0
      ? uptakeFiles(change, names)
          .map(({ f }) => f.path)
          .slice(0, MAX_READ)
      : []),
    ...manifests,
    ...templates,
    ...bundles,
    ...synced,
    ...(mirrors ? catchUpOriginals(change, paths).values() : []),
  ];
  const [baseTexts, headTexts] = await readTexts([...new Set(base)], head);
  const pick = (texts: Map<string, string>, ps: string[]) => new Map(ps.flatMap((p) => (texts.has(p) ? [[p, texts.get(p)!] as const] : [])));
  return { basePaths: () => paths, texts: (side, ps) => pick(side === "base" ? baseTexts : headTexts, ps) };
}

// ---- a new file under another holder's copyright ----

/** Own files of a language sampled at base, at most, spread over the repository. */
const SAMPLE = 60;
/** Fewer sampled files than this say nothing about the project's headers. */
const MIN_SAMPLE = 5;
/**
 * At most this share of the project's own files may carry a copyright line for it to count as
 * carrying none by convention: jackson-core's vendored FastDoubleParser and Schubfach, and a few
 * of its oldest files, bring 16%; coil's DiskLruCache 1%; cobra's own headers 24% (a convention).
 * Past it, `copiedIn` judges the headers.
 */
const HEADED_SHARE = 0.2;

/** Any copyright line, dated or not ("Copyright (c) Werner Randelshofer"): what counts as a project's files carrying one. */
const ANY_COPYRIGHT = /\bcopyright\b|\(c\)\s+\w|©/i;

/** A file the change adds whole, not already put back or copied. */
const wholeNewFile = (f: ChangedFile) => f.status === "added" && !f.binary && isCodeFile(f.path) && f.addedLines[0]?.line === 1 && !isRestored(f);

const addedText = (f: ChangedFile) =>
  f.addedLines
    .slice(0, 60)
    .map((l) => l.text)
    .join("\n");

/** Words that name our side: any word of a name of `people`, or every word of a holder among `folders` (see foreignHolders). */
interface OwnWords {
  people: Set<string>;
  folders: Set<string>;
}

/**
 * Words that name our side from the change alone: the repository, the people who made the change
 * (their names, logins, mail domains and co-authors), and the folders it touches ("OkHttp Authors"
 * in `okhttp/src/…`).
 */
function changeWords(change: Change): OwnWords {
  const repo = change.repository ? [change.repository.owner, change.repository.name] : [];
  const people = change.commits.slice(0, 50).flatMap((c) => [c.author.name, c.author.login ?? "", c.author.email, ...trailers(c.message)]);
  const folders = change.files.slice(0, 3000).map((f) => f.path.replace(/[^A-Za-z0-9]+/g, " "));
  return { people: new Set(words([...repo, ...people].join(" "))), folders: new Set(words(folders.join(" "))) };
}

const trailers = (message: string) => [...message.slice(0, 4000).matchAll(/^(?:Co-authored-by|Signed-off-by):([^\n]{0,200})/gim)].map((m) => m[1]);

interface BaseFacts {
  /** The share of the project's own files of a path's language (or of its code, if more) that carry a copyright line. */
  headedShare(path: string): number;
  /** Holders named by the repository's licence. */
  licenceWords: string[];
  /** Holders the sampled own files name often or in several folders: the project's own (see sharedHolders). */
  sharedHolderWords: string[];
}

/** The sample of the project's code files of every language. */
const ALL_CODE = "*";

/** Spread samples of the project's own files: per language of `changed`, and of its code of every language. */
export function samplesOf(paths: string[], changed: string[]): Map<string, string[]> {
  const own = paths.filter((p) => notAuthored(p) === undefined);
  const extensions = [...new Set(changed.map(extensionOf).filter((e) => e !== ""))].slice(0, 5);
  // The project's code of every language too: okio's build scripts carry no header, its Kotlin sources Square's.
  return new Map([
    ...extensions.map((e) => [e, spread(own.filter((p) => extensionOf(p) === e))] as const),
    [ALL_CODE, spread(own.filter(isCodeFile))] as const,
  ]);
}

const licencesIn = (paths: string[]) => ROOT_LICENCES.filter((p) => paths.includes(p));

/** Reads the licence and the samples of own files, once. */
function baseFacts(paths: string[], project: ProjectReader, changed: string[]): BaseFacts {
  const samples = samplesOf(paths, changed);
  const licences = licencesIn(paths);
  const texts = project.texts("base", [...licences, ...[...samples.values()].flat()]);
  const headed = new Map(
    [...samples].map(([e, sample]) => {
      const read = sample.filter((p) => texts.has(p));
      const share = read.length < MIN_SAMPLE ? 1 : read.filter((p) => ANY_COPYRIGHT.test(headerOf(texts.get(p)!))).length / read.length;
      return [e, share];
    }),
  );
  return {
    headedShare: (path) => Math.max(headed.get(extensionOf(path)) ?? 1, headed.get(ALL_CODE) ?? 1),
    licenceWords: licences.flatMap((p) => holders(headerOf(texts.get(p) ?? "")).flatMap(words)),
    sharedHolderWords: sharedHolders([...samples.values()].flat(), texts),
  };
}

/**
 * The words of the repository's top folders: its modules are named for it (`coil-core/` in coil,
 * `okhttp/` in OkHttp), so a holder named so is the project's even when the source does not know
 * the repository's name ("Coil Contributors").
 */
function topFolderWords(paths: string[]): string[] {
  return words(
    [...new Set(paths.filter((p) => p.includes("/")).map((p) => p.slice(0, p.indexOf("/"))))]
      .slice(0, 500)
      .join(" ")
      .replace(/[^A-Za-z0-9]+/g, " "),
  );
}

/**
 * Words of holders the sampled files name in two folders or more, or in MIN_OWN_FILES files: the
 * project's own (cobra's files in its root under Steve Francia's copyright), where a holder of a
 * file or two in one folder is a copy's (jackson-core's Schubfach under Raffaello Giulietti's).
 */
function sharedHolders(paths: string[], texts: Map<string, string>): string[] {
  const named = new Map<string, string[]>();
  for (const p of new Set(paths)) for (const w of new Set(holders(headerOf(texts.get(p) ?? "")).flatMap(words))) named.set(w, [...(named.get(w) ?? []), p]);
  const folders = (ps: string[]) => new Set(ps.map((p) => p.slice(0, p.lastIndexOf("/") + 1))).size;
  return [...named].filter(([, ps]) => ps.length >= MIN_OWN_FILES || folders(ps) >= 2).map(([w]) => w);
}
const MIN_OWN_FILES = 3;

/** At most SAMPLE paths, evenly spaced through the list: a repository's folders, not one of them. */
function spread(paths: string[]): string[] {
  if (paths.length <= SAMPLE) return paths;
  const step = paths.length / SAMPLE;
  return Array.from({ length: SAMPLE }, (_, i) => paths[Math.floor(i * step)]);
}

// ---- an uptake of another project's latest code ----

/**
 * A message that says it takes another project's current code: "uptake latest FastDoubleParser
 * code", "latest schubfach code (part of JDK 19)", "sync with upstream zstd sources", "fast parser
 * code from wrandelshofer/FastDoubleParser". The name is the project's.
 */
const UPTAKE = [
  /\b(?:latest|newest|upstream|current)\s+(?:version\s+of\s+)?([A-Za-z][\w.-]{2,60})\s+(?:code|sources?|implementation|release|version|changes)\b/gi,
  /\bcode\s+from\s+(?:https?:\/\/)?(?:github\.com\/|gitlab\.com\/)?[\w.-]{1,60}\/([A-Za-z][\w.-]{2,60})/gi,
  // "Update the html2text class with a fork from https://github.com/mtibben/html2text": a project's address.
  /\b(?:fork|copy|version|port)\s+from\s+https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org)\/[\w.-]{1,60}\/([A-Za-z][\w.-]{2,60})/gi,
];
/** Names that name no project: what the phrase says of the code itself. */
const NOT_A_NAME = new Set("the this that our its their upstream master main code source sources version changes release".split(" "));
/** A folder named for the project shares this many letters with its name at least, when one holds the other (`doubleparser` of FastDoubleParser). */
const MIN_SHARED = 6;
/** Changed files read at head for the notice, at most. */
const MAX_READ = 200;

/** The projects the message takes code from, not this repository itself. */
function uptakeNames(change: Change): string[] {
  const texts = changeMessages(change);
  const names = texts.flatMap((t) => UPTAKE.flatMap((re) => [...t.matchAll(re)].map((m) => joined(m[1]).toLowerCase())));
  const repo = new Set([change.repository?.name, change.repository?.owner].flatMap((n) => (n ? [joined(n).toLowerCase()] : [])));
  return [...new Set(names.filter((n) => !NOT_A_NAME.has(n) && !repo.has(n)))].slice(0, 10);
}

/**
 * The folder holding `path` (or the file itself), when it is named for one of `names`: another project's code keeps a
 * folder of its own (`io/doubleparser/`, `io/schubfach/`), where a folder higher up is the
 * project's layout (`src/main/kotlin/`, a name that "latest Kotlin version" would give too).
 */
function namedFolder(path: string, names: string[]): string | undefined {
  const parts = path.split("/");
  // A library of one file is named by the file: PHPMailer's `extras/class.html2text.php`.
  const file = parts[parts.length - 1]
    .split(".")
    .slice(0, -1)
    .map((p) => joined(p).toLowerCase())
    .find((p) => names.includes(p));
  if (file !== undefined) return `${path}:${file}`;
  if (parts.length < 2) return undefined;
  const d = joined(parts[parts.length - 2]).toLowerCase();
  return names.some((n) => d === n || (d.length >= MIN_SHARED && n.includes(d)) || (n.length >= MIN_SHARED && d.includes(n))) ? d : undefined;
}

/**
 * Marks the changed files in folders named for a project the message takes code from, when a
 * changed file of such a folder says at head that it is that project's (its notice, or a holder
 * not ours): the message alone cannot take the author's own edits out of review.
 */
function markUptake(change: Change, project: ProjectReader, names: string[], own: OwnWords): void {
  const inFolder = uptakeFiles(change, names);
  if (inFolder.length === 0) return;
  const texts = project.texts(
    "head",
    inFolder.slice(0, MAX_READ).map(({ f }) => f.path),
  );
  const vouched = new Set(inFolder.filter(({ f }) => texts.has(f.path) && theirs(headerOf(texts.get(f.path)!), own)).map(({ folder }) => folder));
  for (const { f, folder } of inFolder)
    if (vouched.has(folder))
      markRestored(
        f,
        f.addedLines.map((l) => l.line),
        "taken from another project's latest code, as the change and the files' headers say",
      );
}

/** The changed files in folders named for a project in `names`, with the folder's name. */
function uptakeFiles(change: Change, names: string[]): Array<{ f: ChangedFile; folder: string }> {
  return change.files
    .filter((f) => f.status !== "removed" && !f.binary && f.addedLines.length > 0 && !isRestored(f))
    .flatMap((f) => {
      const folder = namedFolder(f.path, names);
      return folder === undefined ? [] : [{ f, folder }];
    });
}

/** A header that says the file is another project's: a copy notice ("derived from …"), or a holder not ours. */
function theirs(header: string, own: OwnWords): boolean {
  return copyNotice(header) !== null || foreignHolders(header, own.people, own.folders);
}
