import { rules } from "../../rules/index.js";
import type { ReviewResult } from "../engine/review-result.js";
import type { ActiveSeverity, Severity } from "../engine/rule.js";
import { packageVersion } from "../util/package-info.js";
import { fingerprint } from "./fingerprint.js";
import { ruleDocUrl } from "./markdown.js";
import { HOME_REPOSITORY, ruleDocText } from "./rule-docs.js";

const LEVEL: Record<Severity, "error" | "warning" | "note" | "none"> = { failure: "error", warning: "warning", notice: "note", off: "none" };

/**
 * `--format sarif`: SARIF 2.1.0, as github/codeql-action/upload-sarif takes it. Each rule carries
 * its description, its doc as help text and a helpUri; each result a stable fingerprint, so code
 * scanning tracks a finding across pushes. Findings about a commit rather than a file have no location.
 */
export function renderSarif(result: ReviewResult): string {
  const ids = Object.keys(rules);
  const index = new Map(ids.map((id, i) => [id, i]));
  const sarifRules = ids.map((id) => {
    const meta = rules[id].meta;
    const doc = ruleDocText(id);
    return {
      id,
      name: id.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase()),
      shortDescription: { text: meta.description },
      fullDescription: { text: meta.description },
      help: { text: doc, markdown: doc },
      helpUri: ruleDocUrl(id),
      defaultConfiguration: { level: LEVEL[meta.defaultSeverity], enabled: meta.defaultSeverity !== "off" },
      properties: { tags: ["bottomline", meta.category] },
    };
  });
  const results = result.findings.map((f) => ({
    ruleId: f.rule,
    ...(index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {}),
    level: LEVEL[f.severity as ActiveSeverity],
    message: { text: f.message },
    ...(f.path
      ? {
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(f.path), uriBaseId: "%SRCROOT%" },
                region: { startLine: f.line ?? 1 },
              },
            },
          ],
        }
      : {}),
    partialFingerprints: { "bottomline/v1": fingerprint(f, f.message) },
    // What a too-big change's size finding counts instead of listing (see bulk-new-files.ts), as data.
    ...(f.setAside ? { properties: { setAside: f.setAside } } : {}),
  }));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "Bottomline", version: packageVersion(), informationUri: `https://github.com/${HOME_REPOSITORY}`, rules: sarifRules } },
        results,
        columnKind: "unicodeCodePoints",
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
}
