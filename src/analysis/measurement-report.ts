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
