// Where benchmark harnesses live (see src/analysis/benchmark-code.ts for why each shape): here, below the analysis,
// because test-layout.ts must not name a benchmark project's file as a source's test either.
const BENCH_FOLDER = /^(?:(?!(?:src|lib)\/)[^/]+\/){0,2}(?:bench|benches|benchmarks?)\//i;
const BENCHMARK_PROJECT = /(?:^|\/)[\w.-]*\w[.\-_](?:bench|benches|benchmarks?)\//i;

/** Whether the path is a benchmark harness's: a root or package `bench/` folder, or a project named for benchmarks. */
export const benchmarkCode = (path: string) => BENCH_FOLDER.test(path) || BENCHMARK_PROJECT.test(path);
