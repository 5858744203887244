import { emptyLookups } from "../../src/engine/rule.js";
import { changed, modifiedFile, withTree } from "../helpers/base-head.js";
import { addedFile, change } from "../helpers/make-change.js";
import { testRuleBeforeCalibration as testRule } from "../helpers/pre-calibration.js";

/**
 * Session 16 (#11): a branch only one operating system takes asks for no test of its own, like a
 * branch on the runtime's version (see tests-runtime-shims): python-dotenv's `if PY2 and WIN:` and
 * fd's `else if cfg!(windows)` (judged set 15: "the project's test setup doesn't run that
 * combination"). The same branch on the program's data is asked about.
 */

const lines = (...l: string[]) => l.join("\n");

/** The base's lines with `added` written before its line `at` (0-based): the head of a change that only adds a block. */
const inserted = (base: string[], at: number, added: string[]) => lines(...base.slice(0, at), ...added, ...base.slice(at));

const pyLines = ["import os", "", "", "def set_as_environment_variables(values, override):", "    for k, v in values.items():"];
pyLines.push("        if k in os.environ and not override:", "            continue", "        os.environ[k] = v", "    return True");
const pyBase = lines(...pyLines);
const pyHead = (condition: string) =>
  inserted(pyLines, 7, [
    `        if ${condition}:`,
    "            if isinstance(k, text_type) or isinstance(v, text_type):",
    "                k = k.encode('ascii')",
    "                v = v.encode('ascii')",
  ]);
const pyTree = ["setup.py", "dotenv/__init__.py", "dotenv/main.py", "tests/test_core.py"];

const goLines = ["package fsx", "", "func Open(path string) (*File, error) {", "\tname := path", "\treturn open(name)", "}"];
const goBase = lines(...goLines);
const goHead = (condition: string) =>
  inserted(goLines, 4, [
    `\tif ${condition} {`,
    '\t\tname = strings.ReplaceAll(name, "/", "\\\\")',
    '\t\tif strings.HasPrefix(name, "\\\\\\\\") {\n\t\t\tname = name[2:]\n\t\t}',
    "\t}",
  ]);
const goTree = ["go.mod", "open.go", "open_test.go"];

const rsLines = [
  "fn list_command(color: &str) -> Result<Vec<String>> {",
  "    let cmd = if cfg!(unix) {",
  '        vec!["ls".to_string(), "-l".to_string(), color.to_string()]',
];
rsLines.push("    } else {", '        return Err(anyhow!("not supported on this platform"));', "    };", "    Ok(cmd)", "}");
const rsBase = lines(...rsLines);
const rsHead = (condition: string) =>
  inserted(rsLines, 3, [
    `    } else if ${condition} {`,
    '        let gnu_ls_exists = Command::new("ls").arg("--version").status().is_ok();',
    `        if gnu_ls_exists {\n${rsLines[2].replace("        ", "            ")}`,
    '        } else {\n            return Err(anyhow!("not supported on this platform"));\n        }',
  ]);
// fd 0b7febc3b6: the Windows arm, and a line of the same function edited beside it (the function's other code is then judged).
const rsEdited = (extra: string[]) => rsHead("cfg!(windows)").replace("    Ok(cmd)", [...extra, '    log_command(&cmd, "listing");', "    Ok(cmd)"].join("\n"));
const rsTree = ["Cargo.toml", "src/lib.rs", "src/list.rs", "tests/tests.rs"];

const csLines = ["namespace Redis", "{", "    internal static class Paths", "    {", "        internal static string Normalise(string path)", "        {"];
csLines.push("            var name = path.Trim();", "            return name;", "        }", "    }", "}");
const csBase = lines(...csLines);
const csHead = (condition: string) =>
  inserted(csLines, 7, [
    `            if (${condition})`,
    "            {",
    '                name = name.Replace("/", "\\\\");',
    '                if (name.StartsWith("\\\\\\\\")) name = name.Substring(2);',
    "            }",
  ]);
const csTree = ["src/Redis/Redis.csproj", "src/Redis/Paths.cs", "tests/Redis.Tests/Redis.Tests.csproj", "tests/Redis.Tests/PathsTests.cs"];

const jsLines = ["export function shellName(name) {", "  let shell = name;", "  return shell;", "}"];
const jsBase = lines(...jsLines);
const jsHead = (condition: string) =>
  inserted(jsLines, 2, [
    `  if (${condition}) {`,
    '    shell = shell.endsWith(".exe") ? shell : shell + ".exe";',
    '    if (shell.includes("/")) shell = shell.split("/").join("\\\\");',
    "  }",
  ]);
