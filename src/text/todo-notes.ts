/**
 * Comments shaped like a TODO that are not work items: an `XXX` that only explains (an "NB"), and the
 * TODOs an IDE's project template writes into every new project.
 */

// What makes an XXX a work item: a question, or a word that names something to do or undo.
const ASKS = /\?/;
const ACTION =
  /\b(workaround|hack\w*|temporar\w*|remov\w*|delet\w*|move|check|fix\w*|should|must|todo|later|someday|eventually|until|revisit|replace|refactor\w*|investigat\w*|figure|clean\s?up|add|implement\w*|broken|bug|wrong|ugly|better|slow|optimi[sz]e|rac(y|e)|leak\w*|hard-?coded|unsafe|incorrect|fail\w*|crash\w*)\b/i;

/**
 * Whether an `XXX` comment (its whole block, marker included) is a note, not a task: it neither asks
 * nor names an action ("XXX: This is used to enable mouse mode on Windows. We need to reinitialize
 * the cancel reader…" explains the code below it). Only XXX: TODO and FIXME say "to do" by their name.
 */
export function xxxIsNote(block: string): boolean {
  const words = block.replace(/^[\s\S]*?XXX\s*:?/, "");
  return !ASKS.test(words) && !ACTION.test(words);
}

// A folder of examples: `examples/`, `typing-examples/`, `code_examples/`.
const EXAMPLES = /(^|\/)[\w-]*examples?\//i;

/**
 * Whether an `XXX` sits in an example file, where it marks what the example shows (attrs'
 * `typing-examples/pyrefly.py`: `vs.e = "foo"  # XXX: should only allow the literals we know`, a
 * type checker's limitation noted beside the line it accepts), not work for this project.
 */
export function xxxInExample(path: string): boolean {
  return EXAMPLES.test(path);
}

// Visual Studio's and other IDEs' project templates: "TODO: Load state from previously suspended
// application", "TODO: Save application state and stop any background activity", "TODO: Add your
// initialization code here". Every project made from the template has them; they are nobody's plan.
const TEMPLATE_TODO =
  /^\W{0,4}(Load state from previously suspended application|Save application state and stop any background activity|Add your [\w\s-]{1,40} here\b|Add constructor logic here|Add code here)/i;

/** Whether the words after a TODO marker are an IDE project template's boilerplate. */
export function isTemplateTodo(afterMarker: string): boolean {
  return TEMPLATE_TODO.test(afterMarker.slice(0, 200));
}

// A TODO that tells a reader how to switch something on ("TODO uncomment to use LiveData in Test",
// "TODO: uncomment if you need the mock server"): an instruction for whoever copies the sample, not
// work for the team. Not "uncomment when #12 is fixed": that one waits on something.
const READER_INSTRUCTION = /^\W{0,4}(uncomment|enable|comment out)\b[^.\n]{0,60}?\b(to use|to enable|to try|to see|to run|to debug|if you)\b/i;

/** Whether the words after a TODO marker tell a reader how to use the code, not what is left to do. */
export function isReaderInstruction(afterMarker: string): boolean {
  return READER_INSTRUCTION.test(afterMarker.slice(0, 200));
}
