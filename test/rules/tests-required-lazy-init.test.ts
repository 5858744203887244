import { rewriteInTree } from "../helpers/rewrite-change.js";
import { testRule } from "../helpers/rule-tester.js";

// Session 23 (#11): a guard that fills a field on its first read is no new path (parsel's cached
// XPathEvaluator, judged "not worth saying" on set 22); a default given to a parameter still is.

const selectorBase = [
  "from lxml import etree",
  "",
  "class XPathSelector(object):",
  "    def __init__(self, root, namespaces=None):",
  "        self.root = root",
  "        self.namespaces = namespaces",
  "",
  "    def select(self, xpath):",
  "        xpatheval = etree.XPathEvaluator(self.root, namespaces=self.namespaces)",
  "        try:",
  "            result = xpatheval(xpath)",
  "        except etree.XPathError:",
  '            raise ValueError("Invalid XPath: %s" % xpath)',
  "        return result",
];
const cached = [
  ...selectorBase.slice(0, 6),
  "        self._xpathev = None",
  "",
  "    @property",
  "    def xpathev(self):",
  "        if self._xpathev is None:",
  "            self._xpathev = etree.XPathEvaluator(self.root, namespaces=self.namespaces)",
  "        return self._xpathev",
  "",
  "    def select(self, xpath):",
  "        try:",
  "            result = self.xpathev(xpath)",
  ...selectorBase.slice(11),
];
// The same property, but its guard gives a parameter a default: which namespaces apply is the caller's business.
const defaulted = cached.map((l) =>
  l
    .replace("def xpathev(self):", "def xpathev(self, namespaces=None):")
    .replace("if self._xpathev is None:", "if namespaces is None:")
    .replace(/self\._xpathev = etree\.XPathEvaluator\(.*\)$/, "namespaces = self.namespaces")
    .replace("return self._xpathev", "return etree.XPathEvaluator(self.root, namespaces=namespaces)"),
);
const tree = ["setup.py", "tests/test_selector.py"];

testRule("tests-required", {
  valid: [
    {
      name: "Python: a property that builds its evaluator once and keeps it in a field",
      ...rewriteInTree("parsel/selector.py", selectorBase, cached, tree),
    },
  ],
  invalid: [
    {
      name: "Python: the same guard giving a parameter a default is a decision a test can check",
      ...rewriteInTree("parsel/selector.py", selectorBase, defaulted, tree),
      findings: [{ messageId: "missingTests", path: "parsel/selector.py" }],
    },
  ],
});
