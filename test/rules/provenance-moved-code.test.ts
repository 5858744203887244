import type { ChangedFile } from "../../src/model/change.js";
import { addedFile, change } from "../helpers/make-change.js";
import { deletedLineTexts, modifiedFile } from "../helpers/base-head.js";
import { testRule, type InvalidCase, type ValidCase } from "../helpers/rule-tester.js";
import { asSourceMarks } from "../helpers/source-marks.js";

// Session 20 (#10, #11): code the change moved (its lines are lines it deletes, in any file) is not the
// author's new code, for every rule alike (src/analysis/provenance.ts, marked by the source).

/** The file a block was cut from: the change deletes `lines` there and adds nothing. */
const cutFrom = (path: string, lines: string[]): ChangedFile => ({ ...addedFile(path, []), deletions: lines.length, deletedLines: lines });
/** A new file the block is pasted into (a module split off, a file moved to a new path), beside the file it was cut from. */
const movedFiles = (path: string, lines: string[], from: string, deleted: string[]) => [addedFile(path, lines, 1, { status: "added" }), cutFrom(from, deleted)];
const moved = (path: string, lines: string[], from: string, deleted: string[]) => asSourceMarks(change(movedFiles(path, lines, from, deleted)));
/** The same change as the source would hand it without provenance: the rule speaks (each table's control case). */
const unmarked = (path: string, lines: string[], from: string, deleted: string[]) => change(movedFiles(path, lines, from, deleted));
/** A block moved down its own file: `lines` first after a line, then at the end. */
function movedWithin(path: string, lines: string[]) {
  const base = ["// header of the file", ...lines, "// the end of what was there"].join("\n");
  const head = ["// header of the file", "// the end of what was there", ...lines].join("\n");
  const { file, lookups } = modifiedFile(path, base, head);
  file.deletedLines = deletedLineTexts(base.split("\n"), head.split("\n"));
  file.deletions = file.deletedLines.length;
  return { change: asSourceMarks(change([file])), lookups };
}

// ---- todo-issue-reference ----
const PY_TODO = [
  "def load(path):",
  "    with open(path) as handle:",
  "        # TODO: stream the file instead of reading it whole",
  "        data = handle.read()",
  "    return parse_document(data)",
];
const TS_TODO = [
  "export function load(path: string) {",
  '  const text = readFileSync(path, "utf8");',
  "  // TODO: stream the file instead of reading it whole",
  "  return parseDocument(text);",
  "}",
];
const GO_TODO = [
  "func Load(path string) (*Doc, error) {",
  "\tdata, err := os.ReadFile(path)",
  "\t// TODO: stream the file instead of reading it whole",
  "\treturn parseDocument(data, err)",
  "}",
];
const todoValid: ValidCase[] = [
  { name: "Python: a TODO moved with its function to another file", change: moved("pkg/loader.py", PY_TODO, "pkg/util.py", PY_TODO) },
  { name: "TypeScript: a file moved to a new path, its TODO with it", change: moved("src/io/load.ts", TS_TODO, "src/load.ts", TS_TODO) },
  { name: "Go: a function moved down its own file", ...movedWithin("load.go", GO_TODO) },
];
const todoInvalid: InvalidCase[] = [
  {
    name: "Python: control: the same new module without the source's marks is said",
    change: unmarked("pkg/loader.py", PY_TODO, "pkg/util.py", PY_TODO),
    findings: [{ messageId: "untracked", line: 3 }],
  },
  {
    name: "Python: a TODO written into the moved block is said",
    change: moved(
      "pkg/loader.py",
      PY_TODO,
      "pkg/util.py",
      PY_TODO.filter((l) => !l.includes("TODO")),
    ),
    findings: [{ messageId: "untracked", line: 3 }],
  },
  {
    name: "TypeScript: one moved line beside the TODO is no moved block",
    change: moved("src/io/load.ts", TS_TODO, "src/load.ts", [TS_TODO[1]]),
    findings: [{ messageId: "untracked", line: 3 }],
  },
];
testRule("todo-issue-reference", { valid: todoValid, invalid: todoInvalid });

