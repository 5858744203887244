import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { LENGTH_AT_10, testRule } from "../helpers/rule-tester.js";
import { changed } from "../helpers/base-head.js";

// Set 29 (#10): mongo-csharp-driver 59c9d34180 gave `QueryableMethod`'s static constructor, long with one
// `__x = ReflectionInfo.Method(…)` a method, 37 lines of `__xOverloads = MethodInfoSet.Create([ __a, __b, … ]);` sets:
// a table of fields, "not worth saying" twice. A block of such sets is data; a block of steps is still one to extract.
const range = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i));
const methods = (n: number) => range(n, (i) => `        __m${i} = ReflectionInfo.Method((IQueryable<object> s, int k${i}) => s.Skip(k${i} + ${i}));`);
const set = (name: string, members: number) => [
  `        __${name}Overloads = MethodInfoSet.Create(`,
  "        [",
  ...range(members - 1, (i) => `            __m${i},`),
  `            __m${members - 1}`,
  "        ]);",
  "",
];
const steps = (n: number) =>
  range(n, (i) =>
    i % 2 === 0 ? `        var v${i} = Load${i}(__m${i}, ${i});` : `        if (v${i - 1} == null) throw new InvalidOperationException("missing ${i}");`,
  );
const type = (body: string[]) => ["public static class QueryableMethod", "{", "    static QueryableMethod()", "    {", ...body, "    }", "}", ""].join("\n");
const PATH = "src/MongoDB.Driver/Linq/Reflection/QueryableMethod.cs";
const base = type(methods(70));

const valid: ValidCase[] = [
  {
    name: "C#: sets of the methods, one name a line, added to a long static constructor (mongo-csharp-driver 59c9d34180)",
    ...changed(PATH, base, type([...methods(70), ...[20, 10, 2, 4, 2, 4, 3, 3, 4, 2, 2, 10, 2, 4].flatMap((n, i) => set(`s${i}`, n))])),
  },
];
const invalid: InvalidCase[] = [
  {
    name: "C#: a block of steps added to the same constructor",
    ...changed(PATH, base, type([...methods(70), ...steps(30)])),
    findings: [{ messageId: "addsBlock" }],
  },
];

testRule("max-function-length", { valid, invalid }, LENGTH_AT_10);
