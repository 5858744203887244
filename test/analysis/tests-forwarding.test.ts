import { describe, expect, it } from "@jest/globals";
import { aliasLines } from "../../src/analysis/tests-forwarding.js";
import type { FunctionFact, LanguageId } from "../../src/syntax/facts.js";

/** A function fact for the lines a test names (only what aliasLines reads). */
const fn = (name: string, start: number, end: number, decisions = 0) => ({ name, start, end, decisions, kind: "method" }) as unknown as FunctionFact;

/** Whether every fresh line is in an alias. */
function judge(language: LanguageId, lines: string[], fns: FunctionFact[], fresh: number[], base?: string): boolean {
  return aliasLines(new Set(fresh), fns, lines, language, base).size === fresh.length;
}

describe("aliasLines", () => {
  it("Go: a method forwarding its parameters with the receiver first", () => {
    const lines = ["func (db *DB) MustExec(query string, args ...interface{}) sql.Result {", "\treturn MustExec(db, query, args...)", "}"];
    expect(judge("go", lines, [fn("MustExec", 1, 3)], [1, 2, 3])).toBe(true);
  });

  it("Python: *args and **kwargs handed on, a docstring beside", () => {
    const lines = ["    def alias(self, *args, **kwargs):", '        """Same as real."""', "        return self.real(*args, **kwargs)"];
    expect(judge("python", lines, [fn("alias", 1, 3)], [1, 2, 3])).toBe(true);
  });

  it("C#: an expression-bodied member; Java: a void forwarder", () => {
    expect(judge("csharp", ["  public int Count(int x) => Real(x);"], [fn("Count", 1, 1)], [1])).toBe(true);
    const java = ["  public void log(String msg, Object... args) {", "    logger.log(msg, args);", "  }"];
    expect(judge("java", java, [fn("log", 1, 3)], [1, 2, 3])).toBe(true);
  });

  it("is not an alias when it reorders, drops or adds a literal, or branches; other new code beside one is left out", () => {
    const go = (body: string) => ["func (db *DB) Get(q string, a int) error {", `\t${body}`, "}"];
    expect(judge("go", go("return Get(db, a, q)"), [fn("Get", 1, 3)], [1, 2, 3])).toBe(false);
    expect(judge("go", go("return Get(db, q)"), [fn("Get", 1, 3)], [1, 2, 3])).toBe(false);
    expect(judge("go", go('return Get("x", q, a)'), [fn("Get", 1, 3)], [1, 2, 3])).toBe(false);
    expect(judge("go", go("return Get(db, q, a)"), [fn("Get", 1, 3, 1)], [1, 2, 3])).toBe(false);
    const beside = aliasLines(new Set([1, 2, 3, 4]), [fn("Get", 1, 3)], [...go("return Get(db, q, a)"), "var limit = 10"], "go", undefined);
    expect([...beside]).toEqual([1, 2, 3]);
  });

  it("Go: a literal argument the file's other forwarders pass already, and a copy of an existing body under a new name", () => {
    const stmt = ["func (s *Stmt) MustExec(args ...interface{}) sql.Result {", '\treturn MustExec(&qStmt{*s}, "", args...)', "}"];
    const base = 'func (s *Stmt) Execp(args ...interface{}) sql.Result {\n\treturn Execp(&qStmt{*s}, "", args...)\n}';
    expect(judge("go", stmt, [fn("MustExec", 1, 3)], [1, 2, 3], base)).toBe(true);
    expect(judge("go", stmt, [fn("MustExec", 1, 3)], [1, 2, 3], "package sqlx")).toBe(false);
    const body = ["\tres, err := e.Exec(query, args...)", "\tif err != nil {", "\t\tpanic(err)", "\t}", "\treturn res", "}"];
    const copy = ["func MustExec(e Execer, query string, args ...interface{}) sql.Result {", ...body];
    const execp = ["func Execp(e Execer, query string, args ...interface{}) sql.Result {", ...body].join("\n");
    expect(judge("go", copy, [fn("MustExec", 1, 7, 1)], [1, 2, 3, 4, 5, 6, 7], execp)).toBe(true);
    expect(judge("go", copy, [fn("MustExec", 1, 7, 1)], [1, 2, 3, 4, 5, 6, 7], "package sqlx")).toBe(false);
  });

  it("Go: the same arguments a sibling forwarder passed, a literal among them", () => {
    const stmt = ["func (s *Stmt) Selectv(dest interface{}, args ...interface{}) error {", '\treturn Selectv(&qStmt{*s}, dest, "", args...)', "}"];
    const base = 'func (s *Stmt) Select(dest interface{}, args ...interface{}) error {\n\treturn Select(&qStmt{*s}, dest, "", args...)\n}';
    expect(judge("go", stmt, [fn("Selectv", 1, 3)], [1, 2, 3], base)).toBe(true);
    expect(judge("go", stmt, [fn("Selectv", 1, 3)], [1, 2, 3], "package sqlx")).toBe(false);
  });

  it("an existing function whose signature alone changed is not new, so not a copy", () => {
    const lines = ["func (c *context) Get(key string) any {", "\tc.lock.RLock()", "\tdefer c.lock.RUnlock()", "\treturn c.store[key]", "}"];
    const base = ["func (c *context) Get(key string) interface{} {", ...lines.slice(1)].join("\n");
    expect(aliasLines(new Set([1]), [fn("Get", 1, 5)], lines, "go", base).size).toBe(0);
  });

  it("is not an alias of another function the change writes", () => {
    const lines = ["def alias(a):", "    return fresh(a)", "def fresh(a):", "    return a + 1"];
    expect(judge("python", lines, [fn("alias", 1, 2), fn("fresh", 3, 4)], [1, 2, 3, 4])).toBe(false);
  });
});
