import * as z from "zod";
import { defineRule, type Lookups, type RawFinding } from "../src/engine/rule.js";
import type { Change, ChangedFile } from "../src/model/change.js";
import { findAssignedSecret } from "../src/secrets/assigned-secrets.js";
import { findKnownFormat } from "../src/secrets/known-formats.js";
import { scanProviderTokens } from "../src/secrets/provider-tokens.js";
import {
  isCoverageUploadToken,
  isShipkitReadOnlyToken,
  isFirebaseClientKey,
  isFirebaseWebKey,
  isPublicSearchKey,
  isSignedUrlKeyId,
} from "../src/secrets/public-keys.js";
import { isCiKeyFile } from "../src/secrets/ci-key-files.js";
import { inDocExample, isDocExampleLine } from "../src/text/doc-examples.js";
import { isLocalServiceCredential } from "../src/secrets/ci-service-credentials.js";
import { isSampleValue } from "../src/secrets/sample-values.js";
import { isFixtureOrDoc, isGeneratedOutput, notWrittenHere } from "../src/secrets/secret-places.js";
import { basePathsOf, fingerprint, wasAtBase } from "../src/secrets/secret-values.js";
import { isDevScript, onlyReachesLoopback, urlsReachOnlyLoopback } from "../src/analysis/dev-script-secrets.js";
import { alsoOn } from "../src/text/also-on.js";
import { isCodeFile } from "../src/text/languages.js";

export default defineRule({
  meta: {
    id: "no-secrets",
    description: "The change adds no credentials: cloud keys, tokens, private keys or high-entropy passwords.",
    category: "readability",
    defaultSeverity: "failure",
    // Judges each file on its own: the engine may run it file by file (src/engine/time-budget.ts).
    perFile: true,
    // Generated, vendored and ignored files too: a PR author decides what looks generated.
    scansIgnoredFiles: true,
    // The messages never repeat the secret: findings end up in logs, summaries and emails.
    messages: {
      secret:
        "This line adds what looks like {a} {kind}{also}. Rotate it now (it stays in the git history even if you delete the line), and load it from a secret store or an environment variable instead.",
      scriptSecret:
        "This script adds what looks like {a} {kind}{also}. If it opens anything beyond the machine the script runs on, rotate it and have the script read it from an environment variable instead.",
      ciKey:
        "This file beside the CI configuration adds what looks like {a} {kind}{also}. If only the CI's own throwaway servers use it (a test database's TLS), it opens nothing; if it opens anything else (a deploy key), rotate it and keep it in the CI's secrets instead.",
    },
  },
  options: z
    .object({
      min_entropy: z.number().min(0).max(8).default(3.5).describe("Bits per character above which a literal assigned to a secret-looking name is flagged."),
      allow_suppression: z
        .boolean()
        .default(false)
        .describe(
          "Let `bottomline-disable-line no-secrets` comments in a pull request silence a finding. Off by default: the comment is written by the PR's author, so only the base branch's rules.yml can allow it.",
        ),
    })
    .strict(),
  // The base text of every file of the change: a value already there is not new, wherever it moved.
  needs(change) {
    const baseContents = basePathsOf(change.files);
    return baseContents.length > 0 ? { baseContents } : {};
  },
  check(change, opts, found) {
    return change.files.flatMap((file) => checkFile(file, change, opts.min_entropy, found));
  },
});

interface Hit {
  line: number;
  kind: string;
  /** A live provider format: reported everywhere. Otherwise a generic shape (a password, a JWT, a private key). */
  provider: boolean;
  value: string;
}

/** At most one finding per line: a provider token first (secretlint), then known formats, then assignments. */
function findHits(file: ChangedFile, minEntropy: number): Hit[] {
  const code = isCodeFile(file.path);
  const byLine = new Map<number, Hit>();
  const texts = new Map(file.addedLines.map((l) => [l.line, l.text]));
  for (const hit of scanProviderTokens(file.path, file.addedLines)) {
    // An access key ID a pre-signed link carries in its query is the link's, not a leaked credential.
    if (isSignedUrlKeyId(texts.get(hit.line) ?? "", hit.value)) continue;
    // A Firebase app's client config names its API key for every copy of the app: public by design.
    if (isFirebaseClientKey(file.path, hit.value) || isFirebaseWebKey(hit.value, hit.line, file.addedLines)) continue;
    if (!byLine.has(hit.line)) byLine.set(hit.line, hit);
  }
  for (const { line, text } of file.addedLines) {
    if (byLine.has(line) || text.length < 16) continue;
    const known = findKnownFormat(text);
    if (known && (isFirebaseClientKey(file.path, known.value) || isFirebaseWebKey(known.value, line, file.addedLines))) continue;
    if (known) byLine.set(line, { line, kind: known.format.kind, provider: known.format.provider, value: known.value });
    else {
      const assigned = findAssignedSecret(text, minEntropy, code);
      // A search-only key (Algolia's, in a docs site's config) ships to every browser: public by design.
      if (assigned && isPublicSearchKey(file.path, assigned.name, assigned.value, line, file.addedLines)) continue;
      // So is a Codecov upload token in Codecov's config file: it uploads coverage, nothing more.
      if (assigned && isCoverageUploadToken(file.path, assigned.name, assigned.value)) continue;
      // And Shipkit's read-only GitHub token, which its guide has projects commit: it reads, and the write token is elsewhere.
      if (assigned && isShipkitReadOnlyToken(file.path, assigned.name, assigned.value)) continue;
      if (assigned) byLine.set(line, { line, kind: `secret assigned to \`${assigned.name}\``, provider: false, value: assigned.value });
    }
  }
  return [...byLine.values()].sort((a, b) => a.line - b.line);
}

