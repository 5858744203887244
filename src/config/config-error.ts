/** One problem in a rules.yml, with where it is and how to fix it. */
export interface ConfigError {
  file: string;
  line?: number;
  column?: number;
  message: string;
}

export function formatConfigError(e: ConfigError): string {
  const where = e.line ? `${e.file}:${e.line}:${e.column ?? 1}` : e.file;
  return `${where}  ${e.message}`;
}

/** Thrown where a caller cannot go on without a valid config; carries every problem at once. */
export class InvalidConfigError extends Error {
  constructor(public readonly errors: ConfigError[]) {
    super(`invalid configuration:\n${errors.map(formatConfigError).join("\n")}`);
    this.name = "InvalidConfigError";
  }
}