// ---- no-debug-statements ----
const PY_PRINT = [
  "def accumulate(rows):",
  "    for row in rows:",
  "        print(current_row)",
  "        totals.append(row.total)",
  "    return summarise(totals)",
];
const TS_PRINT = [
  "export function accumulate(rows: Row[]) {",
  "  for (const row of rows) {",
  "    console.log(currentRow);",
  "    totals.push(row.total);",
  "  }",
  "  return summarise(totals);",
  "}",
];
const GO_PRINT = [
  "func accumulate(rows []Row) int {",
  "\tfor _, row := range rows {",
  "\t\tfmt.Println(currentRow)",
  "\t\ttotals = append(totals, row.Total)",
  "\t}",
  "\treturn summarise(totals)",
  "}",
];
const debugValid: ValidCase[] = [
  { name: "Python: a print moved with its function into another module", change: moved("app/totals.py", PY_PRINT, "app/main.py", PY_PRINT) },
  { name: "TypeScript: a print in a file moved to a new path", change: moved("src/totals/index.ts", TS_PRINT, "src/totals.ts", TS_PRINT) },
  { name: "Go: a print moved within its file", ...movedWithin("totals.go", GO_PRINT) },
];
const debugInvalid: InvalidCase[] = [
  {
    name: "Python: control: the same new module without the source's marks is said",
    change: unmarked("app/totals.py", PY_PRINT, "app/main.py", PY_PRINT),
    findings: [{ messageId: "debug", line: 3 }],
  },
  {
    name: "Python: a print added to a moved block is said",
    change: moved(
      "app/totals.py",
      PY_PRINT,
      "app/main.py",
      PY_PRINT.filter((l) => !l.includes("print")),
    ),
    findings: [{ messageId: "debug", line: 3 }],
  },
  {
    // Attack: the change deletes the print's text as a comment, and trivial lines around it; no code run moved.
    name: "TypeScript: deleting a commented copy of the print and bracket lines does not make the print old",
    change: moved("src/totals.ts", TS_PRINT, "src/other.ts", ["  }", "}", "  // console.log(currentRow);", "  return;"]),
    findings: [{ messageId: "debug", line: 3 }],
  },
  {
    // Attack: deleted comments that read like the code (a run of comments moves comments only, never code).
    name: "Go: deleted comments holding the block's text do not make its code moved",
    change: moved(
      "totals.go",
      GO_PRINT,
      "notes.go",
      GO_PRINT.map((l) => `// ${l}`),
    ),
    findings: [{ messageId: "debug", line: 3 }],
  },
];
testRule("no-debug-statements", { valid: debugValid, invalid: debugInvalid });

// ---- no-commented-out-code ----
const PY_DEAD = [
  "def connect(host):",
  "    # client = RetryingClient(host, retries=3)",
  "    # client.configure(timeout=DEFAULT_TIMEOUT)",
  "    # client.warm_up(pool_size=4)",
  "    return Client(host)",
];
const TS_DEAD = [
  "export function connect(host: string) {",
  "  // const client = new RetryingClient(host, { retries: 3 });",
  "  // client.configure({ timeout: DEFAULT_TIMEOUT });",
  "  // client.warmUp({ poolSize: 4 });",
  "  return new Client(host);",
  "}",
];
const JAVA_DEAD = [
  "public Client connect(String host) {",
  "    // RetryingClient client = new RetryingClient(host, 3);",
  "    // client.configure(DEFAULT_TIMEOUT);",
  "    // client.warmUp(4);",
  "    return new Client(host);",
  "}",
];
const noccValid: ValidCase[] = [
  { name: "Python: a commented block moved with its function", change: moved("net/connect.py", PY_DEAD, "net/__init__.py", PY_DEAD) },
  {
    name: "TypeScript: a file moved to a new path with its commented block",
    change: moved("test/helpers.ts", TS_DEAD, "server/helpers.ts", TS_DEAD),
  },
  { name: "Java: a commented block moved within its file", ...movedWithin("src/Net.java", JAVA_DEAD) },
];
const noccInvalid: InvalidCase[] = [
  {
    name: "Python: control: the same new module without the source's marks is said",
    change: unmarked("net/connect.py", PY_DEAD, "net/__init__.py", PY_DEAD),
    findings: [{ messageId: "commentedOut", line: 2 }],
  },
  {
    name: "TypeScript: code commented out on the way is said (its lines at base were code, not these comments)",
    change: moved(
      "test/helpers.ts",
      TS_DEAD,
      "server/helpers.ts",
      TS_DEAD.map((l) => l.replace("// ", "")),
    ),
    findings: [{ messageId: "commentedOut", line: 2 }],
  },
];
testRule("no-commented-out-code", { valid: noccValid, invalid: noccInvalid });

// ---- max-line-length ----
const LONG = (indent: string, end: string) =>
  `${indent}result = compute_everything(first_argument_value, second_argument_value, third_argument_value, fourth_argument_value, fifth_argument_value, sixth_argument_value)${end}`;
const PY_LONG = ["def run(first_argument_value, second_argument_value):", LONG("    ", ""), "    store_the_result(result)", "    notify_all_listeners(result)"];
const TS_LONG = ["export function run(firstArgumentValue: number) {", LONG("  const ", ";"), "  storeTheResult(result);", "  notifyAllListeners(result);", "}"];
const RS_LONG = [
  "pub fn run(first_argument_value: u32) -> u32 {",
  LONG("    let ", ";"),
  "    store_the_result(result);",
  "    notify_all_listeners(result)",
  "}",
];
const lineValid: ValidCase[] = [
  { name: "Python: a long line moved with its function", change: moved("src/run.py", PY_LONG, "src/main.py", PY_LONG) },
  { name: "TypeScript: a long line in a file moved to a new path", change: moved("src/run/index.ts", TS_LONG, "src/run.ts", TS_LONG) },
  { name: "Rust: a long line moved within its file", ...movedWithin("src/run.rs", RS_LONG) },
];
const lineInvalid: InvalidCase[] = [
  {
    name: "Python: control: the same new module without the source's marks is said",
    change: unmarked("src/run.py", PY_LONG, "src/main.py", PY_LONG),
    findings: [{ messageId: "tooLong", line: 2 }],
  },
  {
    name: "Rust: a long line the change wrote beside moved lines is said",
    change: moved(
      "src/run.rs",
      RS_LONG,
      "src/main.rs",
      RS_LONG.filter((l) => !l.includes("compute_everything")),
    ),
    findings: [{ messageId: "tooLong", line: 2 }],
  },
];
testRule("max-line-length", { valid: lineValid, invalid: lineInvalid }, { max: 100 });

