/**
 * A read of a clock, what a benchmark or a calibration measures with: Java's `System.nanoTime()`,
 * .NET's `Stopwatch`, Python's `time.perf_counter()`, JavaScript's `performance.now()`, Go's
 * `time.Now()`, Rust's `Instant::now()`.
 */
const CLOCK =
  /\b(?:System\.(?:nanoTime|currentTimeMillis)|Stopwatch\b|time\.(?:time|perf_counter|perf_counter_ns|monotonic|process_time|Now|Since)|timeit\b|performance\.now|Date\.now|process\.hrtime|hrtime\b|Instant(?:::|\.)now|Time\.now|Process\.clock_gettime|microtime|hrtime\()/;
/** Lines of a function read for a clock: a measuring helper is short, and the file is hostile input. */
const MAX_LINES = 400;

/**
 * Whether commented prints in test code report what the function around them measures: slf4j's BogoPerf
 * (set 14) reads `System.nanoTime()` and keeps `// System.out.println(bogoIPS + " bogoIPS");` for when
 * a performance test is calibrated. The print is the measurement's report switch, off while the tests
 * run, not a leftover. `prints` says the commented lines are all prints; `body` is the function's text.
 */
export function reportsMeasurement(prints: boolean, body: string[]): boolean {
  return prints && body.slice(0, MAX_LINES).some((l) => CLOCK.test(l));
}

// A call that reports a figure, on any receiver (`System.out.println(…)`, `UnityEngine.Debug.LogFormat(…)`, `log.info(…)`).
const REPORT = /(?:^|[.\s:])(?:print\w{0,10}|puts|pp?|[Ll]og\w{0,12}|[Ww]rite(?:Line)?|[Dd]ebug|[Ii]nfo|[Dd]ump|echo)!?\s*\(/;
// A check of a test (`assertEquals(…)`, `expect(x)`, `x.should…`, `Assert.That`): commented out, a test no longer tests it.
const CHECK = /\b(?:assert\w*|expect|should\w*|verify|require\.\w+)\s*[.(]|\bAssert\./i;

/**
 * Whether commented-out test code is a whole benchmark switched off: it reads a clock and prints, and checks nothing,
 * in the commented lines themselves (MessagePack-CSharp 0e4dc467fc's Unity `SimpleTest`: Stopwatch timings of JsonUtility against
 * MessagePack, each logged, parked under a new experiment; set 21, not worth saying). As with a report switch, it is
 * kept off while the tests run and switched back on to measure. Reads MAX_LINES at most.
 */
export function switchedOffBenchmark(lines: string[]): boolean {
  const read = lines.slice(0, MAX_LINES);
  return read.some((l) => CLOCK.test(l)) && read.some((l) => REPORT.test(l)) && !read.some((l) => CHECK.test(l));
}
