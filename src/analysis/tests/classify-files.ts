import { notAuthored } from "../not-authored.js";
import { globMatcher } from "../../config/glob-option.js";
import { type Lookups } from "../../engine/rule.js";
import type { Change, ChangedFile } from "../../model/change.js";
import { codeChange, removedFileCode } from "../code-change.js";
import { isDocsCode } from "../tests-docs-snippets.js";
import { inPlaygroundFolder } from "../playground-folder.js";
import { testBesideItsSubject } from "../../text/test-beside-subject.js";
import { classifyBuiltIn, type FileKind } from "../../text/test-conventions.js";
import { layoutOf, maintainerScript, translationTable, type RepoLayout } from "../../text/test-layout.js";

// Which of a change's files are sources, tests, test support or neither, and which sources may need tests.

/**
 * Source files that may need tests. Deletions and pure renames (no additions) change no
 * behaviour worth a test. Build output (`dist/axios.js` rebuilt by a release) and vendored code:
 * nothing the author could test (dependencies' copies and generated code: see notTestableSource). Nor a maintainer's script beside the product (`sponsors.php` at
 * the root of a `src/` project), nor one language's table among its siblings (see translationTable).
 */
export function changedSources(
  change: Change,
  kinds: Map<ChangedFile, FileKind>,
  judged: Set<string> | undefined,
  layout: RepoLayout | undefined,
): ChangedFile[] {
  return change.files.filter(
    (f) =>
      kinds.get(f) === "source" &&
      f.status !== "removed" &&
      f.additions > 0 &&
      !judged?.has(f.path) &&
      !notAuthored(f.path, change) &&
      !(layout && (maintainerScript(f.path, layout) || translationTable(f.path, layout))),
  );
}

/** Code the change removed from source files: where moved code comes from. */
export function removedSourceCode(change: Change, kinds: Map<ChangedFile, FileKind>, found: Lookups): Array<Map<string, number>> {
  return [
    ...change.files.filter((f) => kinds.get(f) === "source" && f.status === "removed").map((f) => removedFileCode(f, found)),
    // A file the change only deleted from (helpers moved out of it) is where moved code comes from too.
    ...change.files
      .filter((f) => kinds.get(f) === "source" && f.status !== "removed" && f.additions === 0 && f.deletions > 0)
      .map((f) => codeChange(f, found).removedCode),
  ];
}

/** The layout of a file tree, once per tree: laterNeeds and check both read it. */
const layouts = new WeakMap<string[], RepoLayout>();
export function repoLayout(tree: string[]): RepoLayout {
  let layout = layouts.get(tree);
  if (!layout) layouts.set(tree, (layout = layoutOf(tree)));
  return layout;
}

/** The options of tests-required that say which files are sources and tests. */
export interface ClassifyOptions {
  ignore: string[];
  tests: string[];
  source: string[];
  replace_conventions: boolean;
}

/**
 * A Unity project's editor script that builds or exports the release (`Assets/Scripts/Editor/PackageExporter.cs`, the
 * menu item that writes the `.unitypackage`): Unity compiles an `Editor/` folder into the editor only, never into a
 * build, and an exporter or build script is release tooling (Cysharp's ZString and Ulid: judged not worth a test request
 * on sets 43 and 46). Other editor scripts may be an editor extension's product, and stay source.
 */
const UNITY_RELEASE_TOOL = /(^|\/)Assets\/(?:[^/]+\/)*Editor\/(?:[^/]+\/)*(?:\w*Exporter|Export\w*|Build(?:er|Script|Pipeline|Release)?\w*|\w*Release\w*)\.cs$/;

export function classifier(opts: ClassifyOptions, tree?: Set<string>): (path: string) => FileKind {
  const ignored = globMatcher(opts.ignore);
  const extraTests = globMatcher(opts.tests);
  const extraSource = globMatcher(opts.source);
  return (path) => {
    if (ignored(path)) return "other";
    if (extraTests(path)) return "test";
    if (extraSource(path)) return "source";
    if (opts.replace_conventions) return "other";
    const kind = classifyBuiltIn(path);
    if (kind === "source" && isDocsCode(path)) return "other";
    // A maintainers' playground or root sandbox app, run by hand to try the library out, never shipped (MemoryPack's
    // `sandbox/SandboxConsoleApp/Program.cs`: two test requests judged not worth saying on set 41).
    if (kind === "source" && inPlaygroundFolder(path)) return "other";
    if (kind === "source" && UNITY_RELEASE_TOOL.test(path)) return "other";
    // With the tree: a test named for the file beside it, without a separator (`ziptest.rb` for `zip.rb`).
    if (kind === "source" && tree && testBesideItsSubject(path, tree)) return "test";
    return kind === "source" && RUST_TEST_MODULE.test(path) ? "test" : kind;
  };
}

/**
 * A Rust module's tests kept in a file of their own beside it (`src/uri/tests.rs`, declared by
 * `#[cfg(test)] mod tests;`): tests, though they sit in `src/`. (Code in a Gradle test source set,
 * `src/jvmTest/…`, is a test by the built-in conventions: see test-conventions.)
 */

const RUST_TEST_MODULE = /(^|\/)(tests?|\w+_tests?)\.rs$/;
