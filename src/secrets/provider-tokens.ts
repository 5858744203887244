import { rules as recommended } from "@secretlint/secretlint-rule-preset-recommend";
import type { SecretLintRuleContext, SecretLintRuleCreator, SecretLintRuleReportHandler, SecretLintSourceCode } from "@secretlint/types";
import { WINDOW } from "../text/line-windows.js";
import { looksLikePassword } from "./assigned-secrets.js";

/** A credential found by secretlint, on an added line. */
export interface ProviderHit {
  line: number;
  kind: string;
  /**
   * A live provider format (fails even in tests and docs). False for shapes that fixtures and
   * docs hold as often as leaks do: private keys, Stripe test-mode keys.
   */
  provider: boolean;
  /** The matched text, to compare with the base; never reported (findings must not repeat a secret). */
  value: string;
}

// A password in a URL (`https://user:pass@host`, `postgres://app:…@db`) is a secret only when the
// password is one: tests and docs are full of `user:pass@`, `admin:admin@` and `${PASSWORD}`.
const PASSWORD_IN_URL = ["BasicAuth", "MongoDBConnection", "MySQLConnection", "PostgreSQLConnection"];

// Every live token format ends in a random part: 16+ letters and digits of mixed kinds
// (`ghp_` + 36, `xoxb-…-` + 24, `AKIA` + 16, `sk_live_` + 24+). Docs and SDK tests use the prefix
// with a made-up tail (`xoxb-111-222-xxxxx`, `xapp-A111-222-xyz`, `xoxp-1234123412341234-…`),
// which secretlint's looser patterns accept. Some rules report a range that is not the token
// itself (the AWS secret's range starts at its name; a key's body spans lines; URLs are judged
// by their password): those are left to their own checks.
const WHOLE_MATCH_NOT_REPORTED = new Set(["AWSSecretAccessKey", "PrivateKey", "IncomingWebhook", ...PASSWORD_IN_URL]);

function hasRandomPart(token: string): boolean {
  for (const run of token.match(/[A-Za-z0-9]{16,}/g) ?? []) {
    if ([/[a-z]/, /[A-Z]/, /[0-9]/].filter((c) => c.test(run)).length >= 2) return true;
  }
  return false;
}

/** Finer names for some of secretlint's message ids. */
const MESSAGE_KINDS: Record<string, string> = {
  AWSAccessKeyID: "AWS access key ID",
  AWSSecretAccessKey: "AWS secret access key",
  IncomingWebhook: "Slack webhook",
  SLACK_TOKEN: "Slack token",
  STRIPE_SECRET_KEY_TEST: "Stripe test-mode key",
  BasicAuth: "password in a URL",
  MongoDBConnection: "database URL with a password",
  MySQLConnection: "database URL with a password",
  PostgreSQLConnection: "database URL with a password",
};
const GENERIC_MESSAGES = new Set(["PrivateKey", "STRIPE_SECRET_KEY_TEST", ...PASSWORD_IN_URL]);
// A token with a run of ten equal characters (`ghp_xxxxxxxx…`, `AKIA0000…`) is a placeholder in
// the provider's format, not a key: a random token has such a run with negligible probability.
// Only the reported match is read, so text after a real token cannot make it look like one.
const PLACEHOLDER_RUN = /([^\s])\1{9}|\*{4}/;

/** What a secretlint rule's id says, in the words of our message ("This line adds what looks like a …"). */
const KINDS: Record<string, string> = {
  aws: "AWS credential",
  gcp: "Google Cloud service account key",
  privatekey: "private key",
  npm: "npm token",
  basicauth: "password in a URL",
  slack: "Slack token or webhook",
  sendgrid: "SendGrid API key",
  shopify: "Shopify token",
  stripe: "Stripe secret key",
  github: "GitHub token",
  gitlab: "GitLab token",
  grafana: "Grafana token",
  openai: "OpenAI API key",
  anthropic: "Anthropic API key",
  "database-connection-string": "database connection string with a password",
};

// secretlint-rule-filter-comments honours `secretlint-disable` comments. Those comments are
// written by the pull request's author, who must not be able to switch the check off (#9), so it
// is left out; Bottomline's own `allow_suppression` decides. It calls itself a scanner too, so it
// is left out by its id: kept in, any added `secretlint-disable` made the whole rule fail.
const FILTER_COMMENTS = "@secretlint/secretlint-rule-filter-comments";
const SCANNERS = recommended.filter((r) => r.meta.type === "scanner" && r.meta.id !== FILTER_COMMENTS) as SecretLintRuleCreator<any>[];
// The AWS rule finds access key IDs only when asked: an `AKIA…` ID is what a leak looks like most
// often. The same switch reports a 12-digit account ID, which is an identifier, not a credential.
const OPTIONS: Record<string, object> = { "@secretlint/secretlint-rule-aws": { enableIDScanRule: true } };
const NOT_SECRETS = new Set(["AWSAccountID"]);

