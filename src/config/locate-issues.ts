import { isMap, isPair, isScalar, type Document, type LineCounter, type Node } from "yaml";
import type { z } from "zod";
import { ruleIds, rules } from "../../rules/index.js";
import { SEVERITIES } from "../engine/rule.js";
import type { ConfigError } from "./config-error.js";
import { didYouMean } from "./did-you-mean.js";
import { PRESET_NAMES, reviewSchema } from "./schema.js";

type Path = Array<string | number>;

/** Turns zod issues into config errors that point at the line and column in the YAML source. */
export function locateIssues(issues: z.core.$ZodIssue[], doc: Document, lines: LineCounter, file: string, value: unknown): ConfigError[] {
  const out: ConfigError[] = [];
  for (const issue of flattenUnions(issues, value)) {
    const path = issue.path as Path;
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const at = position(keyNode(doc, path, key) ?? doc.getIn(path, true), lines);
        out.push({ file, ...at, message: unknownKeyMessage(path, key) });
      }
      continue;
    }
    const node = (doc.getIn(path, true) as Node | undefined) ?? parentNode(doc, path);
    out.push({ file, ...position(node, lines), message: describe(issue, path, value) });
  }
  return dedupe(out).sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** A union (severity | {options}) fails as one opaque issue; keep the branch that matches the input's type. */
function flattenUnions(issues: z.core.$ZodIssue[], root: unknown): z.core.$ZodIssue[] {
  const out: z.core.$ZodIssue[] = [];
  for (const issue of issues) {
    if (issue.code !== "invalid_union" || issue.errors.length === 0) {
      out.push(issue);
      continue;
    }
    const v = valueAt(root, issue.path as Path);
    const branch = typeof v === "string" ? 0 : v !== null && typeof v === "object" ? issue.errors.length - 1 : -1;
    if (branch < 0) {
      out.push(issue);
      continue;
    }
    const nested = issue.errors[branch].map((e) => ({ ...e, path: [...issue.path, ...e.path] }) as z.core.$ZodIssue);
    out.push(...flattenUnions(nested, root));
  }
  return out;
}

function describe(issue: z.core.$ZodIssue, path: Path, root: unknown): string {
  const name = path.length ? path.join(".") : "the file";
  const got = valueAt(root, path);
  const last = path[path.length - 1];
  if (last === "severity" || (path[0] === "rules" && path.length === 2) || (path[0] === "overrides" && path[2] === "rules" && path.length === 4)) {
    if (issue.code === "invalid_value" || (issue.code === "invalid_type" && typeof got !== "object")) {
      return `${name}: severity must be ${SEVERITIES.join(", ").replace(/, (?=[^,]*$)/, " or ")} (got ${JSON.stringify(got)})`;
    }
  }
  if ((last === "extends" || path[path.length - 2] === "extends") && typeof got === "string") {
    const hint = didYouMean(got, PRESET_NAMES);
    return `${name}: unknown preset "${got}".${hint ? ` Did you mean "${hint}"?` : ""} Built-in presets: ${PRESET_NAMES.join(", ")}`;
  }
  if (typeof got === "number" && !Number.isFinite(got)) {
    // YAML reads 1e400 as Infinity; "expected number, got number null" helped nobody (#9).
    return `${name}: the number is too large (it reads as ${got}). Write an ordinary number, such as 120`;
  }
  if (issue.code === "invalid_type") {
    return `${name}: expected ${issue.expected}, got ${got === undefined ? "nothing" : Array.isArray(got) ? "a list" : typeof got === "object" && got !== null ? "a map" : `${typeof got} ${JSON.stringify(got)}`}`;
  }
  if (issue.code === "invalid_value") {
    return `${name}: must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")} (got ${JSON.stringify(got)})`;
  }
  return `${name}: ${issue.message}`;
}

function unknownKeyMessage(path: Path, key: string): string {
  const isRulesMap = path[path.length - 1] === "rules";
  if (isRulesMap) {
    const hint = didYouMean(key, ruleIds);
    return `unknown rule "${key}".${hint ? ` Did you mean "${hint}"?` : ` Known rules: ${ruleIds.join(", ")}`}`;
  }
  const where = path.length ? ` in ${path.join(".")}` : "";
  const hint = didYouMean(key, knownKeys(path));
  return `unknown key "${key}"${where}.${hint ? ` Did you mean "${hint}"?` : " Remove it or check its spelling"}`;
}

/** Keys that are valid at a path, for "did you mean" on a misspelled option or section. */
function knownKeys(path: Path): string[] {
  const ruleId = path[path.length - 2] === "rules" ? String(path[path.length - 1]) : undefined;
  if (ruleId && rules[ruleId]) return ["severity", ...Object.keys(rules[ruleId].options.shape)];
  if (path.length === 0) return ["extends", "_extends", "ignore", "rules", "overrides", "review"];
  if (path[0] === "review") return Object.keys(reviewSchema.shape);
  if (path[0] === "overrides") return ["files", "excluded_files", "rules"];
  return [];
}

function keyNode(doc: Document, path: Path, key: string): Node | undefined {
  const map = path.length ? doc.getIn(path, true) : doc.contents;
  if (!isMap(map)) return undefined;
  const pair = map.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
  return pair && isPair(pair) ? (pair.key as Node) : undefined;
}

function parentNode(doc: Document, path: Path): Node | undefined {
  for (let n = path.length - 1; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as Node | undefined;
    if (node?.range) return node;
  }
  return (doc.contents as Node | null) ?? undefined;
}

function position(node: unknown, lines: LineCounter): { line?: number; column?: number } {
  const range = (node as Node | undefined)?.range;
  if (!range) return {};
  const { line, col } = lines.linePos(range[0]);
  return { line, column: col };
}

function valueAt(root: unknown, path: Path): unknown {
  let v: unknown = root;
  for (const key of path) v = v !== null && typeof v === "object" ? (v as Record<string | number, unknown>)[key] : undefined;
  return v;
}

function dedupe(errors: ConfigError[]): ConfigError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const k = `${e.line}:${e.column}:${e.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
