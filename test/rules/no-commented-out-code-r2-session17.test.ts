import { oneFileCases } from "../helpers/one-file-cases.js";
import { testRule, type InvalidCase, type ValidCase } from "../helpers/rule-tester.js";

// Session 17, round 2 (#10): prose written in code's shape. A label over the statement that does what it says, a note
// on what a declared name holds, a grammar rule the code implements, an example a prose line introduces. Each kept
// shape has a twin that is still said.
const { kept, said } = oneFileCases("commentedOutLine");
const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];

// ---- 1. a label over the statement it names ----
// fiber a458bd344c ctx_interface.go:381 (`// return ctx` over `return &DefaultCtx{`, judged wrong). handlebars.java's
// `// return Sequence(body(), sync(), EOI);` over `return Sequence(body(), EOI);` was agreed: an older statement.
const GO = (label: string, live: string) => [
  "package fiber",
  "",
  "func NewDefaultCtx(app *App) *DefaultCtx {",
  `\t${label}`,
  `\t${live}`,
  "\t\tapp: app,",
  "\t}",
  "}",
];
const TS = (label: string, live: string) => ["export function makeCtx(app: App) {", `  ${label}`, `  ${live}`, "}"];
valid.push(
  kept("Go: `// return ctx` over the return that builds a DefaultCtx", "ctx_interface.go", GO("// return ctx", "return &DefaultCtx{")),
  kept("TS: `// return ctx` over `return new RequestCtx(app)`", "src/ctx.ts", TS("// return ctx", "return new RequestCtx(app)")),
  kept("Python: `# raise error` over `raise ParseError(...)`", "src/parse.py", ["def fail(msg):", "    # raise error", "    raise ParseError(msg)", ""]),
);
invalid.push(said("Go: an older return kept over its replacement", "ctx_interface.go", GO("// return newCtx(app)", "return &DefaultCtx{"), 4));

// ---- 2. a note over a declaration, written with the name it declares ----
// mobx bc8db3df94 makeObservable.ts:44 (`// proto[keysSymbol] = new Set<PropertyKey>()` over `const keysSymbol = …`, judged wrong).
const DECL = (note: string, live: string) => ["export function f() {", "    return 1", "}", "", note, live, ""];
valid.push(
  kept(
    "TS: what a symbol will hold, over its declaration",
    "src/api/makeObservable.ts",
    DECL("// proto[keysSymbol] = new Set<PropertyKey>()", 'const keysSymbol = Symbol("mobx-keys")'),
  ),
  kept(
    "Kotlin: how a key is used, over its declaration",
    "src/main/kotlin/Keys.kt",
    DECL("// attributes[cacheKey] = mutableMapOf()", 'val cacheKey = AttributeKey("cache")'),
  ),
);
invalid.push(
  said(
    "TS: an older version of the same declaration",
    "src/api/makeObservable.ts",
    DECL('// const keysSymbol = "mobx-keys"', 'const keysSymbol = Symbol("mobx-keys")'),
    5,
  ),
  said(
    "TS: a line that uses a name declared elsewhere",
    "src/api/makeObservable.ts",
    DECL("// proto[keysSymbol] = new Set<PropertyKey>()", 'const other = Symbol("mobx-keys")'),
    5,
  ),
);

// ---- 3. a grammar rule the code implements ----
// go-toml fd961100c1 toml.go:310 (ABNF over parseVal, judged wrong).
const PARSE = (rules: string[]) => ["package toml", "", "func (p *parser) parseVal() error {", ...rules, "", "\tr, err := p.peek()", "\treturn err", "}"];
valid.push(
  kept(
    "Go: ABNF alternatives over the parser",
    "toml.go",
    PARSE(["\t//val = string / boolean / array / inline-table / date-time", "\t// string = ml-basic-string / basic-string / literal-string"]),
  ),
  kept("Python: a BNF rule over the parser", "src/parser.py", [
    "def parse_expr(tokens):",
    "    # <expr> ::= <term> | <expr> '+' <term>",
    "    return parse_term(tokens)",
    "",
  ]),
);
invalid.push(said("Go: a division of three names is code", "toml.go", PARSE(["\t// val = total / count / scale"]), 4));

// ---- 4. an example a prose line introduces ----
// ktlint c77574e65b PropertyNamingRule.kt:86 (`// Allow` over `// object Foo { … }`, judged wrong).
const KT = (intro: string) => [
  "fun visit(identifier: ASTNode) {",
  "    identifier",
  "        .text",
  "        .takeUnless {",
  `            // ${intro}`,
  "            // object Foo {",
  "            //     private const val serialVersionUID: Long = 123",
  "            // }",
  "            it == SERIAL_VERSION_UID",
  "        }",
  "}",
];
valid.push(
  ...["Allow", "For example:"].map((intro) =>
    kept(`Kotlin: \`// ${intro}\` over the construct the check lets through`, "src/main/kotlin/PropertyNamingRule.kt", KT(intro)),
  ),
  kept("JS: `// e.g.` over a sample call", "src/format.js", [
    "export function format(v) {",
    "  // Pads the value, e.g.",
    "  // format(7) === '07'",
    "  return pad(v)",
    "}",
  ]),
);
invalid.push(said("Kotlin: a plain note over code is no introduction", "src/main/kotlin/PropertyNamingRule.kt", KT("Check the name"), 6, "commentedOut"));

testRule("no-commented-out-code", { valid, invalid });
