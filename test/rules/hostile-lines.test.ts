import { rules } from "../../rules/index.js";
import { HOSTILE_SHAPES, hostileChange, hostileLookups } from "../../bench/hostile-lines.js";
import { runReviewSync } from "../../src/engine/run-review.js";
import { defaultConfig } from "../../src/config/load-config.js";

// Every registered rule meets 500 KB lines of the worst shapes we know (#9). A rule that is
// quadratic on one of them would take minutes here; the timing itself lives in `npm run bench`
// (bench/rule-linearity.ts), since tests never assert on time. Here each rule must finish and
// behave: findings stay well-formed, and no-secrets still finds a key hidden behind the junk.
const SIZE = 500_000;
const PATHS = ["src/hostile.ts", "config/.env"];

describe.each(Object.keys(rules))("rule %s on 500 KB hostile lines", (id) => {
  const rule = rules[id];
  // max-line-length is quiet without a configured limit: give it one, so that its line handling runs.
  const options = rule.options.parse(id === "max-line-length" ? { default_max: 120 } : {});
  it.each(Object.keys(HOSTILE_SHAPES))("%s", (shape) => {
    const line = HOSTILE_SHAPES[shape](SIZE);
    expect(line.length).toBeGreaterThanOrEqual(SIZE);
    for (const path of PATHS) {
      const change = hostileChange(line, path);
      const found = rule.check(change, options, hostileLookups(change, line));
      for (const f of found) {
        expect(rule.meta.messages[f.messageId]).toBeDefined();
        if (f.path !== undefined) expect(f.path).toBe(path);
      }
      // max-line-length flags every such line; nothing on one added line can yield many findings.
      expect(found.length).toBeLessThan(50);
    }
  });
});

describe("behaviour on hostile lines", () => {
  // Fakes are split so that this file does not itself add a key (no-secrets reviews tests too).
  const AWS = "AKIA" + "IOSFODNN7EXAMPLQ";
  const noSecrets = rules["no-secrets"];
  const check = (line: string, path = "src/hostile.ts") =>
    noSecrets.check(hostileChange(line, path), noSecrets.options.parse({}), hostileLookups(hostileChange(line), line));

  it.each(Object.keys(HOSTILE_SHAPES))("no-secrets finds a key after 500 KB of %s", (shape) => {
    const line = `${HOSTILE_SHAPES[shape](SIZE)} ${AWS}`;
    expect(check(line).map((f) => f.data?.kind)).toContain("AWS access key ID");
  });

  it("no-secrets still flags a secret assigned to a token name on a long line", () => {
    const junk = "x".repeat(SIZE);
    const found = check(`const a = "${junk}"; const api_token = "${"q8Zr2LmX9v" + "Pw4TkY7sNb"}";`);
    expect(found.map((f) => f.data?.kind)).toEqual(["secret assigned to `api_token`"]);
  });

  it("the quadratic line of #9 is not a secret", () => {
    expect(check(HOSTILE_SHAPES["long identifier with token"](SIZE))).toEqual([]);
  });

  it("max-line-length reports the real length of a 500 KB line", () => {
    const rule = rules["max-line-length"];
    const found = rule.check(hostileChange("a=".repeat(SIZE / 2)), rule.options.parse({ default_max: 120 }), hostileLookups(hostileChange(""), ""));
    expect(found).toEqual([expect.objectContaining({ messageId: "tooLong", data: { length: SIZE, max: 120, also: "" } })]);
  });

  it("the whole engine reviews a 500 KB line of backticks in a commit message", () => {
    const line = "Fix " + "`".repeat(SIZE) + " Refs #12";
    const result = runReviewSync(hostileChange(line), defaultConfig());
    expect(result.findings.filter((f) => f.rule === "issue-reference" && f.message.includes("references no issue"))).toEqual([]);
  });
});
