import { addedFile, change } from "../helpers/make-change.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { testRule } from "../helpers/rule-tester.js";

// Session 11 (#11): a finding's count and first line are the commented-out code's, and a file is said once per kind.
const added = (path: string, lines: string[]) => change([addedFile(path, lines, 1, { status: "added" })]);
const invalid: InvalidCase[] = [];
const valid: ValidCase[] = [];

// ---- 1. a test's one-word section label under the block is not a line of it ----
const ASSERTS = Array.from({ length: 9 }, (_, i) => `            //lines[${i}].ShouldBeEquivalentTo("line ${i}");`);
const HELP_TEST = (after: string) => [
  "public class HelpTextTests",
  "{",
  "    [Fact]",
  "    public void Error_lines()",
  "    {",
  "        var lines = text.ToNotEmptyLines();",
  ...ASSERTS,
  after,
  "    }",
  "}",
];
invalid.push(
  {
    // commandline ec4eb7c8cb: nine commented asserts, then `// Teardown`; the judge counted 9, the rule said 10.
    name: "C#: nine commented asserts over `// Teardown` are nine lines",
    change: added("tests/HelpTextTests.cs", HELP_TEST("            // Teardown")),
    findings: [{ messageId: "commentedOut", line: 7, data: { count: 9 } }],
  },
  {
    name: "C#: a tenth commented statement under them is counted",
    change: added("tests/HelpTextTests.cs", HELP_TEST("            //Assert.Empty(lines);")),
    findings: [{ messageId: "commentedOut", line: 7, data: { count: 10 } }],
  },
);

// ---- 2. a class commented out whole is one block from its first line, every commented line counted ----
const TEST_CLASS = [
  "//namespace FakeItEasy.Tests.Core.Creation",
  "//{",
  "//    using System;",
  "//    using NUnit.Framework;",
  "",
  "//    [TestFixture]",
  "//    public class DefaultFakeAndDummyManagerTests",
  "//    {",
  "//        private IFakeObjectContainer container;",
  "//        private DefaultFakeAndDummyManager manager;",
  "",
  "//        [Test]",
  "//        public void CreateDummy_should_return_dummy_from_container()",
  "//        {",
  "//            // Arrange",
  "//            var fake = A.Fake<IFoo>();",
  "",
  "//            // Act",
  "//            var result = this.manager.CreateDummy(typeof(IFoo));",
  "",
  "//            // Assert",
  "//            Assert.That(result, Is.SameAs(fake));",
  "//        }",
  "//    }",
  "//}",
];
invalid.push(
  {
    // FakeItEasy c03786ca62: the whole 551-line file was commented out; the rule said "122 lines from line 23".
    name: "C#: a test class commented out whole is said from line 1 with all its 21 commented lines",
    change: added("tests/DefaultFakeAndDummyManagerTests.cs", TEST_CLASS),
    findings: [{ messageId: "commentedOut", line: 1, data: { count: 21 } }],
  },
  {
    name: "C#: a live note between two commented blocks is neither counted nor their start",
    change: added("src/Manager.cs", [
      "//this.container = A.Fake<IFakeObjectContainer>();",
      "//this.manager = new Manager(this.container);",
      "",
      "// Then start the manager",
      "",
      "//this.manager.Start();",
    ]),
    findings: [{ messageId: "commentedOut", line: 1, data: { count: 3 } }],
  },
);

invalid.push({
  name: "C#: a copyright line over a commented class is no fragment of it",
  change: added("tests/OldTests.cs", ["// Copyright (c) Fake Corp. All rights reserved.", "", ...TEST_CLASS]),
  findings: [{ messageId: "commentedOut", line: 3, data: { count: 21 } }],
});

// ---- 3. one finding per file and kind ----
const VB_TESTS = [
  "public class VisualBasicRuleBuilderTests",
  "{",
  "    [Test]",
  "    public void AssertWasCalled_should_set_IsAssertion()",
  "    {",
  "        //var config = this.CreateBuilder(new RecordedCallRule());",
  "        //config.AssertWasCalled(x => true);",
  "    }",
  "",
  "    [Test]",
  "    public void AssertWasCalled_should_throw()",
  "    {",
  "        //var ex = Assert.Throws<InvalidOperationException>(() => this.builder.AssertWasCalled(x => true));",
  '        //Assert.That(ex.Message, Is.EqualTo("Only RecordedCallRules can be used."));',
  "        //Console.WriteLine(ex.Message);",
  "    }",
  "}",
];
invalid.push(
  {
    // FakeItEasy 663b75e9db: two tests of one new class with their bodies commented out were two findings.
    name: "C#: two tests' commented-out bodies are one finding that names the second's line",
    change: added("tests/VisualBasicRuleBuilderTests.cs", VB_TESTS),
    findings: [{ messageId: "commentedOutAlso", line: 6, data: { count: 2, also: " (also on line 13)" } }],
  },
  {
    // Session 16: one finding per file; debug prints are code to delete like the rest (jimfs ab0f5129c5).
    name: "TS: commented-out debug prints and commented-out code are one finding",
    change: added("src/a.ts", [
      "export function a(x: number): number {",
      "  // console.log(x);",
      "  // console.log(x * 2);",
      "  return x;",
      "}",
      "",
      "export function b(y: number): number {",
      "  // y = normalise(y);",
      "  return y;",
      "}",
    ]),
    findings: [{ messageId: "commentedOutAlso", line: 2, data: { count: 2, also: " (also on line 8)" } }],
  },
);

valid.push({
  name: "C#: a class's live comments are no fragments of code (nothing commented out)",
  change: added("src/Manager.cs", ["// Set up the manager", "public class Manager", "{", "    // Then start it", "    public void Start() { }", "}"]),
});

testRule("no-commented-out-code", { valid, invalid });
