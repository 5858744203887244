/**
 * A text with every whitespace character removed: what `text.replace(/\s+/g, "")` returns. A long
 * line (a 1.6 MB run of `TODO `, #10) has hundreds of thousands of whitespace runs, and V8 builds
 * the replaced string from that many pieces, which grows faster than the line: copying the other
 * characters into one buffer and decoding it once is linear. Short lines, and the rare text with a
 * lone surrogate (which decoding would turn into U+FFFD), keep the regular expression.
 */
const LONG = 4_096;
const utf16 = new TextDecoder("utf-16le");
/** One pattern for every call: a literal in the function would make a new RegExp per line. */
const WHITESPACE = /\s+/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function withoutWhitespace(text: string): string {
  if (text.length < LONG || LONE_SURROGATE.test(text)) return text.replace(WHITESPACE, "");
  const out = new Uint16Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isWhitespace(c)) out[n++] = c;
  }
  return utf16.decode(out.subarray(0, n));
}

/** The characters `\s` matches: ECMAScript's WhiteSpace and LineTerminator. */
export function isWhitespace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
