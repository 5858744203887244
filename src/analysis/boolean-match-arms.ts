/**
 * A `match` on a boolean is an `if`/`else` written another way (#11, session 16): indicatif's
 * `match state.is_finished() { true => …, false => … }`, moved out of `current_tick_str`'s
 * `if self.is_finished() { … } else { … }`. The facts count each arm of a `match` as a decision, so
 * the rewrite looks like one more path than the code it replaced; comparing decisions lost and
 * gained (a helper extracted from its callers) should see one.
 */

/** An arm for one boolean value: Rust's `true =>`, Kotlin's `false ->`, Python's `case True:`. */
const BOOLEAN_ARM = /^\s*(?:case\s+)?(?:true|false|True|False)\s*(?:=>|->|:)/;

/** How many decisions the fresh lines' boolean matches add over the `if`/`else` they stand for: one per pair of arms. */
export function booleanMatchExtras(fresh: Iterable<number>, lines: string[]): number {
  let arms = 0;
  for (const l of fresh) if (BOOLEAN_ARM.test(lines[l - 1] ?? "")) arms++;
  return Math.floor(arms / 2);
}
