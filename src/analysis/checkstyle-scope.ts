import { XMLParser, XMLValidator } from "fast-xml-parser";
import { Minimatch } from "minimatch";
import { compileSafeRegex } from "../util/safe-regex.js";
import { ancestors, join } from "./config-folders.js";
import { memoByText } from "./yaml-config.js";

/**
 * The files a Maven build keeps out of checkstyle, by the `maven-checkstyle-plugin` configuration
 * of its poms (`<excludes>`, `<includes>`, `<sourceDirectories>`) and by the suppressions file the
 * build names (`<suppress checks="LineLength|MethodLength" files="…"/>`). Such a file is not held
 * to the project's checkstyle limits: handlebars.java's pom excludes `**\/Parser*` (its parboiled
 * grammar), and judges called a line-length finding citing checkstyle's limit there wrong.
 *
 * The poms and the suppressions file are the pull request's to write: each is read only up to a
 * size, with entities left unexpanded, and its `files` patterns run on RE2. One that cannot be read
 * keeps nothing out.
 */

const MAX_XML_CHARS = 256 * 1024;
const MAX_PATTERNS = 200;

/** Suppressions files a checkstyle setup usually names: asked for with the configs, read only when a pom or checkstyle config names them. */
export const CHECKSTYLE_SUPPRESSIONS = [
  "checkstyle-suppressions.xml",
  "suppressions.xml",
  "config/checkstyle/suppressions.xml",
  "config/checkstyle/checkstyle-suppressions.xml",
];

type Node = Record<string, unknown>;

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", processEntities: false, parseTagValue: false });

/** The XML document, or undefined when it is too large or not well-formed. */
function readXml(text: string): Node | undefined {
  if (text.length > MAX_XML_CHARS || XMLValidator.validate(text) !== true) return undefined;
  try {
    return parser.parse(text) as Node;
  } catch {
    return undefined;
  }
}

interface PluginConfig {
  excludes?: string[];
  includes?: string[];
  sourceDirectories?: string[];
  suppressions?: string;
}

/** The checkstyle plugin's configuration in one pom (its own and its executions'), or undefined where the pom has none. */
const readPluginConfig = memoByText((text: string): PluginConfig | undefined => {
  if (!text.includes("maven-checkstyle-plugin")) return undefined;
  const doc = readXml(text);
  const plugin = doc && findPlugin(doc, 0);
  if (!plugin) return undefined;
  const configs = [plugin.configuration, ...list(record(plugin.executions).execution).map((e) => record(e).configuration)].map(record);
  const out: PluginConfig = {};
  for (const config of configs) {
    const excludes = commaList(config.excludes);
    const includes = commaList(config.includes);
    const dirs = [...list(record(config.sourceDirectories).sourceDirectory), ...list(config.sourceDirectory)].filter((d): d is string => typeof d === "string");
    if (excludes.length > 0) out.excludes = [...(out.excludes ?? []), ...excludes];
    if (includes.length > 0) out.includes = [...(out.includes ?? []), ...includes];
    if (dirs.length > 0) out.sourceDirectories = [...(out.sourceDirectories ?? []), ...dirs.map((d) => d.trim())];
    const location = config.suppressionsLocation ?? config.suppressionsFile;
    if (typeof location === "string") out.suppressions = location.trim();
  }
  return out;
});

/** The `<plugin>` whose artifactId is maven-checkstyle-plugin, wherever the pom declares it (build, pluginManagement, a profile). */
function findPlugin(node: unknown, depth: number): Node | undefined {
  if (depth > 12 || node === null || typeof node !== "object") return undefined;
  if (!Array.isArray(node) && typeof (node as Node).artifactId === "string" && ((node as Node).artifactId as string).trim() === "maven-checkstyle-plugin")
    return node as Node;
  for (const child of Array.isArray(node) ? node : Object.values(node)) {
    const found = findPlugin(child, depth + 1);
    if (found) return found;
  }
  return undefined;
}

const record = (v: unknown): Node => (v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Node) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
const commaList = (v: unknown): string[] =>
  typeof v === "string"
    ? v
        .split(/[,\s]+/)
        .map((s) => s.trim())
        .filter(Boolean)
        .slice(0, MAX_PATTERNS)
    : [];

// Where Maven's sources are by default, and the `${…}` prefixes a pom writes before its own folder.
const DEFAULT_SOURCES = ["src/main/java", "src/test/java"];
const BASEDIR = /^\$\{(?:project\.)?basedir\}\/?/;

/**
 * Why checkstyle does not check `check` (`LineLength`, `MethodLength`…) on this file, or undefined
 * when it does or nothing says: the poms from the file's module up to the root that configure
 * maven-checkstyle-plugin (the nearest wins), and the suppressions file they or the checkstyle
 * config name (a Gradle build's too).
 */
export function checkstyleSkips(path: string, check: string, texts: Map<string, string>): string | undefined {
  const poms = ancestors(path)
    .map((dir) => ({ dir, file: join(dir, "pom.xml") }))
    .filter(({ file }) => texts.has(file));
  // Ant patterns and source folders are relative to the module: the nearest pom's folder.
  const module = poms[0]?.dir ?? "";
  const inModule = module ? path.slice(module.length + 1) : path;
  for (const { dir, file } of poms) {
    const config = readPluginConfig(texts.get(file)!);
    if (!config) continue;
    if (outsideSources(inModule, config)) return `${file} keeps it out of checkstyle`;
    const suppressions = config.suppressions && suppressionsText(config.suppressions, dir, texts);
    if (suppressions && suppresses(suppressions.text, check, path)) return `${suppressions.file} suppresses ${check} there`;
    // The nearest pom that configures the plugin is the one in force.
    break;
  }
  const named = namedSuppressions(path, texts);
  return named && suppresses(named.text, check, path) ? `${named.file} suppresses ${check} there` : undefined;
}

