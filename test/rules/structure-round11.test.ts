import type { ChangedFile } from "../../src/model/change.js";
import { changed, withTree } from "../helpers/base-head.js";
import { change } from "../helpers/make-change.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { testRule, withOptions, COMPLEXITY_AT_15 } from "../helpers/rule-tester.js";
import { testRuleBeforeCalibration } from "../helpers/pre-calibration.js";

/**
 * Session 11's judged patterns (#10), in every language where the shape exists: a new recursive
 * walker a little over the limit, a block that ends the loop it sits in added to a function far
 * over the limit, and a new one-line arm beside old code one level past the nesting limit.
 */
const complexity = { valid: [] as ValidCase[], invalid: [] as InvalidCase[] };
const nesting = { valid: [] as ValidCase[], invalid: [] as InvalidCase[] };

/**
 * A new tree walk, 23 points and 4 deep before its self-call (a loop over children, a loop over
 * their leaves, a pruning loop and a tally): `callee` is the call in its deepest `else`.
 */
const WALKERS: Record<string, { path: string; text: (callee: string) => string }> = {
  TypeScript: {
    path: "src/walk.ts",
    text: (callee) =>
      [
        "export function walk(node: Tree, out: string[]): number {",
        "  let n = 0;",
        "  for (const child of node.children) {",
        '    if (child.kind === "dir") {',
        "      for (const leaf of child.children) {",
        "        if (leaf.hidden) {",
        "          out.push(leaf.name);",
        "          n = n + 1;",
        "        } else {",
        `          n = n + ${callee}(leaf, out);`,
        '          out.push("/");',
        "        }",
        "      }",
        '    } else if (child.kind === "link") {',
        "      out.push(child.target);",
        "      n = n + 2;",
        "    }",
        "  }",
        "  while (n > 100) {",
        "    if (out.length > 0) {",
        "      out.pop();",
        "      n = n - 1;",
        "    }",
        "  }",
        "  for (const name of out) {",
        '    if (name.startsWith(".")) {',
        "      n = n + (name.length > 3 ? 1 : 2);",
        "      n = n - 1;",
        "    }",
        "  }",
        "  if (n < 0 || out.length === 0) {",
        "    n = 0;",
        "  }",
        "  return n;",
        "}",
      ].join("\n"),
  },
  Python: {
    path: "app/walk.py",
    text: (callee) =>
      [
        "def walk(node, out):",
        "    n = 0",
        "    for child in node.children:",
        '        if child.kind == "dir":',
        "            for leaf in child.children:",
        "                if leaf.hidden:",
        "                    out.append(leaf.name)",
        "                    n = n + 1",
        "                else:",
        `                    n = n + ${callee}(leaf, out)`,
        '                    out.append("/")',
        '        elif child.kind == "link":',
        "            out.append(child.target)",
        "            n = n + 2",
        "    while n > 100:",
        "        if out:",
        "            out.pop()",
        "            n = n - 1",
        "    for name in out:",
        '        if name.startswith("."):',
        "            n = n + (1 if len(name) > 3 else 2)",
        "            n = n - 1",
        "    if n < 0 or not out:",
        "        n = 0",
        "    return n",
      ].join("\n"),
  },
  Go: {
    path: "pkg/walk.go",
    text: (callee) =>
      [
        "package pkg",
        "",
        "func walk(node *Tree, out []string) int {",
        "\tn := 0",
        "\tfor _, child := range node.Children {",
        '\t\tif child.Kind == "dir" {',
        "\t\t\tfor _, leaf := range child.Children {",
        "\t\t\t\tif leaf.Hidden {",
        "\t\t\t\t\tout = append(out, leaf.Name)",
        "\t\t\t\t\tn = n + 1",
        "\t\t\t\t} else {",
        `\t\t\t\t\tn = n + ${callee}(leaf, out)`,
        '\t\t\t\t\tout = append(out, "/")',
        "\t\t\t\t}",
        "\t\t\t}",
        '\t\t} else if child.Kind == "link" {',
        "\t\t\tout = append(out, child.Target)",
        "\t\t\tn = n + 2",
        "\t\t}",
        "\t}",
        "\tfor n > 100 {",
        "\t\tif len(out) > 0 {",
        "\t\t\tout = out[1:]",
        "\t\t\tn = n - 1",
        "\t\t}",
        "\t}",
        "\tfor _, name := range out {",
        '\t\tif strings.HasPrefix(name, ".") {',
        "\t\t\tif len(name) > 3 {",
        "\t\t\t\tn = n + 1",
        "\t\t\t}",
        "\t\t\tn = n - 1",
        "\t\t}",
        "\t}",
        "\tif n < 0 || len(out) == 0 {",
        "\t\tn = 0",
        "\t}",
        "\treturn n",
        "}",
      ].join("\n"),
  },
  Java: {
    path: "src/main/java/Walker.java",
    text: (callee) =>
      [
        "class Walker {",
        "  int walk(Tree node, List<String> out) {",
        "    int n = 0;",
        "    for (Tree child : node.children) {",
        '      if (child.kind.equals("dir")) {',
        "        for (Tree leaf : child.children) {",
        "          if (leaf.hidden) {",
        "            out.add(leaf.name);",
        "            n = n + 1;",
        "          } else {",
        `            n = n + ${callee}(leaf, out);`,
        '            out.add("/");',
        "          }",
        "        }",
        '      } else if (child.kind.equals("link")) {',
        "        out.add(child.target);",
        "        n = n + 2;",
        "      }",
        "    }",
        "    while (n > 100) {",
        "      if (!out.isEmpty()) {",
        "        out.remove(0);",
        "        n = n - 1;",
        "      }",
        "    }",
        "    for (String name : out) {",
        '      if (name.startsWith(".")) {',
        "        n = n + (name.length() > 3 ? 1 : 2);",
        "        n = n - 1;",
        "      }",
        "    }",
        "    if (n < 0 || out.isEmpty()) {",
        "      n = 0;",
        "    }",
        "    return n;",
        "  }",
        "}",
      ].join("\n"),
  },
};

