import { runAction } from "./run-action.js";
import { escapeData } from "../report/workflow-commands.js";

// The Action's entry (action.yml → dist-action/index.js, bundled by `npm run bundle`).
runAction(process.env, { stdout: (s) => process.stdout.write(s) }).then(
  (run) => {
    process.exitCode = run.exitCode;
  },
  (err: unknown) => {
    const message = err instanceof Error ? err.message : String(err);
    process.stdout.write(`::error title=Bottomline::${escapeData(message)}\n`);
    process.exitCode = 1;
  },
);
