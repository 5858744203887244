import type { Language } from "../text/languages.js";
import type { MaskedLine } from "../text/mask-code.js";
import type { FileAnalysis, FunctionInfo, NestingPoint } from "./functions.js";

// Function headers per language family, on masked code (strings and comments blanked).
const HEADERS: Partial<Record<Language, RegExp>> = {
  go: /^\s*func\s+(\([^)]*\)\s*)?(\w+)/,
  rust: /^\s*(pub(\([^)]*\))?\s+)?(async\s+)?(const\s+)?(unsafe\s+)?fn\s+(\w+)/,
  php: /^\s*(public|private|protected|static|final|abstract|\s)*function\s+&?(\w+)/,
  // Java, Kotlin, C#, C/C++, Swift, Scala: a name and an argument list, then a body, no control keyword.
  "c-like":
    /^\s*(?!(if|for|while|switch|catch|return|else|do|try|new|throw)\b)([\w<>[\],.?@:*&\s]+\s+)?(fun\s+|func\s+|def\s+)?(\w+)\s*\([^;]*\)\s*(:\s*[\w<>[\],.?\s]+)?(throws [\w.,\s]+)?\s*(\{|=>|$)/,
};
const CONTROL = /^\s*(\}\s*)?(if|else|for|foreach|while|do|switch|match|try|catch|finally|loop|select|when|unless|until|case|with|elif|except)\b/;

/**
 * Function extents and nesting for languages without a parser here: braces for the C family, Go,
 * Rust and PHP; indentation for Python; def/end for Ruby. Good enough to measure length and depth
 * of functions; complexity is left to the parser-backed languages.
 */
export function analyzeHeuristic(lang: Language, lines: MaskedLine[]): FileAnalysis | undefined {
  if (lang === "python") return analyzeIndented(lines, /^\s*(async\s+)?def\s+(\w+)/, 2);
  if (lang === "ruby") return analyzeRuby(lines);
  const header = HEADERS[lang];
  if (!header) return undefined;
  return analyzeBraces(lines, header);
}

function analyzeBraces(masked: MaskedLine[], header: RegExp): FileAnalysis {
  const functions: FunctionInfo[] = [];
  const nesting: NestingPoint[] = [];
  // Each open brace remembers whether it opened a function, a control block, or something else.
  const stack: Array<{ kind: "function" | "control" | "other"; info?: FunctionInfo; point?: NestingPoint }> = [];
  let pending: { kind: "function"; name: string; line: number } | { kind: "control"; line: number } | undefined;
  masked.forEach(({ code }, i) => {
    const line = i + 1;
    const fn = header.exec(code);
    if (fn && !CONTROL.test(code)) pending = { kind: "function", name: findName(fn), line };
    else if (CONTROL.test(code)) pending = { kind: "control", line };
    for (const ch of code) {
      if (ch === "{") {
        if (pending?.kind === "function") {
          const info: FunctionInfo = { name: pending.name, start: pending.line, end: pending.line };
          functions.push(info);
          stack.push({ kind: "function", info });
        } else if (pending?.kind === "control") {
          const depth = controlDepth(stack) + 1;
          const point: NestingPoint = { line: pending.line, end: pending.line, depth };
          if (stack.some((s) => s.kind === "function")) nesting.push(point);
          stack.push({ kind: "control", point });
        } else stack.push({ kind: "other" });
        pending = undefined;
      } else if (ch === "}") {
        const top = stack.pop();
        if (top?.info) top.info.end = line;
        if (top?.point) top.point.end = line;
      }
    }
    if (pending && /;\s*$/.test(code)) pending = undefined; // a declaration without a body
  });
  return { functions, nesting, method: "heuristic" };
}

function findName(m: RegExpExecArray): string {
  for (let i = m.length - 1; i > 0; i--)
    if (m[i] && /^\w+$/.test(m[i]) && !/^(pub|async|const|unsafe|fn|func|fun|def|public|private|protected|static|final|abstract)$/.test(m[i])) return m[i];
  return "(function)";
}

/** Control blocks open inside the innermost function. */
function controlDepth(stack: Array<{ kind: string }>): number {
  let depth = 0;
  for (let i = stack.length - 1; i >= 0 && stack[i].kind !== "function"; i--) if (stack[i].kind === "control") depth++;
  return depth;
}

function analyzeIndented(lines: MaskedLine[], header: RegExp, nameGroup: number): FileAnalysis {
  const functions: FunctionInfo[] = [];
  const nesting: NestingPoint[] = [];
  const open: Array<{ indent: number; kind: "function" | "control"; info?: FunctionInfo; point?: NestingPoint }> = [];
  let lastCode = 0;
  lines.forEach((masked, i) => {
    const line = i + 1;
    const code = masked.code;
    if (code.trim() === "" || masked.allString) return;
    const indent = code.length - code.trimStart().length;
    while (open.length > 0 && indent <= open[open.length - 1].indent) {
      const top = open.pop()!;
      if (top.info) top.info.end = lastCode;
      if (top.point) top.point.end = lastCode;
    }
    const fn = header.exec(code);
    if (fn) {
      const info: FunctionInfo = { name: fn[nameGroup], start: line, end: line };
      functions.push(info);
      open.push({ indent, kind: "function", info });
    } else if (CONTROL.test(code) && /:\s*$/.test(code) && !/^\s*(elif|else|except|finally)\b/.test(code)) {
      let depth = 1;
      for (let k = open.length - 1; k >= 0 && open[k].kind !== "function"; k--) depth++;
      const point: NestingPoint = { line, end: line, depth };
      if (open.some((o) => o.kind === "function")) nesting.push(point);
      open.push({ indent, kind: "control", point });
    }
    lastCode = line;
  });
  for (const top of open) {
    if (top.info) top.info.end = lastCode;
    if (top.point) top.point.end = lastCode;
  }
  return { functions, nesting, method: "heuristic" };
}

function analyzeRuby(lines: MaskedLine[]): FileAnalysis {
  const functions: FunctionInfo[] = [];
  const nesting: NestingPoint[] = [];
  const open: Array<{ kind: "function" | "control" | "other"; info?: FunctionInfo; point?: NestingPoint }> = [];
  lines.forEach(({ code }, i) => {
    const line = i + 1;
    const def = /^\s*def\s+([\w.?!=]+)/.exec(code);
    if (def && !/\bend\s*$/.test(code)) {
      const info: FunctionInfo = { name: def[1], start: line, end: line };
      functions.push(info);
      open.push({ kind: "function", info });
    } else if (/^\s*(if|unless|while|until|for|case|begin)\b/.test(code) && !/\bend\s*$/.test(code)) {
      let depth = 1;
      for (let k = open.length - 1; k >= 0 && open[k].kind !== "function"; k--) if (open[k].kind === "control") depth++;
      const point: NestingPoint = { line, end: line, depth };
      if (open.some((o) => o.kind === "function")) nesting.push(point);
      open.push({ kind: "control", point });
    } else if (/(^|\s)do(\s*\|[^|]*\|)?\s*$/.test(code) || /^\s*(class|module)\b/.test(code)) {
      open.push({ kind: "other" });
    } else if (/^\s*end\b/.test(code)) {
      const top = open.pop();
      if (top?.info) top.info.end = line;
      if (top?.point) top.point.end = line;
    }
  });
  return { functions, nesting, method: "heuristic" };
}
