import { LineCounter, parseDocument, visit, type Document } from "yaml";
import { CONFIG_LIMITS, oversizeError, tooManyGlobs } from "./config-limits.js";
import type { ConfigError } from "./config-error.js";
import { locateIssues } from "./locate-issues.js";
import { configSchema, type RawConfig } from "./schema.js";
import { resolveConfig, type ResolvedConfig } from "./resolve-config.js";

export interface LoadResult {
  config?: ResolvedConfig;
  errors: ConfigError[];
}

interface ParsedYaml {
  value: unknown;
  doc?: Document;
  lines?: LineCounter;
  errors: ConfigError[];
}

/** Parses rules.yml text; YAML syntax errors come back with their line and column. */
export function parseConfigYaml(text: string, file: string): ParsedYaml {
  const tooBig = oversizeError(text, file);
  if (tooBig) return { value: undefined, errors: [tooBig] };
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const errors = doc.errors.map((e) => {
      const { line, col } = lines.linePos(e.pos[0]);
      return { file, line, column: col, message: `invalid YAML: ${firstLine(e.message)}. Check the indentation and quoting on this line` };
    });
    return { value: undefined, errors };
  }
  try {
    return { value: doc.toJS({ maxAliasCount: CONFIG_LIMITS.aliases }) ?? {}, doc, lines, errors: [] };
  } catch (err) {
    // yaml refuses to expand an alias bomb (nested aliases that multiply): a config error, not a crash.
    const at = firstAlias(doc, lines);
    const why = err instanceof Error ? err.message : String(err);
    return {
      value: undefined,
      errors: [{ file, ...at, message: `the YAML aliases (*name) expand too much (${why}). Write the values out instead of nesting aliases` }],
    };
  }
}

/** Where the first alias is, so the error names a line. */
function firstAlias(doc: Document, lines: LineCounter): { line?: number; column?: number } {
  let at: { line?: number; column?: number } = {};
  visit(doc, {
    Alias(_, node) {
      if (node.range) {
        const { line, col } = lines.linePos(node.range[0]);
        at = { line, column: col };
      }
      return visit.BREAK;
    },
  });
  return at;
}

/** Loads a rules.yml from its text: YAML, then the schema, then presets. Every problem is reported at once. */
export function loadConfig(text: string, file: string): LoadResult {
  const parsed = parseConfigYaml(text, file);
  if (parsed.errors.length > 0) return { errors: parsed.errors };
  return validateConfig(parsed.value, file, parsed);
}

/**
 * Validates an already-parsed config (e.g. what Probot's context.config() merged). When the YAML
 * document is given, errors point at its lines.
 */
export function validateConfig(value: unknown, file: string, source?: { doc?: Document; lines?: LineCounter }): LoadResult {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return { errors: [{ file, line: 1, column: 1, message: "the config must be a map of keys such as rules:, ignore: and overrides: (see the README)" }] };
  }
  const tooMany = tooManyGlobs(value, file, source);
  if (tooMany) return { errors: [tooMany] };
  const result = configSchema.safeParse(value);
  if (!result.success) {
    const errors =
      source?.doc && source.lines
        ? locateIssues(result.error.issues, source.doc, source.lines, file, value)
        : locateIssues(result.error.issues, parseDocument("{}"), new LineCounter(), file, value);
    return { errors };
  }
  return { config: resolveConfig(value as RawConfig, file), errors: [] };
}

/** The config of a repository that has no rules.yml. */
export function defaultConfig(): ResolvedConfig {
  return resolveConfig({ extends: "recommended" }, "recommended preset (no .github/rules.yml)");
}

function firstLine(s: string): string {
  return s.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}
