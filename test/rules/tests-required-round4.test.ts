import { changed } from "../helpers/base-head.js";
import { commit } from "../helpers/make-change.js";
import { testRuleBeforeCalibration as testRule } from "../helpers/pre-calibration.js";

// Round 4 (#11): log lines, branches that only print, accessors that only delegate, work in progress.
const edit = (path: string, base: string[], head: string[]) => changed(path, base.join("\n"), head.join("\n"));

const pyBase = ["class StatReload:", "    def __init__(self, config):", "        self.config = config", "        self.mtimes = {}", ""];
const pyLogging = [
  ...pyBase.slice(0, 4),
  "        if config.reload_excludes or config.reload_includes:",
  "            logger.warning(",
  '                "--reload-include and --reload-exclude have no effect unless watchgod "',
  '                "is installed."',
  "            )",
  "",
];
const pyDeciding = [
  ...pyBase.slice(0, 4),
  "        if config.reload_excludes or config.reload_includes:",
  "            self.excludes = config.reload_excludes",
  "            self.includes = config.reload_includes",
  "        for d in config.reload_dirs:",
  "            self.watch(d)",
  "",
];

const goBase = ["package echo", "", "func (e *Echo) StartServer(s *Server) error {", "\te.setup()", "\treturn s.Serve(e.Listener)", "}"];
const goBanner = [
  "package echo",
  "",
  "func (e *Echo) StartServer(s *Server) error {",
  "\te.setup()",
  "\tif !e.HideBanner {",
  "\t\te.colorer.Printf(banner, e.colorer.Red(version), e.colorer.Blue(website))",
  "\t}",
  "\tif !e.HidePort {",
  '\t\tfmt.Println("http server started on", e.Listener.Addr())',
  "\t}",
  "\treturn s.Serve(e.Listener)",
  "}",
];
const goDeciding = [
  "package echo",
  "",
  "func (e *Echo) StartServer(s *Server) error {",
  "\te.setup()",
  "\tif !e.HideBanner {",
  "\t\te.Listener = wrap(e.Listener)",
  "\t}",
  "\tif e.TLS != nil {",
  "\t\treturn s.ServeTLS(e.Listener)",
  "\t}",
  "\treturn s.Serve(e.Listener)",
  "}",
];

const jsBase = ["module.exports = {", "  get type() {", "    return this.request.type;", "  },", "};"];
const jsSetters = [
  "module.exports = {",
  "  get type() {",
  "    return this.request.type;",
  "  },",
  "",
  "  set lastModified(val) {",
  "    this.response.lastModified = val;",
  "  },",
  "",
  "  set etag(val) {",
  "    this.response.etag = val;",
  "  },",
  "};",
];
const jsLogic = [
  "module.exports = {",
  "  get type() {",
  "    return this.request.type;",
  "  },",
  "",
  "  set etag(val) {",
  '    if (!/^(W\\/)?"/.test(val)) val = `"${val}"`;',
  "    this.response.etag = val;",
  "  },",
  "};",
];

const ktBase = ["package x", "", "fun Service.getScopeId() = this.javaClass.name"];
const ktHead = [
  "package x",
  "",
  "fun Service.getScopeId() = this.javaClass.name",
  "",
  "fun Service.serviceScope() = lazy {",
  "    if (this is KoinScopeComponent) scope else createScope()",
  "}",
  "fun Service.createScope(source: Any? = null): Scope {",
  "    if (source == null) return getKoin().createScope(getScopeId())",
  "    return getKoin().createScope(getScopeId(), source)",
  "}",
];

const titled = (title: string, e: ReturnType<typeof edit>) => ({ change: { ...e.change, title, commits: [commit(title)] }, lookups: e.lookups });

testRule("tests-required", {
  valid: [
    {
      name: "Python: a branch that only logs a warning (uvicorn's reload options without watchgod)",
      ...edit("uvicorn/supervisors/statreload.py", pyBase, pyLogging),
    },
    {
      name: "Go: branches that only print a startup banner behind a flag",
      ...edit("echo.go", goBase, goBanner),
    },
    {
      name: "JavaScript: two setters that each delegate to the response in one line",
      ...edit("lib/context.js", jsBase, jsSetters),
    },
    {
      name: 'Kotlin: a commit titled "wip" is a snapshot, not the change to review',
      ...titled("wip", edit("src/main/java/x/ServiceExt.kt", ktBase, ktHead)),
    },
    {
      name: 'Kotlin: a pull request titled "[WIP] …" is not asked for tests yet',
      ...titled("[WIP] service scopes", edit("src/main/java/x/ServiceExt.kt", ktBase, ktHead)),
    },
  ],
  invalid: [
    {
      name: "Python: the same branch that stores options and a new loop is behaviour",
      ...edit("uvicorn/supervisors/statreload.py", pyBase, pyDeciding),
      findings: [{ messageId: "missingTests", path: "uvicorn/supervisors/statreload.py" }],
    },
    {
      name: "Go: branches that change what the server does are behaviour",
      ...edit("echo.go", goBase, goDeciding),
      findings: [{ messageId: "missingTests", path: "echo.go" }],
    },
    {
      name: "JavaScript: a setter that decides before delegating is behaviour",
      ...edit("lib/context.js", jsBase, jsLogic),
      findings: [{ messageId: "missingTests", path: "lib/context.js" }],
    },
    {
      name: "Kotlin: a title that only mentions wip later is a real change",
      ...titled("Fix service scopes (was wip)", edit("src/main/java/x/ServiceExt.kt", ktBase, ktHead)),
      findings: [{ messageId: "missingTests", path: "src/main/java/x/ServiceExt.kt" }],
    },
  ],
});