for (const [lang, w] of Object.entries(WALKERS)) {
  complexity.valid.push({
    // commons-text c05e0251 `addSingleEncoding`, testify 4c93d8f2 `copyExportedFields`: recursive helpers at 19 and 20.
    name: `${lang}: a new recursive walk over the limit, under twice it`,
    ...changed(w.path, undefined, w.text("walk")),
  });
  complexity.valid.push({
    name: `${lang}: the recursive walk with margin 0`,
    options: { margin: 0 },
    ...changed(w.path, undefined, w.text("walk")),
  });
  complexity.invalid.push({
    name: `${lang}: the same walk calling another function instead of itself`,
    // margin 0: a function on one screen under twice the limit is otherwise read at once (session 16).
    options: { margin: 0 },
    ...changed(w.path, undefined, w.text("size")),
    findings: [{ messageId: "tooComplex", data: { name: "walk" } }],
  });
  complexity.invalid.push({
    name: `${lang}: the recursive walk at twice a lower limit`,
    ...changed(w.path, undefined, w.text("walk")),
    options: { max: 10 },
    findings: [{ messageId: "tooComplex", data: { name: "walk" } }],
  });
}

/**
 * An option loop far over the limit (seven options, each `if` holding a nested `if`), before and
 * after the change adds a positional-stop check whose every arm ends in `stop` (`break`, or an
 * assignment that lets the loop go on).
 */
