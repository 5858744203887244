import { createRequire } from "node:module";
import { Language, Parser } from "web-tree-sitter";
import type { LanguageId } from "./facts.js";

const require = createRequire(import.meta.url);

// Each grammar is a WebAssembly file shipped in an npm package: nothing is built or downloaded.
const WASM: Record<LanguageId, string> = {
  typescript: "@vscode/tree-sitter-wasm/wasm/tree-sitter-typescript.wasm",
  tsx: "@vscode/tree-sitter-wasm/wasm/tree-sitter-tsx.wasm",
  javascript: "@vscode/tree-sitter-wasm/wasm/tree-sitter-javascript.wasm",
  python: "@vscode/tree-sitter-wasm/wasm/tree-sitter-python.wasm",
  go: "@vscode/tree-sitter-wasm/wasm/tree-sitter-go.wasm",
  java: "@vscode/tree-sitter-wasm/wasm/tree-sitter-java.wasm",
  kotlin: "@tree-sitter-grammars/tree-sitter-kotlin/tree-sitter-kotlin.wasm",
  rust: "@vscode/tree-sitter-wasm/wasm/tree-sitter-rust.wasm",
  ruby: "@vscode/tree-sitter-wasm/wasm/tree-sitter-ruby.wasm",
  csharp: "@vscode/tree-sitter-wasm/wasm/tree-sitter-c-sharp.wasm",
  php: "@vscode/tree-sitter-wasm/wasm/tree-sitter-php.wasm",
};

const BY_EXTENSION: Record<string, LanguageId> = {
  ts: "typescript",
  mts: "typescript",
  cts: "typescript",
  tsx: "tsx",
  js: "javascript",
  jsx: "javascript",
  mjs: "javascript",
  cjs: "javascript",
  py: "python",
  pyi: "python",
  go: "go",
  java: "java",
  kt: "kotlin",
  kts: "kotlin",
  rs: "rust",
  rb: "ruby",
  rake: "ruby",
  gemspec: "ruby",
  cs: "csharp",
  php: "php",
};

/** The grammar that parses a path, or undefined when the layer has none for it. */
export function syntaxLanguageOf(path: string): LanguageId | undefined {
  const base = path.slice(path.lastIndexOf("/") + 1);
  if (base === "Rakefile" || base === "Gemfile") return "ruby";
  const dot = base.lastIndexOf(".");
  if (dot <= 0) return undefined;
  // Only the table's own keys: a pull request's `x.constructor` or `x.__proto__` named an Object
  // member, and the review crashed loading a grammar for it.
  const extension = base.slice(dot + 1).toLowerCase();
  return Object.hasOwn(BY_EXTENSION, extension) ? BY_EXTENSION[extension] : undefined;
}

let runtime: Promise<void> | undefined;
const loading = new Map<LanguageId, Promise<void>>();
const parsers = new Map<LanguageId, Parser>();

/**
 * Loads the grammars of these languages, once per process. Loading is asynchronous (WebAssembly
 * is compiled off the main path); parsing afterwards is synchronous, so rules stay synchronous.
 */
export async function loadGrammars(languages: Iterable<LanguageId>): Promise<void> {
  runtime ??= Parser.init();
  await runtime;
  const pending: Promise<void>[] = [];
  for (const id of new Set(languages)) {
    let p = loading.get(id);
    if (!p) {
      p = Language.load(require.resolve(WASM[id])).then((lang) => {
        const parser = new Parser();
        parser.setLanguage(lang);
        parsers.set(id, parser);
      });
      loading.set(id, p);
    }
    pending.push(p);
  }
  await Promise.all(pending);
}

/**
 * Starts loading without waiting: the CLI calls it as soon as it knows the languages, so the
 * WebAssembly compiles while git reads. A failure is left to whoever awaits loadGrammars.
 */
export function preloadGrammars(languages: Iterable<LanguageId>): void {
  loadGrammars(languages).catch(() => {});
}

/** Every grammar the layer has: for tests and the bench, which run reviews synchronously. */
export function loadAllGrammars(): Promise<void> {
  return loadGrammars(Object.keys(WASM) as LanguageId[]);
}

/** The loaded parser for a language; undefined when `loadGrammars` has not loaded it. */
export function parserFor(id: LanguageId): Parser | undefined {
  return parsers.get(id);
}
