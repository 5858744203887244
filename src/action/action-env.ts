import { appendFileSync } from "node:fs";
import { randomBytes } from "node:crypto";

/**
 * The runner's side of a JavaScript action, without @actions/core: inputs come as INPUT_<NAME>
 * variables, outputs and the job summary go to the files GITHUB_OUTPUT and GITHUB_STEP_SUMMARY name.
 */
export function input(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}

/** Appends `name=value` lines; a value with a line break uses the runner's delimiter form, with a delimiter it cannot contain. */
export function setOutputs(env: NodeJS.ProcessEnv, outputs: Record<string, string | number>): void {
  const file = env.GITHUB_OUTPUT;
  if (!file) return;
  const lines = Object.entries(outputs).map(([k, v]) => {
    const value = String(v);
    if (!/[\r\n]/.test(value)) return `${k}=${value}\n`;
    const delimiter = `ghadelimiter_${randomBytes(16).toString("hex")}`;
    return `${k}<<${delimiter}\n${value}\n${delimiter}\n`;
  });
  appendFileSync(file, lines.join(""));
}

export function appendStepSummary(env: NodeJS.ProcessEnv, markdown: string): boolean {
  if (!env.GITHUB_STEP_SUMMARY) return false;
  appendFileSync(env.GITHUB_STEP_SUMMARY, markdown.endsWith("\n") ? markdown : `${markdown}\n`);
  return true;
}
