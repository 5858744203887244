import { extname } from "node:path";
import type { SyntheticFile } from "./synthetic-change.js";

/**
 * What the bench needs from the syntax layer (src/syntax) to measure parse throughput: load the
 * grammars, then parse one file's text into facts, wired in
 * `syntaxLayerForBench()`.
 */
export interface SyntaxLayerForBench {
  load(): Promise<void>;
  /** The language a path is parsed as, or undefined when the layer does not parse it. */
  languageOf(path: string): string | undefined;
  parse(path: string, text: string): unknown;
}

/** The syntax layer's entry points: load every grammar, then parse a text into facts. */
export async function syntaxLayerForBench(): Promise<SyntaxLayerForBench | undefined> {
  const [{ loadAllGrammars, syntaxLanguageOf }, { parseFacts }] = await Promise.all([
    import("../src/syntax/grammars.js"),
    import("../src/syntax/parse-file.js"),
  ]);
  return { load: loadAllGrammars, languageOf: syntaxLanguageOf, parse: parseFacts };
}

export interface ParseThroughput {
  language: string;
  files: number;
  lines: number;
  ms: number;
  linesPerSecond: number;
  /** CPU time of the same parse: on a shared machine the wall time measures the neighbours too. */
  cpuMs: number;
  linesPerCpuSecond: number;
}

/** Parses every text at head and at base once, per language, after one warm-up parse per language. */
export function measureParseThroughput(layer: SyntaxLayerForBench, files: SyntheticFile[]): ParseThroughput[] {
  const byLanguage = new Map<string, Array<{ path: string; text: string }>>();
  for (const f of files) {
    const language = layer.languageOf(f.path) ?? extname(f.path);
    const texts = byLanguage.get(language) ?? [];
    texts.push({ path: f.path, text: f.head }, ...(f.base === undefined ? [] : [{ path: f.path, text: f.base }]));
    byLanguage.set(language, texts);
  }
  return [...byLanguage].map(([language, texts]) => {
    layer.parse(texts[0].path, texts[0].text);
    const lines = texts.reduce((n, t) => n + t.text.split("\n").length, 0);
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    for (const t of texts) layer.parse(t.path, t.text);
    const cpu = process.cpuUsage(cpu0);
    const ms = performance.now() - t0;
    const cpuMs = (cpu.user + cpu.system) / 1000;
    return {
      language,
      files: texts.length,
      lines,
      ms,
      linesPerSecond: Math.round(lines / (ms / 1000)),
      cpuMs,
      linesPerCpuSecond: Math.round(lines / (cpuMs / 1000)),
    };
  });
}

/** The per-language table, or a line saying why there is none. */
export function formatParseThroughput(rows: ParseThroughput[] | undefined): string {
  if (!rows) return "Parse throughput per language: no syntax layer in this build (see syntaxLayerForBench in bench/parse-throughput.ts).";
  const header = "language     texts      lines   parse ms   lines/s     CPU ms   lines/CPU s";
  const body = rows.map(
    (r) =>
      `${r.language.padEnd(10)} ${String(r.files).padStart(7)} ${String(r.lines).padStart(10)} ${r.ms.toFixed(0).padStart(10)} ${String(r.linesPerSecond).padStart(9)} ${r.cpuMs.toFixed(0).padStart(10)} ${String(r.linesPerCpuSecond).padStart(13)}`,
  );
  return ["Parse throughput per language (parse and facts, one thread, texts at head and base, 3,000-file change):", header, ...body].join("\n");
}
