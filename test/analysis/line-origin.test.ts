import { baseLinesOf, editedFrom, lineKey } from "../../src/analysis/line-origin.js";
import { addedFile, change } from "../helpers/make-change.js";

const lookups = (base: Record<string, string>) => ({ issues: new Map(), fileContents: new Map(), baseContents: new Map(Object.entries(base)) });
const LONG = (s: string) => s.length > 40;

describe("line origin", () => {
  it("keys a line without its whitespace and with quotes evened out, so re-indenting or Black's quotes add nothing", () => {
    expect(lineKey("    print(r.headers['X'])")).toBe(lineKey('\tprint(r.headers["X"])'));
    expect(lineKey("print(a)")).not.toBe(lineKey("print(b)"));
  });

  it("knows the file's base lines and those of files the change deleted from (a move)", () => {
    const moved = addedFile("lib/b.rb", ["x"], 1, { status: "added" });
    const source = addedFile("lib/a.rb", ["y"], 1, { deletions: 3 });
    const base = baseLinesOf(moved, change([moved, source]), lookups({ "lib/a.rb": "def a\n  compute(alpha, beta)\nend" }), LONG);
    expect(base.known).toBe(false);
    expect(base.has(lineKey("compute(alpha, beta)"))).toBe(true);
    expect(base.has(lineKey("compute(alpha, gamma)"))).toBe(false);
  });

  it("finds the base line an added line edits (a token swapped), not an unrelated one", () => {
    const file = addedFile("gin_test.go", ["x"]);
    const old = `\tassertRoutePresent(t, routes, RouteInfo{Path: "/test1", Method: "GET", Handler: "github.com/gin-gonic/gin.handlerTest1"})`;
    const base = baseLinesOf(file, change([file]), lookups({ "gin_test.go": `${old}\n\tother := completely(different, line, of, code, here)` }), LONG);
    expect(editedFrom(old.replace('"GET"', "http.MethodGet"), base)).toBe(old);
    expect(editedFrom("\tvar configuration = loadTheConfigurationFromDisk(path, options)", base)).toBeUndefined();
  });
});
