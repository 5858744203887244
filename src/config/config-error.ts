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
