import { z } from "zod";
import { defineRule, type RawFinding } from "../src/engine/rule.js";
import type { ChangedFile } from "../src/model/change.js";
import { findAssignedSecret } from "../src/secrets/assigned-secrets.js";
import { findKnownFormat } from "../src/secrets/known-formats.js";
import { scanProviderTokens } from "../src/secrets/provider-tokens.js";
import { isFixtureOrDoc } from "../src/secrets/secret-places.js";
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
        "This line adds what looks like {a} {kind}. Rotate it now (it stays in the git history even if you delete the line), and load it from a secret store or an environment variable instead.",
      fixtureSecret:
        "This test, fixture or doc adds what looks like {a} {kind}. If it is a real credential, rotate it now (it stays in the git history); if it is a fake, make it obviously fake (`example`, `xxx`, a short value) so that it does not train readers to ignore this check.",
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
  check(change, opts) {
    return change.files.flatMap((file) => checkFile(file, opts.min_entropy));
  },
});

/** At most one finding per line: a provider token first (secretlint), then known formats, then assignments. */
function checkFile(file: ChangedFile, minEntropy: number): RawFinding[] {
  const fixture = isFixtureOrDoc(file.path);
  const code = isCodeFile(file.path);
  const byLine = new Map<number, { kind: string; provider: boolean }>();
  for (const hit of scanProviderTokens(file.path, file.addedLines)) {
    if (!byLine.has(hit.line)) byLine.set(hit.line, hit);
  }
  for (const { line, text } of file.addedLines) {
    if (byLine.has(line) || text.length < 16) continue;
    const format = findKnownFormat(text);
    if (format) byLine.set(line, { kind: format.kind, provider: format.provider });
    else {
      const name = findAssignedSecret(text, minEntropy, code);
      if (name) byLine.set(line, { kind: `secret assigned to \`${name}\``, provider: false });
    }
  }
  return [...byLine.entries()]
    .sort(([a], [b]) => a - b)
    .map(([line, { kind, provider }]) =>
      fixture && !provider
        ? { messageId: "fixtureSecret", path: file.path, line, data: { a: article(kind), kind }, severity: "notice" as const }
        : { messageId: "secret", path: file.path, line, data: { a: article(kind), kind } },
    );
}

function article(kind: string): string {
  return /^[AEIOU]/.test(kind) ? "an" : "a";
}
