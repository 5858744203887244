import type { Change, ChangedFile } from "../../model/change.js";
import { testsChangedElsewhere } from "../tests-changed-elsewhere.js";
import { projectRoot, sourceStems, testCovers, testStem } from "../../text/test-conventions.js";
import { indexImports } from "../../text/test-imports.js";
import { packageRootOf, testsProject, type RepoLayout } from "../../text/test-layout.js";
import type { TestsMode } from "./source-context.js";

// Which of the change's tests cover a source: by name, by import, or by project (the `mode` option).

/**
 * Which changed tests cover a source file. Always: same name in the same project, or an import of
 * it. In auto mode also: any test file the change touches in the same project (its nearest package
 * root, or one that holds it): a feature file, a caller's updated test, an e2e test or test data.
 * A reviewer asks for tests only when the change touches none.
 */
export function coverage(tests: ChangedFile[], mode: TestsMode, layout: RepoLayout | undefined, change: Change): (source: ChangedFile) => ChangedFile[] {
  if (mode === "any") return () => tests;
  const paired = coverageIndex(tests);
  // Tests the change edits further away: named for the source, where a finding would send its author, or for the issue it fixes.
  const elsewhere = testsChangedElsewhere(tests, change, mode, layout);
  if (mode === "paired") return (src) => orElse(paired(src), () => elsewhere(src));
  // Without the file tree, the project is guessed from the path (packages/a/ before its src/).
  const rootOf = (path: string) => (layout ? packageRootOf(path, layout) : projectRoot(path));
  const projects = tests.map((t) => ({ t, root: rootOf(t.path) }));
  // Sources share a handful of project roots: each root's tests are listed once, not once per source.
  const byRoot = new Map<string, ChangedFile[]>();
  return (src) => {
    const found = paired(src);
    if (found.length > 0) return found;
    const root = rootOf(src.path);
    let inRoot = byRoot.get(root);
    if (!inRoot) byRoot.set(root, (inRoot = projects.filter(({ root: r }) => testsProject(r, root, layout)).map(({ t }) => t)));
    return orElse(inRoot, () => elsewhere(src));
  };
}

function orElse<T>(found: T[], next: () => T[]): T[] {
  return found.length > 0 ? found : next();
}

/**
 * Which changed tests cover a source file: same name in the same project, or an import of it.
 * Tests are indexed by the name they test and by what they import, so pairing stays linear in
 * the number of files.
 */
function coverageIndex(tests: ChangedFile[]): (source: ChangedFile) => ChangedFile[] {
  const byStem = new Map<string, ChangedFile[]>();
  for (const t of tests) byStem.set(testStem(t.path), [...(byStem.get(testStem(t.path)) ?? []), t]);
  const importers = indexImports(tests);
  return (src) => {
    const byName = sourceStems(src.path)
      .flatMap((stem) => byStem.get(stem) ?? [])
      .filter((t) => testCovers(t.path, src.path));
    return [...byName, ...importers(src.path).filter((t) => !byName.includes(t))];
  };
}
