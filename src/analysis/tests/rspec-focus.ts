import type { Lookups } from "../../engine/rule.js";

/**
 * RSpec runs focused examples alone only when the suite says so: `config.filter_run_when_matching :focus` (or
 * `filter_run :focus`, `filter_run_including focus: true`) in its spec helper, or `--tag focus` in `.rspec`. Without it,
 * `focus: true`, `fit` and `fdescribe` are inert metadata: every example still runs, and "makes the runner skip every
 * other test" is false. Set 42: rack-test's `it "…", focus: true do`, in a suite with no `.rspec` and no filter in
 * `spec_helper.rb`, judged *wrong* twice. Jest, Mocha, Jasmine and the others always run a focused test alone.
 */

const SPEC_FILE = /(^|\/)spec\/(?:.+\/)?[^/]+_spec\.rb$/;
// The setting that makes focus filter the run, in a helper or `.rspec`.
const FOCUS_FILTER = /\bfilter_run(?:_when_matching|_including)?\b[^\n]{0,80}\bfocus\b|--tag[= ]+(?:~?)focus\b/;

/** The files where an RSpec suite configures itself, for a spec file: its `spec/` folder's helpers and the project's `.rspec`. */
export function rspecConfigPaths(specPath: string): string[] {
  const m = SPEC_FILE.exec(specPath);
  if (!m) return [];
  // The project's root: what comes before its `spec/` folder (`gems/a/` in a monorepo, nothing at the top).
  const project = specPath.slice(0, m.index + m[1].length);
  return [`${project}spec/spec_helper.rb`, `${project}spec/rails_helper.rb`, `${project}.rspec`, `${project}.rspec-local`];
}

/**
 * Whether a focused RSpec example is inert: the tree is known, and of the suite's config files (rspecConfigPaths) those
 * that exist were all read and none filters on focus. Unknown (no tree, a file unread) counts as configured.
 */
export function rspecFocusInert(specPath: string, found: Lookups): boolean {
  const configs = rspecConfigPaths(specPath);
  if (configs.length === 0 || !found.fileTree) return false;
  const tree = new Set(found.fileTree);
  for (const path of configs.filter((p) => tree.has(p))) {
    const text = found.fileContents.get(path);
    if (text === undefined || FOCUS_FILTER.test(text.slice(0, 200_000))) return false;
  }
  return true;
}
