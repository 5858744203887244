/**
 * Comments shaped like a TODO that are not work items: an `XXX` that only explains (an "NB"), and the
 * TODOs an IDE's project template writes into every new project.
 */

// What makes an XXX a work item: a question, or a word that names something to do or undo.
const ASKS = /\?/;
const ACTION =
  /\b(workaround|hack\w*|temporar\w*|remov\w*|delet\w*|move|check|fix\w*|should|must|todo|later|someday|eventually|until|revisit|replace|refactor\w*|investigat\w*|figure|clean\s?up|add|implement(?:s|ed|ing)?|broken|bug|wrong|ugly|better|slow|optimi[sz]e|rac(y|e)|leak\w*|hard-?coded|unsafe|incorrect|fail\w*|crash\w*)\b/i;

/**
 * Whether an `XXX` comment (its whole block, marker included) is a note, not a task: it neither asks
 * nor names an action ("XXX: This is used to enable mouse mode on Windows. We need to reinitialize
 * the cancel reader…" explains the code below it). Only XXX: TODO and FIXME say "to do" by their name.
 */
export function xxxIsNote(block: string): boolean {
  const words = block.replace(/^[\s\S]*?XXX\s*:?/, "");
  return !ASKS.test(words) && (!ACTION.test(words) || warnsUsers(words));
}

// A warning to the code's users: a shouted "DO NOT USE", or a deprecation notice ("deprecated", "will be removed in
// the next major release"), with nothing asked of the team ("should", "until", "fix", "once").
const SHOUTED_WARNING = /\bDO NOT USE\b|\bDON'T USE\b/;
const DEPRECATION = /\bdeprecated\b|\bwill be removed (?:in|with|by) (?:the |a )?(?:next|future|coming|upcoming) (?:major )?(?:release|version)\b/i;
const TEAM_WORK = /\b(should|must|until|once|fix\w*|todo|later|revisit|replace|refactor\w*|investigat\w*|workaround|bug|broken)\b/i;

/**
 * An XXX used as a warning label (debug-js e2d3bc9e42: "XXX DO NOT USE. This is a temporary stub function." in the
 * doc comment of a deprecated stub, "XXX Temporary. Will be removed in the next major release." beside it): it tells
 * users to keep away, and the removal is the release's, announced already. An XXX that asks the team for work
 * ("XXX: should be removed once …", "XXX: width?") is still a task.
 */
function warnsUsers(words: string): boolean {
  return (SHOUTED_WARNING.test(words) || DEPRECATION.test(words)) && !TEAM_WORK.test(words);
}

// What makes a HACK a work item: it asks (`?`) or says in so many words that something is to be
// undone or done later ("remove this once…", "should be replaced", "needs to be fixed", "to do").
// Not "a hack to fix the breakpoint index" nor "can work around … until X is stable": those explain
// why the code under them exists, which is what a HACK comment is mostly written for.
const HACK_ASKS =
  /\?|\b(?:remove|delete|drop|replace|revert|revisit|undo|fix|clean\s?up|get\s+rid\s+of|rewrite|redo)\s+(?:this|it|me|that|them|once|when|after|before|later)\b|\b(?:should|must|needs?\s+to|has\s+to|ought\s+to)\s+be\s+(?:removed|deleted|dropped|replaced|reverted|revisited|fixed|cleaned|rewritten|redone)\b|\bto\s?do\b|\bFIXME\b|\btemporar(?:y|ily)\b/i;

/**
 * Whether a `HACK` comment (its whole block, marker included) asks for work. A HACK mostly
 * explains a workaround in place (black's "HACK: The following 'if' statement is a hack to fix the
 * custom breakpoint index…", crossbeam's "HACK: This is equivalent to transmute_copy by value, but
 * available in const context even on older rustc…"); it is a task only when it says what is to be done.
 */
export function hackAsks(block: string): boolean {
  return HACK_ASKS.test(block.replace(/^[\s\S]*?HACK\s*:?/, ""));
}

