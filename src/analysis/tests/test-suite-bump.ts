import type { ChangedFile } from "../../model/change.js";

// A project whose parser or engine is tested against a shared suite published as a package
// (`postcss-parser-tests`, `test262`, a `*-fixtures` package) adds the case for a fix to that package,
// releases it, and bumps it beside the fix: postcss be364fd838 "Fix end position in empty Custom
// Properties" bumps `postcss-parser-tests` to 8.5.1, whose one change is that case (set 32, judged *wrong*
// as untested). The bump is the change's tests.

/** Manifests whose dependency lines are read: npm's, Cargo's, Python's, Bundler's and Go's. */
const MANIFEST = /(?:^|\/)(?:package\.json|Cargo\.toml|pyproject\.toml|requirements[\w.-]*\.txt|Gemfile|go\.mod)$/;
/** A dependency named for tests: `postcss-parser-tests`, `@scope/test-suite`, `test262`, `html5lib-tests`, `foo-fixtures` (not a test library: `rack-test`, `testify`). */
const SUITE_NAME = /^(?:@[\w.-]+\/)?(?:[\w.-]*[-_.])?(?:tests|test-?suite|testsuite|fixtures|conformance|test262)$/i;
/** A dependency line with a version: `"name": "^1.2.3"`, `name = "1.2"`, `name==1.2`, `gem "name", "~> 1.2"`, `github.com/x/name v1.2.3`. */
const DEPENDENCY = [
  /^\s*"((?:@[\w.-]+\/)?[\w.-]+)"\s*:\s*"[^"]*\d/,
  /^\s*([\w.-]+)\s*=\s*(?:"[^"]*\d|\{[^}]*version\s*=\s*"[^"]*\d)/,
  /^\s*([\w.-]+)\s*(?:\[[^\]]*\])?\s*(?:==|>=|~=|<=)\s*\d/,
  /^\s*gem\s+["']([\w.-]+)["']\s*,\s*["'][^"']*\d/,
  /^\s*(?:require\s+)?[\w.-]+(?:\/[\w.-]+)*\/([\w.-]+)\s+v\d/,
];

// A git submodule moved to another commit, as git and GitHub show it: the one added line `Subproject commit <sha>`.
const SUBMODULE_BUMP = /^Subproject commit [0-9a-f]{7,64}(?:-dirty)?$/;
/** A submodule named for a shared suite: `suite`, `tests`, `spec`, `testdata`, or a suite's name (`JSON-Schema-Test-Suite`). */
const SUITE_FOLDER = /^(?:suite|tests?|specs?|test-?data|[\w.-]*[-_.](?:tests?|suite))$/i;

/**
 * Whether the change bumps a git submodule that holds a shared test suite: referencing dc62987658 "Ignore $ref suitably when
 * calculating $ids" moves its `suite` submodule (python-jsonschema/referencing-suite) to the commit with the cases for it
 * (set 40, judged *wrong* as untested). The bump is the change's tests, as a suite package's is (see above).
 */
function bumpsTestSubmodule(file: ChangedFile): boolean {
  if (file.status !== "modified" || file.addedLines.length !== 1 || !SUBMODULE_BUMP.test(file.addedLines[0].text.trim())) return false;
  const name = file.path.slice(file.path.lastIndexOf("/") + 1);
  return SUITE_FOLDER.test(name) || SUITE_NAME.test(name);
}

/** Whether the change's edit of this manifest bumps a dependency named for tests, or moves a suite's submodule (see above). */
export function bumpsTestSuite(file: ChangedFile): boolean {
  if (bumpsTestSubmodule(file)) return true;
  if (file.status !== "modified" || !MANIFEST.test(file.path)) return false;
  return file.addedLines.some((l) => DEPENDENCY.some((re) => SUITE_NAME.test(re.exec(l.text)?.[1] ?? "")));
}
