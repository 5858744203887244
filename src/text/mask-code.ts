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

type Open = { kind: "block" } | { kind: "string"; quote: string };

/** Shared by every line without comments (most lines): one allocation fewer per line. */
const NO_COMMENTS: string[] = Object.freeze([]) as unknown as string[];

/** One line being masked: code is copied through, strings and comments become spaces. */
class LineMask {
  code = "";
  comments: string[] = [];
  i = 0;
  /** Set when the rest of the line needs no more lexing (a line comment, an unclosed string). */
  finished = false;
  private copied = 0;

  constructor(readonly text: string) {}

  blank(from: number, to: number): void {
    this.code += this.text.slice(this.copied, from) + " ".repeat(Math.max(0, to - from));
    this.copied = Math.max(this.copied, to);
  }

  result(allString: boolean): MaskedLine {
    return { code: this.code + this.text.slice(this.copied), comments: this.comments, allString };
  }
}

/**
 * A small lexer, line by line, that separates code from strings and comments, so rules can look
 * for `console.log` in code and `TODO` in comments without firing inside string literals. It is
 * not a parser: it tracks just enough state (block comments, multi-line strings) across the
 * consecutive added lines it is fed. Call `reset()` when lines stop being consecutive.
 */
export function createMasker(lang: Language): { mask: (line: string) => MaskedLine; reset: () => void } {
  const masker = new Masker(lang);
  return { mask: (line) => masker.mask(line), reset: () => masker.reset() };
}

class Masker {
  private readonly syntax: Syntax;
  private open: Open | undefined;
  /** First characters of every opener: a line with none of them needs no lexing (most lines). */
  private readonly firstChars: Set<string>;
  /** The same characters as one class: one regex test per line instead of a set lookup per character. */
  private readonly anyFirstChar: RegExp;
  /** The class again, global: skips from one possible opener to the next rather than a character at a time. */
  private readonly nextFirstChar: RegExp;

  constructor(private readonly lang: Language) {
    this.syntax = SYNTAX[lang];
    const openers = [...this.syntax.line, ...this.syntax.quotes, ...(this.syntax.block ? [this.syntax.block[0]] : [])];
    this.firstChars = new Set(openers.map((d) => d[0]));
    this.anyFirstChar = this.firstChars.size === 0 ? /(?!)/ : new RegExp(`[${[...this.firstChars].map((c) => c.replace(/[\\\]^-]/g, "\\$&")).join("")}]`);
    this.nextFirstChar = new RegExp(this.anyFirstChar.source, "g");
  }

  reset(): void {
    this.open = undefined;
  }

  mask(text: string): MaskedLine {
    if (!this.open && this.plain(text)) return { code: text, comments: NO_COMMENTS, allString: false };
    const m = new LineMask(text);
    const initial = this.open;
    while (m.i < text.length && !m.finished) {
      if (this.open) this.continueOpen(m, this.open);
      else if (this.firstChars.has(text[m.i])) this.startToken(m);
      else m.i = this.nextOpener(text, m.i + 1);
    }
    // The whole line is string content only when a string left open above is still open.
    return m.result(initial?.kind === "string" && this.open === initial);
  }

  /** The index of the next character that may open a token, from `from`; the line's length if none. */
  private nextOpener(text: string, from: number): number {
    this.nextFirstChar.lastIndex = from;
    const found = this.nextFirstChar.exec(text);
    return found ? found.index : text.length;
  }

  private plain(text: string): boolean {
    return !this.anyFirstChar.test(text);
  }

  /** Consumes the block comment or string that an earlier line left open. */
  private continueOpen(m: LineMask, state: Open): void {
    const close = state.kind === "block" ? this.syntax.block![1] : state.quote;
    const end = state.kind === "block" ? m.text.indexOf(close, m.i) : findClosing(m.text, m.i, close);
    if (state.kind === "block") m.comments.push(m.text.slice(m.i, end === -1 ? m.text.length : end));
    const to = end === -1 ? m.text.length : state.kind === "block" ? end + close.length : end;
    m.blank(m.i, to);
    m.i = end === -1 ? m.text.length : end + close.length;
    if (end !== -1) this.open = undefined;
    else m.finished = true;
  }

  /** At a possible opener in code: a line comment, a block comment or a string. */
  private startToken(m: LineMask): void {
    const { text, i } = m;
    const lineComment = this.syntax.line.find((d) => text.startsWith(d, i));
    if (lineComment && !(this.lang === "php" && lineComment === "#" && text[i + 1] === "[")) {
      m.comments.push(text.slice(i + lineComment.length));
      m.blank(i, text.length);
      m.finished = true;
    } else if (this.syntax.block && text.startsWith(this.syntax.block[0], i) && (this.lang !== "ruby" || i === 0)) {
      this.open = { kind: "block" };
      m.blank(i, i + this.syntax.block[0].length);
      m.i += this.syntax.block[0].length;
    } else {
      this.startString(m);
    }
  }

  private startString(m: LineMask): void {
    const { text, i } = m;
    const quote = this.syntax.quotes.find((q) => text.startsWith(q, i));
    // Rust lifetimes ('a) and apostrophes inside words (Kotlin labels, C++ digit separators) are not quotes.
    const notAQuote = (this.lang === "rust" && quote === "'") || (quote === "'" && this.lang === "c-like" && /\w/.test(text[i - 1] ?? ""));
    if (!quote || notAQuote) {
      m.i++;
      return;
    }
    const start = i + quote.length;
    const end = findClosing(text, start, quote);
    if (end === -1) {
      m.blank(start, text.length);
      if (this.syntax.multiline.includes(quote)) this.open = { kind: "string", quote };
      m.finished = true;
      return;
    }
    m.blank(start, end);
    m.i = end + quote.length;
  }
}

function findClosing(text: string, from: number, quote: string): number {
  if (quote.length === 1) return findClosingChar(text, from, quote.charCodeAt(0));
  for (let i = from; i < text.length; i++) {
    if (text[i] === "\\") {
      i++;
      continue;
    }
    if (text.startsWith(quote, i)) return i;
  }
  return -1;
}

const BACKSLASH = 92;

/** findClosing for a one-character quote (most strings), by character code: no one-character strings made per step. */
function findClosingChar(text: string, from: number, quote: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === quote) return i;
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
