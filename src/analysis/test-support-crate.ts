// A Rust crate made for a project's tests: its folder named `<name>-test`, `<name>-tests`, `<name>-testing`,
// `<name>-test-utils` (or `_`), `test-utils`, `testutils`, `test-support` (sqlx's `sqlx-test/src/lib.rs`, rustls's
// `rustls-test/`). Cargo builds it as a dev-dependency: it runs inside `cargo test`, never in a release.
const TEST_CRATE = /(^|\/)(?:[\w-]{1,80}[-_](?:tests?|testing|test[-_]utils?|test[-_]support)|test[-_]?utils?|test[-_]support)\/(?:src|tests|benches)\//;

/**
 * Whether a Rust file belongs to a crate made for tests: what it prints is a test's output, which libtest holds back
 * and shows only for a failing test (sqlx 6674e8ba96's `println!("{query}")` in a test macro, judged not worth saying).
 * Rust only: a JVM module named `*-test` may be a library users' tests import (koin-test), whose main sources ship.
 */
export function inTestSupportCrate(path: string): boolean {
  return path.endsWith(".rs") && TEST_CRATE.test(path);
}
