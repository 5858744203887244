import { declaresKotestSpec } from "../../src/analysis/kotest-specs.js";

describe("declaresKotestSpec", () => {
  it.each([
    "class DiscoveryTestWithSelectors : FunSpec({",
    "internal class A(val x: Int) : io.kotest.core.spec.style.DescribeSpec() {",
    "object B : StringSpec(",
    "abstract class C : BehaviorSpec({",
  ])("finds %s", (decl) => expect(declaresKotestSpec("src/jvmTest/kotlin/A.kt", `package a\n\nimport x\n\n${decl}\n   test("a") {}\n})`)).toBe(true));
  it.each([
    ["src/main/kotlin/A.kt", "class FunSpecBuilder : Builder({"],
    ["src/main/kotlin/A.kt", "val s = FunSpec({ })"],
    ["src/main/java/A.java", "class A : FunSpec({"],
    ["src/main/kotlin/A.kt", "class A : Spec() {"],
  ])("not in %s: %s", (path, text) => expect(declaresKotestSpec(path, text)).toBe(false));
});
