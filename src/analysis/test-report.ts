/**
 * A test's printed report: a block of prints, line after line (a blank line between them allowed), at least three,
 * most of which label what they show (`"Longest sequence  " + s.getLongestTotalSleepSequence()`, `"All Sleeps: " + …`,
 * `"Backoff frequencies:"`). Someone laid it out for a reader of the test run, as a simulation or calibration test
 * reports the distribution it measured; a glance at a value is one bare print, or two (jimfs' pair of hex dumps
 * before `fail(…)`, agreed), not an aligned table of labels.
 *
 * Set 20: spring-retry's RetrySimulationTests (`System.out.println(backOffPolicy)` then three labelled lines, each value
 * asserted below) and ExponentialRandomBackOffPolicyTests' "Ran N backoff trials" report, judged not worth saying.
 * Line-based, 1-based line numbers; the walk is bounded.
 */

/** Prints a report must hold, and how many of them must carry a label (and at least half). */
const MIN_PRINTS = 3;
const MIN_LABELLED = 2;
/** How far the walk goes either way, in lines. */
const REACH = 16;

/**
 * Whether the print at `line` is one of a report block: `isPrint` says a line prints, `isLabelled` that its text
 * holds a word of its own besides placeholders.
 */
export function inTestReport(head: string[], line: number, isPrint: (l: string) => boolean, isLabelled: (l: string) => boolean): boolean {
  const prints = [line];
  for (const step of [-1, 1]) {
    let at = line + step;
    let gap = 0;
    while (at >= 1 && at <= head.length && Math.abs(at - line) <= REACH) {
      const text = head[at - 1];
      if (text.trim() === "") {
        if (++gap > 1) break;
      } else if (isPrint(text)) {
        prints.push(at);
        gap = 0;
      } else break;
      at += step;
    }
  }
  if (prints.length < MIN_PRINTS) return false;
  const labelled = prints.filter((l) => isLabelled(head[l - 1])).length;
  return labelled >= MIN_LABELLED && labelled * 2 >= prints.length;
}
