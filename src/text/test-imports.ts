import { posix } from "node:path";
import type { ChangedFile } from "../model/change.js";

const JS_SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)["'](\.{1,2}\/[^"']+)["']/g;
const PY_FROM = /^\s*from\s+([\w.]+)\s+import\b/;
const PY_IMPORT = /^\s*import\s+([\w.]+)/;
const GO_IMPORT = /^\s*(?:import\s+)?(?:[\w.]+\s+)?"([\w.~-]+(?:\/[\w.~-]+)+)"\s*\)?\s*$/;

/** A path without its extension (and without a trailing /index), the key tests and sources meet on. */
export function moduleKey(path: string): string {
  return path.replace(/\.[cm]?[jt]sx?$|\.py$/, "").replace(/\/(index|__init__)$/, "");
}

/**
 * The modules a test file's added lines import: relative JS/TS specifiers resolved against the
 * test's folder, and Python dotted modules as paths. A test that imports a source file covers it,
 * whatever the two are called.
 */
export function importedModules(test: ChangedFile): { exact: Set<string>; suffixes: string[] } {
  const exact = new Set<string>();
  const suffixes: string[] = [];
  const dir = posix.dirname(test.path);
  for (const { text } of test.addedLines) {
    if (text.includes("./")) {
      for (const m of text.matchAll(JS_SPECIFIER)) exact.add(moduleKey(posix.normalize(posix.join(dir, m[1]))));
    }
    // Go imports a package by path: a test importing .../codec/json covers codec/json/*.go.
    const go = test.path.endsWith(".go") ? GO_IMPORT.exec(text) : null;
    if (go) suffixes.push(`go:${go[1]}`);
    const py = PY_FROM.exec(text) ?? (test.path.endsWith(".py") ? PY_IMPORT.exec(text) : null);
    if (py && !py[1].startsWith(".")) suffixes.push(py[1].replace(/\./g, "/"));
  }
  return { exact, suffixes };
}

/**
 * Which changed tests import a source file: an index over every test's imports, so pairing stays
 * linear in the number of files (sources × tests would be millions of checks on a large change).
 */
export function indexImports(tests: ChangedFile[]): (sourcePath: string) => ChangedFile[] {
  const byModule = new Map<string, ChangedFile[]>();
  const add = (key: string, test: ChangedFile) => {
    const list = byModule.get(key) ?? [];
    if (!list.includes(test)) list.push(test);
    byModule.set(key, list);
  };
  for (const test of tests) {
    const { exact, suffixes } = importedModules(test);
    for (const key of exact) add(key, test);
    for (const suffix of suffixes) add(`~${suffix}`, test);
  }
  return (sourcePath) => {
    const key = moduleKey(sourcePath);
    const found = [...(byModule.get(key) ?? [])];
    // Python's dotted imports name a path suffix: pkg.mod covers src/pkg/mod.py.
    const parts = key.split("/");
    for (let i = 0; i < parts.length; i++) addMissing(found, byModule.get(`~${parts.slice(i).join("/")}`) ?? []);
    if (sourcePath.endsWith(".go")) addMissing(found, goPackageImporters(byModule, sourcePath));
    return found;
  };
}

function addMissing(found: ChangedFile[], tests: ChangedFile[]): void {
  for (const t of tests) if (!found.includes(t)) found.push(t);
}

/** Tests importing a Go file's package: the package's folder is a suffix of the import path (module path first). */
function goPackageImporters(byModule: Map<string, ChangedFile[]>, sourcePath: string): ChangedFile[] {
  const dir = sourcePath.split("/").slice(0, -1).join("/");
  if (!dir) return [];
  return [...byModule].flatMap(([key, list]) => (key.startsWith("~go:") && (key === `~go:${dir}` || key.endsWith(`/${dir}`)) ? list : []));
}
