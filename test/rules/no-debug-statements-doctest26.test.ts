import { addedFile, change } from "../helpers/make-change.js";
import { testRuleBeforeCalibration as testRule } from "../helpers/pre-calibration.js";

// Set 26 (#11): networkx 6dbed05b69 adds a public `describe(G)` that prints a summary table; its docstring's doctest
// shows the table under `>>> nx.describe(G)` (judged *wrong* as a debugging leftover). A Python function that
// returns nothing and shows output under a call of itself in its own doctest prints by design.
const added = (path: string, lines: string[]) => change([addedFile(path, lines, 1, { status: "added" })]);
const describe = (doc: string[], last = '    print(f"Edges: {G.number_of_edges()}")') => [
  "def describe(G):",
  // Not "Print a summary": a doc that says the function prints makes printing its job (documented-print.ts, set 47).
  '    """Summary of the graph.',
  "",
  ...doc,
  '    """',
  '    print(f"Nodes: {G.number_of_nodes()}")',
  last,
  "",
];
const SHOWN = ["    >>> G = nx.path_graph(3)", "    >>> nx.describe(G)", "    Nodes: 3", "    Edges: 2"];

testRule("no-debug-statements", {
  valid: [
    { name: "Python: a function whose doctest shows what it prints (networkx's describe)", change: added("networkx/classes/function.py", describe(SHOWN)) },
  ],
  invalid: [
    {
      name: "Python: the same prints with no doctest showing them are said",
      change: added("networkx/classes/function.py", describe(["    Parameters", "    ----------", "    G : graph"])),
      findings: [{ messageId: "debugMany" }],
    },
    {
      name: "Python: a function that returns a value shows the value in its doctest, not its prints",
      change: added("networkx/classes/function.py", describe(SHOWN, "    return G.number_of_edges()")),
      findings: [{ messageId: "debug" }],
    },
  ],
});
