/**
 * A print whose own comment says what it is for: ktor 77b095467a's `println("Test passes") // To observe System.out`
 * writes to the stream the test has just checked, on purpose (judged wrong in set 19). A leftover carries no
 * such note; a note that calls it temporary ("debug", "remove later", "TODO") says the opposite.
 */

// A purpose: an infinitive ("to observe", "in order to flush"), a consequence ("so CI shows it") or a word for intent.
const PURPOSE = /^(?:to\s+[a-z]{3,}|in\s+order\s+to\b|so\s+(?:that\s+)?[a-z]{2,})|\b(?:intentional(?:ly)?|deliberate(?:ly)?|on\s+purpose|by\s+design)\b/i;
const TEMPORARY = /\b(?:debug\w*|remove\w*|delete\w*|temp\w*|todo|fixme|xxx|hack\w*|later)\b/i;
// The comment after the print's closing parenthesis: `) // …`, `); # …`, `) -- …`, with no parenthesis or quote in it.
const TRAILING = /\)\s{0,8};?\s{0,8}(?:\/\/|#|--)\s{0,8}([^()"'`]{3,200})$/;

/** Whether the text after a print's name (`rest`: its arguments and what follows) ends in a comment stating the print's purpose. */
export function statesPurpose(rest: string): boolean {
  const note = TRAILING.exec(rest.slice(-400))?.[1].trim();
  return note !== undefined && PURPOSE.test(note) && !TEMPORARY.test(note);
}
