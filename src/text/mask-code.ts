import type { Language } from "./languages.js";

export interface MaskedLine {
  /** The line with string contents and comments blanked out (same length, quotes kept). */
  code: string;
  /** The text of each comment on the line, without its delimiters. */
  comments: string[];
  /** True when the line is inside a string from start to end (a template or triple-quoted string). */
  allString: boolean;
}

interface Syntax {
  line: string[];
  block?: [string, string];
  quotes: string[];
  /** Quotes that may span lines. */
  multiline: string[];
}

const SYNTAX: Record<Language, Syntax> = {
  "c-like": { line: ["//"], block: ["/*", "*/"], quotes: ["`", '"', "'"], multiline: ["`"] },
  go: { line: ["//"], block: ["/*", "*/"], quotes: ["`", '"', "'"], multiline: ["`"] },
  rust: { line: ["//"], block: ["/*", "*/"], quotes: ['"'], multiline: ['"'] },
  php: { line: ["//", "#"], block: ["/*", "*/"], quotes: ['"', "'"], multiline: [] },
  python: { line: ["#"], quotes: ['"""', "'''", '"', "'"], multiline: ['"""', "'''"] },
  ruby: { line: ["#"], block: ["=begin", "=end"], quotes: ['"', "'"], multiline: [] },
  shell: { line: ["#"], quotes: ['"', "'"], multiline: [] },
  unknown: { line: [], quotes: [], multiline: [] },
};

/**
 * A small lexer, line by line, that separates code from strings and comments, so rules can look
 * for `console.log` in code and `TODO` in comments without firing inside string literals. It is
 * not a parser: it tracks just enough state (block comments, multi-line strings) across the
 * consecutive added lines it is fed. Call `reset()` when lines stop being consecutive.
 */
export function createMasker(lang: Language): { mask: (line: string) => MaskedLine; reset: () => void } {
  const syntax = SYNTAX[lang];
  let open: { kind: "block" } | { kind: "string"; quote: string } | undefined;
  // Most lines hold no quote or comment opener at all; they need no lexing.
  const firstChars = new Set([...syntax.line, ...syntax.quotes, ...(syntax.block ? [syntax.block[0]] : [])].map((d) => d[0]));
  const plain = (text: string) => {
    for (let k = 0; k < text.length; k++) if (firstChars.has(text[k])) return false;
    return true;
  };

  const mask = (text: string): MaskedLine => {
    if (!open && plain(text)) return { code: text, comments: [], allString: false };
    // Built from slices: copy code through, replace strings and comments by spaces of equal length.
    let code = "";
    let copied = 0;
    const blank = (from: number, to: number) => {
      code += text.slice(copied, from) + " ".repeat(Math.max(0, to - from));
      copied = Math.max(copied, to);
    };
    const done = (allString: boolean): MaskedLine => ({ code: code + text.slice(copied), comments, allString });
    const comments: string[] = [];
    let i = 0;
    let allString = open?.kind === "string";
    while (i < text.length) {
      if (open?.kind === "block") {
        const close = syntax.block![1];
        const end = text.indexOf(close, i);
        comments.push(text.slice(i, end === -1 ? text.length : end));
        const to = end === -1 ? text.length : end + close.length;
        blank(i, to);
        i = to;
        if (end !== -1) open = undefined;
        continue;
      }
      if (open?.kind === "string") {
        const end = findClosing(text, i, open.quote);
        blank(i, end === -1 ? text.length : end);
        if (end === -1) return done(allString);
        i = end + open.quote.length;
        open = undefined;
        allString = false;
        continue;
      }
      allString = false;
      if (!firstChars.has(text[i])) {
        i++;
        continue;
      }
      const lineComment = syntax.line.find((d) => text.startsWith(d, i));
      if (lineComment && !(lang === "php" && lineComment === "#" && text[i + 1] === "[")) {
        comments.push(text.slice(i + lineComment.length));
        blank(i, text.length);
        break;
      }
      if (syntax.block && text.startsWith(syntax.block[0], i) && (lang !== "ruby" || i === 0)) {
        open = { kind: "block" };
        blank(i, i + syntax.block[0].length);
        i += syntax.block[0].length;
        continue;
      }
      const quote = syntax.quotes.find((q) => text.startsWith(q, i));
      if (quote && !(lang === "rust" && quote === "'")) {
        if (quote === "'" && lang === "c-like" && /\w/.test(text[i - 1] ?? "")) {
          i++; // an apostrophe in a word (Kotlin/Swift labels, C++ digit separators)
          continue;
        }
        const start = i + quote.length;
        const end = findClosing(text, start, quote);
        if (end === -1) {
          blank(start, text.length);
          if (syntax.multiline.includes(quote)) open = { kind: "string", quote };
          break;
        }
        blank(start, end);
        i = end + quote.length;
        continue;
      }
      i++;
    }
    return done(allString);
  };
  return { mask, reset: () => (open = undefined) };
}

function findClosing(text: string, from: number, quote: string): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === "\\") {
      i++;
      continue;
    }
    if (text.startsWith(quote, i)) return i;
  }
  return -1;
}

/** Masks each file's added lines, resetting the lexer wherever the added lines are not consecutive. */
export function maskAddedLines(lang: Language, lines: ReadonlyArray<{ line: number; text: string }>): MaskedLine[] {
  const { mask, reset } = createMasker(lang);
  let previous = -1;
  return lines.map(({ line, text }) => {
    if (line !== previous + 1) reset();
    previous = line;
    return mask(text);
  });
}
