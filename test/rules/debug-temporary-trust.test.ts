import { addedFile, change } from "../helpers/make-change.js";
import type { InvalidCase } from "../helpers/rule-tester.js";
import { testRule } from "../helpers/rule-tester.js";

// Session 19 round 2 (#11): "temporary" in a title used to let every print of the pull request through. The title is
// the author's to write, and a print it calls temporary is still in the code once the pull request merges, so the
// word now lowers output to a notice (still said) and leaves breakpoints at their severity. Each attack is beside
// the same code under a plain title, which keeps the configured severity (no `severity` on the finding).
const PY = ["def login(user):", "    print(user.token)", "    return session.open(user)"];
const TS = ["export function login(user: User) {", "  console.log(user.token);", "  return open(user);", "}"];
const GO = ["package auth", "", "func Login(u User) error {", '\tfmt.Printf("%+v\\n", u.Token)', "\treturn open(u)", "}"];
const cases: Array<[string, string, string[], number]> = [
  ["Python", "app/login.py", PY, 2],
  ["TypeScript", "src/login.ts", TS, 2],
  ["Go", "auth/login.go", GO, 4],
];
const at = (path: string, lines: string[], title: string) => change([addedFile(path, lines)], { title });

const invalid: InvalidCase[] = cases.flatMap(([lang, path, lines, line]) => [
  {
    name: `${lang}: a print under a title that calls it temporary is a notice, not silence (the attack)`,
    change: at(path, lines, "Temporary fix for the login loop"),
    findings: [{ messageId: "debug", line, severity: "notice" }],
  },
  {
    name: `${lang}: the same print under a plain title keeps the configured severity`,
    change: at(path, lines, "Fix the login loop"),
    findings: [{ messageId: "debug", line, severity: undefined }],
  },
]);
invalid.push({
  name: "Python: a breakpoint in a temporary change keeps its severity",
  change: at("app/login.py", ["def login(user):", "    breakpoint()", "    return session.open(user)"], "temporarily trace login"),
  findings: [{ messageId: "stops", line: 2, severity: undefined }],
});

const valid = cases.map(([lang, path, lines, line]) => ({
  name: `${lang}: a temporary change without the print says nothing`,
  change: at(
    path,
    lines.filter((_, i) => i !== line - 1),
    "Temporary fix for the login loop",
  ),
}));

testRule("no-debug-statements", { valid, invalid });
