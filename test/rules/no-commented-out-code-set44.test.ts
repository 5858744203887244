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
      name: "Python: warnings.warn saying deprecated",
      ...at("pkg/api.py", ["def old():", '    # warnings.warn("old() is deprecated, use new()", DeprecationWarning)', "    return new()", ""]),
    },
  ],
  invalid: [
    {
      name: "Kotlin: bare calls with no worded heading beside them are code (one finding for the function)",
      ...at(KT, plugin('// kotlin("multiplatform")')),
      findings: [{ messageId: "commentedOutLineAlso", line: 3, data: { also: " (also on line 8)" } }],
    },
    {
      name: "Ruby: a warning that says nothing of deprecation is code switched off",
      ...at(RB, alias('# ::Kernel.warn("#{caller(1, 1)[0]}: modifiable called")')),
      findings: [{ messageId: "commentedOutLine", line: 7 }],
    },
  ],
});
