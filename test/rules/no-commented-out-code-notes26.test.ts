import { changed } from "../helpers/base-head.js";
import { testRule } from "../helpers/rule-tester.js";

// Set 26 (#10): networkx a39401d576 wrote a six-line note over a new `__new__`, a blank line below a disabled
// assignment the class already had (`# edge_attr_dict_factory = dict`). Joined with it as one block cut at a blank
// line, the note was said as "5 commented-out lines of code" (judged *wrong*: prose): one of its lines names
// `__new__` and reads as no sentence. A part of a joined block that is words, two lines in three, is a note.
const CLASS = [
  "class MultiDiGraph(MultiGraph):",
  "    edge_key_dict_factory = dict",
  "    # edge_attr_dict_factory = dict",
  "",
  "    def __init__(self, data=None):",
  "        self.data = data",
  "",
];
const NOTE = [
  "    # This __new__ method just does what Python itself does automatically.",
  "    # We include it here as part of the dispatchable/backend interface.",
  "    # If your goal is to understand how the graph classes work, you can ignore",
  "    # this method, even when subclassing the base classes. If you are subclassing",
  "    # in order to provide a backend that allows class instantiation, this method",
  "    # can be overridden to return your own backend graph class.",
  "    def __new__(cls, data=None):",
  "        return object.__new__(cls)",
  "",
];
const at = CLASS.indexOf("");
const withNote = [...CLASS.slice(0, at + 1), ...NOTE, ...CLASS.slice(at + 1)];
const withCode = [
  ...CLASS.slice(0, at + 1),
  "    # def __new__(cls, data=None):",
  "    #     if data is not None:",
  "    #         return object.__new__(cls)",
  ...CLASS.slice(at + 1),
];

// networkx 0080011d83 writes each expected flow of a test as a commented dict under "# flow solution using …", as the file
// already did (judged *wrong*): a collection literal standing alone is data shown, a statement that does nothing.
const TEST = ["def test_callable_capacity():", "    G = nx.DiGraph()", "    G.add_edge(0, 1, capacity=1 / 2)", "    assert flow(G) == 1 / 8", ""];
const shown = (lines: string[]) => [...TEST.slice(0, 3), ...lines, ...TEST.slice(3)];
const SOLUTION = ['    # flow solution using capacity="capacity"', "    # {", "    #     0: {1: 1/8},", "    #     1: {2: 1/8},", "    # }"];
const DISABLED = ["    # solution = {", "    #     0: {1: 1/8},", "    #     1: {2: 1/8},", "    # }", "    # assert flow_dict(G) == solution"];

testRule("no-commented-out-code", {
  valid: [
    {
      name: "Python: a note a blank line below an old disabled assignment is prose, not a part of it (networkx a39401d576)",
      ...changed("networkx/classes/multidigraph.py", CLASS.join("\n"), withNote.join("\n")),
    },
    {
      name: "Python: an expected value written as a commented dict under its label is data (networkx 0080011d83)",
      ...changed("networkx/algorithms/flow/tests/test_maxflow.py", TEST.join("\n"), shown(SOLUTION).join("\n")),
    },
  ],
  invalid: [
    {
      name: "Python: the same dict assigned and asserted on, commented out, is code",
      ...changed("networkx/algorithms/flow/tests/test_maxflow.py", TEST.join("\n"), shown(DISABLED).join("\n")),
      findings: [{ messageId: "commentedOut" }],
    },
    {
      name: "Python: disabled code written there instead is still said",
      ...changed("networkx/classes/multidigraph.py", CLASS.join("\n"), withCode.join("\n")),
      findings: [{ messageId: "commentedOut" }],
    },
  ],
});
