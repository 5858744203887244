import { editsIn } from "../helpers/edits.js";
import { testRuleBeforeCalibration as testRule } from "../helpers/pre-calibration.js";

/**
 * A public method that only forwards to the same operation of each variant it may hold (a Rust
 * enum calling each inner class's `try_case_fold_simple`) is tested through those variants: not
 * asked about. A dispatch whose arms do something else still is.
 */

const edit = editsIn([
  "Cargo.toml",
  "pom.xml",
  "Json.Tests/ReaderTests.cs",
  "build.gradle.kts",
  "tests/test_lib.rs",
  "src/test/java/x/ClientTest.java",
  "src/test/kotlin/x/ClientTest.kt",
]);

const rustBase = [
  "impl Class {",
  "    pub fn case_fold_simple(&mut self) {",
  "        match *self {",
  "            Class::Unicode(ref mut x) => x.case_fold_simple(),",
  "            Class::Bytes(ref mut x) => x.case_fold_simple(),",
  "        }",
  "    }",
  "}",
];
const rustHead = (arms: string[]) => [
  ...rustBase.slice(0, -1),
  "",
  "    pub fn try_case_fold_simple(",
  "        &mut self,",
  "    ) -> result::Result<(), CaseFoldError> {",
  "        match *self {",
  ...arms,
  "        }",
  "        Ok(())",
  "    }",
  "}",
];
const javaBase = ["class Shape {", "  public double area() {", "    return 0;", "  }", "}"];
const javaHead = (arms: string[]) => [
  "class Shape {",
  "  public double area() {",
  "    return 0;",
  "  }",
  "  public double perimeter() {",
  "    switch (kind) {",
  ...arms,
  "      default: throw new IllegalStateException();",
  "    }",
  "  }",
  "}",
];
const csBase = ["public class Node {", "  public int Size() {", "    return 0;", "  }", "}"];
const csHead = (arms: string[]) => [
  "public class Node {",
  "  public int Size() {",
  "    return 0;",
  "  }",
  "  public int Depth() {",
  "    switch (Kind) {",
  ...arms,
  "      default: throw new ArgumentOutOfRangeException();",
  "    }",
  "  }",
  "}",
];
const ktBase = ["class Value {", "  fun size(): Int {", "    return 0", "  }", "}"];
const ktHead = (arms: string[]) => [
  "class Value {",
  "  fun size(): Int {",
  "    return 0",
  "  }",
  "  fun encode(): String {",
  "    when (this) {",
  ...arms,
  "    }",
  "  }",
  "}",
];

testRule("tests-required", {
  valid: [
    {
      name: "Rust: an enum's method that calls each variant's own (try_)case_fold_simple",
      ...edit([
        "src/hir.rs",
        rustBase,
        rustHead(["            Class::Unicode(ref mut x) => x.try_case_fold_simple()?,", "            Class::Bytes(ref mut x) => x.case_fold_simple(),"]),
      ]),
    },
    {
      name: "Java: a switch whose cases each return the variant's perimeter()",
      ...edit([
        "src/main/java/x/Shape.java",
        javaBase,
        javaHead(["      case CIRCLE: return circle.perimeter();", "      case SQUARE: return square.perimeter();"]),
      ]),
    },
    {
      name: "C#: a switch whose cases each return the variant's Depth()",
      ...edit(["Json/Node.cs", csBase, csHead(["      case Kind.Leaf: return leaf.Depth();", "      case Kind.Branch: return branch.Depth();"])]),
    },
    {
      name: "Kotlin: a when whose branches each call the variant's encode()",
      ...edit(["src/main/kotlin/x/Value.kt", ktBase, ktHead(["      is Text -> text.encode()", "      is Number -> number.encode()"])]),
    },
  ],
  invalid: [
    {
      name: "Rust: arms that call other operations are behaviour of their own",
      ...edit([
        "src/hir.rs",
        rustBase,
        rustHead(["            Class::Unicode(ref mut x) => x.negate(),", "            Class::Bytes(ref mut x) => x.canonicalize(),"]),
      ]),
      findings: [{ messageId: "missingTests", path: "src/hir.rs" }],
    },
    {
      name: "Java: cases that compute are behaviour of their own",
      ...edit(["src/main/java/x/Shape.java", javaBase, javaHead(["      case CIRCLE: return 2 * Math.PI * r;", "      case SQUARE: return 4 * side;"])]),
      findings: [{ messageId: "missingTests", path: "src/main/java/x/Shape.java" }],
    },
    {
      name: "C#: a case that forwards to another operation is behaviour of its own",
      ...edit(["Json/Node.cs", csBase, csHead(["      case Kind.Leaf: return leaf.Depth();", "      case Kind.Branch: return branch.Children.Count();"])]),
      findings: [{ messageId: "missingTests", path: "Json/Node.cs" }],
    },
  ],
});