// A folder of examples: `examples/`, `typing-examples/`, `code_examples/`. And a course's exercises (rustlings'
// `exercises/22_clippy/clippy1.rs`: "TODO: Fix the Clippy lint" is the learner's task, judged *wrong* twice on set 35).
const EXAMPLES = /(^|\/)[\w-]*examples?\/|(^|\/)exercises\//i;

/**
 * Whether a file is an example, where a marker notes what the sample shows or leaves out, not work
 * for this project: attrs' `typing-examples/pyrefly.py` (`vs.e = "foo"  # XXX: should only allow the
 * literals we know`, a type checker's limitation beside the line it accepts), gunicorn's
 * `examples/gevent_websocket.py` (`# TODO support iterable messages`, in a sample brought in with
 * another project's code), and a course's `exercises/`, where a TODO is the learner's task.
 */
export function inExample(path: string): boolean {
  return EXAMPLES.test(path);
}

// Visual Studio's and other IDEs' project templates: "TODO: Load state from previously suspended
// application", "TODO: Save application state and stop any background activity", "TODO: Add your
// initialization code here"; Eclipse's "TODO Auto-generated method stub" in every method it generates.
// Every project made from the template has them; they are nobody's plan.
const TEMPLATE_TODO =
  /^\W{0,4}(Load state from previously suspended application|Save application state and stop any background activity|Add your [\w\s-]{1,40} here\b|Add constructor logic here|Add code here|Auto-generated (?:method|constructor) stub|Auto-generated catch block)/i;

// A template's note to whoever adopts it, addressing them about their own project: japaric/trust's CI script
// ("TODO This is the "test phase", tweak it as you see fit"), Android Studio's Baseline Profile module ("TODO Add
// interactions to wait for when your app is fully drawn."). Both copied in whole on set 31, judged not worth saying.
const ADOPTER_NOTE =
  /\b(?:tweak|adjust|change|modify|customi[sz]e|edit)\s+(?:it|this|them)\s+as\s+you\s+see\s+fit\b|\bwhen\s+your\s+app\s+is\s+fully\s+drawn\b/i;

/** Whether the words after a TODO marker are an IDE project template's boilerplate, or a template's note to its adopter. */
export function isTemplateTodo(afterMarker: string): boolean {
  const words = afterMarker.slice(0, 200);
  return TEMPLATE_TODO.test(words) || ADOPTER_NOTE.test(words);
}

// A TODO that tells a reader how to switch something on ("TODO uncomment to use LiveData in Test",
// "TODO: uncomment if you need the mock server"): an instruction for whoever copies the sample, not
// work for the team. Not "uncomment when #12 is fixed": that one waits on something.
const READER_INSTRUCTION = /^\W{0,4}(uncomment|enable|comment out)\b[^.\n]{0,60}?\b(to use|to enable|to try|to see|to run|to debug|if you)\b/i;

/** Whether the words after a TODO marker tell a reader how to use the code, not what is left to do. */
export function isReaderInstruction(afterMarker: string): boolean {
  return READER_INSTRUCTION.test(afterMarker.slice(0, 200));
}

// A TODO that hangs on the code growing ("@todo If this gets any more complex than this, have getIterator use this
// method", whoops f563bfd939; "if this ever becomes a bottleneck, cache it"): a design hint for whoever makes it grow,
// nothing to do now, so an issue for it would be noise (set 22's judge). Only growth of this code: "if it is null"
// or "if the user passes…" is a case left unhandled, still work.
const CONTINGENT_HINT =
  /^\W{0,8}(?:only\s+)?if\s+(?:this|it|that|these|those)\s+(?:ever\s+)?(?:gets?|grows?|becomes?|turns?\s+out\s+to\s+be|proves\s+to\s+be)\s+(?:(?:any|much|a\s+lot|a\s+bit|too|even)\s+)?(?:more\b|big|large|long|slow|complex|complicated|unwieldy|a\s+(?:bottleneck|hot\s*spot|performance\s+(?:issue|problem)))/i;