const jsTree = ["package.json", "src/shell.js", "test/shell.test.js"];

// A Rust binary's new logic: where the finding sends its author (fd's `src/main.rs`, whose tests run the binary from `tests/tests.rs`).
const rsMain = [
  "fn run(args: &[String]) -> i32 {",
  "    if args.is_empty() {",
  "        return 1;",
  "    }",
  "    for a in args {",
  "        use_arg(a);",
  "    }",
  "    0",
  "}",
];
const tree = (...paths: string[]) => ({ ...emptyLookups(), fileTree: paths });

// indicatif d198f809c5: a new `update` that hands the caller's closure the state, then redraws as the setters beside it do.
const rsState = [
  "pub(crate) struct BarState {",
  "    state: ProgressState,",
  "}",
  "",
  "impl BarState {",
  "    pub(crate) fn set_position(&mut self, now: Instant, pos: u64) {",
  "        self.state.pos = pos;",
  "        let _ = self.draw(false, now);",
  "    }",
  "}",
];
const rsUpdate = (body: string[]) => {
  const head = [...rsState];
  head.splice(9, 0, "", "    pub fn update(&mut self, now: Instant, f: impl FnOnce(&mut ProgressState)) {", ...body, "    }");
  return lines(...head);
};
const pyState = ["class Bar:", "    def set_position(self, pos):", "        self.state.pos = pos", "        self._redraw()"];
const pyUpdate = (body: string[]) => lines(...pyState, "", "    def update(self, fn):", ...body);
const goState = ["package bar", "", "func (b *Bar) SetPosition(pos int) {", "	b.state.pos = pos", "	b.redraw()", "}"];
const goUpdate = (body: string[]) => lines(...goState, "", "func (b *Bar) Update(f func(*State)) {", ...body, "}");
const tsState = ["export class Bar {", "  setPosition(pos: number): void {", "    this.state.pos = pos;", "    this.redraw();", "  }", "}"];
const tsUpdate = (body: string[]) => lines(...tsState.slice(0, -1), "", "  update(fn: (s: State) => void): void {", ...body, "  }", "}");

// indicatif 5411f80a3f: the tick's branch moved from ProgressState into ProgressStyle, the old method delegating.
const tickBase = (body: string[]) => lines("impl ProgressState {", "    pub fn current_tick_str(&self) -> &str {", ...body, "    }", "}");
const styleBase = ["impl ProgressStyle {", "    pub fn get_tick_str(&self, idx: u64) -> &str {", "        &self.tick_strings[idx as usize]", "    }", "}"];
const styleHead = (arms: string[]) =>
  lines(
    "impl ProgressStyle {",
    "    pub(crate) fn current_tick_str(&self, state: &ProgressState) -> &str {",
    ...arms,
    "    }",
    "",
    "    pub fn get_tick_str(&self, idx: u64) -> &str {",
    "        &self.tick_strings[idx as usize]",
    "    }",
    "}",
  );
const ifElse = [
  "        if self.is_finished() {",
  "            self.style.get_final_tick_str()",
  "        } else {",
  "            self.style.get_tick_str(self.tick)",
  "        }",
];
const moved = (arms: string[]) => {
  const state = modifiedFile("src/state.rs", tickBase(ifElse), tickBase(["        self.style.current_tick_str(self)"]));
  const style = modifiedFile("src/style.rs", lines(...styleBase), styleHead(arms));
  return {
    change: change([state.file, style.file]),
    lookups: {
      ...state.lookups,
      fileContents: new Map<string, string>([...state.lookups.fileContents, ...style.lookups.fileContents]),
      baseContents: new Map<string, string>([...(state.lookups.baseContents ?? []), ...(style.lookups.baseContents ?? [])]),
      fileTree: ["Cargo.toml", "src/lib.rs", "src/state.rs", "src/style.rs", "tests/render.rs"],
    },
  };
};

// samber/lo d9d3e3fb05: the output preallocated with the summed lengths of the inputs.
// Both functions of a file, as in lo (Keys and Values): one new loop alone is under the rule's two new decisions anyway.
const both = (fn: (name: string) => string[]) => [...fn("Keys"), "", ...fn("Values")];
// A function that fills its result from every map, written once per language: `NAME` is Keys, then Values.
const filling = (signature: string, fill: string[]) => (body: string[]) => both((name) => [signature.replace("NAME", name), ...body, ...fill]);
const goKeys = (body: string[]) =>
  lines(
    "package lo",
    "",
    ...filling("func NAME[K comparable, V any](in ...map[K]V) []K {", [
      "\tfor i := range in {\n\t\tfor k := range in[i] {\n\t\t\tresult = append(result, k)\n\t\t}\n\t}\n\treturn result\n}",
    ])(body),
  );
