import { rewriteInTree } from "../helpers/rewrite-change.js";
import { testRule } from "../helpers/rule-tester.js";

// Session 23 (#11): decisions that are no new path. A guard that fills a field on its first read (parsel's
// cached XPathEvaluator) and a branch that only words a message otherwise (guice's shorter error messages),
// both judged "not worth saying" on set 22; a default given to a parameter, or an argument changed, still are.

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

const errorsPath = "core/src/com/google/inject/internal/Errors.java";
const method = (name: string, id: string, words: string, flagged: boolean) => [
  `  public static ProvisionException ${name}(Throwable cause) {`,
  ...(flagged ? ["    if (Flags.shortMessages()) {", `      return inUserCode(ErrorId.${id}, cause, "%s", cause);`, "    }"] : []),
  `    return inUserCode(ErrorId.${id}, cause,`,
  `        "${words}, %s", cause);`,
  "  }",
];
const errors = (flagged: boolean) => [
  "package com.google.inject.internal;",
  "",
  "public final class Errors {",
  ...method("errorInProvider", "CUSTOM_PROVIDER", "Error in custom provider", flagged),
  ...method("errorInjectingMethod", "INJECTING_METHOD", "Error injecting method", flagged),
  "}",
];
const errorsBase = errors(false);
// A shorter wording behind a flag: the same call, the same arguments.
const reworded = errors(true);
// Behind the flag, other error ids: what the caller gets differs.
const otherId = reworded.map((l) => l.replace(/\(ErrorId\.(\w+), cause, "%s"/, '(ErrorId.$1_SHORT, cause, "%s"'));
const errorsTree = ["pom.xml", "core/test/com/google/inject/internal/ErrorsTest.java", "core/src/com/google/inject/internal/Flags.java"];

testRule("tests-required", {
  valid: [
    {
      name: "Python: a property that builds its evaluator once and keeps it in a field",
      ...rewriteInTree("parsel/selector.py", selectorBase, cached, tree),
    },
    {
      name: "Java: a flag that only picks a shorter wording of the same error",
      ...rewriteInTree(errorsPath, errorsBase, reworded, errorsTree),
    },
  ],
  invalid: [
    {
      name: "Python: the same guard giving a parameter a default is a decision a test can check",
      ...rewriteInTree("parsel/selector.py", selectorBase, defaulted, tree),
      findings: [{ messageId: "missingTests", path: "parsel/selector.py" }],
    },
    {
      name: "Java: the flag's arm passes another error id, not only other words",
      ...rewriteInTree(errorsPath, errorsBase, otherId, errorsTree),
      findings: [{ messageId: "missingTests", path: errorsPath }],
    },
  ],
});
