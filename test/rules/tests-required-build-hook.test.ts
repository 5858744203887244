import { rewriteInTree } from "../helpers/rewrite-change.js";
import { testRuleBeforeCalibration as testRule } from "../helpers/pre-calibration.js";

// Set 21 (#11): a packaging backend's build hook beside its pyproject.toml (typer's `pdm_build.py`) is
// checked by building the package, like setup.py: no unit test is asked for it. Library code named
// so, or a hook file outside a project's top, is still asked about.

const base = ["import os", "", "def pdm_build_hook_enabled(context):", "    return True"];
const pdmHead = [
  "import os",
  "from pdm.backend.hooks import Context",
  "",
  "def pdm_build_initialize(context: Context):",
  "    metadata = context.config.metadata",
  "    deps = []",
  "    for dep in metadata.get('dependencies', []):",
  "        if dep in SYNC:",
  "            dep = f'{dep}=={metadata[\"version\"]}'",
  "        deps.append(dep)",
  "    metadata['dependencies'] = deps",
];
const hatchHead = [
  "from hatchling.builders.hooks.plugin.interface import BuildHookInterface",
  "",
  "class CustomHook(BuildHookInterface):",
  "    def initialize(self, version, build_data):",
  "        for name in self.config.get('extra', []):",
  "            if name.endswith('.so'):",
  "                build_data['artifacts'].append(name)",
];
// Library code that merely shares the name: no hook API in it.
const plainHead = [
  "import os",
  "",
  "def build(items):",
  "    out = []",
  "    for item in items:",
  "        if item.ready:",
  "            out.append(item.name)",
  "    return out",
];
const project = { "pyproject.toml": ["[project]", 'name = "pkg"'], "tests/test_pkg.py": ["def test_a():", "    assert True"] };
const tree = ["pkg/__init__.py"];

testRule("tests-required", {
  valid: [
    { name: "PDM: pdm_build.py at the project's top", ...rewriteInTree("pdm_build.py", base, pdmHead, tree, project) },
    { name: "Hatch: hatch_build.py at the project's top", ...rewriteInTree("hatch_build.py", base, hatchHead, tree, project) },
    {
      name: "PDM: a sub-project's hook beside its own pyproject.toml",
      ...rewriteInTree("libs/core/pdm_build.py", base, pdmHead, tree, {
        ...project,
        "libs/core/pyproject.toml": ["[project]"],
        "libs/core/tests/test_core.py": ["def test_c():", "    assert True"],
      }),
    },
  ],
  invalid: [
    {
      name: "pdm_build.py without hook API is library code",
      ...rewriteInTree("pdm_build.py", base, plainHead, tree, project),
      findings: [{ messageId: "missingTests", path: "pdm_build.py" }],
    },
    {
      name: "a plugin's hook class in its package (no pyproject.toml beside it) is library code",
      ...rewriteInTree("src/hatch_x/hatch_build.py", base, hatchHead, tree, project),
      findings: [{ messageId: "missingTests", path: "src/hatch_x/hatch_build.py" }],
    },
    {
      name: "another name speaking the hook API is asked about",
      ...rewriteInTree("pkg/hooks.py", base, pdmHead, tree, project),
      findings: [{ messageId: "missingTests", path: "pkg/hooks.py" }],
    },
  ],
});
