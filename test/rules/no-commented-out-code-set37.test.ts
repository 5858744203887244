import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";

// Set 37 (#10). ardalis/Specification 237f2e2bc0: a test parked under `// TODO: Fix SelectMany query`, in parts set apart
// by blank lines; the parser read the note and the test's first lines as one prose comment, so the TODO covered nothing
// and the rest was said as dead weight (judged not worth saying: the TODO says why it is there).
const parked = (note: string) => [
  "public class Extensions_WithSpecification",
  "{",
  "",
  `    // ${note}`,
  "    //[Fact]",
  "    //public void QueriesMatch_GivenFullQueryWithSelectMany()",
  "    //{",
  "    //    var id = 1;",
  '    //    var name = "Store1";',
  '    //    var storeTerm = "ab1";',
  '    //    var companyTerm = "ab2";',
  '    //    var streetTerm = "ab3";',
  "",
  "    //    var spec = new Specification<Store, string?>();",
  "    //    spec.Query",
  "    //        .Where(x => x.Id > id)",
  "    //        .Where(x => x.Name == name);",
  "",
  "    //    var actual = DbContext.Stores",
  "    //        .WithSpecification(spec)",
  "    //        .ToQueryString();",
  "",
  "    //    actual.Should().Be(expected);",
  "    //}",
  "",
  "    [Fact]",
  "    public void QueriesMatch_GivenEmptySpec()",
  "    {",
  "        DbContext.Stores.WithSpecification(new Specification<Store>()).Should().NotBeNull();",
  "    }",
  "}",
];
const CS = "Specification.EntityFrameworkCore/tests/Ardalis.Specification.EntityFrameworkCore.Tests/Extensions/Extensions_WithSpecification.cs";
const at = (path: string, lines: string[]) => ({
  change: change([addedFile(path, lines)]),
  lookups: { issues: new Map(), fileContents: new Map([[path, lines.join("\n")]]) },
});

// savon c7e4cb8dd0: a signed note in Ruby's `##` prose style over the expectation it discusses (judged *wrong*: prose).
const noted = (mark: string) => [
  "describe 'global: :adapter' do",
  "  it 'passes option to Wasabi initializer' do",
  `    ${mark} I want to use there something similar to the next mock expectation, but I can't`,
  `    ${mark} as due to how Savon sets up Wasabi::Document the adapter= method is called twice.`,
  "    # Wasabi::Document.any_instance.expects(:adapter=).with(:fake_adapter_for_test)",
  "    client = Savon.client(:adapter => :fake_adapter_for_test)",
  "  end",
  "end",
];
const RB = "spec/savon/options_spec.rb";

testRule("no-commented-out-code", {
  valid: [
    {
      name: "C#: a test parked in parts under its TODO (ardalis/Specification 237f2e2bc0)",
      ...at(CS, parked("TODO: Fix SelectMany query  [fatii, 11/02/2025]")),
    },
    { name: "Ruby: a `##` note that says why, over the expectation it discusses (savon c7e4cb8dd0)", ...at(RB, noted("##")) },
  ],
  invalid: [
    {
      name: "C#: the same test under a label that gives no task",
      ...at(CS, parked("Select many")),
      findings: [{ messageId: "commentedOut", line: 14 }],
    },
  ],
});

// Set 38: jackson-jr 26379a6100 parks a record component's name lookup: the field under "We may need this in future:",
// and, further down, the line that would fill it (judged not worth saying: the note says why).
const RECORDS = (note: string) => [
  "public final class RecordsHelpers {",
  "    private static boolean supportsRecords;",
  "    private static Method getComponentTypeMethod;",
  `    // ${note}`,
  "    //private static Method getComponentNameMethod;",
  "",
  "    static {",
  "        try {",
  '            getComponentTypeMethod = recordComponentClass.getMethod("getType");',
  '            //getComponentNameMethod = recordComponentClass.getMethod("getName");',
  "            supportsRecords = true;",
  "        } catch (Throwable t) {",
  "            supportsRecords = false;",
  "        }",
  "    }",
  "}",
];
const JAVA = "jr-objects/src/main/java/com/fasterxml/jackson/jr/ob/impl/RecordsHelpers.java";

testRule("no-commented-out-code", {
  valid: [{ name: "Java: the line that fills a field parked under its reason (jackson-jr 26379a6100)", ...at(JAVA, RECORDS("We may need this in future:")) }],
  invalid: [
    {
      name: "Java: the same two lines under a note that gives no reason",
      ...at(JAVA, RECORDS("Component name")),
      findings: [{ messageId: "commentedOutLine", line: 10 }],
    },
  ],
});

// Set 39: psych e0e3ea15ea's `tag = '!binary' # FIXME: change to below when syck is removed` over the line it means.
const BINARY = (trailing: string) => [
  "def visit_String o",
  '  if o.index("\\x00")',
  "    str   = [o].pack('m').chomp",
  `    tag   = '!binary'${trailing}`,
  // Not the toggle's other value (a string for a string): a call, so only the note above can say why it is kept.
  "    #tag   = yaml_tag(:binary, o.encoding)",
  "    style = Nodes::Scalar::LITERAL",
  "  end",
  "end",
];
const YAML_TREE = "lib/psych/visitors/yaml_tree.rb";

testRule("no-commented-out-code", {
  valid: [
    {
      name: "Ruby: a task note trailing the live line above points at the line (psych e0e3ea15ea)",
      ...at(YAML_TREE, BINARY(" # FIXME: change to below when syck is removed")),
    },
  ],
  invalid: [
    {
      name: "Ruby: the same line under a trailing note that sets no task",
      ...at(YAML_TREE, BINARY(" # the binary tag")),
      findings: [{ messageId: "commentedOutLine", line: 5 }],
    },
  ],
});

// Set 40: SKIE cd5d7ee326's one line under "// Add back if needed" (judged not worth saying: the note says when to restore it).
const ANALYTICS = (note: string) => [
  "object SpecificCompilerConfigurationAnalytics {",
  "    fun produce(configuration: CompilerConfiguration): Map<String, Any> {",
  "        val languageVersion = configuration.languageVersion.toString()",
  `        // ${note}`,
  "        // val apiVersion = configuration.apiVersion.toString()",
  '        return mapOf("languageVersion" to languageVersion)',
  "    }",
  "}",
];
const KT = "SKIE/kotlin-compiler/core/src/commonMain/kotlin/co/touchlab/skie/analytics/SpecificCompilerConfigurationAnalytics.kt";

testRule("no-commented-out-code", {
  valid: [{ name: 'Kotlin: a line under "Add back if needed" (SKIE cd5d7ee326)', ...at(KT, ANALYTICS("Add back if needed")) }],
  invalid: [{ name: "Kotlin: the same line under a label", ...at(KT, ANALYTICS("API version")), findings: [{ messageId: "commentedOutLine", line: 5 }] }],
});
