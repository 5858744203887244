import { untrusted, untrustedMessage } from "../../src/report/markdown.js";
import { escapes, HOSTILE, visibleText } from "../helpers/markdown-safety.js";

describe("untrusted, as text", () => {
  it.each(Object.entries(HOSTILE))("keeps %s inert and readable", (_name, text) => {
    const md = untrusted(text);
    expect(escapes(md)).toEqual([]);
    expect(md).not.toContain("<!--");
    expect(visibleText(md)).toBe(text.replace(/\n/g, " "));
  });

  it("breaks @mentions with an entity and a zero-width space, because GitHub matches mentions on the rendered text", () => {
    expect(untrusted("@octocat")).toBe("&#64;&#8203;octocat");
  });

  it("drops control and bidirectional-override characters", () => {
    expect(untrusted("a\u202Eb\u0007c")).toBe("a\uFFFDb\uFFFDc");
  });
});

describe("untrusted, as code", () => {
  it("fences with one backtick more than the longest run in the text", () => {
    expect(untrusted("a.ts:3", "code")).toBe("`a.ts:3`");
    expect(untrusted("a`b", "code")).toBe("``a`b``");
    expect(untrusted(HOSTILE.backticks, "code")).toBe("````` a ``` b ```` c ` `````");
  });

  it.each(Object.entries(HOSTILE))("keeps %s inside one code span", (_name, text) => {
    const md = untrusted(text, "code");
    expect(escapes(md)).toEqual([]);
    expect(md).not.toContain("<!--");
    expect(visibleText(md)).toBe(text.replace(/\n/g, " "));
  });
});

describe("untrustedMessage", () => {
  it("keeps a template's own code spans and escapes the rest", () => {
    expect(untrustedMessage("Commit “<b>@x</b>” lacks `Refs #N`")).toBe("Commit “&lt;b&gt;&#64;&#8203;x&lt;/b&gt;” lacks `Refs #N`");
  });

  it("cannot be broken out of by a path quoted in a code span", () => {
    const md = untrustedMessage(`\`${HOSTILE.breakoutPath}\` changed without a change to its tests.`);
    expect(escapes(md)).toEqual([]);
    expect(visibleText(md)).toBe(`${HOSTILE.breakoutPath} changed without a change to its tests.`);
  });

  it.each(Object.entries(HOSTILE))("keeps %s inert wherever the message quotes it", (_name, text) => {
    for (const message of [`“${text}” lacks \`Refs #N\``, `\`${text}\` ← \`test/${text}\``, `${text} \`x\` ${text}`]) {
      expect(escapes(untrustedMessage(message))).toEqual([]);
      expect(untrustedMessage(message)).not.toContain("<!--");
    }
  });
});
