/** One added line of a test file, as the case tracker needs it. */
export interface TestLine {
  line: number;
  code: string;
  /** Follows the previous added line directly (no unchanged lines between). */
  consecutive: boolean;
  declares: boolean;
  skips: boolean;
  asserts: boolean;
}

interface OpenCase {
  line: number;
  indent: number;
  depth: number;
  opened: boolean;
  asserted: boolean;
  skipped: boolean;
}

/**
 * Follows new test cases through a test file's added lines and reports each finished case that
 * asserted nothing. A case is judged only when all of it is in view, from its declaration to its
 * end (braces balanced, or the indentation back out, or Ruby's `end`), on consecutive added lines:
 * otherwise its assertion may sit in lines the diff does not show.
 */
export class TestCaseTracker {
  private current: OpenCase | undefined;
  private lastSkipLine = -1;

  constructor(
    private readonly byIndent: boolean,
    private readonly ruby: boolean,
    private readonly onEmptyCase: (line: number) => void,
  ) {}

  feed(l: TestLine): void {
    if (this.current && !l.consecutive) this.current = undefined; // a gap: cannot judge
    const indent = l.code.length - l.code.trimStart().length;
    const isEnd = /^\s*end\b/.test(l.code);
    if (this.byIndent && !isEnd && l.code.trim() !== "" && this.current && indent <= this.current.indent) this.finish();
    if (l.skips) this.noteSkip(l.line);
    if (l.declares) this.start(l, indent);
    const c = this.current;
    if (!c) return;
    if (l.asserts) c.asserted = true;
    if (!this.byIndent) this.countBrackets(c, l.code);
    else if (this.ruby && isEnd && indent === c.indent) this.finish();
  }

  private noteSkip(line: number): void {
    if (this.current) this.current.skipped = true;
    this.lastSkipLine = line;
  }

  private start(l: TestLine, indent: number): void {
    // A new case before the last one closed (brace languages): the last one cannot be judged.
    if (this.current && !this.byIndent) this.current = undefined;
    this.finish();
    const skipped = l.skips || /\.todo\b/.test(l.code) || this.lastSkipLine === l.line - 1;
    this.current = { line: l.line, indent, depth: 0, opened: false, asserted: false, skipped };
  }

  /** Brace languages: the case ends where its brackets balance again. */
  private countBrackets(c: OpenCase, code: string): void {
    for (const ch of code) {
      if (ch === "{" || ch === "(") {
        c.depth++;
        c.opened = true;
      } else if (ch === "}" || ch === ")") c.depth--;
    }
    if (c.opened && c.depth <= 0) this.finish();
  }

  /** At the end of the added lines: a case still open is complete only when the file is new. */
  end(wholeFileInView: boolean): void {
    if (wholeFileInView) this.finish();
    this.current = undefined;
  }

  private finish(): void {
    const c = this.current;
    if (c && !c.asserted && !c.skipped) this.onEmptyCase(c.line);
    this.current = undefined;
  }
}
