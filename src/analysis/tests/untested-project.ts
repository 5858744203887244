import { type Lookups } from "../../engine/rule.js";
import type { ChangedFile } from "../../model/change.js";
import { type CodeChange } from "../code-change.js";
import { onlyCallsRemote } from "../tests-remote-call.js";
import { addsOnlyHelpers, internalOnly } from "../tests-internal-only.js";
import { languageWithoutTests } from "../tests-untested-language.js";
import { headText } from "../../syntax/change-facts.js";
import { componentHasTests, platformWithoutTests, projectHasTests, type RepoLayout } from "../../text/test-layout.js";
import type { SourceContext } from "./source-context.js";
import { fileView } from "./file-view.js";

// Sources a test request would not fit: a project without tests, code only its own module reaches.

/**
 * The change only adds internal helpers to the file (see addsOnlyHelpers): no function that was
 * there does anything new, so what the new code changes for users goes through its callers.
 */
export function onlyNewDeclarations(f: ChangedFile, c: CodeChange, fresh: Set<number>, found: Lookups): boolean {
  const { facts, textLines: lines, had } = fileView(f, found);
  if (!facts || !lines) return false;
  return addsOnlyHelpers(fresh, lines, facts.functions, had, [...c.removedCode.keys()]);
}

/** The file's code is visible only inside its module (see internalOnly); a Rust module's parent is read among the change's sources. */
export function internalCode(f: ChangedFile, ctx: SourceContext): boolean {
  const text = fileView(f, ctx.found).text;
  if (text === undefined) return false;
  const parents = f.path.endsWith(".rs")
    ? ctx.sources
        .filter((s) => s !== f && /(^|\/)(lib|main|mod)\.rs$/.test(s.path))
        .flatMap((s) => {
          const t = headText(s, ctx.found);
          return t === undefined ? [] : [{ path: s.path, text: t }];
        })
    : [];
  return internalOnly(f.path, text, parents);
}

/**
 * A project with no test files at all has no convention to follow, a platform with no test
 * harness no way to run one. Nor a component with no tests whose new code only posts to a
 * remote service: its first test would only check a mock.
 */
export function untestedProject(f: ChangedFile, fresh: Set<number>, layout: RepoLayout | undefined, found: Lookups): boolean {
  return layout !== undefined && (untestedAtAll(f, layout) || (!componentHasTests(f.path, layout) && remoteOnly(f, fresh, found)));
}

/** The part of untestedProject read off the layout alone: no tests in the file's project, or no harness for its platform or its language. */
export function untestedAtAll(f: ChangedFile, layout: RepoLayout): boolean {
  return !projectHasTests(f.path, layout) || platformWithoutTests(f.path, layout) || languageWithoutTests(f.path, layout);
}

/** The file's fresh code only calls a remote address (see onlyCallsRemote). */
function remoteOnly(f: ChangedFile, fresh: Set<number>, found: Lookups): boolean {
  const lines = fileView(f, found).textLines;
  return lines !== undefined && onlyCallsRemote(fresh, (l) => lines[l - 1] ?? "");
}