const LOOPS: Record<string, { path: string; text: (added: string[]) => string; block: (stop: string) => string[] }> = {
  TypeScript: {
    path: "src/parse.ts",
    text: (added) =>
      [
        "export function parseOptions(args: string[], opts: Options): string[] {",
        "  const operands: string[] = [];",
        "  const unknown: string[] = [];",
        "  while (args.length) {",
        "    const arg = args.shift()!;",
        ...Array.from({ length: 7 }, (_, i) => [
          `    if (arg === "--o${i}") {`,
          "      const v = args.shift();",
          `      if (v !== undefined && v !== "") {`,
          `        opts.o${i} = v;`,
          "      }",
          "      continue;",
          "    }",
        ]).flat(),
        ...added,
        "    unknown.push(arg);",
        "  }",
        "  return operands.concat(unknown);",
        "}",
      ].join("\n"),
    block: (stop) => [
      '    if (opts.mode === "positional" && operands.length === 0) {',
      "      if (opts.known(arg)) {",
      "        operands.push(arg);",
      "        for (const rest of args) unknown.push(rest);",
      `        ${stop};`,
      '      } else if (arg === "help") {',
      "        operands.push(arg);",
      "        if (args.length > 0) operands.push(...args);",
      `        ${stop};`,
      "      } else if (opts.fallback) {",
      "        unknown.push(arg);",
      `        ${stop};`,
      "      }",
      "    }",
    ],
  },
  Java: {
    path: "src/main/java/Parser.java",
    text: (added) =>
      [
        "class Parser {",
        "  List<String> parseOptions(Deque<String> args, Options opts) {",
        "    List<String> operands = new ArrayList<>();",
        "    List<String> unknown = new ArrayList<>();",
        "    while (!args.isEmpty()) {",
        "      String arg = args.poll();",
        ...Array.from({ length: 7 }, (_, i) => [
          `      if (arg.equals("--o${i}")) {`,
          "        String v = args.poll();",
          `        if (v != null && !v.isEmpty()) {`,
          `          opts.set(${i}, v);`,
          "        }",
          "        continue;",
          "      }",
        ]).flat(),
        ...added,
        "      unknown.add(arg);",
        "    }",
        "    operands.addAll(unknown);",
        "    return operands;",
        "  }",
        "}",
      ].join("\n"),
    block: (stop) => [
      '      if (opts.mode.equals("positional") && operands.isEmpty()) {',
      "        if (opts.known(arg)) {",
      "          operands.add(arg);",
      "          for (String rest : args) unknown.add(rest);",
      `          ${stop};`,
      '        } else if (arg.equals("help")) {',
      "          operands.add(arg);",
      "          if (!args.isEmpty()) operands.addAll(args);",
      `          ${stop};`,
      "        } else if (opts.fallback) {",
      "          unknown.add(arg);",
      `          ${stop};`,
      "        }",
      "      }",
    ],
  },
  Go: {
    path: "pkg/parse.go",
    text: (added) =>
      [
        "package pkg",
        "",
        "func parseOptions(args []string, opts *Options) []string {",
        "\tvar operands, unknown []string",
        "\tfor len(args) > 0 {",
        "\t\targ := args[0]",
        "\t\targs = args[1:]",
        ...Array.from({ length: 7 }, (_, i) => [
          `\t\tif arg == "--o${i}" {`,
          "\t\t\tv := next(args)",
          `\t\t\tif v != "" && v != "-" {`,
          `\t\t\t\topts.Set(${i}, v)`,
          "\t\t\t}",
          "\t\t\tcontinue",
          "\t\t}",
        ]).flat(),
        ...added,
        "\t\tunknown = append(unknown, arg)",
        "\t}",
        "\treturn append(operands, unknown...)",
        "}",
      ].join("\n"),
    block: (stop) => [
      '\t\tif opts.Mode == "positional" && len(operands) == 0 {',
      "\t\t\tif opts.Known(arg) {",
      "\t\t\t\toperands = append(operands, arg)",
      "\t\t\t\tfor _, rest := range args { unknown = append(unknown, rest) }",
      `\t\t\t\t${stop}`,
      '\t\t\t} else if arg == "help" {',
      "\t\t\t\toperands = append(operands, arg)",
      "\t\t\t\tif len(args) > 0 { operands = append(operands, args...) }",
      `\t\t\t\t${stop}`,
      "\t\t\t} else if opts.Fallback {",
      "\t\t\t\tunknown = append(unknown, arg)",
      `\t\t\t\t${stop}`,
      "\t\t\t}",
      "\t\t}",
    ],
  },
  Python: {
    path: "app/parse.py",
    text: (added) =>
      [
        "def parse_options(args, opts):",
        "    operands = []",
        "    unknown = []",
        "    while args:",
        "        arg = args.pop(0)",
        ...Array.from({ length: 7 }, (_, i) => [
          `        if arg == "--o${i}":`,
          "            v = args.pop(0)",
          `            if v is not None and v != "":`,
          `                opts.o${i} = v`,
          "            continue",
        ]).flat(),
        ...added,
        "        unknown.append(arg)",
        "    return operands + unknown",
      ].join("\n"),
    block: (stop) => [
      '        if opts.mode == "positional" and not operands:',
      "            if opts.known(arg):",
      "                operands.append(arg)",
      "                for rest in args: unknown.append(rest)",
      `                ${stop}`,
      '            elif arg == "help":',
      "                operands.append(arg)",
      "                if args: operands.extend(args)",
      `                ${stop}`,
      "            elif opts.fallback:",
      "                unknown.append(arg)",
      `                ${stop}`,
    ],
  },
};

