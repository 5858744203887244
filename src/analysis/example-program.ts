/**
 * An example program: a file kept under a folder of examples, samples, demos or a playground (`examples/`,
 * `example/`, `Quartz.Examples/`, `foo-samples/`, `playground/`, `demo/`), outside test folders. Cargo builds each
 * file of a crate's `examples/` as a program of its own; a Ruby or Python script there is run by hand. Such a
 * program exists to be run and watched: what it shows is its purpose (#11 item 4: printing is the job of entry
 * points), so a statement whose effect is to show something is its output, not a leftover.
 *
 * Set 20: async-std's `examples/surf-web.rs` fetches a page and shows the url, status, version and headers with
 * `dbg!` (two commits, judged wrong), and socketry/async's `examples/buffer/buffer.rb` drops into `binding.irb` inside
 * an `Async` block so that whoever runs it can try the buffer out (judged wrong: the prompt is the example).
 */
import { isTestPath } from "../text/test-conventions.js";

// A folder named for examples, samples, demos or a playground, alone or as a prefix or suffix of the folder's name.
const EXAMPLE_FOLDER = /(^|\/)(?:[\w.-]*[._-])?(?:[Ee]xamples?|[Ss]amples?|[Dd]emos?|[Pp]laygrounds?)(?:[._-][\w.-]*)?\//;

/**
 * Whether the file is an example program: kept in an examples (samples, demo, playground) folder and not a test.
 * What such a program runs on purpose to show something (DebugPattern.shownInExamples) is its output: Rust's `dbg!`,
 * which writes its expression and value to stderr, and Ruby's `binding.irb`/`binding.pry`, which open the language's
 * console where the example's reader takes over. Not the debuggers that only stop a run for whoever wrote it:
 * JavaScript's `debugger` (an example served to a browser pauses anyone who opens the developer tools and shows
 * nothing), Python's `breakpoint()`/`pdb.set_trace()` and Ruby's `byebug` (step-through debuggers), PHP's dumps.
 */
export function isExampleProgram(path: string): boolean {
  return EXAMPLE_FOLDER.test(path) && !isTestPath(path);
}
