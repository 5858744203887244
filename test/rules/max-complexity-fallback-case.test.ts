import { changed } from "../helpers/base-head.js";
import { testRule } from "../helpers/rule-tester.js";

/**
 * Session 23 (#10): one more case of a dispatch whose inner branches return and which otherwise
 * reaches the function's fallback (`return false`) is one case among the old ones (guice's
 * `areSimilarLookingTypes` given a wildcard-against-plain case, judged "not worth saying" on set
 * 22). The same block followed by more work than the fallback is a step of the function, still said.
 */
const javaCase = (kind: string) => [
  `    if (a instanceof ${kind} && b instanceof ${kind}) {`,
  `      Type[] x = parts${kind}(a);`,
  `      Type[] y = parts${kind}(b);`,
  "      if (x.length != y.length) {",
  "        return false;",
  "      }",
  "      for (int i = 0; i < x.length; i++) {",
  "        if (!similar(x[i], y[i])) {",
  "          return false;",
  "        }",
  "      }",
  "      return true;",
  "    }",
];
const javaNewCase = [
  "    if (a instanceof Wild ^ b instanceof Wild) {",
  "      Wild w = a instanceof Wild ? (Wild) a : (Wild) b;",
  "      Type other = w == a ? b : a;",
  "      for (Type t : w.bounds()) {",
  "        if (t != null && matches(t, other)) {",
  "          return similar(t, other);",
  "        }",
  "      }",
  "      if (w.lower().length == 1 && w.upper().length == 1) {",
  "        return similar(w.lower()[0], other);",
  "      }",
  "    }",
];
const java = (added: string[], after: string[] = []) =>
  [
    "class Types {",
    "  static boolean similar(Type a, Type b) {",
    ...["Cls", "Param", "Arr", "Wild"].flatMap(javaCase),
    ...added,
    ...after,
    "    return false;",
    "  }",
    "}",
  ].join("\n");

const pyCase = (kind: string) => [
  `    if isinstance(a, ${kind}) and isinstance(b, ${kind}):`,
  `        x = parts_${kind.toLowerCase()}(a)`,
  `        y = parts_${kind.toLowerCase()}(b)`,
  "        if len(x) != len(y):",
  "            return False",
  "        for i in range(len(x)):",
  "            if not similar(x[i], y[i]):",
  "                return False",
  "        return True",
];
const pyNewCase = [
  "    if isinstance(a, Wild) != isinstance(b, Wild):",
  "        w = a if isinstance(a, Wild) else b",
  "        other = b if w is a else a",
  "        for t in w.bounds():",
  "            if t is not None and matches(t, other):",
  "                return similar(t, other)",
  "        if len(w.lower) == 1 and len(w.upper) == 1:",
  "            return similar(w.lower[0], other)",
];
const py = (added: string[], after: string[] = []) =>
  ["def similar(a, b):", ...["Cls", "Param", "Arr", "Wild"].flatMap(pyCase), ...added, ...after, "    return False", ""].join("\n");

testRule("max-complexity", {
  valid: [
    { name: "Java: one more case before the fallback return", options: { max: 20 }, ...changed("src/Types.java", java([]), java(javaNewCase)) },
    { name: "Python: one more case before the fallback return", options: { max: 20 }, ...changed("pkg/types.py", py([]), py(pyNewCase)) },
  ],
  invalid: [
    {
      name: "Java: the same block, more work after it than the fallback",
      options: { max: 20 },
      ...changed("src/Types.java", java([], ["    misses++;"]), java(javaNewCase, ["    misses++;"])),
      findings: [{ messageId: "grew", path: "src/Types.java" }],
    },
    {
      name: "Python: the same block, more work after it than the fallback",
      options: { max: 20 },
      ...changed("pkg/types.py", py([], ["    record_miss(a, b)"]), py(pyNewCase, ["    record_miss(a, b)"])),
      findings: [{ messageId: "grew", path: "pkg/types.py" }],
    },
    {
      name: "Java: a case that never leaves the function, before the fallback",
      options: { max: 20 },
      ...changed("src/Types.java", java([]), java(javaNewCase.map((l) => l.replace(/return (similar\(.*\));/, "found = $1;")))),
      findings: [{ messageId: "grew", path: "src/Types.java" }],
    },
  ],
});
