import type { Lookups } from "../../src/engine/rule.js";
import type { change } from "../helpers/make-change.js";
import { changed } from "../helpers/base-head.js";
import { testRuleBeforeCalibration as testRule } from "../helpers/pre-calibration.js";

/**
 * Thin code that needs no test of its own (#11, session 11): runtime shims and polyfills the CI
 * matrix runs, platform classes backported into the platform's namespace, and thin wrappers that
 * call one existing function and only log beside it. Logic on the program's data is still asked about.
 */

const lines = (...l: string[]) => l.join("\n");
const withTree = (e: { change: ReturnType<typeof change>; lookups: Lookups }, fileTree: string[]) => ({
  change: e.change,
  lookups: { ...e.lookups, fileTree },
});

const compatBase = lines(
  "import sys",
  "",
  "if sys.version_info[:2] == (2, 6):",
  "    from ordereddict import OrderedDict",
  "else:",
  "    from collections import OrderedDict",
);
const pyTree = ["setup.py", "structlog/__init__.py", "structlog/_compat.py", "structlog/processors.py", "tests/test_processors.py"];

const sqlxBase = lines(
  "package sqlx",
  "",
  "func Select(q Querier, dest interface{}, query string, args ...interface{}) error {",
  "\trows, err := q.Query(query, args...)",
  "\tif err != nil {",
  "\t\treturn err",
  "\t}",
  "\treturn StructScan(rows, dest)",
  "}",
);
const selectv = (onError: string[]) =>
  lines(
    sqlxBase,
    "",
    "// Selectv runs Select and logs the query and the error.",
    "func Selectv(q Querier, dest interface{}, query string, args ...interface{}) error {",
    "\terr := Select(q, dest, query, args...)",
    "\tif err != nil {",
    ...onError,
    "\t}",
    "\treturn err",
    "}",
  );
const goTree = ["sqlx.go", "sqlx_test.go"];

const printBase = lines('import { ValidationError } from "../validation/ValidationError";', "", "export const RESET = 0;");
const printHead = (condition: string) =>
  lines(
    'import { ValidationError } from "../validation/ValidationError";',
    "",
    "export const RESET = 0;",
    "",
    "export function printError(error: ValidationError): void {",
    `  if (${condition}) {`,
    "    console.log(pretty(error.toString(true)));",
    "  } else {",
    "    console.log(error.toString(true));",
    "  }",
    "}",
  );
const tsTree = ["src/util/print-error.ts", "src/index.ts", "test/validation.spec.ts"];

const rbBase = lines("module Faraday", "  autoload :Request, 'faraday/request'", "end");
const transformKeys = (end: string) =>
  lines(
    rbBase,
    "",
    "class Hash",
    "  def transform_keys(&block)",
    "    return enum_for(:transform_keys) unless block",
    "    each_with_object({}) { |(k, v), out| out[block.call(k)] = v }",
    end,
    "end",
  );
const rbTree = ["lib/faraday.rb", "test/faraday_test.rb"];

testRule("tests-required", {
  valid: [
    {
      name: "Python: an import fallback inside a version branch (structlog's OrderedDict for 2.6)",
      ...withTree(
        changed(
          "structlog/_compat.py",
          compatBase,
          lines(
            "import sys",
            "",
            "if sys.version_info[:2] == (2, 6):",
            "    try:",
            "        from ordereddict import OrderedDict",
            "    except ImportError:",
            "        class OrderedDict(object):",
            "            def __init__(self, *args, **kw):",
            "                raise NotImplementedError(",
            "                    'The ordereddict package is needed on Python 2.6.'",
            "                )",
            "else:",
            "    from collections import OrderedDict",
          ),
        ),
        pyTree,
      ),
    },
    {
      name: "Go: a wrapper that runs Select and logs its error (sqlx's Selectv)",
      ...withTree(changed("sqlx.go", sqlxBase, selectv(["\t\tlog.Println(query, err)"])), goTree),
    },
    {
      name: "TS: a helper whose one branch picks the browser's console (class-validator's printError)",
      ...withTree(changed("src/util/print-error.ts", printBase, printHead('typeof window !== "undefined"')), tsTree),
    },
    {
      name: "Ruby: Hash#transform_keys backported, guarded by method_defined?",
      ...withTree(changed("lib/faraday.rb", rbBase, transformKeys("  end unless Hash.method_defined?(:transform_keys)")), rbTree),
    },
    {
      name: "C#: a platform class backported for Silverlight into System.Collections.Generic",
      ...withTree(
        changed(
          "Source/FakeItEasy-SL3/HashSet.cs",
          undefined,
          lines(
            "namespace System.Collections.Generic",
            "{",
            "    public class HashSet<T> : ICollection<T>",
            "    {",
            "        private Dictionary<T, T> dictionary = new Dictionary<T, T>();",
            "        public void Add(T item)",
            "        {",
            "            if (!this.dictionary.ContainsKey(item)) this.dictionary.Add(item, item);",
            "        }",
            "        public bool Remove(T item)",
            "        {",
            "            return this.dictionary.Remove(item);",
            "        }",
            "    }",
            "}",
          ),
        ),
        ["Source/FakeItEasy/Fake.cs", "Source/FakeItEasy.Tests/FakeTests.cs"],
      ),
    },
  ],
  invalid: [
    {
      name: "Python: a branch on the data beside the version branch is asked about",
      ...withTree(
        changed(
          "structlog/_compat.py",
          compatBase,
          lines(
            compatBase,
            "",
            "def ordered(items, key=None):",
            "    if key is None:",
            "        return OrderedDict(items)",
            "    return OrderedDict(sorted(items, key=key))",
          ),
        ),
        pyTree,
      ),
      findings: [{ messageId: "missingTests", path: "structlog/_compat.py" }],
    },
    {
      name: "Go: a wrapper that falls back to another query on error is new logic",
      ...withTree(changed("sqlx.go", sqlxBase, selectv(["\t\treturn Select(q, dest, fallbackQuery, args...)"])), goTree),
      findings: [{ messageId: "missingTests", path: "sqlx.go" }],
    },
    {
      name: "Ruby: the same method without the guard is an extension of Hash worth a test",
      ...withTree(changed("lib/faraday.rb", rbBase, transformKeys("  end")), rbTree),
      findings: [{ messageId: "missingTests", path: "lib/faraday.rb" }],
    },
    {
      name: "TS: the same helper branching on its argument instead of the runtime",
      ...withTree(changed("src/util/print-error.ts", printBase, printHead("error.children.length > 0")), tsTree),
      findings: [{ messageId: "missingTests", path: "src/util/print-error.ts" }],
    },
  ],
});
