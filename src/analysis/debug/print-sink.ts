// A print handed on as a value: the default of a replaceable output function (hoplite's
// `private var reportPrintFn: Print = { println(it) }`, `reportPrintFn ?: { println(it) }`, a
// parameter's `val reportPrintFn: Print = { println(it) }`; JavaScript's `onWarn = (msg) => console.log(msg)`).
// Nothing is printed there: the lambda is where the library's report goes unless the user says otherwise
// (set 32, three findings judged wrong).

// Assigned, a default or a fallback: not an argument (`list.forEach({ println(it) })`, `.then((x) => console.log(x))` dump values).
/** A Kotlin, Swift or Groovy lambda opened as a value (`= {`, `?: {`, `: {`), with its parameter if named (`{ msg ->`). */
const BRACE_LAMBDA = /(?:[=:]|\?:|\?\?|\|\|)\s*\{\s*(?:(\w+)\s*(?::\s*\w+\s*)?->\s*)?$/;
/** A JavaScript arrow function opened as a value (`= (msg) =>`, `onWarn: m =>`, `?? ((m: string) =>`). */
const ARROW = /(?:[=:]|\?\?|\|\|)\s*\(?\s*(?:\(\s*(\w+)\s*(?::[^)]{0,40})?\)|(\w+))\s*=>\s*\{?\s*$/;

/**
 * Whether the print at `before` … `opened` (the text before the call, and its arguments from the
 * opening parenthesis) is a lambda's whole body, handing on the lambda's one parameter: a print sink.
 */
export function printSink(before: string, opened: string): boolean {
  const brace = BRACE_LAMBDA.exec(before);
  const arrow = brace ? undefined : ARROW.exec(before);
  if (!brace && !arrow) return false;
  const param = brace ? (brace[1] ?? "it") : (arrow![1] ?? arrow![2]);
  const handed = /^\(\s*(\w+)\s*\)\s*;?\s*([})]|$)/.exec(opened);
  return handed !== null && handed[1] === param;
}
