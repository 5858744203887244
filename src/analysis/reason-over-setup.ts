import { explains } from "../syntax/commented-code.js";
import { explainsWhy } from "./parked-code.js";
import { blankStrings } from "../text/string-literals.js";

/** Live lines that may sit between a reason and the code it speaks of: the setup the reason also brings in. */
const MAX_BETWEEN = 2;
/** A comment line, by its mark. */
const COMMENT_LINE = /^\s*(?:\/\/|#|\/\*|\*)/;
/** A line that opens a function, class or block (`def parse_message`, `it("…", () => {`, `if x:`): a scope, not setup. */
const OPENS_SCOPE = /^\s*(?:def|class|module|function|fn|func|fun|public|private|protected|static|async)\b|[{(:[]\s*$|\bdo(?:\s*\|[^|]*\|)?\s*$|=>\s*$/;
/** An issue or pull request the reason points at. */
const ISSUE_LINK = /https?:\/\/\S+\/(?:issues|pull|pulls)\/\d+/;
/** A reason that something is off for a while: "for now", "temporarily", "avoid …", "disabled". */
const FOR_A_WHILE = /\b(?:for now|for the time being|temporar\w*|avoid\w*|disabl\w*)\b/i;

/**
 * Whether a reason sits over a commented-out block with only a line or two of live setup between
 * them, and names what the block calls: jotai e7749470e9 "// Avoid using fake timers for now:
 * https://github.com/pmndrs/jotai/issues/1498", then `const FAKE_TIMEOUT = 50`, then `// beforeEach(() => {`
 * `//   jest.useFakeTimers()`. Two adjacent words of the reason make up a name in the code ("fake timers",
 * `useFakeTimers`), or one word is a whole name of it: the reason is about this code, not the setup alone.
 */
export function reasonOverSetup(code: string[], start: number, lineAt: (n: number) => string | undefined): boolean {
  let n = start - 1;
  for (let between = 0; between <= MAX_BETWEEN; between++, n--) {
    const text = lineAt(n);
    if (text === undefined || text.trim() === "") return false;
    if (COMMENT_LINE.test(text)) break;
    // A setup statement of the same block: not a function, class or block that the reason would be the doc of.
    if (between === MAX_BETWEEN || OPENS_SCOPE.test(text)) return false;
  }
  if (n === start - 1) return false; // right over the code: the other checks read that
  const reason: string[] = [];
  for (let text = lineAt(n); text !== undefined && COMMENT_LINE.test(text) && reason.length < 5; text = lineAt(--n)) reason.unshift(text.trim());
  const said = reason.join(" ");
  if (!ISSUE_LINK.test(said) && !FOR_A_WHILE.test(said) && !explainsWhy(said) && !reason.some((l) => explains(l))) return false;
  return namesTheCode(said.replace(/https?:\/\/\S+/g, " "), code);
}

/** Whether the reason's words name one of the code's identifiers: two adjacent words joined, or one whole. */
function namesTheCode(reason: string, code: string[]): boolean {
  // Names the code uses, not the words of its strings: fsnotify 24f7c1a98e's parked
  // `t.Fatal("… events have not been received …")` under "… to be received almost immediately, but
  // let's wait" over `time.Sleep(500e6)` is not named by that sentence (judged agree, set 15).
  const names = new Set(
    (
      code
        .map((l) => blankStrings(l))
        .join("\n")
        .match(/[A-Za-z_$][\w$]{3,80}/g) ?? []
    ).map((n) => n.toLowerCase().replace(/_/g, "")),
  );
  const words = (reason.match(/[A-Za-z][A-Za-z0-9_]*/g) ?? []).map((w) => w.toLowerCase());
  for (let i = 0; i < words.length; i++) {
    if (words[i].length >= 6 && names.has(words[i])) return true;
    const pair = words[i] + (words[i + 1] ?? "");
    if (i + 1 < words.length && words[i].length >= 3 && words[i + 1].length >= 3 && [...names].some((n) => n.includes(pair))) return true;
  }
  return false;
}
