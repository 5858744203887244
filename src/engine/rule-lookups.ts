import { issueKey, type Lookups, type Needs } from "./rule.js";

/**
 * What one rule asked the source for: its `needs`, and the paths its `laterNeeds` named once the
 * tree was in. The engine fetches what all rules asked for in one batch, but each rule sees only
 * its own part of the answer (lookupsFor): a verdict must not depend on which other rules a team
 * turned on. no-commented-out-code once judged a file's licence by the base texts no-secrets had
 * asked for, and said different things alone and in company.
 */
export interface Asked {
  issues: Set<string>;
  head: Set<string>;
  base: Set<string>;
  tree: boolean;
  copies: boolean;
}

export function askedBy(needs: Needs): Asked {
  return {
    issues: new Set((needs.issues ?? []).map(issueKey)),
    head: new Set(needs.fileContents ?? []),
    base: new Set(needs.baseContents ?? []),
    tree: needs.fileTree === true,
    copies: needs.copyOriginals === true,
  };
}

/** A key that is the same for two rules that asked for the same things, so that they share one view (and its memos). */
export function askedKey(asked: Asked): string {
  const sorted = (s: Set<string>) => [...s].sort().join("\0");
  return [sorted(asked.issues), sorted(asked.head), sorted(asked.base), String(asked.tree), String(asked.copies)].join("\u0001");
}

/** The part of the review's lookups a rule asked for, and what the engine gives every rule (a coverage report). */
export function lookupsFor(asked: Asked, found: Lookups): Lookups {
  const view: Lookups = {
    issues: picked(found.issues, asked.issues),
    fileContents: picked(found.fileContents, asked.head),
  };
  if (found.baseContents) view.baseContents = picked(found.baseContents, asked.base);
  if (asked.issues.size > 0 && found.issuesUnavailable !== undefined) view.issuesUnavailable = found.issuesUnavailable;
  if (found.coverage) view.coverage = found.coverage;
  if (asked.tree && found.fileTree) view.fileTree = found.fileTree;
  if (found.treeNeedsRead) view.treeNeedsRead = true;
  if (asked.copies && found.copyOriginals) view.copyOriginals = found.copyOriginals;
  return view;
}

/** The entries of `map` under `keys`, in the order the rule asked for them (not the order other rules' asks put them in). */
function picked<V>(map: Map<string, V>, keys: Set<string>): Map<string, V> {
  const out = new Map<string, V>();
  for (const k of keys) {
    const v = map.get(k);
    if (v !== undefined) out.set(k, v);
  }
  return out;
}
