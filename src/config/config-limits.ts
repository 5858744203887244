import type { Document, LineCounter, Node } from "yaml";
import type { ConfigError } from "./config-error.js";

/**
 * Caps on what a rules.yml may ask of the App. Config is compiled on a replica shared by every
 * installation, so one repository's file must not take CPU or stack from the others (#9): an 8 KB
 * RE2 pattern took 8 s to compile, and 200,000 ignore globs overflowed the stack.
 */
export const CONFIG_LIMITS = {
  /** Bytes of .github/rules.yml. */
  fileBytes: 256 * 1024,
  /** Characters of one regular expression. */
  patternChars: 1024,
  /** Globs in `ignore`, `overrides[].files` and `overrides[].excluded_files`, all together. */
  globs: 1000,
  /** YAML aliases (`*name`) expanded when the file is read: more is an alias bomb. */
  aliases: 100,
} as const;

/** The error for a file over the size cap, at the line where the cap is crossed. */
export function oversizeError(text: string, file: string): ConfigError | undefined {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes <= CONFIG_LIMITS.fileBytes) return undefined;
  const head = Buffer.from(text, "utf8").subarray(0, CONFIG_LIMITS.fileBytes).toString("utf8");
  const line = head.split("\n").length;
  return {
    file,
    line,
    column: 1,
    message: `the file is ${Math.ceil(bytes / 1024)} KB; the limit is ${CONFIG_LIMITS.fileBytes / 1024} KB and it is crossed on this line. Use fewer, broader globs and patterns (e.g. "generated/**" instead of one entry per file)`,
  };
}

type GlobList = { path: Array<string | number>; count: number };

/** Every glob list in a parsed (unvalidated) config, with its path for error positions. */
function globLists(value: unknown): GlobList[] {
  const lists: GlobList[] = [];
  if (value === null || typeof value !== "object") return lists;
  const v = value as { ignore?: unknown; overrides?: unknown };
  if (Array.isArray(v.ignore)) lists.push({ path: ["ignore"], count: v.ignore.length });
  if (Array.isArray(v.overrides)) {
    v.overrides.forEach((o: unknown, i) => {
      if (o === null || typeof o !== "object") return;
      const { files, excluded_files } = o as { files?: unknown; excluded_files?: unknown };
      if (Array.isArray(files)) lists.push({ path: ["overrides", i, "files"], count: files.length });
      if (Array.isArray(excluded_files)) lists.push({ path: ["overrides", i, "excluded_files"], count: excluded_files.length });
    });
  }
  return lists;
}

/**
 * Checked before the schema, so 200,000 globs are refused before any of them is compiled. The
 * error points at the list in which the total crosses the cap.
 */
export function tooManyGlobs(value: unknown, file: string, source?: { doc?: Document; lines?: LineCounter }): ConfigError | undefined {
  let total = 0;
  for (const list of globLists(value)) {
    total += list.count;
    if (total <= CONFIG_LIMITS.globs) continue;
    const all = globLists(value).reduce((n, l) => n + l.count, 0);
    const node = source?.doc?.getIn(list.path, true) as Node | undefined;
    const at = node?.range && source?.lines ? source.lines.linePos(node.range[0]) : undefined;
    return {
      file,
      ...(at ? { line: at.line, column: at.col } : {}),
      message: `${list.path.join(".")}: the config has ${all} globs and the limit is ${CONFIG_LIMITS.globs} in all (ignore, overrides' files and excluded_files). Merge them with wildcards, e.g. "vendor/**" or "**/*.generated.ts"`,
    };
  }
  return undefined;
}
