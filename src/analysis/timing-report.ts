/**
 * A timing report (#11, session 15): a print whose value is a measured duration, read off a stopwatch or taken as the
 * difference of two clock readings (`watch.ElapsedMilliseconds`, `start.elapsed()`, `time.perf_counter() - t0`,
 * `System.nanoTime() - start`, `Date.now() - start`, `time.Since(start)`). Its figure is what the code ran to learn:
 * Dapper's `RunSequentialVersusParallel` times the same batch with and without pipelining and prints both, asserting
 * nothing (judged wrong on set 14). Nobody labels a value they only glance at with how long something took.
 */
const MEASURED =
  /\.Elapsed(?:Milliseconds|Ticks)?\b|\belapsed\w{0,30}\b|\b(?:System\.)?(?:nanoTime|currentTimeMillis)\s*\(\s*\)\s*-|\b(?:time\.)?(?:time|perf_counter|monotonic|perf_counter_ns|monotonic_ns)\s*\(\s*\)\s*-|\b(?:Date\.now|performance\.now|process\.hrtime(?:\.bigint)?)\s*\([^)]{0,40}\)\s*-|\btime\.Since\s*\(|\bmeasureTime(?:Millis|Nanos)?\b|\bmeasureNanoTime\b/i;

// A string literal: its words are the label (`"elapsed: "`), not the value printed.
const STRING = /(["'`])(?:\\.|(?!\1)[^\\]){0,400}\1/g;

/** Whether a print's arguments (the text after its opening bracket, at most a line) hold a measured duration. */
export function reportsTiming(args: string): boolean {
  return MEASURED.test(args.slice(0, 400).replace(STRING, '""'));
}