/**
 * One finding per new secret value in the file, on its first line, naming the other lines it is
 * on. A value already at base is not new, nor is a published example or a value typed by hand
 * (src/secrets/sample-values.ts). In tests, fixtures, docs, examples, doctests, doc comments and generated output
 * only live provider formats count: every generic match judged there (test keys that must parse,
 * sample passwords) was a fixture, and its shape cannot tell a real one apart (#11). So in files
 * nobody wrote in the change: ignored, vendored, build output, minified (#10).
 */
function checkFile(file: ChangedFile, change: Change, minEntropy: number, found: Lookups): RawFinding[] {
  const genericCounts = !isFixtureOrDoc(file.path) && !isGeneratedOutput(file) && notWrittenHere(file, change) === undefined;
  const texts = new Map(file.addedLines.map((l) => [l.line, l.text]));
  const lineText = (line: number) => texts.get(line);
  const byValue = new Map<string, Hit[]>();
  let loopbackOnly: boolean | undefined;
  for (const hit of findHits(file, minEntropy)) {
    // A doctest or doc comment is documentation, wherever its file is; a published or typed-by-hand value is nobody's key.
    if (!hit.provider && (!genericCounts || isDocExampleLine(texts.get(hit.line) ?? ""))) continue;
    // So is an `@example`'s sample output in a `#` doc comment, and a CI job's password for the
    // service container it starts itself: neither opens anything outside (#11).
    if (!hit.provider && (inDocExample(hit.line, lineText) || isLocalServiceCredential(file.path, hit.line, lineText))) continue;
    // A dev script that only talks to its own machine (serf's start_cluster.sh, set 21): its key opens nothing.
    if (!hit.provider && (loopbackOnly ??= onlyReachesLoopback(file.path, [...texts.values()]))) continue;
    // So does a password in a URL to a server on the same machine, wherever it is written (a docstring's config example).
    if (!hit.provider && urlsReachOnlyLoopback(texts.get(hit.line) ?? "")) continue;
    if (isSampleValue(hit.value)) continue;
    const print = fingerprint(hit.value);
    const same = byValue.get(print);
    if (same) same.push(hit);
    else if (!wasAtBase(print, found)) byValue.set(print, [hit]);
  }
  return credentials([...byValue.values()]).map((hits) => {
    const [first, ...more] = hits;
    const kind = [...new Set(hits.map((h) => h.kind))].join(" and ");
    const data = { a: article(kind), kind, also: alsoOn(more.map((h) => h.line)) };
    // In a script a generic match is at most a notice (#11); a live provider format fails anywhere.
    if (isDevScript(file.path) && !hits.some((h) => h.provider))
      return { messageId: "scriptSecret", severity: "notice" as const, path: file.path, line: first.line, data };
    // A key file with the CI's support files (ci-key-files.ts): most likely its test server's, so a notice.
    if (isCiKeyFile(file.path) && !hits.some((h) => h.provider))
      return { messageId: "ciKey", severity: "notice" as const, path: file.path, line: first.line, data };
    return { messageId: "secret", path: file.path, line: first.line, data };
  });
}

// Parts of one credential sit within a few lines of each other: an AWS key ID and its secret key
// in a credentials block (#11).
const SAME_CREDENTIAL_LINES = 3;

/**
 * Groups of hits (one group per secret value) merged into one credential when the same provider's
 * values sit within SAME_CREDENTIAL_LINES of each other: rotating the credential fixes them all.
 */
function credentials(groups: Hit[][]): Hit[][] {
  const out: Hit[][] = [];
  for (const group of [...groups].sort((a, b) => a[0].line - b[0].line)) {
    const last = out.at(-1);
    if (last && sameCredential(last, group)) last.push(...group);
    else out.push([...group]);
  }
  return out.map((hits) => hits.sort((a, b) => a.line - b.line));
}

function sameCredential(previous: Hit[], next: Hit[]): boolean {
  const family = familyOf(previous[0]);
  if (family === undefined || family !== familyOf(next[0])) return false;
  if (!previous.some((h) => h.provider) && !next.some((h) => h.provider)) return false;
  // Two values of the same kind (two GitHub tokens) are two credentials; one credential's parts differ.
  if (previous.some((h) => h.kind === next[0].kind)) return false;
  return previous.some((p) => next.some((n) => Math.abs(n.line - p.line) <= SAME_CREDENTIAL_LINES));
}

/** The provider a hit belongs to: its kind's first word ("AWS access key ID"), or the name a secret was assigned to (`aws_secret_access_key`). */
function familyOf(hit: Hit): string | undefined {
  const assigned = /^secret assigned to `([A-Za-z]+)/.exec(hit.kind);
  if (assigned) return assigned[1].toLowerCase();
  const word = /^[A-Z][A-Za-z]*/.exec(hit.kind);
  return hit.provider && word ? word[0].toLowerCase() : undefined;
}

function article(kind: string): string {
  return /^[AEIOU]/.test(kind) ? "an" : "a";
}
