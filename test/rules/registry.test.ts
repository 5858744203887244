import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { rules, ruleIds } from "../../rules/index.js";
import { buildJsonSchema } from "../../src/config/json-schema.js";
import { SEVERITIES } from "../../src/engine/rule.js";

const root = join(import.meta.dirname ?? __dirname, "..", "..");

describe("rule registry", () => {
  it.each(ruleIds)("%s: file name, doc, table test and metadata line up", (id) => {
    const rule = rules[id];
    expect(rule.meta.id).toBe(id);
    expect(existsSync(join(root, "rules", `${id}.ts`))).toBe(true);
    expect(existsSync(join(root, "test", "rules", `${id}.test.ts`))).toBe(true);
    const doc = readFileSync(join(root, "rules", `${id}.md`), "utf8");
    expect(doc.startsWith(`# ${id}\n`)).toBe(true);
    expect(doc).toContain(rule.meta.description);
    expect(doc).toContain(`**Default severity:** ${rule.meta.defaultSeverity}`);
    // Every option is documented.
    for (const option of Object.keys(rule.options.shape)) expect(doc).toContain(`\`${option}\``);
    expect(SEVERITIES).toContain(rule.meta.defaultSeverity);
    expect(() => rule.options.parse({})).not.toThrow();
  });

  it("every rule module in rules/ is registered", () => {
    const modules = readdirSync(join(root, "rules"))
      .filter((f) => f.endsWith(".ts") && f !== "index.ts")
      .map((f) => f.replace(/\.ts$/, ""));
    expect(modules.sort()).toEqual([...ruleIds].sort());
  });

  it("the README lists every rule with its checklist item, default severity and doc", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    expect(readme.startsWith("# Bottomline\n\n```sh\nnpm ci && npm run review")).toBe(true);
    for (const id of ruleIds) {
      const { category, defaultSeverity } = rules[id].meta;
      expect(readme).toContain(`| \`${id}\` | ${category} | ${defaultSeverity} | [rules/${id}.md](rules/${id}.md) |`);
    }
  });

  it("schema/rules.schema.json is up to date (run `npm run schema` after changing a rule's options)", () => {
    const committed = JSON.parse(readFileSync(join(root, "schema", "rules.schema.json"), "utf8"));
    expect(committed).toEqual(JSON.parse(JSON.stringify(buildJsonSchema())));
  });
});
