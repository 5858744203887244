import type { Change } from "../model/change.js";
import { changeMessages } from "../text/change-messages.js";

/** A verb of porting, in any tense: port, backport, forward-port. */
const PORT = /\b(?:back|forward[- ]?)?port(?:ed|s|ing)?\b/i;
/**
 * One of the project's release lines named as where the code goes or comes from: `to 4.x`, `from
 * 3.x`, `into the 2.x branch`, `to release/4.0`, or the line in brackets, `(4.x)`, `[4.x]`. A bare
 * version ("port to Python 3.12", "ported to Go 1.22") names a platform, not a line of this project.
 */
const RELEASE_LINE = /\b(?:to|from|into|onto|on)\s+(?:the\s+)?(?:v?\d+(?:\.\d+)*\.x\b|release[-/]v?\d+(?:\.\d+)*\b)|[([]v?\d+(?:\.\d+)*\.x[)\]]/i;
/** Characters of a subject read: a subject is a line, and what the author wrote is hostile input. */
const SUBJECT_CHARS = 200;

const byChange = new WeakMap<Change, boolean>();

/**
 * Whether the change says, in its title or a commit's subject, that it ports code from one of the
 * project's release lines to another: quartznet's "Port JSON configuration and scheduling data
 * support to 4.x" and "Port: Add Redis-based distributed lock handler (Quartz.Redis) (4.x)" bring
 * 3.x code the project reviewed there into the 4.x tree, in files the change adds (#10). The
 * structural findings on such files (a 74-line `ObtainLock`, a `ReadTriggers` of cognitive
 * complexity 43) were judged "not worth saying" (set 18): the shape is the other line's, kept so
 * the two can be compared and fixed together. copy-originals.ts cannot see it: the other line is
 * not in the tree at base.
 *
 * The message is the author's word, so a caller lets it quiet only the structural rules, only on
 * the files the change adds, and as an option the strict preset turns off (as saysPortAtVersion).
 */
export function saysReleaseLinePort(change: Change): boolean {
  let says = byChange.get(change);
  if (says === undefined) {
    says = changeMessages(change).some((t) => {
      const subject = t.split("\n", 1)[0].slice(0, SUBJECT_CHARS);
      return PORT.test(subject) && RELEASE_LINE.test(subject);
    });
    byChange.set(change, says);
  }
  return says;
}