const sized = (use: string) => ["\tsize := 0", "\tfor i := range in {", "\t\tsize += len(in[i])", "\t}", use];
const rsKeys = (body: string[]) =>
  lines(
    ...filling("pub fn NAME<K: Clone, V>(maps: &[HashMap<K, V>]) -> Vec<K> {", [
      "    for m in maps {\n        out.extend(m.keys().cloned());\n    }\n    out\n}",
    ])(body),
  );
const rsSized = (use: string) => ["    let mut n = 0;", "    for m in maps {", "        n += m.len();", "    }", use];
const javaKeys = (body: string[]) =>
  lines(
    "class Maps {",
    ...filling("  static <K> List<K> NAME(List<Map<K, ?>> maps) {", ["    for (Map<K, ?> m : maps) out.addAll(m.keySet());", "    return out;", "  }"])(body),
    "}",
  );
const javaSized = (use: string) => ["    int size = 0;", "    for (Map<K, ?> m : maps) {", "      size += m.size();", "    }", use];

/** An invalid case: the change of `path` from `base` to `head` is asked a test for. */
const asked = (name: string, path: string, base: string, head: string, fileTree: string[]) => ({
  name,
  ...withTree(changed(path, base, head), fileTree),
  findings: [{ messageId: "missingTests", path }],
});

