import { escapeRegExp } from "../../text/escape-regexp.js";
import { explainedAlternative, explainsWhy } from "../parked-code.js";
import { COMMENT_LINE, similarity, identifiers, shape } from "./comment-lines.js";
import type { FileScan } from "./file-scan.js";

// A commented line beside the live line it is the other choice of: a toggle, a ruled-out alternative, the direct form
// of an indirect call, the code a generator emits.

/** Names two lines must share to be alternatives of each other (`in.read()` under both assertions). */
const ALTERNATIVE_SIMILARITY = 0.3;

/**
 * A lone commented line right under the live line it is the ruled-out alternative of, with the reason
 * over the live one (commons-io 7ecca22f17: "// Does not throw … because the input is an underflow",
 * `assertDoesNotThrow(() -> in.read());`, then `// assertThrows(IllegalStateException.class, () -> in.read());`):
 * it shows what the code deliberately does not expect.
 */
export function ruledOutUnderLive(commented: string | undefined, start: number, scan: FileScan): boolean {
  const live = scan.lineAt(start - 1);
  if (commented === undefined || live === undefined || live.trim() === "" || COMMENT_LINE.test(live)) return false;
  if (similarity(identifiers(live), identifiers(commented)) < ALTERNATIVE_SIMILARITY) return false;
  return explainedAlternative(commented, [scan.lineAt(start - 2)], explainsWhy);
}

