import type { Change } from "../../model/change.js";
import { disablingLines, namingWords, namesCode } from "../said-disabled.js";

// The change's own words (title, commit messages) that account for code it switches off.

/**
 * Whether the change's own words account for a comment's code: a line of its title or of a commit
 * message says it disables something and names something in the code (`* Now disable checkstyle
 * until we can fix them all` over `// apply(plugin = "checkstyle")`).
 */
export function disabledByMessage(change: Change): (lines: string[], test: boolean) => boolean {
  // The title counts like any message line: it has to name the code it switches off (said-disabled.ts).
  const said = disablingLines(change);
  const failing = failureParagraphs(change);
  if (said.length === 0 && failing.length === 0) return () => false;
  const named = new Set([...said, ...failing].flatMap(namingWords));
  // A failure said of a test ("rustc ICEs when trying to test it"), or tests said switched off ("Kill the
  // quickcheck tests until…"): the test code commented out is what the words speak of, and only that.
  const ofTests = [...failing, ...said].some((p) => TESTS_WORD.test(p));
  return (lines, test) => (test && ofTests) || namesCode(named, lines);
}

// Why code is off, in a commit message: it crashes, hangs, is flaky, or the compiler has an internal error on
// it (Rust's "ICE"). (itertools 97008934e0: "unfortunately rustc ICE's when trying to test it".) Not "fails" or
// "breaks": a message says those of what the change replaces ("this breaks our MSRV policy").
const FAILURE = /\b(crash(es|ed|ing)?|segfaults?|panics|panicked|hangs|hanging|deadlocks?|flaky|flakiness|times out|internal compiler error)\b|\bICE('?s)?\b/;
const TESTS_WORD = /\b(tests?|testing|specs?)\b/i;
/** Characters of commit messages read for a reason: a message is hostile input, and a reason is said early. */
const MESSAGE_READ = 4000;

/**
 * The sentences of the change's commit messages (wrapped lines joined) that say something fails,
 * unless the change fixes it ("Fix crash on empty input").
 */
function failureParagraphs(change: Change): string[] {
  return change.commits.flatMap((c) =>
    c.message
      .slice(0, MESSAGE_READ)
      .split(/\n\s*\n|[.;!?](?:\s|$)/)
      .map((p) => p.replace(/\s+/g, " ").trim())
      .filter((p) => FAILURE.test(p) && !/\b(fix|fixes|fixed|fixing)\b/i.test(p)),
  );
}

/** A subject scoped to a name (`upgrade: temporarily comment out for fix.`) that says code is commented out or disabled. */
const SCOPED_DISABLING = /^\s*([\w.-]{3,40})\s*:\s*[^\n]{0,80}?\b(?:comment(?:s|ed|ing)?\s+out|disabl\w*)\b/i;

/**
 * Whether a commit's subject (or the title), scoped to the file's name, says it comments out or disables code
 * there: Homebrew 5424db1263's "upgrade: temporarily comment out for fix." over `cmd/upgrade.rb` (judged not worth
 * saying on set 32). The scope must be the file's own name without its extension, and the words explicit ("comment
 * out", "disable"): "temporarily" alone, or a folder's name, quiets nothing.
 */
export function fileDisabledByMessage(change: Change): (path: string) => boolean {
  const subjects = [change.title, ...change.commits.slice(0, 50).map((c) => c.message.split("\n", 1)[0])].map((l) => l.slice(0, 200));
  const scopes = new Set(subjects.flatMap((l) => SCOPED_DISABLING.exec(l)?.[1].toLowerCase() ?? []));
  if (scopes.size === 0) return () => false;
  return (path) => {
    const name = path.slice(path.lastIndexOf("/") + 1).toLowerCase();
    const dot = name.indexOf(".");
    return scopes.has(dot > 0 ? name.slice(0, dot) : name);
  };
}
