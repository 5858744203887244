/** What a command may touch, so tests run the CLI in-process with their own cwd, env and output. */
export interface Io {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  color: boolean;
  /** Defaults to process.env. */
  env?: NodeJS.ProcessEnv;
}

/** A usage or input problem: printed as `bottomline: <message>`, exit code 2. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliError";
  }
}

export function plural(n: number, word = "problem"): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