// The end of a line that opens a block: `do`, `do |x|`, `{`, `:`, `=> {`.
const OPENS_BLOCK = /(\bdo(\s*\|[^|]{0,80}\|)?|[{:])\s*$/;
/** Comment lines over a block's opener read as its reason. */
const REASON_LINES = 5;

/**
 * A lone commented line that opens a block, over the live line it is the ruled-out alternative of, with the reason
 * right over the block (i18n 50555f6617: "In fact it probably *should* fail but Rails currently relies on … until we
 * get it fixed" over the test, then `# assert_raises(I18n::InvalidLocale) { … }` over `assert_nothing_raised { … }`):
 * it is the behaviour the test would want, kept beside the one it settles for.
 */
export function ruledOutOverLive(commented: string | undefined, start: number, scan: FileScan): boolean {
  const live = scan.lineAt(start + 1);
  const opener = scan.lineAt(start - 1);
  if (commented === undefined || live === undefined || opener === undefined || live.trim() === "" || COMMENT_LINE.test(live)) return false;
  if (COMMENT_LINE.test(opener) || !OPENS_BLOCK.test(opener)) return false;
  if (similarity(identifiers(live), identifiers(commented)) < ALTERNATIVE_SIMILARITY) return false;
  const reason: string[] = [];
  for (let l = start - 2; l >= start - 1 - REASON_LINES; l--) {
    const prose = /^\s*(?:\/\/|#)\s*(.*)$/.exec(scan.lineAt(l) ?? "")?.[1];
    if (prose === undefined) break;
    reason.unshift(prose);
  }
  return reason.length > 0 && explainsWhy(reason.join(" "));
}

/**
 * A commented call that shows the direct form of the indirect one below it is documentation:
 * `// queue.addOperation(r);` over `addOperation.invoke(queue, r)` (reflection), or over
 * `getMethod("addOperation")`. The callee is named there, but not called.
 */
export function showsIndirectCall(commented: string | undefined, next: Array<string | undefined>): boolean {
  const callee = /([A-Za-z_$][\w$]{3,})\s*\(/.exec(commented ?? "")?.[1];
  if (!callee) return false;
  const named = new RegExp(`(^|[^\\w$])${escapeRegExp(callee)}(?![\\w$])(?!\\s*[(!])`);
  return next.some((l) => l !== undefined && named.test(l));
}

/**
 * A comment that shows the code the next lines emit: a code generator's
 * `// return if (mask == all) A(value) else A()` over `addCode("return·if·(%L == …")`. The
 * string starts with the comment's first two words (KotlinPoet writes `·` for a space).
 */
export function showsGeneratedCode(commented: string | undefined, next: Array<string | undefined>): boolean {
  const words = /^\s*([A-Za-z_]\w*)[\s(]+([A-Za-z_]\w*)/.exec(commented ?? "");
  if (!words) return false;
  const opening = new RegExp(`^["'\`]\\s*${words[1]}[\\s·(]+${words[2]}\\b`);
  return next.some((l) => l !== undefined && (l.replace(/·/g, " ").match(/"[^"]*"|'[^']*'|`[^`]*`/g) ?? []).some((str) => opening.test(str)));
}

/**
 * A bytecode or IL emitter's call: ASM's `mw.aload(…)`, `mv.visitVarInsn(…)`, `mw.invokevirtual(…)`, `mw.ifeq(label)`, .NET's
 * `il.Emit(OpCodes.Ldarg_0)`. Code written over such calls is the source they emit, kept as its documentation:
 * fastjson2's ObjectReaderCreatorASM writes `/* if (jsonReader.nextIfNull()) { return null; } *\/` over the
 * instructions that do it (three findings judged *wrong* on set 31; 552091ef9e is titled "add comments"). Blank lines and a `Label` or two may sit between.
 * So is a .NET expression tree's builder (`Expression.Lambda<…>(Expression.Block(Expression.Call(…)))`), which ASP.NET Core's
 * ObjectMethodExecutor documents with the C# lambda it builds (`// var getResultFunc = (object awaiter) => { … };`: CAP
 * 9512640bc7's copy of it, judged *wrong* on set 42).
 */
const EMITS_BYTECODE =
  /\b\w+\.(?:visit(?:Var|Jump|Method|Field|Type|Int|Ldc|Iinc|Table\w*|Lookup\w*)?Insn|visitLabel|[ailfd](?:load|store|return|const_\w+)|aconst_null|[bs]ipush|ldc\w*|dup(?:2)?(?:_x[12])?|[lfd]cmp[lg]?|goto_|athrow|invoke(?:virtual|static|special|interface|dynamic)|[gp]et(?:field|static)|if(?:eq|ne|lt|ge|gt|le|null|nonnull|_[ai]cmp\w{2})|checkcast)\s*\(|\.Emit\s*\(\s*OpCodes\.|\bExpression\.(?:Lambda|Call|Block|Convert|Assign|Property|Field|New|Condition|Constant|Parameter|Return|Label)\s*(?:<[^>\n]{0,200}>)?\s*\(/;
/** Code lines read under the comment, and lines looked through for them (blank ones are skipped). */
const EMITTED_LINES = 4;
const EMITTED_REACH = 10;

/** Whether two of the first code lines under the comment's last line emit bytecode or IL (see EMITS_BYTECODE). */
export function showsEmittedCode(lineAt: (line: number) => string | undefined, end: number): boolean {
  const below: string[] = [];
  for (let l = end + 1; l <= end + EMITTED_REACH && below.length < EMITTED_LINES; l++) {
    const text = lineAt(l);
    if (text === undefined) break;
    if (text.trim() !== "") below.push(text);
  }
  return below.filter((l) => EMITS_BYTECODE.test(l)).length >= 2;
}

/**
 * A commented-out line next to a live line of the same shape is the other setting of a toggle
 * (`public int Iterations = 100;` over `//public int Iterations = 10000;`): a choice kept at hand,
 * not dead code.
 */
export function isToggle(commented: string | undefined, neighbours: Array<string | undefined>): boolean {
  const want = shape(commented ?? "");
  return want !== "" && neighbours.some((l) => l !== undefined && shape(l.slice(0, 2000).replace(TRAILING_NOTE, "")) === want);
}

// A note after the live setting names which one it is (pagy 4e2ba4a4b5's `script.dataset.widgetId = '…'; // pre` under the
// release's id commented out, kept to swap back: judged not worth saying on set 41). A marker between spaces, no quote after it.
const TRAILING_NOTE = /[ \t](?:\/\/|#)[ \t][^'"`\n]*$/;
