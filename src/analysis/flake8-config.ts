import { Minimatch } from "minimatch";

/**
 * flake8's line-length check as its config sets it (`.flake8`, `setup.cfg`, `tox.ini`): where the team
 * runs flake8 with E501, its `max-line-length` is the width the build fails on, and Black's default is
 * not the project's gate (scrapy: `.flake8` says 119 beside Black's 88; a 119-character line was judged
 * within its limit, set 17). Where flake8 ignores E501 (aiohttp's `ignore = …,E501,…`), its
 * `max-line-length` checks nothing and the formatter's width stays a guide.
 */

/** The files flake8 reads its `[flake8]` section from. */
export const FLAKE8_FILES = [".flake8", "setup.cfg", "tox.ini"];

// At most this many lines are read: a config is short, and the text is the pull request's to write.
const MAX_LINES = 2000;

/**
 * The `[flake8]` section's settings: keys lowercased with `_` read as `-` (flake8 takes both),
 * continuation lines (indented) joined to their key's value, whole-line comments left out.
 */
export function flake8Section(text: string): Map<string, string> | undefined {
  let section: Map<string, string> | undefined;
  let inside = false;
  let key: string | undefined;
  for (const raw of text.split("\n", MAX_LINES)) {
    const line = raw.trimEnd();
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#") || trimmed.startsWith(";")) continue;
    const header = /^\[([^\]]{1,100})\]$/.exec(trimmed);
    if (header) {
      inside = header[1].trim() === "flake8";
      if (inside) section ??= new Map();
      key = undefined;
      continue;
    }
    if (!inside || !section) continue;
    if (/^\s/.test(line) && key !== undefined) {
      section.set(key, `${section.get(key)} ${trimmed}`.slice(0, 20000));
      continue;
    }
    const kv = /^([\w.-]{1,100})\s*[=:]\s*(.{0,2000})$/.exec(trimmed);
    key = kv ? kv[1].toLowerCase().replace(/_/g, "-") : undefined;
    if (kv && key) section.set(key, kv[2].trim());
  }
  return section;
}

/** Error codes in a list value (`E203, W503`, one a line): prefixes as flake8 reads them. */
const CODE = /^[A-Z]{1,3}\d{0,4}$/;
const codes = (value: string | undefined) => (value ?? "").split(/[\s,]+/).filter((c) => CODE.test(c));

/** Whether a code list names E501 by itself or a prefix of it (`E501`, `E50`, `E5`, `E`). */
const namesE501 = (list: string[]) => list.some((c) => "E501".startsWith(c));

/**
 * The width flake8 fails the build on for this file (`target`, relative to the config's folder), or undefined
 * where flake8 does not check it: no `[flake8]` section or no `max-line-length` (flake8's 79 is left unsaid: a
 * team that runs Black beside a bare flake8 config has moved on from it), E501 ignored or left out of `select`,
 * dropped for the file by `per-file-ignores`, or the file excluded.
 */
export function flake8Width(text: string, target: string): number | undefined {
  const section = flake8Section(text);
  const max = section?.get("max-line-length");
  if (!section || !max || !/^\d{1,4}$/.test(max) || Number(max) <= 0) return undefined;
  if (namesE501([...codes(section.get("ignore")), ...codes(section.get("extend-ignore"))])) return undefined;
  if (section.has("select") && !namesE501([...codes(section.get("select")), ...codes(section.get("extend-select"))])) return undefined;
  if (perFileIgnoresE501(section.get("per-file-ignores") ?? "", target)) return undefined;
  const excluded = [section.get("exclude"), section.get("extend-exclude")].flatMap((v) => (v ?? "").split(/[\s,]+/).filter(Boolean));
  if (excluded.some((glob) => matchesPath(glob, target))) return undefined;
  return Number(max);
}

/**
 * `per-file-ignores = tests/*:E501,F401 setup.py:E402`: whether an entry for this file drops E501. Read as flake8
 * reads it, token by token: names up to a colon, then the codes after it until the next name.
 */
function perFileIgnoresE501(value: string, target: string): boolean {
  let files: string[] = [];
  let inCodes = false;
  for (const token of value.split(/[\s,]+/, 5000)) {
    const colon = token.indexOf(":");
    const name = colon < 0 ? token : token.slice(0, colon);
    const code = colon < 0 ? "" : token.slice(colon + 1);
    if (colon < 0 && inCodes && CODE.test(token)) {
      if ("E501".startsWith(token) && files.some((f) => matchesPath(f, target))) return true;
      continue;
    }
    if (inCodes) [files, inCodes] = [[], false];
    if (name) files.push(name);
    if (colon < 0) continue;
    inCodes = true;
    if (CODE.test(code) && "E501".startsWith(code) && files.some((f) => matchesPath(f, target))) return true;
  }
  return false;
}

/** flake8's patterns: a name without `/` matches the file's name or any folder's, a path matches from the config's folder. */
function matchesPath(glob: string, target: string): boolean {
  const pattern = glob.replace(/^\.\//, "").replace(/\/$/, "");
  if (pattern === "") return false;
  try {
    const mm = new Minimatch(pattern, { dot: true });
    const parts = target.split("/");
    if (!pattern.includes("/")) return parts.some((part) => mm.match(part));
    return parts.some((_, i) => mm.match(parts.slice(0, i + 1).join("/")));
  } catch {
    return false;
  }
}
