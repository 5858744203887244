import { addedFile, change } from "../helpers/make-change.js";
import { changed } from "../helpers/base-head.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { testRule } from "../helpers/rule-tester.js";

// Session 20 (#10), from set 20's verdicts: an alternative offered to the reader under "You can also …", a project
// template a generator copies into its users' projects, trace points kept by the files' convention, and a method
// commented out piece by piece counted as one block. Each kept case has a twin that is still said.
const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];

// ---- an alternative offered under prose, past a blank comment line (fastify-cli 4ba8b0a680) ----

const OFFERED: Array<[string, string, string, string[]]> = [
  [
    "JavaScript",
    "lib/services/root.js",
    "// You can also use plugin with opts in fastify v2",
    [
      "//",
      "// module.exports = function (fastify, opts, next) {",
      "//   fastify.get('/', function (request, reply) {",
      "//     reply.send({ root: true })",
      "//   })",
      "//   next()",
      "// }",
      "",
      "module.exports = async function (fastify, opts) {",
      "  fastify.get('/', async () => ({ root: true }))",
      "}",
    ],
  ],
  [
    "Python",
    "app/hooks.py",
    "# Alternatively, register the hook by hand:",
    ["#", "# app.register(on_start, priority=10)", "# app.register(on_stop, priority=10)", "", "app.autoregister()"],
  ],
  [
    "Ruby",
    "lib/app/config.rb",
    "# Uncomment to serve assets from a CDN",
    [
      "#",
      "# config.asset_host = ENV.fetch('CDN_HOST')",
      "# config.action_controller.asset_host = proc { |source| cdn_for(source) }",
      "",
      "config.assets.compile = true",
    ],
  ],
];

for (const [lang, path, prose, body] of OFFERED) {
  valid.push({
    name: `${lang}: commented code that the prose over it offers to the reader is an example`,
    change: change([addedFile(path, [prose, ...body])]),
  });
  invalid.push({
    name: `${lang}: the same commented code under a label that offers nothing`,
    change: change([
      addedFile(
        path,
        ["// Callback version", ...body].map((l, i) => (i === 0 && lang !== "JavaScript" ? "# Callback version" : l)),
      ),
    ]),
    findings: [{ messageId: "commentedOut", line: 3 }],
  });
}

// ---- a project template a generator copies (fastify-cli's `templates/app/`) ----

const TEMPLATE_BODY = [
  "'use strict'",
  "",
  "// The callback style",
  "// module.exports = function (fastify, opts, next) {",
  "//   fastify.get('/', function (request, reply) { reply.send({ root: true }) })",
  "//   next()",
  "// }",
  "module.exports = async function (fastify, opts) {}",
];

for (const path of ["templates/app/services/root.js", "generators/app/templates/src/index.ts", "{{cookiecutter.slug}}/app/main.py"]) {
  const body = path.endsWith(".py") ? TEMPLATE_BODY.map((l) => l.replace(/^\/\//, "#")) : TEMPLATE_BODY;
  valid.push({
    name: `a file of a project template (${path}) offers its commented blocks to the users it is copied for`,
    change: change([addedFile(path, body)]),
  });
}
for (const path of ["src/components/page.js", "lib/services/root.js"]) {
  invalid.push({
    name: `a product's own file (${path}) is not a project template`,
    change: change([addedFile(path, TEMPLATE_BODY)]),
    findings: [{ messageId: "commentedOut", line: 4 }],
  });
}

// ---- trace points kept by the files' convention (socketry/async) ----

const RUBY_BASE = [
  "class Task",
  "  def run",
  '    # logger.debug(self) {"Task #{self} completed normally."}',
  "    @status = :complete",
  '    # logger.debug(self) {"Task #{self} closing: #{$!}"}',
  "  end",
  "",
  "  def stop!",
  "    @status = :stopped",
  "  end",
  "end",
].join("\n");
const RUBY_HEAD = RUBY_BASE.replace("  def stop!\n", '  def stop!\n    # logger.debug(self) {"Task was stopped with #{@children.size} children!"}\n');

valid.push({ name: "Ruby: a commented trace point in a file that keeps such trace points at base", ...changed("lib/async/task.rb", RUBY_BASE, RUBY_HEAD) });
{
  // None at base: the trace point is this change's own.
  const noneAtBase = RUBY_BASE.replace(/ {4}# logger[^\n]*\n/g, "");
  invalid.push({
    name: "Ruby: the same trace point where the file kept none",
    ...changed(
      "lib/async/task.rb",
      noneAtBase,
      noneAtBase.replace("  def stop!\n", '  def stop!\n    # logger.debug(self) {"Task was stopped with #{@children.size} children!"}\n'),
    ),
    findings: [{ messageId: "commentedOutPrint", line: 7 }],
  });
}

const PY_BASE = [
  "def run(self):",
  "    # log.debug('start %s', self.name)",
  "    self.start()",
  "    # log.debug('started %s', self.name)",
  "    return self",
].join("\n");
valid.push({
  name: "Python: a commented logger.debug in a file that keeps them",
  ...changed("pkg/runner.py", PY_BASE, PY_BASE.replace("    return self", "    # log.debug('returning %s', self.name)\n    return self")),
});
invalid.push({
  name: "Python: a commented print is no trace point, whatever the file keeps",
  ...changed("pkg/runner.py", PY_BASE, PY_BASE.replace("    return self", "    # print('returning', self.name)\n    return self")),
  findings: [{ messageId: "commentedOutPrints", line: 5 }],
});

const GO_BASE = ["func run() {", '\t// log.Debug("start")', "\tstart()", '\t// log.Debug("started")', "}"].join("\n");
valid.push({
  name: "Go: a commented log.Debug where the file keeps them",
  ...changed("run.go", GO_BASE, GO_BASE.replace("\tstart()", '\tstart()\n\t// log.Debug("after start", x)')),
});

// ---- a method commented out piece by piece, its blank lines between the pieces (socketry/async 2f1844476d) ----

const METHOD = [
  "class List",
  "  def validate!(node = nil)",
  "    previous = self",
  "    current = @tail",
  "",
  "    while true",
  "      break if current.equal?(self)",
  "",
  "      if current.head != previous",
  '        raise "Invalid previous linked list node!"',
  "      end",
  "",
  "      previous = current",
  "      current = current.tail",
  "    end",
  "  end",
  "end",
];
const commentedOut = METHOD.map((l, i) => (i === 0 || i === METHOD.length - 1 || l === "" ? l : l.replace(/^  /, "  # ")));
invalid.push({
  name: "Ruby: a method commented out whole is one block from its first line, its blank lines inside it",
  ...changed("lib/list.rb", METHOD.join("\n"), commentedOut.join("\n")),
  findings: [{ messageId: "commentedOut", line: 2 }],
});

testRule("no-commented-out-code", { valid, invalid });
