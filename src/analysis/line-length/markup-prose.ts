// A line of running text in markup (a JSX page's paragraph, an HTML or Vue template's copy): prose, like a comment.

// Files whose lines may be markup text: JSX and TSX (a JS file may hold JSX), HTML and the component templates.
const MARKUP_FILE = /\.(?:[cm]?jsx?|tsx|html?|vue|svelte|astro)$/;
// A script, where a line is markup text only when it shows a tag of its own (`… <strong>assertions</strong> …`).
const SCRIPT_FILE = /\.(?:[cm]?jsx?|tsx)$/;
// An inline tag, opening or closing, with its attributes (`<strong>`, `<a href="…">`, `</p>`, `<br />`).
const TAG = /<\/?[A-Za-z][\w.:-]{0,40}(?:\s[^<>]{0,300})?\/?>/g;
const HAS_TAG = new RegExp(TAG.source);
// What code has and running text does not: brackets, braces, an assignment, a statement's end, an arrow.
const CODE_MARK = /[{}()[\]=;<>|&$\\]/;
// A line opening with a keyword is a statement, however wordy (`return a and b`, `export default …`).
const KEYWORD =
  /^(?:return|import|export|const|let|var|if|else|case|throw|await|yield|from|typeof|new|function|class|async|default|for|while|do|switch|try|catch)\b/;
// Running text: this many words at least (a label or a name is shorter).
const MIN_WORDS = 8;
// Only so much of a line is read: a longer one is judged as written.
const MAX_READ = 2000;

/**
 * Whether `text`, a line of the file at `path`, is running text inside markup (kotest's docs homepage: "Kotest is a
 * <strong>multiplatform</strong> Kotlin testing framework featuring …", judged not worth saying in set 21): once its
 * inline tags are set aside, words and punctuation with nothing of code. Wrapping it changes no behaviour and reads
 * no better in a diff, so, like a comment's prose, its length is said only when the team asks for comments too.
 * Linear in the line's first MAX_READ characters.
 */
export function markupProse(path: string, text: string): boolean {
  if (!MARKUP_FILE.test(path) || text.length > MAX_READ) return false;
  if (SCRIPT_FILE.test(path) && !HAS_TAG.test(text)) return false;
  const words = text.replace(TAG, " ").trim();
  if (!/^[\p{L}"'“‘]/u.test(words) || KEYWORD.test(words) || CODE_MARK.test(words)) return false;
  return words.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= MIN_WORDS;
}