/** Whether the plugin's source folders, includes or excludes leave the file (relative to its module) out. */
function outsideSources(inModule: string, config: PluginConfig): boolean {
  const dirs = (config.sourceDirectories ?? []).map((d) => d.replace(BASEDIR, "").replace(/\/$/, ""));
  // A folder written with another property (`${project.build.sourceDirectory}`) is not known: the default folders stand.
  const known = dirs.length > 0 && dirs.every((d) => !d.includes("${"));
  if (known && !dirs.some((d) => inModule.startsWith(`${d}/`))) return true;
  const root = (known ? dirs : DEFAULT_SOURCES).find((d) => inModule.startsWith(`${d}/`));
  const relative = root ? inModule.slice(root.length + 1) : inModule;
  if (config.includes && !config.includes.some((p) => antMatches(p, relative))) return true;
  return (config.excludes ?? []).some((p) => antMatches(p, relative));
}

/** An Ant pattern (`**\/Parser*`, `com/acme/gen/`) against a path relative to its source folder. */
function antMatches(pattern: string, relative: string): boolean {
  const glob = pattern
    .replace(/\\/g, "/")
    .replace(/^\.?\//, "")
    .replace(/\/$/, "/**");
  try {
    return new Minimatch(glob, { dot: true }).match(relative);
  } catch {
    return false;
  }
}

/** The suppressions file a pom names (`${project.basedir}/checkstyle-suppressions.xml`), relative to that pom or the root. */
function suppressionsText(location: string, dir: string, texts: Map<string, string>): { file: string; text: string } | undefined {
  const name = location.replace(BASEDIR, "").replace(/^\.\//, "");
  for (const file of [join(dir, name), name]) {
    const text = texts.get(file);
    if (text !== undefined) return { file, text };
  }
  return undefined;
}

/** A suppressions file of the usual names beside a checkstyle config or pom that names it (`${config_loc}/suppressions.xml`). */
function namedSuppressions(path: string, texts: Map<string, string>): { file: string; text: string } | undefined {
  for (const dir of ancestors(path))
    for (const name of CHECKSTYLE_SUPPRESSIONS) {
      const file = join(dir, name);
      const text = texts.get(file);
      const base = name.slice(name.lastIndexOf("/") + 1);
      if (text !== undefined && [...texts].some(([other, body]) => /(^|\/)(pom|checkstyle)[\w-]*\.xml$/.test(other) && body.includes(base)))
        return { file, text };
    }
  return undefined;
}

/**
 * Whether a suppressions file silences `check` on the whole file: a `<suppress>` whose `checks`
 * pattern finds the check's name and whose `files` pattern finds the path (checkstyle matches
 * both with `find`). One limited to `lines`, `columns` or a `message` does not cover the file.
 */
const suppresses = (text: string, check: string, path: string): boolean => readSuppressions(text).some((s) => s.checks(check) && s.files(path));

interface Suppression {
  checks: (name: string) => boolean;
  files: (path: string) => boolean;
}

const readSuppressions = memoByText((text: string): Suppression[] => {
  const doc = readXml(text);
  const entries = list(record(doc?.suppressions).suppress).slice(0, MAX_PATTERNS).map(record);
  const out: Suppression[] = [];
  for (const e of entries) {
    if (e["@lines"] !== undefined || e["@columns"] !== undefined || e["@message"] !== undefined) continue;
    const checks = pattern(e["@checks"] ?? (e["@id"] === undefined ? undefined : null));
    const files = pattern(e["@files"]);
    if (checks && files) out.push({ checks: (name) => checks(name) || checks(`${name}Check`), files });
  }
  return out;
});

/** A `checks`/`files` attribute as a test (absent: any); null when it cannot be read, or names checks by id only. */
function pattern(value: unknown): ((text: string) => boolean) | undefined {
  if (value === undefined) return () => true;
  if (typeof value !== "string" || value.length > 1000) return undefined;
  try {
    const re = compileSafeRegex(xmlText(value));
    return (text) => re.test(text);
  } catch {
    return undefined;
  }
}

/** An XML attribute's value with its entities undone (`&lt;` `&gt;` `&quot;` `&apos;` `&amp;`, last). */
export function xmlText(value: string): string {
  const named: Record<string, string> = { lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" };
  return value.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => named[name]);
}

/**
 * A checkstyle config's module (`<module name="MethodLength"><property name="max" value="80"/>`):
 * its properties, values with their entities undone; undefined where the config has none. A module
 * inside `<!-- … -->` is not there.
 */
export function checkstyleModule(text: string, name: string): Map<string, string> | undefined {
  if (text.length > MAX_XML_CHARS) return undefined;
  const live = text.replace(/<!--[\s\S]*?(?:-->|$)/g, "");
  const m = new RegExp(`<module\\s+name\\s*=\\s*"${name}"\\s*(\\/>|>([\\s\\S]{0,2000}?)<\\/module>)`).exec(live);
  if (!m) return undefined;
  const props = new Map<string, string>();
  for (const p of (m[2] ?? "").matchAll(/<property\s+name\s*=\s*"(\w{1,60})"\s+value\s*=\s*"([^"]{0,2000})"/g)) props.set(p[1], xmlText(p[2]));
  return props;
}
