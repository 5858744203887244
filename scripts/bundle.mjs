#!/usr/bin/env node
// Builds the two single-file bundles with esbuild:
// - dist-action/index.js: the GitHub Action, committed (a JavaScript action runs from the repository
//   as checked out, with no install step), so everything is inlined, the TypeScript compiler included.
// - dist-cli/: the CLI that `npm pack` ships. Start-up matters there: each command and heavy module
//   (Octokit, the rules, yaml, zod) is a chunk loaded on first use, so `--help` loads almost nothing.
// Usage: node scripts/bundle.mjs [action|cli] [--outdir DIR]   (both by default)
import { build } from "esbuild";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const outdirAt = args.indexOf("--outdir");
const outdir = outdirAt === -1 ? undefined : args[outdirAt + 1];
const which = args.filter((a, i) => !a.startsWith("--") && i !== outdirAt + 1);

// ESM output still meets CommonJS packages that use require, __filename and __dirname (the TypeScript compiler does); give them those.
const banner = {
  js: [
    'import { createRequire as __bottomlineRequire } from "node:module";',
    'import { fileURLToPath as __bottomlineFileURLToPath } from "node:url";',
    'import { dirname as __bottomlineDirname } from "node:path";',
    "const require = __bottomlineRequire(import.meta.url);",
    "const __filename = __bottomlineFileURLToPath(import.meta.url);",
    "const __dirname = __bottomlineDirname(__filename);",
  ].join(" "),
};

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  banner,
  legalComments: "none",
  logLevel: "warning",
  define: { "process.env.NODE_ENV": '"production"' },
};

/** The Action has no node_modules: the TypeScript compiler, which src/analysis loads lazily with createRequire, is inlined instead. */
const inlineTypescript = {
  name: "inline-typescript",
  setup(b) {
    b.onLoad({ filter: /src[\\/]analysis[\\/]analyze-typescript\.ts$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      const contents = source.replace('createRequire(import.meta.url)("typescript")', 'require("typescript")');
      if (contents === source) throw new Error("analyze-typescript.ts no longer loads typescript with createRequire; update scripts/bundle.mjs");
      return { contents, loader: "ts" };
    });
  },
};

if (which.length === 0 || which.includes("action")) {
  await build({ ...common, entryPoints: ["src/action/index.ts"], outfile: `${outdir ?? "dist-action"}/index.js`, minify: true, plugins: [inlineTypescript] });
}
if (which.length === 0 || which.includes("cli")) {
  await build({
    ...common,
    entryPoints: { bottomline: "src/cli/bottomline.ts" },
    outdir: outdir ?? "dist-cli",
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    minify: true,
    // Loaded at run time from node_modules, only when a TS/JS file needs it (9 MB).
    external: ["typescript"],
  });
}
