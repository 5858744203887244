import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";

// Set 44 (#10).
const at = (path: string, lines: string[]) => ({
  change: change([addedFile(path, lines)]),
  lookups: { issues: new Map(), fileContents: new Map([[path, lines.join("\n")]]) },
});

// burst 83e6c75ec2: each `withType<…>` block headed by the plugin call a build script writes (judged *wrong* as code).
const plugin = (heading: string) => [
  "class BurstPlugin : KotlinCompilerPluginSupportPlugin {",
  "  override fun apply(target: Project) {",
  `    ${heading}`,
  "    target.plugins.withType<KotlinMultiplatformPluginWrapper> {",
  '      target.configure<KotlinMultiplatformExtension> { println("x") }',
  "    }",
  "",
  '    // kotlin("jvm")',
  "    target.plugins.withType<KotlinPluginWrapper> {",
  '      target.dependencies { add("testImplementation", "app.cash.burst:burst:1") }',
  "    }",
  "  }",
  "}",
];
const KT = "burst-gradle-plugin/src/main/kotlin/app/cash/burst/gradle/BurstPlugin.kt";

// ostruct e00711b67e: the warning a compatibility alias will give, written ahead of its deprecation (judged not worth saying).
const alias = (warning: string) => [
  "class OpenStruct",
  "  def modifiable?",
  "    @table",
  "  end",
  "  private :modifiable?",
  "",
  `  ${warning}`,
  "  alias modifiable modifiable? # :nodoc:",
  "  protected :modifiable",
  "end",
];
const RB = "lib/ostruct.rb";

testRule("no-commented-out-code", {
  valid: [
    {
      name: "Kotlin: a plugin call as a heading, like the heading beside it that goes on in words (burst 83e6c75ec2)",
      ...at(KT, plugin('// kotlin("multiplatform") targeting Java platforms.')),
    },
    {
      name: "Ruby: a deprecation warning kept over the alias it will warn about (ostruct e00711b67e)",
      ...at(RB, alias('# ::Kernel.warn("#{caller(1, 1)[0]}: do not use OpenStruct#modifiable")')),
    },
    {
      name: "Kotlin: bare plugin calls heading two blocks, a call the code never makes",
      ...at(KT, plugin('// kotlin("multiplatform")')),
    },
    {
      name: "JavaScript: each form of the module's own call heading the branch that reads it (http-errors 8cc4f65, set 45)",
      ...at("index.js", [
        "exports = module.exports = function (status, msg, props) {",
        "  // create(msg, status)",
        "  // this should be removed, but remains for koa backwards compat",
        "  if ('number' == typeof msg) {",
        "    var tmp = msg;",
        "    msg = status;",
        "    status = tmp;",
        "  }",
        "",
        "  // create(msg);",
        "  if ('string' == typeof status) {",
        "    msg = status;",
        "    status = 500;",
        "  }",
        "  return new Error(msg);",
        "};",
      ]),
    },
    {
      name: "Python: warnings.warn saying deprecated",
      ...at("pkg/api.py", ["def old():", '    # warnings.warn("old() is deprecated, use new()", DeprecationWarning)', "    return new()", ""]),
    },
  ],
  invalid: [
    {
      name: "JavaScript: old calls of a function the code still calls, over statements, are code",
      ...at("index.js", [
        "function make(status, msg) {",
        "  // create(msg, status);",
        "  msg = String(msg);",
        "  // create(msg);",
        "  status = 500;",
        "  return create(msg, status);",
        "}",
      ]),
      findings: [{ messageId: "commentedOutLineAlso", line: 2, data: { also: " (also on line 4)" } }],
    },
    {
      name: "JavaScript: the same calls over branches, when the code calls the function, are code",
      ...at("index.js", [
        "function make(status, msg) {",
        "  // create(msg, status);",
        "  if (status) {",
        "    msg = String(msg);",
        "  }",
        "  // create(msg);",
        "  if (msg) {",
        "    status = 500;",
        "  }",
        "  return create(msg, status);",
        "}",
      ]),
      findings: [{ messageId: "commentedOutLineAlso", line: 2, data: { also: " (also on line 6)" } }],
    },
    {
      name: "Ruby: a warning that says nothing of deprecation is code switched off",
      ...at(RB, alias('# ::Kernel.warn("#{caller(1, 1)[0]}: modifiable called")')),
      findings: [{ messageId: "commentedOutLine", line: 7 }],
    },
  ],
});