const DONE: Record<string, string> = { TypeScript: "opts.done = true", Java: "opts.done = true", Go: "opts.Done = true", Python: "opts.done = True" };

for (const [lang, l] of Object.entries(LOOPS)) {
  complexity.valid.push({
    // commander 8ac84ec2 `parseOptions`, 58 to 84: one more early-exit check, each arm ending in `break`.
    name: `${lang}: a block ending the loop it sits in, added to a function far over the limit`,
    ...changed(l.path, l.text([]), l.text(l.block("break"))),
  });
  complexity.invalid.push({
    name: `${lang}: the same block letting the loop go on`,
    ...changed(l.path, l.text([]), l.text(l.block(DONE[lang]))),
    findings: [{ messageId: "grewNested", data: { name: "parseOptions".replace(/O/, lang === "Python" ? "_o" : "O") } }],
  });
}

/**
 * A function four deep at base whose innermost loop formats each table (five lines of old code);
 * the change puts an `if` before them at depth 5, the old lines re-indented into its `else`.
 */
const TABLES: Record<string, { path: string; text: (arm: string[] | undefined) => string }> = {
  Python: {
    path: "app/container.py",
    text: (arm) => {
      const old = ["cur = header(table)", "cur += table.indent", "cur += table.comment", "cur += table.trail", "s += cur"];
      const inner = arm
        ? [
            "                    if table.is_super():",
            ...arm.map((a) => `                        ${a}`),
            "                    else:",
            ...old.map((o) => `                        ${o}`),
          ]
        : old.map((o) => `                    ${o}`);
      return [
        "def as_string(body):",
        '    s = ""',
        ...Array.from({ length: 30 }, (_, i) => `    s += str(${i})`),
        "    for k, v in body:",
        "        if k is not None:",
        "            if isinstance(v, AoT):",
        "                for table in v.body:",
        ...inner,
        "    return s",
      ].join("\n");
    },
  },
  TypeScript: {
    path: "src/container.ts",
    text: (arm) => {
      const old = ["let cur = header(table);", "cur += table.indent;", "cur += table.comment;", "cur += table.trail;", "s += cur;"];
      const inner = arm ? ["if (table.isSuper()) {", ...arm.map((a) => `${a};`), "} else {", ...old, "}"] : old;
      return [
        "export function asString(body: Entry[]): string {",
        '  let s = "";',
        ...Array.from({ length: 30 }, (_, i) => `  s += String(${i});`),
        "  for (const [k, v] of body) {",
        "    if (k !== null) {",
        "      if (v instanceof AoT) {",
        "        for (const table of v.body) {",
        ...inner,
        "        }",
        "      }",
        "    }",
        "  }",
        "  return s;",
        "}",
      ].join("\n");
    },
  },
  Go: {
    path: "pkg/container.go",
    text: (arm) => {
      const old = ["cur := header(table)", "cur += table.Indent", "cur += table.Comment", "cur += table.Trail", "s += cur"];
      const inner = arm ? ["if table.IsSuper() {", ...arm, "} else {", ...old, "}"] : old;
      return [
        "package pkg",
        "",
        "func asString(body []Entry) string {",
        '\ts := ""',
        ...Array.from({ length: 30 }, (_, i) => `\ts += fmt.Sprint(${i})`),
        "\tfor _, e := range body {",
        "\t\tif e.Key != nil {",
        "\t\t\tif aot, ok := e.Value.(AoT); ok {",
        "\t\t\t\tfor _, table := range aot.Body {",
        ...inner,
        "\t\t\t\t}",
        "\t\t\t}",
        "\t\t}",
        "\t}",
        "\treturn s",
        "}",
      ].join("\n");
    },
  },
  Java: {
    path: "src/main/java/Container.java",
    text: (arm) => {
      const old = ["String cur = header(table);", "cur += table.indent;", "cur += table.comment;", "cur += table.trail;", "s += cur;"];
      const inner = arm ? ["if (table.isSuper()) {", ...arm.map((a) => `${a};`), "} else {", ...old, "}"] : old;
      return [
        "class Container {",
        "  String asString(List<Entry> body) {",
        '    String s = "";',
        ...Array.from({ length: 30 }, (_, i) => `    s += String.valueOf(${i});`),
        "    for (Entry e : body) {",
        "      if (e.key != null) {",
        "        if (e.value instanceof AoT) {",
        "          for (Table table : ((AoT) e.value).body) {",
        ...inner,
        "          }",
        "        }",
        "      }",
        "    }",
        "    return s;",
        "  }",
        "}",
      ].join("\n");
    },
  },
};

