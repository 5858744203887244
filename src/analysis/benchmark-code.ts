/**
 * A benchmark harness: code that measures the product, run by its maintainers, never shipped. One
 * answer for every rule that asks (the structural rules leave its functions alone; pr-size does not
 * count it as code to review).
 *
 * - A `bench/`, `benches/` (Cargo's), `benchmark/` or `benchmarks/` folder at the root (parking_lot's
 *   `benchmark/src/rwlock.rs`, rand's `benches/benches/seq_choose.rs`: judged "not worth saying", sets
 *   11 and 14), or a monorepo package's (zod's `packages/bench/memory/`, 683 lines of exploratory
 *   memory benchmarks counted by pr-size; `packages/zod/bench/`): up to two folders deep, not under
 *   a `src/` or `lib/`, where a library about benchmarking keeps its product code.
 * - A folder named for the project it measures and "benchmark" (.NET's `src/RESPite.Benchmark/`,
 *   `Foo.Benchmarks/`, `foo-bench/`), wherever it sits: StackExchange.Redis's benchmark console
 *   `Main` and its pipelining loops were judged "not worth saying" (session 15).
 */
export { benchmarkCode } from "../text/benchmark-paths.js";