testRule("tests-required", {
  valid: [
    {
      name: "Python: a branch for Python 2 on Windows only (python-dotenv's `if PY2 and WIN:`)",
      ...withTree(changed("dotenv/main.py", pyBase, pyHead("PY2 and WIN")), pyTree),
    },
    {
      name: "Python: a branch on sys.platform",
      ...withTree(changed("dotenv/main.py", pyBase, pyHead('sys.platform == "win32"')), pyTree),
    },
    { name: "Go: a branch on runtime.GOOS", ...withTree(changed("open.go", goBase, goHead('runtime.GOOS == "windows"')), goTree) },
    { name: "Rust: an arm for Windows only (fd's `else if cfg!(windows)`)", ...withTree(changed("src/list.rs", rsBase, rsHead("cfg!(windows)")), rsTree) },
    {
      name: "Rust: the Windows arm's branches are not counted when the function is edited elsewhere too (fd's `run`)",
      ...withTree(changed("src/list.rs", rsBase, rsEdited([])), rsTree),
    },
    {
      name: "Rust: a pass-through that hands its closure the state and redraws (indicatif's BarState::update)",
      ...withTree(changed("src/state.rs", lines(...rsState), rsUpdate(["        f(&mut self.state);", "        let _ = self.draw(false, now);"])), rsTree),
    },
    {
      name: "Python: a pass-through that hands its callback the state and redraws",
      ...withTree(changed("dotenv/main.py", lines(...pyState), pyUpdate(["        fn(self.state)", "        self._redraw()"])), pyTree),
    },
    {
      name: "Go: a pass-through that hands its func the state and redraws",
      ...withTree(changed("open.go", lines(...goState), goUpdate(["	f(&b.state)", "	b.redraw()"])), goTree),
    },
    {
      name: "TS: a pass-through that hands its callback the state and redraws",
      ...withTree(changed("src/shell.js", lines(...tsState), tsUpdate(["    fn(this.state);", "    this.redraw();"])), jsTree),
    },
    {
      name: "Rust: an if/else moved into another type as a match on the boolean, the old method delegating (indicatif's current_tick_str)",
      ...moved([
        "        match state.is_finished() {",
        "            true => self.get_final_tick_str(),",
        "            false => self.get_tick_str(state.tick),",
        "        }",
      ]),
    },
    {
      name: "Go: a capacity summed only to preallocate the output (lo's Keys)",
      ...withTree(changed("map.go", goKeys(["\tresult := make([]K, 0)"]), goKeys(sized("\tresult := make([]K, 0, size)"))), [
        "go.mod",
        "map.go",
        "map_test.go",
      ]),
    },
    {
      name: "Rust: a capacity summed only for Vec::with_capacity",
      ...withTree(changed("src/keys.rs", rsKeys(["    let mut out = Vec::new();"]), rsKeys(rsSized("    let mut out = Vec::with_capacity(n);"))), rsTree),
    },
    {
      name: "Java: a capacity summed only for new ArrayList<>(size)",
      ...withTree(
        changed(
          "src/main/java/x/Maps.java",
          javaKeys(["    List<K> out = new ArrayList<>();"]),
          javaKeys(javaSized("    List<K> out = new ArrayList<>(size);")),
        ),
        ["pom.xml", "src/main/java/x/Maps.java", "src/test/java/x/MapsTest.java"],
      ),
    },
    { name: "C#: a branch on OperatingSystem.IsWindows()", ...withTree(changed("src/Redis/Paths.cs", csBase, csHead("OperatingSystem.IsWindows()")), csTree) },
    { name: "JS: a branch on process.platform", ...withTree(changed("src/shell.js", jsBase, jsHead('process.platform === "win32"')), jsTree) },
  ],
  invalid: [
    asked("Python: the same branch on the program's data is asked about", "dotenv/main.py", pyBase, pyHead("WIN and k.startswith('PATH')"), pyTree),
    asked("Go: the same branch on the path's length", "open.go", goBase, goHead("len(name) > 260"), goTree),
    asked("Rust: the same arm on an option", "src/list.rs", rsBase, rsHead("color.is_empty()"), rsTree),
    asked(
      "Rust: branches on the data beside the Windows arm still count",
      "src/list.rs",
      rsBase,
      rsEdited(['    if color.is_empty() {\n        return Err(anyhow!("no color"));\n    }', "    if cmd.len() > 3 {\n        warn_long(&cmd);\n    }"]),
      rsTree,
    ),
    asked(
      "Rust: an update that also computes beside the closure is asked about",
      "src/state.rs",
      lines(...rsState),
      rsUpdate([
        "        f(&mut self.state);\n        self.state.pos = self.state.pos.min(self.state.len);",
        "        self.reset_eta(now);\n        let _ = self.draw(false, now);",
      ]),
      rsTree,
    ),
    asked(
      "Python: a callback given a literal is the function's own decision",
      "dotenv/main.py",
      lines(...pyState),
      pyUpdate(["        fn(self.state, 'partial')", "        self._redraw()", "        self._notify('update')"]),
      pyTree,
    ),
    {
      name: "Rust: a match with a third arm is more than the if/else it replaced",
      ...moved([
        "        match state.phase() {",
        "            Phase::Done => self.get_final_tick_str(),",
        "            Phase::Paused => self.get_paused_tick_str(),",
        "            Phase::Running => self.get_tick_str(state.tick),",
        "        }",
      ]),
      findings: [{ messageId: "missingTests", path: "src/style.rs" }],
    },
    asked(
      "Go: a count that is also returned is the program's logic",
      "map.go",
      goKeys(["\tresult := make([]K, 0)"]),
      goKeys([...sized("\tresult := make([]K, 0, size)"), "\tif size > 1000 {\n\t\treturn nil\n\t}"]),
      ["go.mod", "map.go", "map_test.go"],
    ),
    asked(
      "Rust: a loop that does more than count is asked about",
      "src/keys.rs",
      rsKeys(["    let mut out = Vec::new();"]),
      rsKeys([
        "    let mut n = 0;",
        "    for m in maps {\n        n += m.len();\n        if m.is_empty() { warn_empty(); }\n    }",
        "    let mut out = Vec::with_capacity(n);",
      ]),
      rsTree,
    ),
    asked("C#: the same branch on the path", "src/Redis/Paths.cs", csBase, csHead('name.Contains(":")'), csTree),
    asked("JS: the same branch on the name", "src/shell.js", jsBase, jsHead('name.startsWith("cmd")'), jsTree),
    {
      name: "Rust: a binary's main.rs is tested from the crate's tests/ folder, not a #[cfg(test)] module in main.rs",
      change: change([addedFile("src/main.rs", rsMain, 1)]),
      lookups: tree("Cargo.toml", "src/main.rs", "src/app.rs", "tests/tests.rs", "tests/testenv/mod.rs"),
      findings: [{ messageId: "missingTests", data: { expected: "`tests/tests.rs`" } }],
    },
    {
      name: "Rust: a binary under src/bin/ of a workspace member is tested from that crate's tests/",
      change: change([addedFile("cli/src/bin/tool.rs", rsMain, 1)]),
      lookups: tree("Cargo.toml", "cli/Cargo.toml", "cli/src/bin/tool.rs", "cli/tests/cli.rs", "tests/other.rs"),
      findings: [{ messageId: "missingTests", data: { expected: "`cli/tests/cli.rs`" } }],
    },
    {
      name: "Rust: a library file keeps its #[cfg(test)] module suggestion",
      change: change([addedFile("src/app.rs", rsMain, 1)]),
      lookups: tree("Cargo.toml", "src/main.rs", "src/app.rs", "tests/tests.rs"),
      findings: [{ messageId: "missingTests", data: { expected: "a #[cfg(test)] module in src/app.rs" } }],
    },
  ],
});
