import { reportMain } from "../cli/report-command.js";
import { appendStepSummary, setOutputs } from "./action-env.js";
import type { ActionIo, ActionRun } from "./run-action.js";

/**
 * The Action's `report` input (#15): instead of reviewing a pull request, the step writes the
 * checklist metrics of the checked-out history (`bottomline report --last <window>`) as Markdown
 * to the job summary. It runs on any event (a schedule, a push to main); the checkout needs the
 * history it reports on (`fetch-depth: 0`), and the report says so when the clone is shallow.
 */
export async function runReportStep(env: NodeJS.ProcessEnv, io: ActionIo, last: string): Promise<ActionRun> {
  const dir = env.GITHUB_WORKSPACE || process.cwd();
  let markdown = "";
  const code = await reportMain([dir, "--last", last, "--format", "markdown"], {
    cwd: dir,
    env,
    color: false,
    stdout: (s) => void (markdown += s),
    stderr: (s) => io.stdout(s),
  });
  if (code !== 0) return { exitCode: 1, outcome: "failed" };
  if (!appendStepSummary(env, markdown)) io.stdout(markdown);
  setOutputs(env, { outcome: "report" });
  return { exitCode: 0, outcome: "report" };
}
