import { execInWindows } from "../text/line-windows.js";

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
// A part of every word SECRET_NAME's second group matches (password, passwd, pwd, secret, token, the
// keys, auth), under the same flags: a line without one has no assignment to look at.
const SECRET_WORD = /passw|pwd|secret|token|key|auth/i;

// The name's last word must be the secret: `api_token`, `dbPassword`, `SECRET_KEY`. A name that
// merely contains the word is about something else: `GLOBAL_TOKEN_IDENTIFIER`, `token_type`,
// `PASSWORD_FIELD`, `DECISION_TOKENS` (#11).
const SECRET_LAST_WORD = /^(password|passwd|pwd|passphrase|secret|token|apikey|credentials?)$/;
const NOT_THE_SECRET = /^(hash|hashed|digest|sha\d*|md5|checksum|fingerprint|public|encrypted|masked|redacted)$/;
const KEY_QUALIFIER = /^(api|access|secret|private|signing|client|encryption|master|auth)$/;

// Values that are not secrets: references, templates, paths, placeholders and environment reads.
// A secret store's reference names where the secret is kept: TeamCity's `credentialsJSON:<uuid>`
// (kotlinx-datetime's `.teamcity/settings.kts`, judged wrong on held-out histories, session 9),
// HashiCorp Vault's `vault:path#key`, an AWS Secrets Manager ARN.
const NOT_A_VALUE =
  /^(\$\{?|<|%|\{\{|~?\.?\/|[a-z][\w+.-]*:\/\/|credentialsJSON:|vault:|arn:aws:|process\.env|os\.environ|os\.getenv|ENV[[.]|System\.getenv|env\(|getenv|none|null|nil|true|false)/i;
// A value that spells a secret's word (`webhooksecret123`, `my-password-1`) is a made-up one.
const PLACEHOLDER =
  /secret|passw|token|x{3,}|\*{3,}|\.{3}|<[^>]{0,64}>|\$\{|\{\{|%\(|change[_-]?me|your[_-]|placeholder|example|dummy|fake|sample|redacted|replace[_-]?me|insert[_-]|test/i;
// Code, not a value: a call `f(x)`, a template `{expr}`, an index or a type (`auth["id"]`,
// `Optional[str]`), or HTML-escaped code in generated docs (`&#34;`).
const EXPRESSION = /^[\w.]+\(|\{[^}]{0,200}\}|^[A-Za-z_][\w.]{0,60}\[|&(#\d{1,6}|[a-z]{2,8});/;
// Code, not a value: the name ended a string ("Input new password: ") and the quote after it closed
// that string, so what follows is the rest of the expression (`),E=n.limitMessage;…` in a minified
// bundle). A password does not start with a closing bracket, a comma or a semicolon.
const CODE_AFTER_STRING = /^[),;\]}+]/;
// Words joined by separators, maybe with one punctuation mark at either end: `!real_csrf_token`.
// Each segment is a word or a short number: `users_list_pagination_1`, `v2-api-client`.
const WORDS = /^[^A-Za-z0-9]?[A-Za-z]+(?:[_\-. ](?:[A-Za-z]+|[0-9]{1,4}))*[^A-Za-z0-9]?$/;
// A line can hold several candidates (the first a placeholder); a few are looked at, never all,
// so a hostile line of `password=password=…` stays linear.
const MAX_CANDIDATES = 4;

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

/** The name a random-looking literal is assigned to on this line, if the name says it is secret, and the literal. */
export function findAssignedSecret(text: string, minEntropy: number, code: boolean): { name: string; value: string } | undefined {
  // Most lines name no secret: one plain search rules them out before the patterns, whose lookbehind is tried at every character.
  if (!SECRET_WORD.test(text)) return undefined;
  const re = code ? ASSIGNED_QUOTED : ASSIGNED_BARE;
  let rest = text;
  for (let i = 0; i < MAX_CANDIDATES; i++) {
    const m = execInWindows(re, rest);
    if (!m) return undefined;
    const annotation = /^\s{0,16}=(?!=)/.test(rest.slice(m.index + m[0].length, m.index + m[0].length + 20));
    const value = m[4];
    if (!annotation && isSecretName(m[1]) && looksRandom(value, minEntropy) && !(code && CODE_AFTER_STRING.test(value))) return { name: m[1], value };
    rest = rest.slice(m.index + m[0].length);
  }
  return undefined;
}

export function isSecretName(name: string): boolean {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .split(/[_-]+/)
    .filter(Boolean);
  // What is stored is not the secret: `hashed_secret`, `public_key`, `encrypted_password`.
  if (words.slice(0, -1).some((w) => NOT_THE_SECRET.test(w))) return false;
  const last = words.at(-1) ?? "";
  if (SECRET_LAST_WORD.test(last)) return true;
  if (last === "key") return KEY_QUALIFIER.test(words.at(-2) ?? "");
  // apikey, accesskey, clientsecret, authtoken written as one word
  return /(api|access|private|secret)key$|(client|app)secret$|(auth|access|refresh|bearer|api)token$/.test(last);
}

/** Random keys mix kinds of characters; a value of words, a call, a path or a placeholder is not one. */
export function looksRandom(value: string, minEntropy: number): boolean {
  return looksLikePassword(value) && !EXPRESSION.test(value) && entropy(value) >= minEntropy;
}

/**
 * A value someone could use as a password: 8+ characters of at least two kinds (letters, digits,
 * symbols), not words (`correct-horse`), a placeholder (`changeme`, `xxx`, `<pass>`), a template or
 * an environment read. Short values have too few characters for an entropy figure to mean much.
 */
export function looksLikePassword(value: string): boolean {
  if (
    value.length < 8 ||
    NOT_A_VALUE.test(value) ||
    PLACEHOLDER.test(value) ||
    WORDS.test(value) ||
    /^(pass(word)?|secret|admin|root|guest)\d{0,4}$/i.test(value)
  )
    return false;
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((c) => c.test(value)).length >= 2;
}
