import type { Change } from "../model/change.js";
import { isTrackerPrefix } from "./todo-refs.js";

// A tracker key as a team writes it in its commit subjects and titles: `CSHARP-6191: Test against 9.0`,
// `[JAVA-5512] Fix pool`. The prefix must be a word of capitals, not a version or a hash.
const KEY = /(?<![\w-])([A-Z][A-Z0-9_]{1,15})-\d{1,9}(?![\w-])/g;
const byChange = new WeakMap<Change, ReadonlySet<string>>();

/**
 * The tracker key prefixes the change's own title and commit subjects use (`CSHARP` of `CSHARP-6191`):
 * a team that keys its commits to Jira tracks its TODOs there too, so `// TODO: handle initializers
 * (see CSHARP-5853)` names its issue wherever the key stands. Only subjects: a body may quote anything.
 */
export function projectKeyPrefixes(change: Change): ReadonlySet<string> {
  let keys = byChange.get(change);
  if (keys) return keys;
  const subjects = [change.title, ...change.commits.map((c) => c.message.split("\n", 1)[0])].map((s) => s.slice(0, 500));
  keys = new Set(subjects.flatMap((s) => [...s.matchAll(KEY)].map((m) => m[1]).filter(isTrackerPrefix)));
  byChange.set(change, keys);
  return keys;
}

/** Whether the text holds a key under one of the project's prefixes (`see CSHARP-5853`). */
export function hasProjectKey(text: string, prefixes: ReadonlySet<string>): boolean {
  return holdsKey(text, prefixes, 1);
}

/**
 * The tracker keys a file already wrote at base (`[Obsolete("To be removed in PM-33141")]`): the same key in a new TODO
 * of that file names that issue (bitwarden 6244dfc7d5's `// TODO: … update validation in PM-33141 …`, judged *wrong* when
 * said on set 31, its subject keyless). Whole keys only, read at base: a pull request cannot plant one.
 */
export function baseKeys(baseText: string | undefined): ReadonlySet<string> {
  if (baseText === undefined) return new Set();
  return new Set([...baseText.slice(0, 400_000).matchAll(KEY)].filter((m) => isTrackerPrefix(m[1])).map((m) => m[0]));
}

/** Whether the text holds one of these whole keys. */
export function hasKnownKey(text: string, keys: ReadonlySet<string>): boolean {
  return holdsKey(text, keys, 0);
}

/** Whether a key in the text's first characters is in the set, whole (`group` 0) or by its prefix (1). */
function holdsKey(text: string, set: ReadonlySet<string>, group: 0 | 1): boolean {
  if (set.size === 0) return false;
  for (const m of text.slice(0, 4000).matchAll(KEY)) if (set.has(m[group])) return true;
  return false;
}

/**
 * Public trackers whose keys a project names in TODOs about its dependencies: JetBrains' YouTrack for Kotlin (`KT-30016`,
 * kotlinx.collections.immutable's "after KT-30016 gets fixed", judged *wrong* as unreferenced on set 47) and IntelliJ,
 * OpenJDK's JBS (`JDK-8251234`), and Jira projects of widely used libraries. Three digits at least: `UTF-8` and `SHA-256`
 * are no keys, and none of these prefixes names an encoding.
 */
const PUBLIC_TRACKERS = new Set(["KT", "KTOR", "KTIJ", "IDEA", "IJPL", "JDK", "HHH", "SPR", "MNG", "GROOVY", "LUCENE", "KAFKA", "SPARK", "HADOOP"]);
const PUBLIC_KEY = /(?<![\w-])([A-Z]{2,6})-\d{3,9}(?![\w-])/g;

/** Whether the text names an issue of a well-known public tracker by its key. */
export function hasPublicTrackerKey(text: string): boolean {
  for (const m of text.slice(0, 4000).matchAll(PUBLIC_KEY)) if (PUBLIC_TRACKERS.has(m[1])) return true;
  return false;
}
