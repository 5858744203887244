/** What the function-level rules need to know about one file, whatever its language. */
export interface FunctionInfo {
  name: string;
  /** 1-based lines of the whole function, header to closing brace. */
  start: number;
  end: number;
  /** Cyclomatic complexity; only computed where a real parser is used (TypeScript/JavaScript). */
  complexity?: number;
}

export interface NestingPoint {
  line: number;
  /** Last line of the nested block. */
  end: number;
  /** Control structures (if/for/while/switch/try…) enclosing the statement on this line, within its function. */
  depth: number;
}

export interface FileAnalysis {
  functions: FunctionInfo[];
  nesting: NestingPoint[];
  /** "parser" for TS/JS, "heuristic" for the brace- and indentation-based languages. */
  method: "parser" | "heuristic";
}
