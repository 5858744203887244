import { typeHintsOnly, withoutTypeHints } from "../../src/text/type-hints.js";

describe("withoutTypeHints", () => {
  it.each([
    ["def f(self, a: int, b: Dict[str, List[int]] = {}) -> Optional[str]:", "deff(self,a,b={}):"],
    ["async def g(*args: Any, **kw: 'Opts') -> None:", "asyncdefg(*args,**kw):"],
    ["    environ: WSGIEnvironment, start_response: StartResponse", "environ,start_response"],
    ["    self.cache: Dict[str, int] = {}", "self.cache:Dict[str,int]={}"],
    ["    count: int = 0  # how many", "count=0"],
    ["        headers=res.headers,  # type: ignore[arg-type]", "headers=res.headers,"],
    ['    x = "a #b"  # note', 'x="a#b"'],
    ["    y = 'a # b' + z", "y='a#b'+z"],
    [") -> Iterable[bytes]:", "):"],
    // Not annotations: a block's colon, a lambda, a dict entry, a slice, a walrus.
    ["else:", "else:"],
    ["key = lambda a, b: a", "key=lambdaa,b:a"],
    ["d = {name: value}", "d={name:value}"],
    ["x = items[a:b]", "x=items[a:b]"],
    ["if (n := len(a)) > 1:", "if(n:=len(a))>1:"],
    ["total: a + b", "total:a+b"],
  ])("%s → %s", (line, bare) => {
    expect(withoutTypeHints(line)).toBe(bare);
  });
});

describe("typeHintsOnly", () => {
  it("pairs a signature with its hinted form, also when black wrapped it", () => {
    const found = typeHintsOnly("app.py", ["def run(self, app):", "return app"], ["def run(", "    self, app: WSGIApp", ") -> None:", "return other"]);
    expect([...found.removed]).toEqual(["defrun(self,app):"]);
    expect([...found.added]).toEqual(["defrun(", "self,app:WSGIApp", ")->None:"]);
  });

  it("reads Python files only", () => {
    const found = typeHintsOnly("app.ts", ["function run(app) {"], ["function run(app: App) {"]);
    expect(found.added.size + found.removed.size).toBe(0);
  });
});
