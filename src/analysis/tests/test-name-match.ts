import { sourceStems, testStem } from "../../text/test-conventions.js";

/**
 * Which of several tests is named most like a source (#11, set 22): parsel's
 * `scrapy/selector/lxmlsel.py` is run by both `test_selector_libxml2.py` (the other backend's
 * tests) and `test_selector_lxml.py`, and a finding that names the first sends the author to the
 * wrong backend. The test whose name shares the longest run of letters with the source's
 * (`lxml`) is the one a reviewer would point to. Names are read as the pairing reads them
 * (test-conventions.ts: `sourceStems`, `testStem`).
 */

/** Names are cut to this many letters: the score is quadratic in them. */
const MAX_NAME = 64;

/** The length of the longest run of letters the two names share (at most MAX_NAME²  steps). */
function commonRun(a: string, b: string): number {
  let best = 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) if (a[i - 1] === b[j - 1]) best = Math.max(best, (row[j] = previous[j - 1] + 1));
    previous = row;
  }
  return best;
}

/** Shorter runs (`te`, `er`) are shared by chance, so they do not reorder the tests. */
const MIN_RUN = 3;

/** The test among those given whose name shares the longest run (of MIN_RUN letters or more) with the source's; the first on a tie or none. */
export function testNamedMostLike<T extends { path: string }>(source: string, tests: T[]): T | undefined {
  const subject = sourceStems(source)[0].slice(0, MAX_NAME);
  const named = (path: string) => testStem(path).slice(0, MAX_NAME);
  let best = tests[0];
  let score = best === undefined ? 0 : Math.max(MIN_RUN - 1, commonRun(subject, named(best.path)));
  for (const t of tests.slice(1)) {
    const s = commonRun(subject, named(t.path));
    if (s > score) [best, score] = [t, s];
  }
  return best;
}
