import type { FileFacts, FunctionFact, LanguageId } from "../syntax/facts.js";
import { BRACKETS_ONLY } from "./block-shapes.js";
import type { CodeView } from "./function-code.js";
import { tokenize } from "./token-diff.js";
import { escapeRegExp } from "../text/escape-regexp.js";

/**
 * New code a reviewer does not ask a unit test for: trivial members (a one-line delegation, a
 * getter, a setter of existing state, a constant, a constructor that only stores its arguments,
 * a `__repr__`), code a unit test cannot reach (destructors and finalizers, signal and exit
 * handlers), and files that bind native or platform code (ctypes, cgo, P/Invoke, reflection on
 * classes a test JVM does not have).
 */

/** Tokens a one-statement body may have and still be a delegation, an accessor or a constant. */
const MAX_TRIVIAL_TOKENS = 24;

/** Methods that only describe their object for people: `__repr__`, `toString`, Go's `String`. */
const REPRESENTATION = /^(__repr__|__str__|__format__|toString|ToString|String|GoString|to_s|inspect|__toString|description|debugDescription)$/;

/** Constructors by name, in languages where the facts may call them methods or functions. */
const CONSTRUCTOR = /^(__init__|initialize|constructor|__construct|new|init)$/;

/** A constructor, by kind or by name: it stores state, it does not use it. */
export function isConstructor(fn: FunctionFact): boolean {
  return fn.kind === "constructor" || CONSTRUCTOR.test(fn.name);
}

/**
 * A line that only stores a value: `this.x = x`, `self._x = x`, `$this->x = $x`, `@x = x`, a
 * struct field `inner,` or `limit: limit,`, a struct literal's head `Limit {`, a `super(...)` call.
 */