/**
 * Runs secretlint's recommended provider rules over the added lines of one file, synchronously.
 *
 * Why not `lintSource` from @secretlint/core: it is async (rule handlers may return promises, for
 * binary `.p12` files), and Bottomline's rules are synchronous, pure checks that the engine runs
 * step by step under a time budget. The recommended scanners are synchronous for text, so they are
 * driven here through secretlint's public rule API (`create(context).file(source)`), which keeps
 * one detector for the engine, the CLI, the bench and the tests. A handler that returns a promise
 * (only the binary path does) is not awaited: binary files carry no added lines.
 *
 * Cost is bounded the way line-windows.ts bounds our own patterns: only added lines are fed, and a
 * long line is fed as overlapping windows of at most STEP + OVERLAP characters, each a line of its
 * own, so a 500 KB hostile line costs a constant per window.
 */
export function scanProviderTokens(path: string, lines: readonly { line: number; text: string }[]): ProviderHit[] {
  // No scanner could run (see NEEDS): most files' lines hold none of the literals, and one search
  // of each line for any of them is cheaper than joining the lines and searching for each.
  if (ANY_LITERAL && !NEEDS_BY_EXTENSION.has(extensionOf(path)) && !lines.some((l) => ANY_LITERAL!.test(l.text))) return [];
  const doc = buildDocument(lines);
  if (doc.content.length === 0) return [];
  const hits: ProviderHit[] = [];
  const seen = new Set<string>();
  const source = sourceCode(path, doc.content);
  for (const [creator, ruleKind, mayReport] of SCANNER_KINDS) {
    if (!mayReport(doc.content, source.ext)) continue;
    const context: SecretLintRuleContext = {
      sharedOptions: {},
      createTranslator: (() => (messageId: string, data?: object) => ({ message: messageId, messageId, data })) as never,
      report: (d) => {
        const messageId = (d.message as { messageId?: string }).messageId ?? "";
        if (NOT_SECRETS.has(messageId)) return;
        const found = doc.content.slice(d.range[0], d.range[1]);
        if (PLACEHOLDER_RUN.test(found)) return;
        if (PASSWORD_IN_URL.includes(messageId) && !urlPasswordIsReal(found)) return;
        if (!WHOLE_MATCH_NOT_REPORTED.has(messageId) && !hasRandomPart(found)) return;
        const kind = MESSAGE_KINDS[messageId] ?? ruleKind;
        const line = doc.lineAt(d.range[0]);
        const key = `${line}\0${kind}`;
        if (line !== undefined && !seen.has(key)) {
          seen.add(key);
          hits.push({ line, kind, provider: !GENERIC_MESSAGES.has(messageId), value: found });
        }
      },
      ignore: () => undefined,
    };
    const handler: SecretLintRuleReportHandler = creator.create(context, OPTIONS[creator.meta.id] ?? {});
    const pending = handler.file?.(source);
    if (pending) pending.catch(() => undefined);
  }
  return hits.sort((a, b) => a.line - b.line);
}

/**
 * What each scanner cannot report without: a literal that every pattern it runs must match, under
 * the pattern's own flags (read from the preset's sources). Most files hold none, and testing one
 * literal is far cheaper than a scanner's patterns, which cannot skip ahead to a prefix (a
 * lookbehind, the `u` flag): skipping a scanner that could not have reported changes nothing (#13).
 * A scanner not listed here (a new one in a later preset) always runs.
 */
const LITERALS: Record<string, RegExp> = {
  // Access key IDs by prefix; the secret key and the account ID only after a `key` or `account` name.
  aws: /A3T|AKIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ASIA|KEY|key|Key|ACCOUNT|account|Account/,
  privatekey: /-----BEGIN/,
  npm: /npm_|_authToken=|x-oauth-basic/,
  basicauth: /:\/\//,
  slack: /xox|xapp|hooks\.slack\.com/i,
  sendgrid: /SG\./,
  shopify: /shp/,
  stripe: /k_live_|k_test_/,
  github: /gh[pousr]_|github_pat_/,
  gitlab: /glpat-/,
  grafana: /glc_|glsa_/,
  openai: /sk-/,
  anthropic: /sk-ant-/,
  groq: /gsk_/,
  huggingface: /hf_/,
  linear: /lin_api_/,
  notion: /ntn_/,
  "1password": /ops_/,
  "database-connection-string": /mongodb|mysql|postgres/i,
  "hashicorp-vault": /hv[sbr]\./,
  vercel: /vc[piark]_/,
  databricks: /dapi/,
  docker: /dckr_pat_/,
  figma: /figd_/,
  cloudflare: /cfk_|cfut_|cfat_/,
  tailscale: /tskey-/,
};

