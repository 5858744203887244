import { createRequire } from "node:module";
import type * as TS from "typescript";
import type { FileAnalysis, FunctionInfo, NestingPoint } from "./functions.js";

// The compiler is 9 MB of JavaScript: load it on the first TS/JS file, not at start-up, so the
// CLI stays quick on repositories (and reviews) without TypeScript or JavaScript.
let loaded: typeof TS | undefined;
function typescript(): typeof TS {
  loaded ??= createRequire(import.meta.url)("typescript") as typeof TS;
  return loaded;
}

/** Exact function extents, complexity and nesting for TypeScript/JavaScript, from the TypeScript parser. */
export function analyzeTypeScript(path: string, text: string): FileAnalysis {
  const ts = typescript();
  const { FUNCTION_KINDS, BRANCH_KINDS, LOGICAL_OPERATORS, CONTROL_KINDS } = kinds(ts);
  const ext = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
  // setParentNodes off: this walk keeps its own context, and parents cost memory on big files.
  // JSDoc is not needed here; skipping it makes parsing cheaper.
  const source = ts.createSourceFile(
    path,
    text,
    { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone },
    false,
    scriptKind(ts, ext),
  );
  const functions: FunctionInfo[] = [];
  const nesting: NestingPoint[] = [];
  const lineOf = (pos: number) => source.getLineAndCharacterOfPosition(pos).line + 1;

  // One walk over the tree: a stack of open functions collects complexity, `depth` counts control
  // structures. Node kinds are looked up in sets; this walk runs over every TS/JS file of a review,
  // so it is kept free of per-node closures.
  const stack: FunctionInfo[] = [];
  let depth = 0;
  const visit = (node: TS.Node): void => {
    const kind = node.kind;
    if (FUNCTION_KINDS.has(kind) && (node as TS.FunctionLikeDeclaration).body) {
      const fn = node as TS.FunctionLikeDeclaration;
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
    if (kind === ts.SyntaxKind.CallExpression && isTestGroup(ts, node as TS.CallExpression)) {
      // describe(() => { … }) groups test cases; its callback is a container, not a function to
      // measure (a long suite is fine, a long test case is not).
      const call = node as TS.CallExpression;
      visit(call.expression);
      for (const arg of call.arguments) {
        if (FUNCTION_KINDS.has(arg.kind)) ts.forEachChild(arg, visit);
        else visit(arg);
      }
      return;
    }
    const current = stack.length > 0 ? stack[stack.length - 1] : undefined;
    if (
      current &&
      (BRANCH_KINDS.has(kind) || (kind === ts.SyntaxKind.BinaryExpression && LOGICAL_OPERATORS.has((node as TS.BinaryExpression).operatorToken.kind)))
    ) {
      current.complexity! += 1;
    }
    if (!CONTROL_KINDS.has(kind)) {
      ts.forEachChild(node, visit);
      return;
    }
    const saved = depth;
    depth = saved + 1;
    if (current) nesting.push({ line: lineOf(node.getStart(source)), end: lineOf(node.end), depth });
    const ifNode = node as TS.IfStatement;
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

const TEST_GROUPS = new Set(["describe", "context", "suite", "fdescribe", "xdescribe"]);

/** describe(…), describe.each(…)(…), describe.skip(…): the callee's root identifier is a test group. */
function isTestGroup(ts: typeof TS, call: TS.CallExpression): boolean {
  let e: TS.Expression = call.expression;
  while (ts.isPropertyAccessExpression(e) || ts.isCallExpression(e)) e = e.expression;
  return ts.isIdentifier(e) && TEST_GROUPS.has(e.text);
}

function scriptKind(ts: typeof TS, ext: string): TS.ScriptKind {
  if (ext === "tsx") return ts.ScriptKind.TSX;
  if (ext === "jsx") return ts.ScriptKind.JSX;
  return ["ts", "mts", "cts"].includes(ext) ? ts.ScriptKind.TS : ts.ScriptKind.JS;
}

let kindSets: ReturnType<typeof buildKinds> | undefined;
function kinds(ts: typeof TS) {
  kindSets ??= buildKinds(ts);
  return kindSets;
}

function buildKinds(ts: typeof TS) {
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
  return { FUNCTION_KINDS, BRANCH_KINDS, LOGICAL_OPERATORS, CONTROL_KINDS };
}

function functionName(node: TS.FunctionLikeDeclaration, source: TS.SourceFile): string {
  const ts = typescript();
  if (node.name && !ts.isComputedPropertyName(node.name)) return node.name.getText(source);
  if (ts.isConstructorDeclaration(node)) return "constructor";
  return "(anonymous function)";
}
