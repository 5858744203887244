import type { Language } from "./languages.js";

/** Patterns over masked code (strings and comments blanked), per language family. */
interface TestSyntax {
  /** A line that declares a test case. */
  declaration: RegExp;
  /** Something that checks a result. */
  assertion: RegExp;
  /** A test that will not run. */
  skipped: RegExp;
  /** A test that makes the others not run. */
  focused?: RegExp;
}

const JS: TestSyntax = {
  declaration:
    /(^|[^\w.$])(it|test|specify)(\.(each|concurrent|skip|only|todo|failing)(\([^)]*\))?)*\s*\(|(^|[^\w.$])(xit|xtest|fit)\s*\(|(^|\s)@Test\b|\[(Fact|Theory|Test|TestMethod)\b/,
  assertion:
    /\b(expect|assert|expectTypeOf|assertType)\b|\bshould\w*|\.(to|toBe|toEqual|toMatch|toThrow|rejects|resolves)\b|\b(t|tap)\.(equal|same|ok|throws|match|assert)|\bAssert\.|\bverify\s*\(|\.Should\(|\bassert\w*\s*\(/,
  skipped:
    /(^|[^\w.$])(it|test|describe|context|suite)\.skip\b|(^|[^\w.$])(xit|xtest|xdescribe|xcontext)\s*\(|@(Ignore|Disabled)\b|\[(Fact|Theory)\s*\(\s*Skip\s*=|\[Ignore\b/,
  focused: /(^|[^\w.$])(it|test|describe|context|suite)\.only\b|(^|[^\w.$])(fit|fdescribe|fcontext)\s*\(/,
};

const SYNTAX: Partial<Record<Language, TestSyntax>> = {
  "c-like": JS, // Java, Kotlin and C# share the c-like family; their annotations are covered above
  python: {
    declaration: /^\s*(async\s+)?def\s+test\w*\s*\(/,
    assertion: /\bassert\b|\.assert\w*\s*\(|\bpytest\.(raises|warns|approx)\b|\bself\.fail\b|\bexpect\s*\(/,
    skipped: /@(pytest\.mark\.(skip|xfail)|unittest\.skip\w*)\b|\bpytest\.skip\s*\(|\bself\.skipTest\s*\(/,
  },
  go: {
    declaration: /^\s*func\s+(Test|Fuzz|Example)\w*\s*\(/,
    assertion: /\bt\.(Error|Errorf|Fatal|Fatalf|Fail|FailNow)\b|\b(assert|require)\.\w+\s*\(|\bif\b.*!=|\bcmp\.Diff\b|\bExpect\s*\(/,
    skipped: /\bt\.(Skip|Skipf|SkipNow)\s*\(/,
  },
  rust: {
    declaration: /#\[(tokio::|async_std::)?test\]/,
    assertion: /\b(assert|assert_eq|assert_ne|debug_assert|assert_matches)!|#\[should_panic|\bpanic!|\.unwrap_err\(\)|\bis_err\(\)/,
    skipped: /#\[ignore\b/,
  },
  ruby: {
    declaration: /^\s*(it|specify|scenario|test)\b\s*(["'(]|do\b|\{)|^\s*def\s+test_\w*/,
    assertion: /\b(expect|assert\w*|refute\w*|must_\w+|wont_\w+)\b|\.should\b|\bis_expected\b/,
    skipped: /^\s*(xit|xspecify|skip|pending)\b/,
    focused: /^\s*(fit|fdescribe|fcontext)\b|\bfocus:\s*true\b/,
  },
  php: {
    declaration: /\bfunction\s+test\w*\s*\(|@test\b|#\[Test\]|^\s*(it|test)\s*\(/,
    assertion: /\$this->(assert|expect)\w*|\bself::assert\w*|\bexpect\s*\(|\bAssert::/,
    skipped: /->markTestSkipped\s*\(|->markTestIncomplete\s*\(|->skip\s*\(|#\[Skip\b/,
    focused: /->only\s*\(/,
  },
};

export function testSyntaxFor(lang: Language): TestSyntax | undefined {
  return SYNTAX[lang];
}