/** Extensions a scanner reads whatever the text: gcp reads `.p12` and `.json` files (a JSON file as parsed, so escapes hide nothing from it). */
const NEEDS_BY_EXTENSION = new Set([".p12", ".json"]);

const NEEDS: Record<string, (content: string, ext: string) => boolean> = {
  ...Object.fromEntries(Object.entries(LITERALS).map(([id, literal]) => [id, (content: string) => literal.test(content)])),
  gcp: (_, ext) => NEEDS_BY_EXTENSION.has(ext),
};

/**
 * Any scanner's literal, case aside (so a superset of each): a text it does not match lets no
 * scanner run. Undefined when a scanner of the preset has no literal listed (it always runs).
 */
const ANY_LITERAL = SCANNERS.every((c) => shortId(c.meta.id) in NEEDS)
  ? new RegExp(
      Object.values(LITERALS)
        .map((re) => `(?:${re.source})`)
        .join("|"),
      "i",
    )
  : undefined;

/** A path's extension as secretlint's source gives it (`.json`), or "". */
function extensionOf(path: string): string {
  const dot = path.lastIndexOf(".");
  return dot > path.lastIndexOf("/") ? path.slice(dot) : "";
}

const always = () => true;

/** Each scanner with the kind its findings name and what it needs to report, worked out once rather than for every file (#13). */
const SCANNER_KINDS: [SecretLintRuleCreator<any>, string, (content: string, ext: string) => boolean][] = SCANNERS.map((creator) => [
  creator,
  kindOf(creator.meta.id),
  NEEDS[shortId(creator.meta.id)] ?? always,
]);

/** Whether a scanner (by its full id) may report on a text: false only when it cannot (see NEEDS). */
export function scannerMayReport(id: string, content: string, ext: string): boolean {
  return (NEEDS[shortId(id)] ?? always)(content, ext);
}

/** The password of `scheme://user:password@host` looks like one: not a word, a placeholder or a template. */
function urlPasswordIsReal(url: string): boolean {
  const m = /:\/\/[^:/@\s]{0,100}:([^@/\s]{1,200})@/.exec(url);
  return m !== null && looksLikePassword(decodeURIComponentSafe(m[1]));
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function shortId(id: string): string {
  return id.replace(/^@secretlint\/secretlint-rule-/, "");
}

function kindOf(id: string): string {
  const short = shortId(id);
  return KINDS[short] ?? `${short} credential`;
}

interface Document {
  content: string;
  /** The added line that holds this offset of the content (undefined on a separator). */
  lineAt(offset: number): number | undefined;
}

/**
 * The added lines as one text (secretlint's PEM rule needs consecutive lines). Lines that are not
 * consecutive in the file are kept apart by a separator line no pattern can cross; a long line
 * becomes overlapping windows. Offsets map back to line numbers by binary search.
 */
function buildDocument(lines: readonly { line: number; text: string }[]): Document {
  const parts: string[] = [];
  const starts: number[] = [];
  const owners: (number | undefined)[] = [];
  let offset = 0;
  let previous: number | undefined;
  const push = (text: string, owner: number | undefined) => {
    starts.push(offset);
    owners.push(owner);
    parts.push(text);
    offset += text.length + 1;
  };
  for (const { line, text } of lines) {
    if (previous !== undefined && line !== previous + 1) push("\u0000", undefined);
    for (const piece of windows(text)) push(piece, line);
    previous = line;
  }
  return {
    content: parts.join("\n"),
    lineAt(at) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= at) lo = mid;
        else hi = mid - 1;
      }
      return owners[lo];
    },
  };
}

function windows(text: string): string[] {
  const { STEP, CONTEXT, OVERLAP } = WINDOW;
  if (text.length <= STEP + OVERLAP) return [text];
  const out: string[] = [];
  for (let start = 0; start < text.length; start += STEP) out.push(text.slice(Math.max(0, start - CONTEXT), start + STEP + OVERLAP));
  return out;
}

function sourceCode(path: string, content: string): SecretLintSourceCode {
  const ext = extensionOf(path);
  const unsupported = (): never => {
    throw new Error("not needed by the recommended scanners");
  };
  return {
    hasBOM: false,
    content,
    filePath: path,
    physicalFilePath: undefined,
    contentType: "text",
    ext,
    getFilePath: () => path,
    getPhysicalFilePath: () => undefined,
    locationToRange: unsupported,
    rangeToLocation: unsupported,
    positionToIndex: unsupported,
    indexToPosition: unsupported,
  };
}
