import ts from "typescript";
import type { FileAnalysis, FunctionInfo, NestingPoint } from "./functions.js";

const SCRIPT_KIND: Record<string, ts.ScriptKind> = { ts: ts.ScriptKind.TS, mts: ts.ScriptKind.TS, cts: ts.ScriptKind.TS, tsx: ts.ScriptKind.TSX, jsx: ts.ScriptKind.JSX };

/** Exact function extents, complexity and nesting for TypeScript/JavaScript, from the TypeScript parser. */
export function analyzeTypeScript(path: string, text: string): FileAnalysis {
  const ext = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
  // setParentNodes off: this walk keeps its own context, and parents cost memory on big files.
  // JSDoc is not needed here; skipping it makes parsing cheaper.
  const source = ts.createSourceFile(path, text, { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone }, false, SCRIPT_KIND[ext] ?? ts.ScriptKind.JS);
  const functions: FunctionInfo[] = [];
  const nesting: NestingPoint[] = [];
  const lineOf = (pos: number) => source.getLineAndCharacterOfPosition(pos).line + 1;

  // One walk over the tree: a stack of open functions collects complexity, `depth` counts control
  // structures. Node kinds are looked up in sets (one switch per node); this walk runs over every
  // TS/JS file of a review, so it is kept free of per-node closures.
  const stack: FunctionInfo[] = [];
  let depth = 0;
  const visit = (node: ts.Node): void => {
    const kind = node.kind;
    if (FUNCTION_KINDS.has(kind) && (node as ts.FunctionLikeDeclaration).body) {
      const fn = node as ts.FunctionLikeDeclaration;
      const info: FunctionInfo = { name: functionName(fn, source), start: lineOf(node.getStart(source)), end: lineOf(node.end), complexity: 1 };
      functions.push(info);
      stack.push(info);
      const saved = depth;
      depth = 0;
      ts.forEachChild(node, visit);
      depth = saved;
      stack.pop();
      return;
    }
    const current = stack.length > 0 ? stack[stack.length - 1] : undefined;
    if (current && (BRANCH_KINDS.has(kind) || (kind === ts.SyntaxKind.BinaryExpression && LOGICAL_OPERATORS.has((node as ts.BinaryExpression).operatorToken.kind)))) {
      current.complexity! += 1;
    }
    if (!CONTROL_KINDS.has(kind)) {
      ts.forEachChild(node, visit);
      return;
    }
    const saved = depth;
    depth = saved + 1;
    if (current) nesting.push({ line: lineOf(node.getStart(source)), end: lineOf(node.end), depth });
    const ifNode = node as ts.IfStatement;
    if (kind === ts.SyntaxKind.IfStatement && ifNode.elseStatement && ifNode.elseStatement.kind === ts.SyntaxKind.IfStatement) {
      // `else if` continues the same level, as in ESLint's max-depth.
      visit(ifNode.expression);
      visit(ifNode.thenStatement);
      depth = saved;
      visit(ifNode.elseStatement);
    } else {
      ts.forEachChild(node, visit);
    }
    depth = saved;
  };
  ts.forEachChild(source, visit);
  return { functions, nesting, method: "parser" };
}

const FUNCTION_KINDS = new Set([
  ts.SyntaxKind.FunctionDeclaration,
  ts.SyntaxKind.FunctionExpression,
  ts.SyntaxKind.ArrowFunction,
  ts.SyntaxKind.MethodDeclaration,
  ts.SyntaxKind.Constructor,
  ts.SyntaxKind.GetAccessor,
  ts.SyntaxKind.SetAccessor,
]);

/** ESLint's `complexity`: each decision point adds one path. */
const BRANCH_KINDS = new Set([
  ts.SyntaxKind.IfStatement,
  ts.SyntaxKind.ConditionalExpression,
  ts.SyntaxKind.ForStatement,
  ts.SyntaxKind.ForInStatement,
  ts.SyntaxKind.ForOfStatement,
  ts.SyntaxKind.WhileStatement,
  ts.SyntaxKind.DoStatement,
  ts.SyntaxKind.CatchClause,
  ts.SyntaxKind.CaseClause,
]);
const LOGICAL_OPERATORS = new Set([ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken]);

/** Blocks that nest: ESLint's `max-depth` counts these. */
const CONTROL_KINDS = new Set([
  ts.SyntaxKind.IfStatement,
  ts.SyntaxKind.ForStatement,
  ts.SyntaxKind.ForInStatement,
  ts.SyntaxKind.ForOfStatement,
  ts.SyntaxKind.WhileStatement,
  ts.SyntaxKind.DoStatement,
  ts.SyntaxKind.SwitchStatement,
  ts.SyntaxKind.TryStatement,
  ts.SyntaxKind.WithStatement,
]);

function functionName(node: ts.FunctionLikeDeclaration, source: ts.SourceFile): string {
  if (node.name && !ts.isComputedPropertyName(node.name)) return node.name.getText(source);
  if (ts.isConstructorDeclaration(node)) return "constructor";
  return "(anonymous function)";
}
