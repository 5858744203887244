/**
 * Which of several tests is named most like a source (#11, set 22): parsel's
 * `scrapy/selector/lxmlsel.py` is run by both `test_selector_libxml2.py` (the other backend's
 * tests) and `test_selector_lxml.py`, and a finding that names the first sends the author to the
 * wrong backend. The test whose name shares the longest run of letters with the source's
 * (`lxml`) is the one a reviewer would point to.
 */

/** Names are cut to this many letters: the score is quadratic in them. */
const MAX_NAME = 64;

/** The words a test's file name adds to its subject's (`test_`, `_spec`, `Tests`). */
const TEST_WORDS = /^(?:[Tt]ests?)(?=[_\-.A-Z]|$)|(?:[_\-.](?:tests?|specs?)|Tests?|Specs?)$/g;

/** A file's name without folders, extension and test words, in lower case, letters and digits only. */
function stem(path: string, test: boolean): string {
  let name = (path.split("/").pop() ?? path).replace(/\..*$/, "");
  if (test) name = name.replace(TEST_WORDS, "");
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "")
    .slice(0, MAX_NAME);
}

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
  const subject = stem(source, false);
  let best = tests[0];
  let score = best === undefined ? 0 : Math.max(MIN_RUN - 1, commonRun(subject, stem(best.path, true)));
  for (const t of tests.slice(1)) {
    const s = commonRun(subject, stem(t.path, true));
    if (s > score) [best, score] = [t, s];
  }
  return best;
}
