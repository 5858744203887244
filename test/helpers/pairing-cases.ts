import type { InvalidCase, ValidCase } from "./rule-tester.js";

/**
 * Pairing tables judge which tests cover which files on any code: their fixtures are a few lines of
 * statements, not new functions. Whether a change adds behaviour worth a test (the default
 * `new_behaviour_only`) is tested on its own in tests-required-behaviour.test.ts.
 */
export function pairingOnly(cases: { valid: ValidCase[]; invalid: InvalidCase[] }): { valid: ValidCase[]; invalid: InvalidCase[] } {
  const any = <T extends ValidCase>(c: T): T => ({ ...c, options: { new_behaviour_only: false, ...c.options } });
  return { valid: cases.valid.map(any), invalid: cases.invalid.map(any) };
}