for (const [lang, t] of Object.entries(TABLES)) {
  const render = lang === "Go" ? "s += table.Render()" : "s += table.render()";
  nesting.valid.push({
    // tomlkit 2a4130e3 `as_string`: `if table.is_super_table(): cur += …` first, the old `[[…]]` formatting its `else`.
    name: `${lang}: a new one-line arm beside old code, one level past the limit it was at`,
    ...changed(t.path, t.text(undefined), t.text([render])),
  });
  nesting.invalid.push({
    name: `${lang}: a new arm of three lines of work beside the old code`,
    ...changed(t.path, t.text(undefined), t.text([render, lang === "Go" ? "count++" : "count += 1", lang === "Go" ? "log(table)" : "log(table)"])),
    findings: [{ messageId: "grew", data: { depth: 5, before: 4 } }],
  });
}

for (const [lang, l] of Object.entries(LOOPS)) {
  const first = changed(l.path, undefined, l.text(l.block("opts.done = 1")));
  complexity.valid.push({
    // walkdir eaf24e46 "initial prototype, basic functionality": the project's first code after a README.
    name: `${lang}: a complex new function in the project's first code`,
    ...withTree(first, ["README.md", "LICENSE", l.path]),
  });
  complexity.invalid.push({
    name: `${lang}: the same function added beside code the project had`,
    ...withTree(first, ["README.md", l.path, l.path.replace(/(\.\w+)$/, "_old$1")]),
    findings: [{ messageId: "tooComplex" }],
  });
}

/** The placeholder test a generator wrote beside an empty file, removed by the change that fills the file in. */
const placeholderTest = (lang: string): ChangedFile => ({
  path: { TypeScript: "test/parse.test.ts", Java: "src/test/java/ParserTest.java", Go: "pkg/parse_test.go", Python: "tests/test_parse.py" }[lang] ?? "test/x",
  status: "removed",
  binary: false,
  additions: 0,
  deletions: 7,
  addedLines: [],
  hunks: [],
});

for (const [lang, l] of Object.entries(LOOPS)) {
  const head = l.text(l.block("opts.done = 1"));
  // As git shows a file filled from empty: every line added, the base text blank.
  const fresh = changed(l.path, undefined, head);
  const filled = {
    change: change([{ ...fresh.change.files[0], status: "modified" as const }]),
    lookups: { ...fresh.lookups, fileContents: new Map([[l.path, head]]), baseContents: new Map([[l.path, ""]]) },
  };
  const note = lang === "Python" ? "#" : "//";
  const withRemovedTest = { ...filled, change: change([...filled.change.files, placeholderTest(lang)]) };
  complexity.valid.push({
    // excon 23ed572573 "initial extract/cleanup from fog" (set 15): the 0-line `lib/excon.rb` of its first commit filled in.
    name: `${lang}: a complex new function filling in a file that was empty, its placeholder test removed: the project's first code`,
    ...withTree(withRemovedTest, ["README.md", "Rakefile", l.path]),
  });
  complexity.invalid.push({
    name: `${lang}: the same function appended to a file that had code`,
    ...withTree(changed(l.path, `${note} placeholder`, `${note} placeholder\n${head}`), ["README.md", l.path]),
    findings: [{ messageId: "tooComplex" }],
  });
  complexity.invalid.push({
    // A rewrite: the project's own code removed while the new code is added is no first code.
    name: `${lang}: the same function filling in an empty file while the change removes product code`,
    ...withTree({ ...filled, change: change([...filled.change.files, { ...placeholderTest(lang), path: `old/${l.path}` }]) }, ["README.md", l.path]),
    findings: [{ messageId: "tooComplex" }],
  });
}

/**
 * A function of next to nothing (`extra` plain statements and a `return false`) at base, and at head
 * the same with a 16-point `if` before them: undici's `busy`, 0 to 16, its body the new block.
 */
