import { createRequire } from "node:module";
import Ajv from "ajv";
import type { ReviewResult } from "../../src/engine/review-result.js";
import { renderRdjson } from "../../src/report/rdjson.js";
import { renderSarif } from "../../src/report/sarif.js";
import { escapeData, escapeProperty, renderWorkflowCommands } from "../../src/report/workflow-commands.js";
import { rules } from "../../rules/index.js";

const require = createRequire(import.meta.url);

const result: ReviewResult = {
  conclusion: "failure",
  findings: [
    {
      rule: "issue-reference",
      severity: "failure",
      message: "Commit abcdef1 references no issue. Every change should trace back to an issue.",
      commit: "abcdef1234",
    },
    { rule: "max-line-length", severity: "warning", message: "Line is 130 characters long (max 120).", path: "src/a b%.ts", line: 12 },
    { rule: "tests-required", severity: "notice", message: "src/a.ts changed without tests.", path: "src/a.ts" },
  ],
  rules: [],
  gaps: [],
  notes: {},
  suppressed: {},
  filesReviewed: 2,
  commitsReviewed: 1,
};

/** The SARIF 2.1.0 JSON Schema (draft-04) as shipped by Microsoft's @microsoft/jest-sarif, validated with ajv 6 as that package does. */
function sarifValidator() {
  const ajv = new Ajv({ schemaId: "auto", validateSchema: false, allErrors: true });
  ajv.addMetaSchema(require("ajv/lib/refs/json-schema-draft-04.json"));
  return ajv.compile(require("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"));
}

describe("--format sarif", () => {
  const log = JSON.parse(renderSarif(result));

  it("validates against the SARIF 2.1.0 JSON Schema", () => {
    const validate = sarifValidator();
    expect(validate(log) ? [] : validate.errors).toEqual([]);
    // The validator does reject what is not SARIF.
    expect(validate({ ...log, version: "2.0.0" })).toBe(false);
  });

  it("describes every rule with its help text and helpUri, and places results on files and lines", () => {
    const driver = log.runs[0].tool.driver;
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(Object.keys(rules));
    const mll = driver.rules.find((r: { id: string }) => r.id === "max-line-length");
    expect(mll.help.markdown).toContain("# ");
    expect(mll.helpUri).toMatch(/^https:\/\/.+\/rules\/max-line-length\.md$/);
    expect(log.runs[0].results.map((r: { ruleId: string; level: string }) => [r.ruleId, r.level])).toEqual([
      ["issue-reference", "error"],
      ["max-line-length", "warning"],
      ["tests-required", "note"],
    ]);
    expect(log.runs[0].results[1].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: "src/a%20b%25.ts", uriBaseId: "%SRCROOT%" },
      region: { startLine: 12 },
    });
    expect(log.runs[0].results[0].locations).toBeUndefined();
  });
});

describe("--format github", () => {
  it("writes one workflow command per finding", () => {
    const out = renderWorkflowCommands(result).split("\n");
    expect(out[0]).toBe("::error title=Bottomline issue-reference::Commit abcdef1 references no issue. Every change should trace back to an issue.");
    expect(out[1]).toBe("::warning file=src/a b%25.ts,line=12,title=Bottomline max-line-length::Line is 130 characters long (max 120).");
    expect(out[2]).toBe("::notice file=src/a.ts,title=Bottomline tests-required::src/a.ts changed without tests.");
    expect(out[3]).toBe("Bottomline: 1 failure, 1 warning, 1 notice (conclusion: failure)");
  });

  it("escapes file names and messages as @actions/core does, so they cannot start commands of their own", () => {
    expect(escapeData("50%\r\n::stop-commands::x")).toBe("50%25%0D%0A::stop-commands::x");
    expect(escapeProperty("a:b,c%\n")).toBe("a%3Ab%2Cc%25%0A");
    const hostile: ReviewResult = {
      ...result,
      findings: [{ rule: "max-line-length", severity: "failure", message: "x\n::error::forged", path: "a,line=1::\n::warning::b.ts", line: 3 }],
    };
    const lines = renderWorkflowCommands(hostile).trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe("::error file=a%2Cline=1%3A%3A%0A%3A%3Awarning%3A%3Ab.ts,line=3,title=Bottomline max-line-length::x%0A::error::forged");
  });
});

describe("--format rdjson", () => {
  it("gives reviewdog's diagnostics with severity, location and rule code", () => {
    const out = JSON.parse(renderRdjson(result));
    expect(out.source.name).toBe("bottomline");
    expect(out.diagnostics[1]).toMatchObject({
      message: "Line is 130 characters long (max 120).",
      location: { path: "src/a b%.ts", range: { start: { line: 12 } } },
      severity: "WARNING",
      code: { value: "max-line-length" },
    });
    expect(out.diagnostics[0].location).toBeUndefined();
    expect(out.diagnostics[2].location).toEqual({ path: "src/a.ts" });
  });
});