// ---- max-complexity: a block moved from one function into another (cc-rs f0153a4973 `apple_flags`) ----
// The structure rules' own move search (function-code.ts) finds these clean moves too; the shared fact adds the runs
// it misses when the block is re-wrapped on the way (cc-rs), and must not let a new block pass.
/** A branchy block, indented for a function body. */
const PY_BLOCK = [
  "    for target in targets:",
  "        if target.startswith('darwin'):",
  "            if target.arch == 'arm64':",
  "                flags.append('-arch arm64')",
  "            elif target.arch == 'x86_64':",
  "                flags.append('-arch x86_64')",
  "            else:",
  "                for fallback in target.fallbacks:",
  "                    if fallback.supported and not fallback.deprecated:",
  "                        flags.append(fallback.flag_name)",
  "        elif target.startswith('ios') and target.simulator:",
  "            while pending_sdk_paths:",
  "                if sdk_path_exists(pending_sdk_paths.pop()):",
  "                    flags.append('-isysroot ' + sdk_root_path)",
];
const pyBase = [
  "def default_flags(targets, flags):",
  "    flags.append('-O2')",
  ...PY_BLOCK,
  "    return flags",
  "",
  "def apple_flags(targets, flags):",
  "    return flags",
];
const pyHead = [
  "def default_flags(targets, flags):",
  "    flags.append('-O2')",
  "    return apple_flags(targets, flags)",
  "",
  "def apple_flags(targets, flags):",
  ...PY_BLOCK,
  "    return flags",
];
/** One file changed from `base` to `head`, its deleted lines known (as the source gives them), marked or not. */
function editedFile(path: string, base: string[], head: string[], marked = true) {
  const { file, lookups } = modifiedFile(path, base.join("\n"), head.join("\n"));
  file.deletedLines = deletedLineTexts(base, head);
  file.deletions = file.deletedLines.length;
  return { change: marked ? asSourceMarks(change([file])) : change([file]), lookups };
}
const tsBlock = PY_BLOCK.map((l) => l.replace(/^( *)(for|if|elif|while) (.*):$/, "$1$2 ($3) {").replace("elif", "else if")).map((l) =>
  l.trim() === "else:" ? l.replace("else:", "} else {") : l,
);
void tsBlock;
/** The block cut from `default_flags` in one file and pasted into `apple_flags` of another, which had a line or two. */
function twoFiles(marked = true) {
  const a = modifiedFile("build/flags.py", pyBase.slice(0, 17).join("\n"), [...pyBase.slice(0, 2), "    return apple_flags(targets, flags)"].join("\n"));
  const appleBase = ["import os", "", "def apple_flags(targets, flags):", "    flags.append(os.environ.get('SDKROOT_FLAGS', ''))", "    return flags"];
  const appleHead = [
    "import os",
    "",
    "def apple_flags(targets, flags):",
    "    flags.append(os.environ.get('SDKROOT_FLAGS', ''))",
    ...PY_BLOCK,
    "    return flags",
  ];
  const b = modifiedFile("build/apple.py", appleBase.join("\n"), appleHead.join("\n"));
  a.file.deletedLines = deletedLineTexts(pyBase.slice(0, 17), [...pyBase.slice(0, 2), "    return apple_flags(targets, flags)"]);
  a.file.deletions = a.file.deletedLines.length;
  const lookups = {
    ...a.lookups,
    fileContents: new Map([...a.lookups.fileContents, ...b.lookups.fileContents]),
    baseContents: new Map([...(a.lookups.baseContents ?? []), ...(b.lookups.baseContents ?? [])]),
  };
  const c = change([b.file, a.file]);
  return { change: marked ? asSourceMarks(c) : c, lookups };
}
testRule(
  "max-complexity",
  {
    valid: [
      { name: "Python: a block moved from one function into another is not growth", ...editedFile("build/flags.py", pyBase, pyHead) },
      { name: "Python: a block moved into a function of another file is not growth", ...twoFiles() },
    ],
    invalid: [
      {
        // Attack: the block is new; the change deletes only short lines (`return flags`) that it also adds.
        name: "Python: the same block written new is said",
        ...editedFile(
          "build/flags.py",
          pyBase.filter((l) => !PY_BLOCK.includes(l)),
          pyHead,
        ),
        findings: [{ messageId: "grew", line: 6 }],
      },
    ],
  },
  { max: 10 },
);
