import { wordingBranches } from "../../src/analysis/tests-wording-branch.js";

const all = (n: number) => new Set(Array.from({ length: n }, (_, i) => i + 1));
const branches = (text: string[], fresh = all(text.length)) => wordingBranches(fresh, text);

describe("a branch that only picks a message's wording is no new path (#11, judged set 22)", () => {
  it("Java: guice's shorter message behind a flag, above the call it rewords", () => {
    const text = [
      "  public static InternalProvisionException errorInProvider(Throwable cause) {",
      "    if (InternalFlags.enableExperimentalErrorMessages()) {",
      '      return errorInUserCode(ErrorId.ERROR_IN_CUSTOM_PROVIDER, cause, "%s", cause);',
      "    }",
      "    return errorInUserCode(",
      '        ErrorId.ERROR_IN_CUSTOM_PROVIDER, cause, "Error in custom provider, %s", cause);',
      "  }",
    ];
    expect(branches(text, new Set([2, 3, 4]))).toBe(1);
  });

  it("an else arm, in braces or in Python", () => {
    expect(branches(["  if (short) {", '    throw new Error("bad");', "  } else {", "    throw new Error(`bad value: it must be a number`);", "  }"])).toBe(1);
    expect(branches(["    if terse:", "        raise ValueError(f'bad {x}')", "    else:", "        raise ValueError(f'the value {x} is bad')"])).toBe(1);
  });

  it("arms that differ in more than a string are behaviour", () => {
    // Another argument.
    expect(branches(["  if (strict) {", '    throw new Error("bad", 1);', "  }", '  throw new Error("worse", 2);'])).toBe(0);
    // A value returned bare is the result, not a message.
    expect(branches(["  if (n == 1) {", '    return "item";', "  }", '  return "items";'])).toBe(0);
    // An arm that does not leave: both run, one after the other.
    expect(branches(["  if (verbose) {", '    warn("a");', "  }", '  warn("b");'])).toBe(0);
    // A chain of more than two arms.
    expect(branches(["  if (a) {", '    fail("a");', "  } else if (b) {", '    fail("b");', "  }"])).toBe(0);
    // Two statements in the arm.
    expect(branches(["  if (a) {", "    count++;", '    return fail("a");', "  }", '  return fail("b");'])).toBe(0);
  });

  it("only a fresh head with a fresh arm", () => {
    const text = ["  if (a) {", '    return fail("a");', "  }", '  return fail("b");'];
    expect(branches(text, new Set([2]))).toBe(0);
    expect(branches(text, new Set([1]))).toBe(0);
  });
});
