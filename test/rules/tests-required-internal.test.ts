import { emptyLookups, type Lookups } from "../../src/engine/rule.js";
import { changed } from "../helpers/base-head.js";
import { addedFile, change } from "../helpers/make-change.js";
import { testRuleBeforeCalibration as testRule } from "../helpers/pre-calibration.js";

// Session 10 round 2 (#11): new code only its own module reaches (judged "not worth saying" in sets 7
// and 8: anyhow's private `ptr.rs`, crossbeam's `pub(crate)` alloc helper, Moq's internal
// `InvocationShape.Equals`). The project's tests run it through the public code that calls it. A
// new error path, an override of a supertype's member, or public code is still asked about.
const added = (path: string, lines: string[]) => addedFile(path, lines, 1, { status: "added" });
const tree = (...paths: string[]): Lookups => ({ ...emptyLookups(), fileTree: paths });

const kotlinFormat = (visibility: string, extra: string[] = []) => [
  "package acme.format",
  "",
  `${visibility}class DateParts(val year: Int, val month: Int) {`,
  "    fun isValid(): Boolean {",
  "        if (month < 1 || month > 12) return false",
  "        for (m in 1..month) { if (m == 13) return false }",
  "        return year != 0",
  "    }",
  ...extra,
  "}",
];
const kotlinTree = tree("core/build.gradle.kts", "core/src/format/DateParts.kt", "core/test/DatePartsOtherTest.kt", "core/test/LocalDateTest.kt");

const csharpShape = (visibility: string, extra: string[] = []) => [
  "namespace Acme",
  "{",
  `\t${visibility}sealed class CallShape`,
  "\t{",
  "\t\tpublic bool Matches(CallShape other)",
  "\t\t{",
  "\t\t\tif (this.Method != other.Method)",
  "\t\t\t{",
  "\t\t\t\treturn false;",
  "\t\t\t}",
  "\t\t\tfor (int i = 0; i < this.Count; ++i)",
  "\t\t\t{",
  "\t\t\t\tif (!this.Args[i].Equals(other.Args[i])) return false;",
  "\t\t\t}",
  "\t\t\treturn true;",
  "\t\t}",
  ...extra,
  "\t}",
  "}",
];
const csharpTree = tree("src/Acme/Acme.csproj", "src/Acme/CallShape.cs", "tests/Acme.Tests/Acme.Tests.csproj", "tests/Acme.Tests/VerifyFixture.cs");

const rustAlloc = (visibility: string) => [
  "use core::alloc::Layout;",
  "",
  `${visibility}struct Global;`,
  "impl Global {",
  `    ${visibility}fn allocate(self, layout: Layout) -> Option<NonNull<u8>> {`,
  "        match layout.size() {",
  "            0 => Some(dangling(layout)),",
  "            _ => NonNull::new(unsafe { alloc::alloc::alloc(layout) }),",
  "        }",
  "    }",
  "}",
];
const rustTree = tree("utils/Cargo.toml", "utils/src/lib.rs", "utils/src/alloc_helper.rs", "utils/tests/atomic.rs");

const rustPtr = [
  "pub struct Own<T> {",
  "    pub ptr: NonNull<T>,",
  "}",
  "impl<T> Own<T> {",
  "    pub fn new(ptr: Box<T>) -> Self {",
  "        let raw = Box::into_raw(ptr);",
  "        if raw.is_null() { unreachable_null() } else { Own { ptr: unsafe { NonNull::new_unchecked(raw) } } }",
  "    }",
  "    pub fn by_ref(&self) -> Ref<T> {",
  "        if self.ptr.as_ptr().is_null() { Ref::dangling() } else { Ref { ptr: self.ptr } }",
  "    }",
  "}",
];
const withTree = (e: { change: ReturnType<typeof change>; lookups: Lookups }, fileTree: Lookups) => ({
  name: "",
  change: e.change,
  lookups: { ...e.lookups, fileTree: fileTree.fileTree },
});
// An internal class's existing method that gains a branch: code that was there does something new.
const csharpFixBase = csharpShape("internal ").join("\n");
const csharpFixHead = csharpFixBase.replace(
  "\t\t\treturn true;",
  ["\t\t\tif (this.Count == 0 && other.Count > 0)", "\t\t\t{", "\t\t\t\treturn other.Matches(this);", "\t\t\t}", "\t\t\treturn true;"].join("\n"),
);
// The same class gaining only new helpers beside that method.
const csharpHelperHead = csharpFixBase.replace(
  "\t\t\treturn true;\n\t\t}",
  [
    "\t\t\treturn true;",
    "\t\t}",
    "\t\tprivate static int[] Evaluate(int[] args)",
    "\t\t{",
    "\t\t\tif (args.Length == 0) return empty;",
    "\t\t\tfor (int i = 0; i < args.Length; ++i) { if (args[i] < 0) args[i] = 0; }",
    "\t\t\treturn args;",
    "\t\t}",
  ].join("\n"),
);

