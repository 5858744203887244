import { hasKeyLikeRun } from "../../src/secrets/secret-values.js";

/** The regex form the one-pass scan replaced: every greedy run of 12+ key characters, one with a letter and a digit. */
const byRegex = (text: string): boolean => (text.match(/[A-Za-z0-9+/=_-]{12,}/g) ?? []).some((run) => /[0-9]/.test(run) && /[A-Za-z]/.test(run));

describe("hasKeyLikeRun", () => {
  it.each([
    ["const key = 'AKIAIOSFODNN7EXAMPLE';", true],
    ["token: ghp_0123456789abcdefghij", true],
    ["abcdefghijk1", true],
    ["abcdefghij1", false],
    ['const token = "not-a-secret-just-a-placeholder";', false],
    ["123456789012345", false],
    ["abc def ghi jkl mno 123 456", false],
    ["x=aGVsbG8gd29ybGQhIQ==", true],
    ["", false],
  ])("%s → %s", (text, expected) => {
    expect(hasKeyLikeRun(text)).toBe(expected);
    expect(byRegex(text)).toBe(expected);
  });

  it("agrees with the regex form on random lines of key and other characters", () => {
    const alphabet = "aZ09+/=_-. :\"'é\u{1F600}";
    let seed = 20;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 3000; n++) {
      let text = "";
      const length = next() % 60;
      for (let i = 0; i < length; i++) text += next() % 4 === 0 ? alphabet[next() % alphabet.length] : "aZ09"[next() % 4].repeat(1 + (next() % 5));
      expect(hasKeyLikeRun(text)).toBe(byRegex(text));
    }
  });
});
