import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { rules } from "../../rules/index.js";
import { packageRoot, packageVersion } from "../util/package-info.js";

/** Where Bottomline's own source lives on GitHub (package.json `repository` says the same): the default home of the rule docs. */
export const HOME_REPOSITORY = "bottomline-review/bottomline";

/**
 * A rule doc URL that always works: BOTTOMLINE_DOCS_URL when an operator serves the docs; in a
 * GitHub Action, the doc in the action's own repository at the ref the workflow uses; otherwise
 * the doc in Bottomline's repository at the released tag of this version.
 */
export function defaultRuleDocUrl(ruleId: string, env: NodeJS.ProcessEnv = process.env): string {
  const id = encodeURIComponent(ruleId);
  if (env.BOTTOMLINE_DOCS_URL) return `${env.BOTTOMLINE_DOCS_URL.replace(/\/$/, "")}/${id}.md`;
  const server = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/$/, "");
  if (env.GITHUB_ACTION_REPOSITORY && env.GITHUB_ACTION_REF && /^[\w.-]+\/[\w.-]+$/.test(env.GITHUB_ACTION_REPOSITORY))
    return `${server}/${env.GITHUB_ACTION_REPOSITORY}/blob/${encodeURIComponent(env.GITHUB_ACTION_REF)}/rules/${id}.md`;
  return `https://github.com/${HOME_REPOSITORY}/blob/v${packageVersion()}/rules/${id}.md`;
}

/** A rule's doc as Markdown (why it matters, how to fix), or its one-line description when the doc is not shipped. */
export function ruleDocText(ruleId: string): string {
  const file = join(packageRoot(), "rules", `${ruleId}.md`);
  if (existsSync(file)) return readFileSync(file, "utf8");
  return rules[ruleId]?.meta.description ?? ruleId;
}
