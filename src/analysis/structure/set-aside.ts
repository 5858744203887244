import type { Lookups } from "../../engine/rule.js";
import type { ChangedFile, Change } from "../../model/change.js";
import { isRestored } from "../../model/restored-lines.js";
import { hasSyntax, headText } from "../../syntax/change-facts.js";
import { classifyBuiltIn, isTestPath } from "../../text/test-conventions.js";
import { isTranslationFile } from "../../text/translation-files.js";
import { declaresKotestSpec } from "../kotest-specs.js";
import { quietCommitType } from "../behaviour-change.js";
import { benchmarkCode } from "../benchmark-code.js";
import type { Measure } from "../function-verdicts.js";
import { inRootToolFolder } from "../imported-code.js";
import { refreshesCopiedFolder } from "../initial-import.js";
import { notAuthored } from "../not-authored.js";
import { inRegeneratedFolder } from "../package-scripts.js";
import { productTooling } from "../product-tooling.js";

// Files and changes whose functions the structure rules do not judge: build scripts, tooling, examples, reverts, lint fixes.

/**
 * Build scripts and tool configs are configuration written as code: `sourceSets { … }` blocks,
 * `karma.conf.js`'s one exported function, a gulpfile's tasks. Reviewers don't hold them to
 * function-size limits (judged on held-out histories, session 4). A `noxfile.py` or `fabfile.py`
 * is the same for Python: alembic's nox sessions, lists of test settings (session 8).
 */
const BUILD_SCRIPTS = /(^|\/)([^/]*\.gradle\.kts|[\w.-]+\.conf(?:ig)?\.[cm]?[jt]s|[Gg]runtfile\.[cm]?[jt]s|[Gg]ulpfile\.[cm]?[jt]s|noxfile\.py|fabfile\.py)$/;

export function reviewsStructure(file: ChangedFile, change?: Change): boolean {
  return (
    hasSyntax(file) &&
    notAuthored(file.path, change) === undefined &&
    !BUILD_SCRIPTS.test(file.path) &&
    // Tooling in a root dot-folder is not the product (see inRootToolFolder).
    !inRootToolFolder(file.path) &&
    // A language's translation table (validator's 960-line `RegisterDefaultTranslations`, judged
    // "not worth saying" six times on held-out histories, session 6) is data from a template.
    !isTranslationFile(file.path)
  );
}

/**
 * A commit that undoes another restores code already reviewed once: nothing structural to say.
 * Its subject says so (git's `Revert "…"`); a squash whose body lists a revert among other work is
 * not one. Only a hint: the files it quiets are those the source found restored (see isRestored).
 */
const REVERT = /^Revert\b/;

export function restoresEarlierCode(change: Change): boolean {
  return change.commits.length > 0 && change.commits.every((c) => REVERT.test(c.message));
}

/** A conventional-commit prefix (`chore:`, `style(fmt)!:`), read past to what the subject says. */
const CONVENTIONAL_PREFIX = /^\s*[a-z]+(\([^)]*\))?!?:\s*/i;

/**
 * A change that says it fixes a linter's findings ("chore: fix a giant pile of annoying clippy
 * lints", "Satisfy rubocop"): it rewrites lines the linter named, and the function it nudges over
 * a limit is not one it set out to change. A lint fix is no place to ask for a refactor (tracing
 * 2b5bd7f4, judged "not worth saying" on held-out histories, session 6). Only growth under
 * `min_growth` is let be: a title cannot hide a block added under it.
 */
export function fixesLints(change: Change): boolean {
  return quietCommitType({ title: change.title.replace(CONVENTIONAL_PREFIX, ""), commits: change.commits }, ["style"]);
}

/**
 * Tests, and what only tests use: helpers, mocks and test infrastructure (`internal/testutil/`, a
 * `conftest.py`, goose's `internal/testdb/` container launchers, judged "not worth saying" on set 27)
 * are judged with the tests, as `check_tests` says: a helper in a test file is not judged by default,
 * nor is one in a file of helpers.
 */
function isTestCode(path: string): boolean {
  return isTestPath(path) || classifyBuiltIn(path) === "support";
}

/** A file whose functions the rule does not judge, by its path or how the change came by it. */
export function setAside(file: ChangedFile, change: Change, found: Lookups, measure: Measure, reverts: boolean): boolean {
  if (!reviewsStructure(file, change) || (measure.tests === false && isTestCode(file.path))) return true;
  if (measure.tests === false && declaresKotestSpec(file.path, headText(file, found))) return true;
  // A revert's file that puts back what the reverted commit deleted, as the source read from that commit's
  // own diff: reviewed once already. The subject alone is the author's word (any commit may say `Revert`).
  if (reverts && isRestored(file)) return true;
  // Another project's copy the change refreshes ("Update toml-test"): its functions are upstream's.
  if (refreshesCopiedFolder(file.path, change)) return true;
  // A folder a package script deletes and rebuilds (hono's `rimraf deno_dist && denoify`): build output.
  if (inRegeneratedFolder(file.path, found.baseContents?.get("package.json"))) return true;
  if (measure.examples === false && EXAMPLE_PROGRAMS.test(file.path)) return true;
  return measure.tools !== true && devTooling(file.path);
}

/**
 * The repository's development tooling: top-level `tools/`, `scripts/`, `dev/` folders, and its
 * benchmark harness (benchmark-code.ts). Scripts the maintainers run (alembic's `tools/toxnox.py`, a port of tox's
 * generative environments to nox, judged "not worth saying" on held-out histories, session 8) do
 * not ship; reviewers do not hold them to the product's structure limits. Only at the root: a
 * package's own `src/tools/` is product code. A project's docs site at the root (`docs/`, `website/`,
 * `website2/`: formik's Docusaurus and Next.js sites, their page components' length judged "not worth
 * saying" on held-out histories, session 9) is not the product either.
 *
 * A root folder named for performance measurement (`perf/`, hono's `perf-measures/`, whose CI
 * benchmark script's `main` was judged "not worth saying", session 17) is a benchmark harness too,
 * beside the benchmark folders and projects benchmark-code.ts knows. And one product's `tools/` in a
 * repository of several (see product-tooling). In any case: .NET repositories capitalise them
 * (Terminal.Gui's `Scripts/PartialSplitter/Program.cs`, a Roslyn helper its maintainers run, whose
 * length and complexity were judged "not worth saying", set 26).
 */
export const devTooling = (path: string) =>
  /^(?:tools|scripts|dev|perf(?:[-_][a-z]+)*|docs|website\d*|docs-site)\//i.test(path) || benchmarkCode(path) || productTooling(path);

/**
 * Example programs: tutorials a project ships beside its library (mio's `examples/udp_server.rs`),
 * under whichever of the usual names: `samples/` and `demos/` too (mordant's `samples/` colour
 * palette printer, its loops inlined in a "Clean up demo" commit, judged "not worth saying",
 * session 12), and `toys/`/`playground/` (StackExchange.Redis's `toys/` in-process server, session 15).
 */
const EXAMPLE_PROGRAMS = /(^|\/)_?(?:examples?|samples?|demos?|toys?|playgrounds?)\//;
