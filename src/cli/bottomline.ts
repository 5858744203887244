#!/usr/bin/env node
import { HELP } from "./help.js";
import { CliError, type Io } from "./io.js";
import { packageVersion } from "../util/package-info.js";

export type { Io } from "./io.js";

type Command = (args: string[], io: Io) => Promise<number>;

/** Each command is imported only when it runs, so `--help` and `--version` load nothing heavy. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  review: async () => (await import("./review-command.js")).review,
  validate: async () => (await import("./validate-command.js")).validate,
  init: async () => (await import("./init-command.js")).init,
  "install-hook": async () => (await import("./install-hook-command.js")).installHook,
  report: async () => {
    const { reportMain } = await import("./report-command.js");
    return (args, io) => reportMain(args, io, { progress: Boolean(process.stderr.isTTY) });
  },
};

/** The CLI as a function of argv and IO, so tests run it in-process. Returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  const answered = versionOrHelp(command, rest, io);
  if (answered !== undefined) return answered;
  const load = COMMANDS[command];
  try {
    return await (
      await load()
    )(rest, io);
  } catch (err) {
    return usageError(err, command, io);
  }
}

/** `--version`, `--help`, `help [command]`, `<command> --help`, an unknown or missing command: answered without loading any command. */
function versionOrHelp(command: string | undefined, rest: string[], io: Io): number | undefined {
  if (command === "--version" || command === "-v" || command === "version") {
    io.stdout(`${packageVersion()}\n`);
    return 0;
  }
  if (command === undefined) {
    io.stderr(HELP.main + "\n");
    return 2;
  }
  if (command === "--help" || command === "-h" || command === "help") {
    io.stdout(HELP[rest[0] && HELP[rest[0]] ? rest[0] : "main"] + "\n");
    return 0;
  }
  if (!COMMANDS[command]) {
    io.stderr(`bottomline: unknown command "${command}"\n\n${HELP.main}\n`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(HELP[command] + "\n");
    return 0;
  }
  return undefined;
}

/** Bad usage, bad input and git problems are exit 2 with their message; anything else is a bug and goes on. */
function usageError(err: unknown, command: string, io: Io): number {
  if (err instanceof CliError || (err as Error)?.name === "GitError") {
    io.stderr(`bottomline: ${(err as Error).message}\n`);
    return 2;
  }
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS")) {
    io.stderr(`bottomline: ${(err as Error).message}\n\n${HELP[command]}\n`);
    return 2;
  }
  throw err;
}

// Run only when executed (bin, node dist/…/bottomline.js, the bundle), not when imported by tests.
const invokedPath = process.argv[1] ?? "";
if (/(?:^|[\\/])bottomline(?:\.[cm]?js)?$/.test(invokedPath)) {
  const io: Io = {
    cwd: process.cwd(),
    env: process.env,
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(
        `bottomline: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\nPlease report this with the command you ran.\n`,
      );
      process.exitCode = 2;
    },
  );
}
