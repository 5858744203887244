import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { emptyLookups } from "../../src/engine/rule.js";
import { baseFacts, factsByContent, headFacts, prefetchFacts, syntaxFailure } from "../../src/syntax/change-facts.js";
import type { LanguageId } from "../../src/syntax/facts.js";
import { loadAllGrammars } from "../../src/syntax/grammars.js";
import { runParseJob, type ParseJob, type ParseResult } from "../../src/syntax/parse-job.js";
import { closeParsePool, hasParseWorkers, parseInParallel, parseWorkerCount, useParseWorker } from "../../src/syntax/parse-pool.js";
import { modifiedFile } from "../helpers/base-head.js";

// The tests run the TypeScript sources, where there is no worker file to start: they build one
// with esbuild, as scripts/bundle.mjs does, under node_modules so it finds web-tree-sitter and the grammars.
const root = fileURLToPath(new URL("../..", import.meta.url));
const dir = join(root, "node_modules/.cache/bottomline-test");
const workerFile = join(dir, `parse-worker-${process.pid}.mjs`);
const dyingWorkerFile = join(dir, `dying-worker-${process.pid}.mjs`);

beforeAll(async () => {
  mkdirSync(dir, { recursive: true });
  const esbuild = (await import("esbuild")).default;
  await esbuild.build({
    entryPoints: [join(root, "src/syntax/parse-worker.ts")],
    outfile: workerFile,
    bundle: true,
    platform: "node",
    format: "esm",
    external: ["web-tree-sitter"],
    banner: { js: 'import { createRequire as __r } from "node:module"; const require = __r(import.meta.url);' },
    logLevel: "error",
  });
  writeFileSync(dyingWorkerFile, "process.exit(3);\n");
  await loadAllGrammars();
});

afterEach(() => {
  closeParsePool();
  delete process.env.BOTTOMLINE_PARSE_WORKERS;
});
afterAll(() => {
  useParseWorker(undefined);
  rmSync(workerFile, { force: true });
  rmSync(dyingWorkerFile, { force: true });
});

const ts = (i: number) => `export function f${i}(x: number): number {\n  // Doubles x.\n  if (x > 0 && x < ${i}) return 2 * x;\n  return x ?? 0;\n}\n`;
const py = (i: number) => `def g${i}(x):\n    """Doc."""\n    # return x\n    return [y for y in x if y > ${i}]\n`;

function jobs(): Array<Omit<ParseJob, "id">> {
  const base = Array.from({ length: 20 }, (_, i) => ts(i)).join("\n");
  return [
    { language: "typescript", base, head: base + ts(99), hunks: [{ start: 100, length: 6 }] },
    { language: "python", head: Array.from({ length: 30 }, (_, i) => py(i)).join("\n") },
    { language: "go", base: "package a\n\nfunc F(x int) int {\n\treturn x\n}\n" },
    { language: "typescript" as LanguageId, head: "function broken( {" },
  ];
}

