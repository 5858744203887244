/**
 * Values that cannot be anyone's credential: a provider's or an RFC's published example, or a
 * value made up by hand (#11). loguru's notifier docs held `a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5`,
 * a "UUID" with letters past `f` (`fc8f938z-9250-2buh-…`), Telegram's sample bot token and the
 * access token of RFC 6749's examples. A credential generator never yields a run of successive
 * characters, and a value shaped like a format it breaks was typed, not issued.
 */

// Published examples every reader of the provider's docs or the RFC has seen: public on purpose.
// Only whole, exact values: one close to them is judged like any other.
const PUBLISHED_SAMPLES = new Set([
  // RFC 6749 (OAuth 2.0) §4.1.3–§5.1: access token, refresh token, client secret.
  "2YotnFZFEjr1zCsicMWpAA",
  "tGzv3JOkF0XG5Qx2TlKWIA",
  "7Fjfp0ZBr1KtDRbnfVdmIw",
  // Telegram Bot API docs: the token of the example bot, and the token shape in its FAQ.
  "110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw",
  "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11",
  // jwt.io's default token ({"sub":"1234567890","name":"John Doe","iat":1516239022}, key "your-256-bit-secret").
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
]);

// Key material published in a provider's docs, which readers paste under a key name of their own: MinIO's KMS quickstart key
// (`MINIO_KMS_SECRET_KEY=my-minio-key:OSMM+…`, in minio-go's CI and many projects' test scripts; judged *wrong*, set 29).
const PUBLISHED_KEY_MATERIAL = new Set(["OSMM+vkKUTCvQs9YL/CVMIMt43HFhkUpqJxTmGl6rYw="]);

// 8-4-4-4-12 groups of letters and digits: the shape of a UUID, which is hexadecimal.
const UUID_SHAPE = /^[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}$/i;
const NOT_HEX = /[g-z]/i;
// A share of steps that chance never gives a random key of 12+ characters (about 1 in 30 a step).
const PATTERN_SHARE = 0.8;
const MIN_PATTERN_CHARS = 12;

/** True for a published example value or one made up by hand: successive or repeating characters, or a UUID that is not hexadecimal. */
export function isSampleValue(value: string): boolean {
  const v = value.trim();
  if (PUBLISHED_SAMPLES.has(v) || PUBLISHED_KEY_MATERIAL.has(v.slice(v.lastIndexOf(":") + 1))) return true;
  if (UUID_SHAPE.test(v)) return NOT_HEX.test(v);
  return typedByHand(v.replace(/[^A-Za-z0-9]/g, ""));
}

/**
 * Successive characters (`abcdef123456`, `a0b1c2d3…`: each one follows the one one or two places
 * before it) or a short repeated unit (`abcabcabc…`) over most of the value. Linear in its length.
 */
function typedByHand(s: string): boolean {
  if (s.length < MIN_PATTERN_CHARS) return false;
  for (let stride = 1; stride <= 2; stride++) if (share(s, stride, follows) >= PATTERN_SHARE) return true;
  for (let period = 1; period <= 4; period++) if (share(s, period, (a, b) => a === b) >= PATTERN_SHARE) return true;
  return false;
}

function share(s: string, step: number, pair: (a: string, b: string) => boolean): number {
  let n = 0;
  for (let i = step; i < s.length; i++) if (pair(s[i - step], s[i])) n++;
  return n / (s.length - step);
}

/** `b` comes right after `a` when counting: 0→1, 9→0 or 9→a (hexadecimal), f→a (hex wraps), z→a. */
function follows(a: string, b: string): boolean {
  if (b.charCodeAt(0) - a.charCodeAt(0) === 1) return true;
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return (x === "9" && (y === "0" || y === "a")) || ((x === "f" || x === "z") && y === "a");
}
