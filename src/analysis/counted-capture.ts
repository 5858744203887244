/**
 * A print that holds a value for a test of reference counts: inside a closure, it prints one variable so the closure
 * captures it, and the test asserts the count of references to that value right after (sqlx 4f1ac1d606: `move || {
 * println!("{:?}", o); false }`, then `assert_eq!(2, Arc::strong_count(&ref_counted_object))`). Removing the print
 * breaks the test: it is not a debugging leftover. unreached-print.ts knows the leak test by its name; this one knows it
 * by the count it asserts, whatever the test is called.
 */

// A check of how many references hold a value: Rust's `Rc/Arc::strong_count`/`weak_count`, Python's
// `sys.getrefcount`, a weak reference's liveness (`WeakReference`, `weakref.ref`, `WeakRef`), a collector run.
const COUNTS_REFERENCES = /\b(?:strong_count|weak_count|getrefcount|WeakReference|weakref\.ref|WeakRef|assertNoCapturedReference|GC\.Collect|System\.gc)\b/;
/** Lines after the print where the test's check of the count sits (the closure's end, then the assertion). */
const REACH = 8;
// A string literal (a format string such as `"{:?}"`), dropped to leave the printed value.
const LITERAL = /[a-z]{0,2}(["'`])(?:\\.|(?!\1)[^\\]){0,200}\1\s*,?/g;
const ONE_NAME = /^\s*[A-Za-z_$][\w$]*\s*$/;

/** Whether a closure's print of one variable (format strings aside) is followed, closely, by a check of reference counts. */
export function capturesCountedReference(head: readonly string[], line: number, printed: string): boolean {
  if (!ONE_NAME.test(printed.replace(LITERAL, ""))) return false;
  return head.slice(line, line + REACH).some((l) => COUNTS_REFERENCES.test(l));
}