const STORES_ONLY = [
  /^(this\.|self\.|\$this->|@|[a-z]\.)?[\w$]+\s*=\s*(\$?[\w$.]+|"[^"]*"|'[^']*'|\[\]|\{\}|null|nil|None|true|false)\s*;?$/,
  /^[\w$]+(\s*:\s*[\w$.]+)?\s*,?$/,
  /^(Self|[A-Z]\w*)(<[^>]*>)?\s*\{$/,
  /^(super|this|parent::__construct|base)\s*\(.*\)\s*;?$/,
];

/** The last line of a builder's setter: it returns the builder for the next call. */
const RETURNS_SELF = /^(return\s+)?(self|this|\$this|Self)\s*;?$/;

/** Members a one-line body reads or sets (`this.x`, `self._x`, `$this->x`, `@x`, the last of `self.config.x`), and a bare name it assigns. */
const MEMBER = /(?:this\.|self\.|\$this->|@)([\w$]+(?:(?:\.|->)[\w$]+)*)(\s*\()?/g;
const ASSIGNED = /^([\w$]+)\s*=[^=]/;

export interface Triviality {
  trivial: boolean;
  /**
   * For a trivial function: its name and the state it reads or sets. When the change's other new
   * code uses one of them, the function is part of a new feature (an option with its setter, a
   * hook its caller now calls), not a member added on the side.
   */
  names?: string[];
}

/** The lines of `fn` after its signature that hold code (brackets alone left out). */
function bodyCode(fn: FunctionFact, view: CodeView): string[] {
  const from = Math.max(fn.start, fn.end - Math.max(1, fn.bodyLines) + 1);
  const out: string[] = [];
  for (let line = from; line <= fn.end; line++) {
    const code = view.code(line).trim();
    if (code !== "" && !BRACKETS_ONLY.test(code)) out.push(code);
  }
  // A one-line function's only line is its signature and its body at once.
  return out;
}

/** The head of a dispatch on a value's variant: `match *self {`, `switch (kind) {`, `when (x) {`. */
const DISPATCH_HEAD = /^(match\b.*|switch\s*\(.*\)|when\s*\(.*\)|return\s+\w+\s+switch|return\s+match\b.*)\s*\{$/;
/**
 * One arm of it that only calls a method: `Class::Unicode(ref mut x) => x.try_case_fold_simple()?,`,
 * `case Bytes: return b.fold();`, Kotlin's `is Text -> text.encode()`.
 */
const DELEGATING_ARM =
  /^(?:case\b[^:>]*?(?::|->)|[^=]+=>|(?:is\s+|in\s+)?[\w$.:]+(?:\([^)]*\))?\s*->)\s*(?:return\s+)?(?:[\w$]+(?:\(\))?(?:\.|::|->))+([\w$]+)\s*\([^()]*\)\??\s*[;,]?$/;
/** What may sit beside the arms: a `default` that throws, the unit result, a bare return. */
const DISPATCH_FILLER = /^(Ok\(\(\)\)|return;?|break;?|default:|_ => unreachable!\(.*\),?|default:\s*throw\b.*|_ => .*panic!\(.*\),?)$/;

/** A method name without its fallible prefix and separators: `try_case_fold_simple` ↔ `case_fold_simple`. */
const methodKey = (name: string) =>
  name
    .toLowerCase()
    .replace(/^try_?/, "")
    .replace(/[_$]/g, "");

/**
 * A function that only forwards to the same operation of whichever variant it holds (a Rust enum's
 * `try_case_fold_simple` calling each inner class's): every decision is an arm that delegates to a
 * method of its own name. The variants' methods are where the behaviour, and its tests, are.
 */
export function delegatesPerVariant(fn: FunctionFact, view: CodeView): boolean {
  const code = bodyCode(fn, view);
  const head = code.findIndex((l) => DISPATCH_HEAD.test(l));
  if (head < 0) return false;
  // Before the dispatch only the signature, which may share the body's lines (`public int Depth() {`, Rust's `&mut self,`).
  const signature = new RegExp(`(^|[\\s*&])${escapeRegExp(fn.name)}\\s*[(<]|^\\)|^&?(mut\\s+)?self,?$`);
  if (!code.slice(0, head).every((l) => signature.test(l) || DISPATCH_FILLER.test(l))) return false;
  const arms = code.slice(head + 1).filter((l) => !DISPATCH_FILLER.test(l));
  const own = methodKey(fn.name);
  const delegates = (l: string) => {
    const callee = DELEGATING_ARM.exec(l)?.[1];
    return callee !== undefined && methodKey(callee) !== "" && (methodKey(callee).includes(own) || own.includes(methodKey(callee)));
  };
  return arms.length >= 2 && arms.every(delegates) && fn.decisions <= arms.length;
}

/** Whether a new function is too simple to be worth a test of its own. */
export function triviality(fn: FunctionFact, facts: FileFacts, view: CodeView): Triviality {
  if (fn.decisions > 0) return delegatesPerVariant(fn, view) ? { trivial: true, names: [fn.name] } : { trivial: false };
  if (REPRESENTATION.test(fn.name)) return { trivial: true };
  const code = bodyCode(fn, view).filter(
    // JavaScript accessors (`set etag(val) {`) and modifiers open a signature too (koa's delegating setters, judged set 3).
    (l) =>
      !/^(def|fn|func|function|fun|sub|public|private|protected|internal|static|async|pub)\b|^(get|set|override|export|open|final|suspend|abstract|virtual|inline)\s+[\w$]/.test(
        l,
      ) || l.includes("="),
  );
  // A builder's setter stores the option and returns the builder: `self.config.x = val; self`.
  const body = code.length === 2 && RETURNS_SELF.test(code[1]) ? code.slice(0, 1) : code;
  // A table of data (key bindings, menu entries) whose lambdas each make one call: configuration, not logic.
  if (declaresData(body, fn, facts)) return { trivial: true, names: [fn.name] };
  // A functional option stores its value through a closure: a setter all the same.
  const stored = optionSetter(body);
  if (stored) return { trivial: true, names: [fn.name, ...stored] };
  // A lambda inside (a callback, a comparator) is logic of its own, unless it is the one line's delegation
  // (`self.with_inner(move |inner| inner.timeout(val))`).
  const oneLine = (f: FunctionFact) => body.length === 1 && f.start === f.end;
  if (facts.functions.some((f) => f !== fn && f.start >= fn.start && f.end <= fn.end && !oneLine(f))) return { trivial: false };
  if (body.length === 0) return { trivial: true, names: [fn.name] };
  if (isConstructor(fn)) {
    if (body.every((l) => STORES_ONLY.some((re) => re.test(l)))) return { trivial: true };
  }
  if (body.length > 1) return { trivial: false };
  const tokens = tokenize([{ line: 0, code: body[0] }])[0].tokens.length;
  if (tokens > MAX_TRIVIAL_TOKENS + signatureTokens(fn, view)) return { trivial: false };
  const members = [...body[0].matchAll(MEMBER)].flatMap((m) => {
    // The state is the last field of the chain, not a method called on it (`self._order` of `self._order.append(x)`).
    const path = m[1].split(/\.|->/);
    const fields = m[2] ? path.slice(0, -1) : path;
    return fields.length > 0 ? [fields[fields.length - 1]] : [];
  });
  const assigned = ASSIGNED.exec(body[0])?.[1];
  return { trivial: true, names: [fn.name, ...members, ...(assigned ? [assigned] : [])] };
}

/**
 * The start of a body that is one literal collection: `[{…}, …]`, `@controls ||= super + [ … ]`,
 * `return { … }`, `listOf(…)`, `%i[…]`.
 */
const DATA_HEAD =
  /^(?:return\s+)?(?:@?[\w$.]+\s*(?:\|\|=|\?\?=|=)\s*)?(?:super\s*\+\s*)?(\[|\{|%[iw]\[|(?:listOf|mapOf|arrayOf|setOf|List\.of|Map\.of|Set\.of)\()/;

/**
 * A body that only builds a literal collection (sidekiq's TUI key bindings, judged set 3): the
 * collection closes on the body's last line, and every lambda inside is one line that decides nothing.
 */
function declaresData(body: string[], fn: FunctionFact, facts: FileFacts): boolean {
  if (fn.decisions > 0 || body.length === 0) return false;
  const m = DATA_HEAD.exec(body[0]);
  if (!m) return false;
  const text = body.join("\n").slice(m.index + m[0].length - m[1].length);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "[" || ch === "{" || ch === "(") depth++;
    else if (ch === "]" || ch === "}" || ch === ")") depth--;
    // The collection must close at the end: nothing but a `;` or `,` after it.
    if (depth === 0) return /^[\s;,]*$/.test(text.slice(i + 1)) && innerLambdasAreOneLine(fn, facts);
  }
  return false;
}

function innerLambdasAreOneLine(fn: FunctionFact, facts: FileFacts): boolean {
  return facts.functions.every((f) => f === fn || f.start < fn.start || f.end > fn.end || (f.start === f.end && f.decisions === 0));
}

/** The head of a closure a functional option returns: `return optionFunc(func(v *Viper) {`, `return (o) => {`. */
const RETURNS_CLOSURE = /^return\b.*(\bfunc\s*\(.*\)|\bfunction\s*\(.*\)|=>|\|[^|]*\|)\s*\{$/;

/**
 * The fields a functional option sets (`func WithX() Option { return optionFunc(func(v *Viper) { v.x = true }) }`):
 * the closure's body only stores values. Undefined for any other shape.
 */
function optionSetter(body: string[]): string[] | undefined {
  if (body.length < 2 || !RETURNS_CLOSURE.test(body[0])) return undefined;
  const rest = body.slice(1);
  if (!rest.every((l) => STORES_ONLY[0].test(l))) return undefined;
  return rest.map((l) => /^(?:this\.|self\.|\$this->|@|[a-z]\.)?([\w$]+)\s*=/.exec(l)?.[1] ?? "").filter(Boolean);
}

/** Tokens of a one-line function's signature, which shares the line with its body. */
function signatureTokens(fn: FunctionFact, view: CodeView): number {
  if (fn.start !== fn.end) return 0;
  const line = view.tokens({ start: fn.start, end: fn.start })[0]?.tokens ?? [];
  const open = line.findIndex((t) => t === "{" || t === ":" || t === "=>");
  return open < 0 ? 0 : open + 1;
}

/** Destructors and finalizers by name: they run when the runtime decides, not when a test calls. */
const DESTRUCTOR: Partial<Record<LanguageId, RegExp>> = {
  python: /^__del__$/,
  php: /^__destruct$/,
  java: /^finalize$/,
  kotlin: /^finalize$/,
  csharp: /^(Finalize|~\w+)$/,
  ruby: /^finalize$/,
};

/** Registrations of a handler that the OS or the runtime calls: signals, exit hooks, finalizers. */
const HANDLER_REGISTRATION =
  /\b(signal\.signal|pcntl_signal|Signal\.trap|trap|process\.(?:on|once)|runtime\.SetFinalizer|atexit\.register|register_shutdown_function|ObjectSpace\.define_finalizer|addShutdownHook|SetConsoleCtrlHandler)\s*\(([^)\n]*)/g;

/** Whether a function runs only when the runtime or the OS calls it: a destructor or a registered handler. */
export function unreachableByUnitTests(fn: FunctionFact, language: LanguageId, text: string, lines: string[]): boolean {
  if (DESTRUCTOR[language]?.test(fn.name)) return true;
  // Rust's destructor is `drop` in an `impl Drop for …` block.
  if (language === "rust" && fn.name === "drop" && lines.slice(Math.max(0, fn.start - 6), fn.start).some((l) => /\bimpl\b.*\bDrop\s+for\b/.test(l)))
    return true;
  const registered = handlerArguments(text);
  if (registered.length === 0) return false;
  const name = new RegExp(`(^|[^\\w$])${escapeRegExp(fn.name)}([^\\w$]|$)`);
  return registered.some((args) => name.test(args));
}

/**
 * The arguments of every handler registration in a text (a process event only for a signal).
 * Every function of a file asks about the same text: the last one's are kept, so a file is
 * scanned once, not once per function.
 */
let lastScanned: { text: string; args: string[] } | undefined;
function handlerArguments(text: string): string[] {
  if (lastScanned?.text === text) return lastScanned.args;
  const args: string[] = [];
  for (const m of text.matchAll(HANDLER_REGISTRATION)) if (!m[1].startsWith("process.") || /^\s*["'`]SIG/.test(m[2])) args.push(m[2]);
  lastScanned = { text, args };
  return args;
}

/**
 * Files that bind native or platform code: a unit test on a CI machine cannot reach what they
 * call (a Windows console through ctypes, a C library through cgo or P/Invoke, iOS classes found
 * by reflection on a JVM that does not have them).
 */
const BINDINGS: Partial<Record<LanguageId, RegExp[]>> = {
  python: [/^(import\s+(ctypes|cffi)\b|from\s+(ctypes|cffi)(\.\w+)?\s+import\b)/m],
  go: [/^import\s+"C"\s*$/m, /^\s*"C"\s*$/m, /\b(syscall\.NewLazyDLL|windows\.NewLazySystemDLL|syscall\.LoadDLL)\(/],
  rust: [/^\s*(pub\s+)?(unsafe\s+)?extern\s+"(C|system)"\s*\{/m, /#\[link\(/],
  csharp: [/\[(DllImport|LibraryImport)\(/],
  // JNA and the foreign function API (`java.lang.foreign`) are Java's FFI, as `ffi` is Ruby's.
  java: [
    /\bSystem\.loadLibrary\(/,
    /^import\s+(com\.sun\.jna|java\.lang\.foreign)\b/m,
    /\bnative\s+[\w<>[\]]+\s+\w+\s*\([^)]*\)\s*;/,
    /Class\.forName\("[^"]+"\)[\s\S]*\.(getDeclaredMethod|getMethod)\(/,
  ],
  // Kotlin/Native's C interop (`import kotlinx.cinterop.*` beside `platform.posix.*`: termios, ioctl), JNA and FFM too.
  kotlin: [
    /\bSystem\.loadLibrary\(/,
    /\bexternal\s+fun\b/,
    /^import\s+(kotlinx\.cinterop|com\.sun\.jna|java\.lang\.foreign)\b/m,
    /Class\.forName\("[^"]+"\)[\s\S]*\.(getDeclaredMethod|getMethod)\(/,
  ],
  ruby: [/\bextend\s+FFI::Library\b/, /^\s*require\s+["'](ffi|fiddle)["']/m],
  php: [/\bFFI::(cdef|load)\(/],
};

export function bindsNativeCode(language: LanguageId, text: string): boolean {
  return (BINDINGS[language] ?? []).some((re) => re.test(text));
}

/**
 * A method defined only where the runtime lacks it: a backport of a core method copied in for an
 * older runtime (`def tap … end unless Object.respond_to?(:tap)`, `if not hasattr(str, "removeprefix"):`,
 * `if (!Array.prototype.flat)`). The platform's own tests cover what it copies.
 */
const IF_MISSING = /\b(unless\b.*\b(respond_to\?|method_defined\?|instance_methods\b)|if\s+not\s+hasattr\s*\(|if\s*\(\s*!\s*[\w$.]+\.prototype\.)/;

export function definedOnlyIfMissing(fn: FunctionFact, lines: string[]): boolean {
  const end = lines[fn.end - 1] ?? "";
  const before = lines[fn.start - 2] ?? "";
  return (/^\s*end\b/.test(end) && IF_MISSING.test(end)) || IF_MISSING.test(before);
}
