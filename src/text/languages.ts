/** The language families Bottomline tells apart, by what their comments and strings look like. */
export type Language = "c-like" | "python" | "ruby" | "shell" | "php" | "rust" | "go" | "unknown";

const BY_EXTENSION: Record<string, Language> = {
  ts: "c-like",
  tsx: "c-like",
  mts: "c-like",
  cts: "c-like",
  js: "c-like",
  jsx: "c-like",
  mjs: "c-like",
  cjs: "c-like",
  java: "c-like",
  kt: "c-like",
  kts: "c-like",
  scala: "c-like",
  groovy: "c-like",
  cs: "c-like",
  swift: "c-like",
  dart: "c-like",
  c: "c-like",
  h: "c-like",
  cc: "c-like",
  cpp: "c-like",
  cxx: "c-like",
  hpp: "c-like",
  m: "c-like",
  mm: "c-like",
  go: "go",
  rs: "rust",
  py: "python",
  pyi: "python",
  rb: "ruby",
  rake: "ruby",
  php: "php",
  sh: "shell",
  bash: "shell",
  zsh: "shell",
};

export function extensionOf(path: string): string {
  const base = path.slice(path.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}

export function languageOf(path: string): Language {
  const base = path.slice(path.lastIndexOf("/") + 1);
  if (base === "Rakefile" || base === "Gemfile") return "ruby";
  // Only the table's own keys: a file named `x.constructor` must not read an Object member.
  const extension = extensionOf(path);
  return Object.hasOwn(BY_EXTENSION, extension) ? BY_EXTENSION[extension] : "unknown";
}

/** Source code in a language Bottomline knows (as opposed to docs, config, data and assets). */
export function isCodeFile(path: string): boolean {
  const lang = languageOf(path);
  return lang !== "unknown" && lang !== "shell";
}
