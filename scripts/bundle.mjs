#!/usr/bin/env node
// Builds the two single-file bundles with esbuild:
// - dist-action/index.js: the GitHub Action, committed (a JavaScript action runs from the repository
//   as checked out, with no install step), so everything is inlined, and the tree-sitter grammars
//   (wasm) are copied beside it.
// - dist-cli/: the CLI that `npm pack` ships. Start-up matters there: each command and heavy module
//   (Octokit, the rules, yaml, zod) is a chunk loaded on first use, so `--help` loads almost nothing;
//   web-tree-sitter and the grammars come from node_modules.
// Usage: node scripts/bundle.mjs [action|cli] [--outdir DIR]   (both by default)
import { build } from "esbuild";
import { copyFile, mkdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const outdirAt = args.indexOf("--outdir");
const outdir = outdirAt === -1 ? undefined : args[outdirAt + 1];
const which = args.filter((a, i) => !a.startsWith("--") && (outdirAt === -1 || i !== outdirAt + 1));

// ESM output still meets CommonJS packages that use require, __filename and __dirname; give them those.
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

/**
 * The syntax layer loads each grammar with require.resolve from node_modules, which the Action
 * does not have: in its bundle a grammar is read from wasm/ beside index.js instead, and those
 * files are copied there (web-tree-sitter finds its own runtime, web-tree-sitter.wasm, beside the bundle).
 */
const GRAMMARS_MODULE = /src[\\/]syntax[\\/]grammars\.ts$/;
const grammarsBesideBundle = {
  name: "grammars-beside-bundle",
  setup(b) {
    b.onLoad({ filter: GRAMMARS_MODULE }, async (args) => {
      const source = await readFile(args.path, "utf8");
      const contents = source.replace(
        "require.resolve(WASM[id])",
        'fileURLToPath(new URL(`./wasm/${WASM[id].slice(WASM[id].lastIndexOf("/") + 1)}`, import.meta.url))',
      );
      if (contents === source) throw new Error("grammars.ts no longer loads grammars with require.resolve(WASM[id]); update scripts/bundle.mjs");
      return { contents: `import { fileURLToPath } from "node:url";\n${contents}`, loader: "ts" };
    });
  },
};

/** The wasm files the Action reads at run time: every grammar in src/syntax/grammars.ts, and web-tree-sitter's runtime. */
async function copyWasm(dir) {
  const source = await readFile(join(root, "src/syntax/grammars.ts"), "utf8");
  const grammars = [...source.matchAll(/"([^"]+\.wasm)"/g)].map((m) => m[1]);
  const require = createRequire(join(root, "package.json"));
  await mkdir(join(dir, "wasm"), { recursive: true });
  for (const g of grammars) await copyFile(require.resolve(g), join(dir, "wasm", basename(g)));
  await copyFile(join(root, "node_modules/web-tree-sitter/web-tree-sitter.wasm"), join(dir, "web-tree-sitter.wasm"));
}

if (which.length === 0 || which.includes("action")) {
  const dir = outdir ?? "dist-action";
  await build({ ...common, entryPoints: ["src/action/index.ts"], outfile: `${dir}/index.js`, minify: true, plugins: [grammarsBesideBundle] });
  // The parse workers' entry (src/syntax/parse-pool.ts looks for it beside index.js).
  await build({ ...common, entryPoints: ["src/syntax/parse-worker.ts"], outfile: `${dir}/parse-worker.js`, minify: true, plugins: [grammarsBesideBundle] });
  await copyWasm(resolve(root, dir));
}
if (which.length === 0 || which.includes("cli")) {
  await build({
    ...common,
    // The parse workers' entry sits beside bottomline.js (src/syntax/parse-pool.ts looks there, from chunks/ too).
    entryPoints: { bottomline: "src/cli/bottomline.ts", "parse-worker": "src/syntax/parse-worker.ts" },
    outdir: outdir ?? "dist-cli",
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    minify: true,
    // From node_modules at run time: web-tree-sitter finds its runtime wasm beside its own module,
    // and the grammars are resolved there too.
    external: ["web-tree-sitter"],
  });
}
