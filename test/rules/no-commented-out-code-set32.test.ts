import { changed } from "../helpers/base-head.js";
import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";

// Set 32 (#10), judged *wrong*: circuit b2ace315cb's test notes the expected state as `// entryList = [ScreenC, ScreenB, …]`
// (Kotlin has array literals in annotations only: notation, not code). Left: rollup c9e96c29e6's `// foo="aa \n aa"`,
// the JSX case the next block handles (a placeholder name; but the issue names `// foo.bar()` as code, so names cannot tell).
// Judged *not worth saying*: mkdocs 9cc8f24981 updates lunr-languages, whose files' banners name their home and licence.
const KT = "circuit-foundation/src/commonTest/kotlin/com/slack/circuit/foundation/navstack/SaveableNavStackTest.kt";
const kotlin = (comment: string[]) =>
  changed(
    KT,
    ["class SaveableNavStackTest {", "  @Test fun push() {", "    navStack.push(ScreenB)", "  }", "}", ""].join("\n"),
    [
      "class SaveableNavStackTest {",
      "  @Test fun push() {",
      "    navStack.push(ScreenB)",
      "    navStack.push(ScreenC)",
      "",
      ...comment.map((l) => `    ${l}`),
      "    assertEquals(ScreenC, navStack.currentRecord?.screen)",
      "  }",
      "}",
      "",
    ].join("\n"),
  );
const LUNR = "mkdocs/contrib/search/lunr-language/lunr.ta.js";
const BANNER = [
  "/*!",
  " * Lunr languages, `Tamil` language",
  " * https://github.com/tvmani/lunr-languages",
  " *",
  " * Copyright 2021, Manikandan Venkatasubban",
  " * http://www.mozilla.org/MPL/",
  " */",
];
const LUNR_BODY = [
  "(function(root, factory) {",
  "  factory()(root.lunr);",
  "}(this, function() {",
  "  return function(lunr) {",
  "    lunr.ta = function() {",
  "      this.pipeline.reset();",
  "      // if (this.searchPipeline) {",
  "      //   this.searchPipeline.reset();",
  "      //   this.searchPipeline.add(lunr.ta.stemmer);",
  "      // }",
  "    };",
  "  };",
  "}));",
];
const fresh = (path: string, lines: string[]) => ({ change: change([addedFile(path, lines, 1, { status: "added" })]) });

testRule("no-commented-out-code", {
  valid: [
    {
      name: "Kotlin: a test's note of the expected list, `[a, b]` notation",
      ...kotlin(["// At the top (ScreenC), currentIndex = 0", "// entryList = [ScreenC, ScreenB, ScreenA, RootAlpha]"]),
    },
    { name: "Kotlin: the notation alone", ...kotlin(["// entryList = [ScreenC, ScreenB, ScreenA, RootAlpha]"]) },
    { name: "JavaScript: another project's file, its banner naming its home, added by a library update", ...fresh(LUNR, [...BANNER, ...LUNR_BODY]) },
  ],
  invalid: [
    {
      name: "JavaScript: the same code with no banner of another project still counts",
      ...fresh(LUNR, LUNR_BODY),
      findings: [{ messageId: "commentedOut", line: 7 }],
    },
    {
      // Two lines: a test's single commented line is not said (calibrated before), a block is.
      name: "Kotlin: disabled steps with a list built by a call still count",
      ...kotlin(["// val entryList = listOf(ScreenC, ScreenB, ScreenA, RootAlpha)", "// navStack.reset(entryList)"]),
      findings: [{ messageId: "commentedOut", line: 6 }],
    },
  ],
});