const ptrTree = tree("Cargo.toml", "src/lib.rs", "src/ptr.rs", "tests/test_downcast.rs");

testRule("tests-required", {
  valid: [
    {
      name: "Kotlin: a new file whose every declaration is internal is reached through the public code its tests call",
      change: change([added("core/src/format/DateParts.kt", kotlinFormat("internal "))]),
      lookups: kotlinTree,
    },
    {
      name: "C#: new equality members of an internal class (object's Equals/GetHashCode overrides too)",
      change: change([
        added(
          "src/Acme/CallShape.cs",
          csharpShape("internal ", [
            "\t\tpublic override bool Equals(object obj)",
            "\t\t{",
            "\t\t\treturn obj is CallShape other && this.Matches(other);",
            "\t\t}",
          ]),
        ),
      ]),
      lookups: csharpTree,
    },
    {
      name: "Rust: a helper whose items are all pub(crate)",
      change: change([added("utils/src/alloc_helper.rs", rustAlloc("pub(crate) "))]),
      lookups: rustTree,
    },
    {
      name: "Rust: pub items of a module the changed lib.rs declares privately and does not re-export",
      change: change([added("src/ptr.rs", rustPtr), added("src/lib.rs", ["mod ptr;", "use crate::ptr::Own;"])]),
      lookups: ptrTree,
    },
    {
      ...withTree(changed("src/Acme/CallShape.cs", csharpFixBase, csharpHelperHead), csharpTree),
      name: "C#: an internal class that only gains a private helper beside the methods it had",
    },
  ],
  invalid: [
    {
      // Session 11: CommandLineParser's `StaticProperty(this Type type, string name)` invoked a hard-coded "None" (judged "agree").
      ...withTree(changed("src/Acme/CallShape.cs", csharpFixBase, csharpHelperHead.replace("(int[] args)", "(int[] args, string name)")), csharpTree),
      name: "C#: an internal class's new helper that ignores a parameter does what no caller's test pins",
      findings: [{ messageId: "missingTests" }],
    },
    {
      ...withTree(changed("src/Acme/CallShape.cs", csharpFixBase, csharpFixHead), csharpTree),
      name: "C#: an internal class whose existing method gains a branch (a fix) is asked about",
      findings: [{ messageId: "missingTests" }],
    },
    {
      name: "Kotlin: the same file made public is new API",
      change: change([added("core/src/format/DateParts.kt", kotlinFormat(""))]),
      lookups: kotlinTree,
      findings: [{ messageId: "missingTests" }],
    },
    {
      name: "Kotlin: an internal class that overrides a supertype's member implements a public contract",
      change: change([
        added(
          "core/src/format/DateParts.kt",
          kotlinFormat("internal ", [
            "    override fun parse(text: String): DateParts {",
            "        return if (text.isEmpty()) empty else DateParts(1, 1)",
            "    }",
          ]),
        ),
      ]),
      lookups: kotlinTree,
      findings: [{ messageId: "missingTests" }],
    },
    {
      name: "C#: an internal class that gains a new error path",
      change: change([
        added(
          "src/Acme/CallShape.cs",
          csharpShape("internal ", [
            "\t\tpublic CallShape WithScope(Scope scope)",
            "\t\t{",
            "\t\t\tif (scope != Scope.Singleton)",
            '\t\t\t\tthrow new ArgumentException("singleton only");',
            "\t\t\treturn this;",
            "\t\t}",
          ]),
        ),
      ]),
      lookups: csharpTree,
      findings: [{ messageId: "missingTests" }],
    },
    {
      name: "C#: a public class",
      change: change([added("src/Acme/CallShape.cs", csharpShape("public "))]),
      lookups: csharpTree,
      findings: [{ messageId: "missingTests" }],
    },
    {
      name: "C#: a class with no modifier may be a partial part of a public one",
      change: change([added("src/Acme/CallShape.cs", csharpShape("partial "))]),
      lookups: csharpTree,
      findings: [{ messageId: "missingTests" }],
    },
    {
      name: "Rust: a file of trait impls only, for a type declared elsewhere",
      change: change([
        added("utils/src/alloc_helper.rs", [
          "impl<'a> LowerHex for BytesRef<'a> {",
          "    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {",
          "        for b in self.0 {",
          '            if f.alternate() { write!(f, "0x{:02x}", b)?; } else { write!(f, "{:02x}", b)?; }',
          "        }",
          "        Ok(())",
          "    }",
          "}",
        ]),
      ]),
      lookups: rustTree,
      findings: [{ messageId: "missingTests" }],
    },
    {
      name: "Java: a package-private class is what its package's tests call directly",
      change: change([added("src/main/java/acme/CallShape.java", csharpShape("").slice(2, -1))]),
      lookups: tree("pom.xml", "src/main/java/acme/CallShape.java", "src/test/java/acme/OtherTest.java"),
      findings: [{ messageId: "missingTests" }],
    },
    {
      name: "Java: a public class",
      change: change([added("src/main/java/acme/CallShape.java", csharpShape("public ").slice(2, -1))]),
      lookups: tree("pom.xml", "src/main/java/acme/CallShape.java", "src/test/java/acme/OtherTest.java"),
      findings: [{ messageId: "missingTests" }],
    },
    {
      name: "Rust: a pub helper with no parent declaring it privately",
      change: change([added("utils/src/alloc_helper.rs", rustAlloc("pub "))]),
      lookups: rustTree,
      findings: [{ messageId: "missingTests" }],
    },
    {
      name: "Rust: a module the changed lib.rs re-exports",
      change: change([added("src/ptr.rs", rustPtr), added("src/lib.rs", ["mod ptr;", "pub use crate::ptr::Own;"])]),
      lookups: ptrTree,
      findings: [{ messageId: "missingTests" }],
    },
  ],
});

