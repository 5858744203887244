import { changed } from "../helpers/base-head.js";
import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";
import { SAMPLES, branchyBody } from "../syntax/samples.js";
import type { ChangedFile } from "../../src/model/change.js";
import type { Lookups } from "../../src/engine/rule.js";

// Session 19 (#10, #11): a limit a rule takes from the project's own config is the maintainers' word
// only where the pull request did not write it. These cases play the attack (the change raises the
// width or the limit, or adds a nearer config, beside code that needs it) and the honest change
// (the config it does not touch is read as it is). See src/analysis/config-at-base.ts.

/** A line of `n` characters of words, which a person could wrap. */
const words = (n: number) => ("x" + " yy".repeat(n)).slice(0, n - 1) + "z";
const editorconfig = (max: number) => `root = true\n[*]\nmax_line_length = ${max}\n`;
const lookups = (head: Record<string, string>, base: Record<string, string> = {}): Lookups => ({
  issues: new Map(),
  fileContents: new Map(Object.entries(head)),
  baseContents: new Map(Object.entries(base)),
});
/** The config file as a file of the change: added, or edited (one line added). */
const configFile = (path: string, text: string, status: "added" | "modified"): ChangedFile => addedFile(path, text.split("\n"), 1, { status });

testRule("max-line-length", {
  valid: [
    {
      name: "Python: an .editorconfig the change does not touch sets the width (130 allows 120)",
      change: change([addedFile("pkg/a.py", [words(120)])]),
      lookups: lookups({ ".editorconfig": editorconfig(130) }, { ".editorconfig": editorconfig(130) }),
    },
    {
      name: "TypeScript: a .prettierrc the change does not touch sets the width",
      change: change([addedFile("src/a.ts", [`  const x = ${words(110)}`])]),
      lookups: lookups({ ".prettierrc": '{ "printWidth": 140 }' }, { ".prettierrc": '{ "printWidth": 140 }' }),
    },
  ],
  invalid: [
    {
      name: "Python: the change raises .editorconfig's width to 400 beside its long line: the base's 100 stands",
      change: change([addedFile("pkg/a.py", [words(150)]), configFile(".editorconfig", editorconfig(400), "modified")]),
      lookups: lookups({ ".editorconfig": editorconfig(400) }, { ".editorconfig": editorconfig(100) }),
      findings: [{ messageId: "tooLongForFormatter", path: "pkg/a.py", data: { max: 100, from: ".editorconfig" } }],
    },
    {
      name: "Python: a nearer .editorconfig the change adds is not read: the root's 100 stands",
      change: change([addedFile("pkg/a.py", [words(150)]), configFile("pkg/.editorconfig", "[*]\nmax_line_length = 400\n", "added")]),
      lookups: lookups({ ".editorconfig": editorconfig(100), "pkg/.editorconfig": "[*]\nmax_line_length = 400\n" }, { ".editorconfig": editorconfig(100) }),
      findings: [{ messageId: "tooLongForFormatter", path: "pkg/a.py", data: { max: 100, from: ".editorconfig" } }],
    },
    {
      name: "TypeScript: the change raises .prettierrc's printWidth: the base's 100 stands",
      change: change([addedFile("src/a.ts", [`  const x = f(${"a, ".repeat(40)}b);`]), configFile(".prettierrc", '{ "printWidth": 300 }', "modified")]),
      lookups: lookups({ ".prettierrc": '{ "printWidth": 300 }' }, { ".prettierrc": '{ "printWidth": 100 }' }),
      findings: [{ messageId: "tooLongForFormatter", path: "src/a.ts", data: { max: 100 } }],
    },
    {
      name: "Python: the change adds the repository's first .editorconfig (100): a pull request may tighten its own limit",
      change: change([addedFile("pkg/a.py", [words(150)]), configFile(".editorconfig", editorconfig(100), "added")]),
      lookups: lookups({ ".editorconfig": editorconfig(100) }),
      findings: [{ messageId: "tooLongForFormatter", path: "pkg/a.py", data: { max: 100, from: ".editorconfig" } }],
    },
    {
      name: "Python: the change lowers .editorconfig's width from 140 to 100: the stricter 100 applies",
      change: change([addedFile("pkg/a.py", [words(120)]), configFile(".editorconfig", editorconfig(100), "modified")]),
      lookups: lookups({ ".editorconfig": editorconfig(100) }, { ".editorconfig": editorconfig(140) }),
      findings: [{ messageId: "tooLongForFormatter", path: "pkg/a.py", data: { max: 100, from: ".editorconfig" } }],
    },
  ],
});

/** A new Kotlin or Go function of 80 lines of code (one branch every fourth). */
const longFunction = (lang: string) => {
  const s = SAMPLES.find((x) => x.lang === lang)!;
  return { path: s.path, c: changed(s.path, undefined, s.file("loader", branchyBody(s, 80))) };
};
/** The long function's change with a config beside it: at head and at base, and as a file of the change when `status` is set. */
const withConfig = (lang: string, path: string, head: string, base: string | undefined, status?: "added" | "modified") => {
  const { c } = longFunction(lang);
  const files = status ? [...c.change.files, configFile(path, head, status)] : c.change.files;
  return {
    change: { ...c.change, files },
    lookups: {
      ...c.lookups,
      fileContents: new Map([...c.lookups.fileContents, [path, head]]),
      baseContents: new Map([...(c.lookups.baseContents ?? []), ...(base === undefined ? [] : ([[path, base]] as Array<[string, string]>))]),
    },
  };
};
const detekt = (n: number) => `complexity:\n  LongMethod:\n    threshold: ${n}\n`;
const funlen = (n: number) => `linters:\n  enable: [funlen]\nlinters-settings:\n  funlen:\n    lines: ${n}\n`;

testRule("max-function-length", {
  valid: [
    { name: "Kotlin: a detekt.yml the change does not touch raises the limit to 100", ...withConfig("Kotlin", "detekt.yml", detekt(100), detekt(100)) },
    { name: "Go: a .golangci.yml the change does not touch raises the limit to 100", ...withConfig("Go", ".golangci.yml", funlen(100), funlen(100)) },
  ],
  invalid: [
    {
      name: "Kotlin: the change raises detekt's LongMethod from 70 to 100 beside its function: the base's 70 stands",
      ...withConfig("Kotlin", "detekt.yml", detekt(100), detekt(70), "modified"),
      findings: [{ messageId: "tooLong", data: { name: "loader", max: "70, from LongMethod in detekt.yml" } }],
    },
    {
      name: "Go: a .golangci.yml the change adds is not read: the default 60 stands",
      ...withConfig("Go", ".golangci.yml", funlen(100), undefined, "added"),
      findings: [{ messageId: "tooLong", data: { name: "loader", max: 60 } }],
    },
  ],
});
