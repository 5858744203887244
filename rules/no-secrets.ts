import { z } from "zod";
import { defineRule, type RawFinding } from "../src/engine/rule.js";
import { isCodeFile } from "../src/text/languages.js";
import { execInWindows, testInWindows } from "../src/text/line-windows.js";

interface SecretPattern {
  kind: string;
  re: RegExp;
}

// Provider formats with a fixed shape: precise enough to flag on sight. Quantifiers are bounded
// so that each match is short (see SECRET_NAME below).
const PATTERNS: SecretPattern[] = [
  { kind: "AWS access key ID", re: /(?<![A-Z0-9])(AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}(?![A-Z0-9])/ },
  { kind: "AWS secret access key", re: /aws.{0,20}(secret|private).{0,20}['"=:\s][A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])/i },
  { kind: "GitHub token", re: /(?<![A-Za-z0-9_])(gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{60,255})(?![A-Za-z0-9_])/ },
  { kind: "private key", re: /-----BEGIN ((RSA|EC|DSA|OPENSSH|PGP|ENCRYPTED) )?PRIVATE KEY( BLOCK)?-----/ },
  { kind: "Slack token", re: /(?<![A-Za-z0-9])xox[abprs]-[A-Za-z0-9-]{10,255}/ },
  { kind: "Slack webhook", re: /hooks\.slack\.com\/services\/T[A-Z0-9]{6,32}\/B[A-Z0-9]{6,32}\/[A-Za-z0-9]{20,64}/ },
  { kind: "Stripe key", re: /(?<![A-Za-z0-9])(sk|rk)_live_[A-Za-z0-9]{20,255}/ },
];

// A literal assigned to a name that says it is secret: password = "…", apiKey: '…', TOKEN=…
// In code the value must be a string literal (a regex or an expression assigned to TOKEN_PATTERN
// is not a secret); in config files (.env, YAML, INI, properties) it may be bare.
// Every quantifier is bounded: with `[\w-]*` a 400 KB line `const tokentoken…token = 1` backtracked
// over every "token" for every position (36 s, #9). A real name is short; a real value is under
// 1,000 characters. With these bounds each match is short, and `execInWindows` keeps the scan of a
// long line linear.
const SECRET_NAME = String.raw`(?<![/\w-])([\w-]{0,64}?(password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|client[_-]?secret|auth)[\w-]{0,64})(?![\w-])["']?\s{0,16}(=|:|=>|:=)\s{0,16}`;
const ASSIGNED_QUOTED = new RegExp(SECRET_NAME + String.raw`["'\`]([^\s"'\`]{12,900})["'\`]`, "i");
const ASSIGNED_BARE = new RegExp(SECRET_NAME + String.raw`["'\`]?([^\s"'\`]{12,900})(?![^\s"'\`])`, "i");
// Values that are obviously not real secrets: references, templates, paths, placeholders.
const PLACEHOLDER =
  /^(\$\{?|<|%|\{\{|~?\.?\/|[a-z][\w+.-]*:\/\/|process\.env|os\.environ|env\(|getenv|example|changeme|dummy|placeholder|your[_-]|xxx|\*{3}|test|fake|sample|redacted|none|null|true|false)/i;

/** Shannon entropy in bits per character. Random keys score ≥ 3.5; words and identifiers less. */
export function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

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
        "This line adds what looks like a {kind}. Rotate it now (it stays in the git history even if you delete the line), and load it from a secret store or an environment variable instead.",
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
    const out: RawFinding[] = [];
    for (const file of change.files) {
      const code = isCodeFile(file.path);
      for (const { line, text } of file.addedLines) {
        const kind = detect(text, opts.min_entropy, code);
        if (kind) out.push({ messageId: "secret", path: file.path, line, data: { kind } });
      }
    }
    return out;
  },
});

function detect(text: string, minEntropy: number, code: boolean): string | undefined {
  if (text.length < 16) return undefined;
  for (const p of PATTERNS) if (testInWindows(p.re, text)) return p.kind;
  const m = execInWindows(code ? ASSIGNED_QUOTED : ASSIGNED_BARE, text);
  // Random keys mix letters with digits or symbols; a value of letters and underscores is a word or a name.
  const value = m?.[4] ?? "";
  if (m && !PLACEHOLDER.test(value) && !/^[\w.]+\(/.test(value) && !/^[A-Za-z_.-]+$/.test(value) && entropy(value) >= minEntropy) {
    return `secret assigned to \`${m[1]}\``;
  }
  return undefined;
}