const BODIES: Record<string, { path: string; text: (block: boolean, extra: number) => string }> = {
  TypeScript: {
    path: "src/client.ts",
    text: (block, extra) =>
      [
        "export function busy(request: Req | null): boolean {",
        ...(block
          ? [
              "  if (request != null) {",
              "    if (client.running > 0 && !client.closed) {",
              "      if (request.idempotent === false || request.blocking) {",
              "        client.wait(request);",
              "        return true;",
              "      }",
              "      if (request.upgrade) {",
              "        for (const s of sessions) {",
              "          s.close();",
              "        }",
              "        return true;",
              "      }",
              "    }",
              "  } else {",
              "    client.idle();",
              "  }",
            ]
          : []),
        ...Array.from({ length: extra }, (_, i) => `  client.note(${i});`),
        "  return false;",
        "}",
      ].join("\n"),
  },
  Python: {
    path: "app/client.py",
    text: (block, extra) =>
      [
        "def busy(request):",
        ...(block
          ? [
              "    if request is not None:",
              "        if client.running > 0 and not client.closed:",
              "            if request.idempotent is False or request.blocking:",
              "                client.wait(request)",
              "                return True",
              "            if request.upgrade:",
              "                for s in sessions:",
              "                    s.close()",
              "                return True",
              "    else:",
              "        client.idle()",
            ]
          : []),
        ...Array.from({ length: extra }, (_, i) => `    client.note(${i})`),
        "    return False",
      ].join("\n"),
  },
  Go: {
    path: "pkg/client.go",
    text: (block, extra) =>
      [
        "package pkg",
        "",
        "func busy(request *Req) bool {",
        ...(block
          ? [
              "\tif request != nil {",
              "\t\tif client.running > 0 && !client.closed {",
              "\t\t\tif !request.idempotent || request.blocking {",
              "\t\t\t\tclient.wait(request)",
              "\t\t\t\treturn true",
              "\t\t\t}",
              "\t\t\tif request.upgrade {",
              "\t\t\t\tfor _, s := range sessions {",
              "\t\t\t\t\ts.Close()",
              "\t\t\t\t}",
              "\t\t\t\treturn true",
              "\t\t\t}",
              "\t\t}",
              "\t} else {",
              "\t\tclient.idle()",
              "\t}",
            ]
          : []),
        ...Array.from({ length: extra }, (_, i) => `\tclient.note(${i})`),
        "\treturn false",
        "}",
      ].join("\n"),
  },
  Java: {
    path: "src/main/java/Client.java",
    text: (block, extra) =>
      [
        "class Client {",
        "  boolean busy(Req request) {",
        ...(block
          ? [
              "    if (request != null) {",
              "      if (client.running > 0 && !client.closed) {",
              "        if (!request.idempotent || request.blocking) {",
              "          client.await(request);",
              "          return true;",
              "        }",
              "        if (request.upgrade) {",
              "          for (Session s : sessions) {",
              "            s.close();",
              "          }",
              "          return true;",
              "        }",
              "      }",
              "    } else {",
              "      client.idle();",
              "    }",
            ]
          : []),
        ...Array.from({ length: extra }, (_, i) => `    client.note(${i});`),
        "    return false;",
        "  }",
        "}",
      ].join("\n"),
  },
};

for (const [lang, b] of Object.entries(BODIES)) {
  complexity.valid.push({
    // undici 92715645 `busy` (0 to 16), mockk cc9b4b9e `verify` (0 to 18): the block is the whole body, just over.
    name: `${lang}: a function of next to nothing given a body just over the limit`,
    ...changed(b.path, b.text(false, 0), b.text(true, 0)),
  });
  complexity.invalid.push({
    // With no margin: since session 15 a function taken to 16 for 15 is within it either way.
    name: `${lang}: the same block added before old code it leaves in place`,
    ...changed(b.path, b.text(false, 6), b.text(true, 6)),
    options: { ...COMPLEXITY_AT_15, margin: 0 },
    findings: [{ messageId: "grew", data: { name: "busy", before: 0, complexity: 16 } }],
  });
}

testRule("max-complexity", withOptions(complexity, COMPLEXITY_AT_15));
testRuleBeforeCalibration("max-nesting-depth", nesting);