const rbBase = ["module SetTab", "  def filtering?", "    @data[:filtering]", "  end", "end"];
const rbBindings = [
  "module SetTab",
  "  def controls",
  '    @controls ||= super + [{code: "D", description: "Delete", action: ->(tab) { tab.alter_rows!(:delete) }},',
  '      {code: "R", description: "Retry", action: ->(tab) { tab.alter_rows!(:retry) }},',
  '      {code: "K", description: "Kill", action: ->(tab) { tab.alter_rows!(:kill) }}]',
  "  end",
  "",
  "  def filtering?",
  "    @data[:filtering]",
  "  end",
  "end",
];
const rbDeciding = [
  "module SetTab",
  "  def controls",
  '    @controls ||= super + [{code: "D", action: ->(tab) { tab.empty? ? nil : tab.alter_rows!(:delete) }},',
  '      {code: "R", action: ->(tab) {',
  "        tab.alter_rows!(:retry) if tab.selected?",
  "      }}]",
  "  end",
  "",
  "  def filtering?",
  "    @data[:filtering]",
  "  end",
  "end",
];

testRule("tests-required", {
  valid: [
    {
      name: "Ruby: a method that only lists key bindings whose actions each make one call",
      ...edit("lib/sidekiq/tui/tabs/set_tab.rb", rbBase, rbBindings),
    },
  ],
  invalid: [
    {
      name: "Ruby: key bindings whose actions decide are logic",
      ...edit("lib/sidekiq/tui/tabs/set_tab.rb", rbBase, rbDeciding),
      findings: [{ messageId: "missingTests", path: "lib/sidekiq/tui/tabs/set_tab.rb" }],
    },
  ],
});

const koaBase = [
  "module.exports = {",
  "  is: function(types) {",
  "    var ct = this.type;",
  "    if (!ct) return false;",
  "    for (var i = 0; i < types.length; i++) {",
  "      var mt = types[i];",
  "      if (mt == ct) return mt;",
  "      if (!~mt.indexOf('*')) continue;",
  "      mt = mt.split('/');",
  "      var cts = ct.split('/');",
  "      if ('*' == mt[0] && mt[1] == cts[1]) return types[i];",
  "    }",
  "    return false;",
  "  },",
  "};",
];
const mimeMatch = [
  "function mimeMatch(expected, actual) {",
  "  if (expected == actual) return true;",
  "  if (!~expected.indexOf('*')) return false;",
  "  expected = expected.split('/');",
  "  actual = actual.split('/');",
  "  if ('*' == expected[0] && expected[1] == actual[1]) return true;",
  "}",
];
const koaExtracted = [
  "module.exports = {",
  "  is: function(types) {",
  "    var ct = this.type;",
  "    if (!ct) return false;",
  "    for (var i = 0; i < types.length; i++) {",
  "      if (mimeMatch(types[i], ct)) return types[i];",
  "    }",
  "    return false;",
  "  },",
  "};",
  "",
  ...mimeMatch,
];
const koaGrown = [...koaBase, "", ...mimeMatch];

testRule("tests-required", {
  valid: [
    {
      name: "JavaScript: a helper extracted out of an object literal's `is: function` keeps the file's decisions",
      ...edit("lib/request.js", koaBase, koaExtracted),
    },
  ],
  invalid: [
    {
      name: "JavaScript: the same helper added beside an unchanged `is: function` is new logic",
      ...edit("lib/request.js", koaBase, koaGrown),
      findings: [{ messageId: "missingTests", path: "lib/request.js" }],
    },
  ],
});

const ktHolderBase = ["package x", "", "class Other"];
const ktHolder = (helper: string[]) => [
  "package x",
  "",
  "class Other",
  "",
  "class AndroidParametersHolder(val extras: CreationExtras) : ParametersHolder() {",
  "    override fun <T> elementAt(i: Int, clazz: KClass<*>): T {",
  "        return createOrElse(clazz) { super.elementAt(i, clazz) }",
  "    }",
  "",
  "    override fun <T> getOrNull(clazz: KClass<*>): T? {",
  "        return createOrElse(clazz) { super.getOrNull(clazz) }",
  "    }",
  "",
  ...helper,
  "}",
];

testRule("tests-required", {
  valid: [
    {
      name: "Kotlin: override accessors that each delegate in one line to a helper that decides nothing",
      ...edit(
        "src/main/java/x/AndroidParametersHolder.kt",
        ktHolderBase,
        ktHolder(["    private fun <T> createOrElse(clazz: KClass<*>, block: () -> T): T {", "        return block()", "    }"]),
      ),
    },
  ],
  invalid: [
    {
      name: "Kotlin: one-line overrides are the entry to the new helper that decides (koin's SavedStateHandle fix)",
      ...edit(
        "src/main/java/x/AndroidParametersHolder.kt",
        ktHolderBase,
        ktHolder([
          "    private fun <T> createOrElse(clazz: KClass<*>, block: () -> T): T {",
          "        return if (clazz == SavedStateHandle::class) {",
          "            extras.createSavedStateHandle() as T",
          "        } else block()",
          "    }",
        ]),
      ),
      findings: [{ messageId: "missingTests", path: "src/main/java/x/AndroidParametersHolder.kt" }],
    },
  ],
});