// A driver gaining the hook its sibling driver already had, line for line (capybara's edge_driver.rb, set 7).
const driverTree = tree(
  "lib/capybara/selenium/drivers/chrome_driver.rb",
  "lib/capybara/selenium/drivers/edge_driver.rb",
  "spec/selenium_spec_chrome.rb",
  "spec/selenium_spec_edge.rb",
);
const hook = [
  "  def self.extended(base)",
  "    bridge = base.send(:bridge)",
  "    bridge.extend Capybara::Selenium::IsDisplayed unless bridge.commands(:is_element_displayed)",
  "    base.options[:native_displayed] = false if base.options[:native_displayed].nil?",
  "  end",
];
const chromeDriver = ["module Capybara::Selenium::Driver::ChromeDriver", ...hook, "", "  def fullscreen_window(handle)", "    super", "  end", "end"].join(
  "\n",
);
const edgeBase = ["module Capybara::Selenium::Driver::EdgeDriver", "  def download_path=(path)", "    @download_path = path", "  end", "end"].join("\n");
const edgeHead = ["module Capybara::Selenium::Driver::EdgeDriver", ...hook, "", "  def download_path=(path)", "    @download_path = path", "  end", "end"].join(
  "\n",
);
const withSibling = (sibling: string) => {
  const e = changed("lib/capybara/selenium/drivers/edge_driver.rb", edgeBase, edgeHead);
  e.lookups.fileContents.set("lib/capybara/selenium/drivers/chrome_driver.rb", sibling);
  return { change: e.change, lookups: { ...e.lookups, fileTree: driverTree.fileTree } };
};

testRule("tests-required", {
  valid: [{ name: "Ruby: a driver that copies its sibling driver's hook line for line", ...withSibling(chromeDriver) }],
  invalid: [
    {
      name: "Ruby: the same hook when the sibling does not have it is new behaviour",
      ...withSibling(chromeDriver.replace("native_displayed", "native_clicks")),
      findings: [{ messageId: "missingTests" }],
    },
  ],
});
