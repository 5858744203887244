/**
 * Where a generic secret match in a script weighs less than in product code (#11). serf b11c417fb6
 * (set 21) added `SECRET="1FzgH8LsTtr0Wopn4934OQ=="` to `scripts/start_cluster.sh`, a dev script that
 * starts 100 agents on 127.0.0.x with `-encrypt=$SECRET`: a throwaway gossip key that protects nothing
 * outside the developer's machine, judged wrong as "rotate it now". Issue #11 asks the same of tests,
 * docs and examples: a live provider format fails anywhere, a generic match is at most a notice.
 *
 * - a shell, PowerShell or batch script is where a developer starts things by hand: a generic match
 *   there is a notice, not a failure. A program under `scripts/` (a `reindex.js` holding an Algolia admin
 *   key for its SDK, which names no host) is code like any other and still fails;
 * - a script whose added lines name hosts, all of them on the machine it runs on (`localhost`,
 *   `127.x.x.x`, `::1`, `0.0.0.0`), and none elsewhere: the value can open nothing outside, so it is not
 *   reported, as a CI job's password for its own service container is not (ci-service-credentials.ts).
 *
 * Decided by the path and the added lines, never by a comment: a host the author writes elsewhere in the
 * script keeps the notice. Lines and characters read are bounded.
 */

const SCRIPT_FILE = /\.(?:sh|bash|zsh|ksh|ps1|psm1|bat|cmd)$/i;
const LOOPBACK_HOST = /^(?:localhost|127(?:\.(?:\d{1,3}|\$\{\w+\}|\$\w+)){3}|0\.0\.0\.0|::1|\[::1\])$/i;
/** Hosts a line names: an IPv4 address (its last parts may be a shell variable), a URL's host, `user@host` or `--host x`. */
const HOSTS = [
  /\b\d{1,3}\.(?:\d{1,3}|\$\{\w+\}|\$\w+)\.(?:\d{1,3}|\$\{\w+\}|\$\w+)\.(?:\d{1,3}(?![\d.])|\$\{\w+\}|\$\w+)/g,
  /:\/\/(?:[^@/\s]*@)?(\[[^\]\s]{1,60}\]|[\w.-]{1,253})/g,
  /\b[\w.-]{1,64}@([A-Za-z][\w-]*(?:\.[\w-]+)+)/g,
  /\blocalhost\b/gi,
];
const MAX_LINES = 2000;
const MAX_CHARS = 500;

export function isDevScript(path: string): boolean {
  return SCRIPT_FILE.test(path);
}

/** Every host the lines name, bounded. */
function hostsNamed(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of lines.slice(0, MAX_LINES)) {
    const text = raw.slice(0, MAX_CHARS);
    for (const re of HOSTS) for (const m of text.matchAll(re)) out.push((m[1] ?? m[0]).toLowerCase());
  }
  return out;
}

/** A script whose added lines name hosts, every one of them on the machine it runs on. */
export function onlyReachesLoopback(path: string, addedTexts: readonly string[]): boolean {
  if (!isDevScript(path)) return false;
  const hosts = hostsNamed(addedTexts);
  return hosts.length > 0 && hosts.every((h) => LOOPBACK_HOST.test(h));
}

// A URL's credentials and its host: `postgres://user:password@localhost:5432/db`.
const URL_WITH_CREDENTIALS = /:\/\/[^@/\s]{1,200}@(\[[^\]\s]{1,60}\]|[\w.-]{1,253})/g;

/**
 * Whether the line's URLs with credentials all name a host on the machine that runs them (tortoise-orm's blacksheep
 * docstring, `'postgres://postgres:qwerty123@localhost:5432/events'`, judged *wrong*, set 29): a password for a
 * database on the reader's own machine opens nothing anywhere else. Decided by the URL itself, never by a comment.
 */
export function urlsReachOnlyLoopback(text: string): boolean {
  const hosts = [...text.slice(0, MAX_CHARS * 4).matchAll(URL_WITH_CREDENTIALS)].map((m) => m[1].toLowerCase());
  return hosts.length > 0 && hosts.every((h) => LOOPBACK_HOST.test(h));
}