/** Whether the words after a TODO marker are a hint for if the code ever grows, not work left to do. */
export function isContingentHint(afterMarker: string): boolean {
  return CONTINGENT_HINT.test(afterMarker.slice(0, 200));
}

// A TODO that waits for a version (#10): "once MSRV >= 1.62, use `then_some`", "once support for
// Go 1.16 is dropped", "when we drop Python 3.7", "after Rails 7". Whoever raises the minimum
// version greps for it, so it is found by its trigger, not lost. The version names a platform,
// language or framework (an integer is enough then: "Rails 7", "Java 11"), or any name with a
// dotted version ("jackson 2.12"); "once step 2 is done" names none.
const PLATFORM = String.raw`(?:rustc?|go(?:lang)?|python|py|pypy|cpython|node(?:\.?js)?|deno|bun|java|jdk|jre|kotlin|scala|groovy|php|ruby|jruby|rails|django|flask|react|vue|angular|typescript|ts|\.net|dotnet|net|netstandard|netcoreapp|net\s?core|c#|c\+\+|gcc|clang|msvc|llvm|ios|ipados|macos|tvos|watchos|android|api(?:\s+level)?|sdk|swift|xcode|gradle|maven|elixir|erlang|otp|perl|lua|dart|flutter|numpy|pandas|pytest|es|ecmascript|ecma|edition|electron|chrome|firefox|safari|ie|spring|symfony|laravel|junit)`;
const GATE = String.raw`\b(?:once|when|after|until|if|as\s+soon\s+as)\b[^.\n;]{0,80}?`;
const VERSION_GATE = new RegExp(
  String.raw`${GATE}(?:\bMSRV\b|\bminimum\s+(?:supported\s+)?(?:rust|go|python|node|java|php|ruby|version)\b|\b${PLATFORM}\s*(?:>=?|version)?\s*v?\d+(?:\.\d+){0,2}\b)`,
  "i",
);
/** Any name with a dotted version ("jackson 2.12"), when the TODO speaks of requiring, dropping or releasing it: "if value 1.5 is exceeded" does not. */
const DOTTED_GATE = new RegExp(String.raw`${GATE}\b[A-Za-z][\w-]{1,30}\s*(?:>=?\s*)?v?\d+\.\d+(?:\.\d+)?\b`, "i");
const REQUIREMENT =
  /\b(?:drop(?:s|ped|ping)?|support(?:s|ed)?|requir(?:e|es|ed|ing)|minimum|release[sd]?|bump(?:s|ed)?|upgrad(?:e|es|ed|ing)|available|stable|lands?|is\s+out)\b/i;

// eslint-plugin-unicorn's expiring-todo-comments format names its own trigger in brackets after the marker, and the
// lint fails the build once it is met (mocha's `TODO [engine:node@>=24]: Replace with built in RegExp.escape()`,
// set 23): a date (`[2025-01-01]`), the package's own version (`[>=2.0.0]`), a dependency added or removed
// (`[+dep]`, `[-dep]`), a dependency's or engine's version (`[dep@>=1.0]`, `[engine:node@>=24]`), comma-separated.
const EXPIRING_CONDITION = String.raw`(?:\d{4}-\d{2}-\d{2}|[<>]=?\s?v?\d[\w.-]{0,30}|[+-]@?[\w./-]{1,100}|(?:engine:)?@?[\w./-]{1,100}@[<>]=?\s?v?\d[\w.-]{0,30})`;
const EXPIRING_TODO = new RegExp(String.raw`\b(?:TODO|FIXME|XXX)\s?\[\s?${EXPIRING_CONDITION}(?:\s?,\s?${EXPIRING_CONDITION}){0,5}\s?\]`, "i");

/** Whether the words of a TODO (from its marker on, its block's first lines) wait for a version to be required or dropped. */
export function isVersionGated(segment: string): boolean {
  const text = segment.slice(0, 300);
  return VERSION_GATE.test(text) || (DOTTED_GATE.test(text) && REQUIREMENT.test(text)) || EXPIRING_TODO.test(text);
}