describe("the parse pool", () => {
  it("hands back, from its workers, byte for byte the facts this thread makes", async () => {
    useParseWorker(pathToFileURL(workerFile));
    process.env.BOTTOMLINE_PARSE_WORKERS = "2";
    // Two workers hold two jobs each, handed out before this thread takes any: all four are parsed in workers.
    const got = new Map<Omit<ParseJob, "id">, ParseResult>();
    await parseInParallel(
      jobs(),
      (j) => j,
      (j, r) => got.set(j, r),
      () => false,
    );
    expect(got.size).toBe(4);
    for (const [job, result] of got) {
      const here = runParseJob({ ...job, id: result.id });
      expect(JSON.stringify(result)).toBe(JSON.stringify(here));
    }
  });

  it("stops taking jobs when told to", async () => {
    useParseWorker(pathToFileURL(workerFile));
    process.env.BOTTOMLINE_PARSE_WORKERS = "1";
    const got: ParseResult[] = [];
    await parseInParallel(
      jobs(),
      (j) => j,
      (_, r) => got.push(r),
      () => true,
    );
    expect(got).toEqual([]);
  });

  it("plans nothing for a review smaller than the threshold: no text hashed, no worker started", async () => {
    factsByContent.clear();
    const before = factsByContent.misses + factsByContent.hits;
    const { file, lookups } = modifiedFile("src/a.ts", ts(400), [ts(400), ts(401)].join("\n"));
    await prefetchFacts([file], lookups, () => false, 1_000_000);
    expect(factsByContent.misses + factsByContent.hits).toBe(before);
    // Parsed when a rule asks, as before.
    expect(headFacts(file, lookups)).toBeDefined();
  });

  it("parses a dead worker's share in this thread when the rules ask", async () => {
    useParseWorker(pathToFileURL(dyingWorkerFile));
    process.env.BOTTOMLINE_PARSE_WORKERS = "1";
    factsByContent.clear();
    const head = Array.from({ length: 8 }, (_, i) => ts(i + 200)).join("\n");
    const base = Array.from({ length: 6 }, (_, i) => ts(i + 200)).join("\n");
    const { file, lookups } = modifiedFile("src/a.ts", base, head);
    await prefetchFacts([file], lookups, () => false, 0);
    expect(JSON.stringify(headFacts(file, lookups))).toBe(JSON.stringify(runParseJob({ id: 0, language: "typescript", head }).head));
    expect(JSON.stringify(baseFacts(file, lookups))).toBe(JSON.stringify(runParseJob({ id: 0, language: "typescript", base }).base));
  });

  it("gives a change's files, parsed before the rules ask, the facts the rules would have parsed", async () => {
    useParseWorker(pathToFileURL(workerFile));
    process.env.BOTTOMLINE_PARSE_WORKERS = "2";
    factsByContent.clear();
    const pairs = [
      modifiedFile("src/a.ts", Array.from({ length: 5 }, (_, i) => ts(i + 300)).join("\n"), Array.from({ length: 7 }, (_, i) => ts(i + 300)).join("\n")),
      modifiedFile("lib/b.py", undefined, Array.from({ length: 9 }, (_, i) => py(i + 300)).join("\n")),
      modifiedFile("src/c.ts", "export const x = 1;\n", "export const x = 2;\nfunction (\n"),
    ];
    const found = emptyLookups();
    for (const p of pairs) {
      for (const [k, v] of p.lookups.fileContents) found.fileContents.set(k, v);
      for (const [k, v] of p.lookups.baseContents ?? []) found.baseContents!.set(k, v);
    }
    const files = pairs.map((p) => p.file);
    await prefetchFacts(files, found, () => false, 0);
    const prefetched = files.map((f) => JSON.stringify([headFacts(f, found), baseFacts(f, found)]));
    // The same files as the rules see them without workers: parsed when asked, in this thread.
    factsByContent.clear();
    const fresh = pairs.map(
      (p) =>
        modifiedFile(
          p.file.path,
          p.lookups.baseContents?.get(p.file.path),
          found.fileContents.get(p.file.path) ?? p.file.addedLines.map((l) => l.text).join("\n"),
        ).file,
    );
    expect(fresh.map((f) => JSON.stringify([headFacts(f, found), baseFacts(f, found)]))).toEqual(prefetched);
  });

  it("leaves a file it could not analyse unnamed until a rule asks for its facts", async () => {
    useParseWorker(pathToFileURL(workerFile));
    process.env.BOTTOMLINE_PARSE_WORKERS = "1";
    const minified = "var a=" + "[1,2,3].map(function(x){return x*2}),b=".repeat(800) + "1;";
    const { file, lookups } = modifiedFile("dist/app.min.js", undefined, minified);
    await prefetchFacts([file], lookups, () => false, 0);
    // No rule asked: the review names no gap for it, as without workers.
    expect(syntaxFailure(file)).toBeUndefined();
    expect(headFacts(file, lookups)).toBeUndefined();
    expect(syntaxFailure(file)).toMatch(/looks minified/);
  });

  it("has no workers without a worker file (the TypeScript sources), so everything is parsed in this thread", () => {
    useParseWorker(undefined);
    process.env.BOTTOMLINE_PARSE_WORKERS = "2";
    expect(hasParseWorkers()).toBe(false);
  });

  it("sizes the pool to the cores but the main thread's (at most 3), or to BOTTOMLINE_PARSE_WORKERS", () => {
    expect(parseWorkerCount({ BOTTOMLINE_PARSE_WORKERS: "0" })).toBe(0);
    expect(parseWorkerCount({ BOTTOMLINE_PARSE_WORKERS: "3" })).toBe(3);
    const cores = parseWorkerCount({});
    expect(parseWorkerCount({ BOTTOMLINE_PARSE_WORKERS: "many" })).toBe(cores);
    expect(cores).toBeGreaterThanOrEqual(0);
    expect(cores).toBeLessThanOrEqual(3);
  });
});
